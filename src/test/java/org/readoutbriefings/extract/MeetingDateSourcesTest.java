package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/** The meeting date from wherever a real readout's document carries it, and where it came from. */
class MeetingDateSourcesTest {

    private final ReadoutExtractor extractor = new ReadoutExtractor(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(),
            ExtractionCues.builtIn());

    private static final String SPOKE_TODAY = """
            Prime Minister's call with President of Kenya
            The Prime Minister spoke with President William Ruto of Kenya today about trade and climate finance.
            """;

    private Extraction extract(String text, LocalDate metadata, String fileName) {
        return extractor.extract(text, null, fileName == null ? new DocumentDates(metadata, null) : DocumentDates.of(metadata, fileName));
    }

    @Test
    void aFullDateInTheTextIsTheText() {
        Extraction x = extract("Call with Kenya\nOn 22nd December 2021 the Prime Minister spoke with President Ruto of Kenya.",
                LocalDate.of(2021, 12, 23), "2021-12-24-call.txt");
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 12, 22));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        assertThat(x.warnings()).isEmpty();
    }

    @Test
    void todayIsTheDatelineDay() {
        Extraction x = extract("Call with Kenya\nLONDON, 9 May 2023 \u2014 The Prime Minister spoke with President Ruto of Kenya today.",
                LocalDate.of(2023, 5, 10), null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void withNoDatelineTheMetadataThenTheFileNameGiveTheDay() {
        assertThat(extract(SPOKE_TODAY, LocalDate.of(2023, 5, 9), "2023-05-12-kenya.txt"))
                .satisfies(x -> assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 9)))
                .satisfies(x -> assertThat(x.dateSource()).isEqualTo(DateSource.METADATA));
        assertThat(extract(SPOKE_TODAY, null, "pm_call_kenya_12-05-2023.txt"))
                .satisfies(x -> assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 12)))
                .satisfies(x -> assertThat(x.dateSource()).isEqualTo(DateSource.FILE_NAME));
    }

    @Test
    void aDayWithoutAYearTakesItFromThePublicationDate() {
        Extraction x = extract("Call with Kenya\nOn 9 May, the Prime Minister spoke with President Ruto of Kenya.",
                null, "20230511_call.txt");
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        // published in January about a December meeting: last year's December
        assertThat(extract("Call\nOn December 30th, the Prime Minister spoke with President Ruto of Kenya.",
                LocalDate.of(2024, 1, 3), null).meetingDate()).isEqualTo(LocalDate.of(2023, 12, 30));
    }

    @Test
    void onTuesdayIsTheLastTuesdayBeforePublication() {
        Extraction x = extract("Call with Kenya\nOn Tuesday, the Prime Minister spoke with President Ruto of Kenya.",
                LocalDate.of(2023, 5, 11), null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void textAndMetadataFarApartTheTextWinsWithAWarning() {
        Extraction x = extract("Call with Kenya\nOn 2 March 2023 the Prime Minister spoke with President Ruto of Kenya.",
                LocalDate.of(2023, 4, 20), null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 3, 2));
        assertThat(x.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("the text dates the meeting 2023-03-02 but the file's metadata give 2023-04-20: the text's date was taken"));
        assertThat(extract("Call with Kenya\nOn 2 March 2023 the Prime Minister spoke with President Ruto of Kenya.",
                LocalDate.of(2023, 3, 5), null).warnings()).isEmpty();
    }

    @Test
    void noDateAnywhereIsNoDateWithAWarningAndEverythingElseFound() {
        Extraction x = extract(SPOKE_TODAY, null, "pm-call-with-president-of-kenya.txt");
        assertThat(x.meetingDate()).isNull();
        assertThat(x.dateSource()).isNull();
        assertThat(x.countries()).contains("KE");
        assertThat(x.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("no meeting date in the text, a dateline, the file's metadata or its name"));
        assertThat(extract("Call\nOn 9 May, the Prime Minister spoke with President Ruto of Kenya.", null, null).warnings())
                .singleElement().satisfies(w -> assertThat(w.message()).startsWith("the text gives the day ('9 May') but no year"));
    }

    @Test
    void datesInFileNames() {
        assertThat(DocumentDates.inFileName("archive/2023-08-15-readout-call.txt")).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(DocumentDates.inFileName("20230815_readout.html")).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(DocumentDates.inFileName("readout_15-08-2023.txt")).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(DocumentDates.inFileName("readout_08-25-2023.txt")).as("month first when it must be")
                .isEqualTo(LocalDate.of(2023, 8, 25));
        assertThat(DocumentDates.inFileName("2021/05/press-release-4471.html")).as("folders are not the name").isNull();
        assertThat(DocumentDates.inFileName("release-20231399.txt")).isNull();
        assertThat(DocumentDates.inFileName("call-with-20-leaders-2023.txt")).isNull();
        assertThat(DocumentDates.inFileName("pm-meeting-with-prime-minister-of-australia-25-october-2024.html"))
                .isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(DocumentDates.inFileName("secretary-meetings-europe-july-16-2015.txt")).isEqualTo(LocalDate.of(2015, 7, 16));
        assertThat(DocumentDates.inFileName("may-2023-review.txt")).isNull();
    }

    @Test
    void aBylineStampIsThePublicationDate() {
        Extraction x = extract("""
                Minister says meeting with counterpart was positive
                Staff reporter (@reporter) Published September 13, 2022 | 01:50 AM
                WASHINGTON (Agency) The minister said on Monday that her meeting with the Argentine minister was positive.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aSignatureDateAfterTheBodyIsNotADateline() {
        Extraction x = extract("""
                Medicines handed over to Sri Lanka
                The government donated medicines to Sri Lanka on 21 November 2022.
                The consignment was handed over to the Ambassador of Sri Lanka in a ceremony held in Yangon.
                Embassy of Sri Lanka
                22 November, 2022
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2022, 11, 21));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aDayWeeksBeforeTheDatelineBelongsToAnEarlierEvent() {
        Extraction x = extract("""
                High-level meeting between Mexico and the United States
                Monday, February 27, 2017
                Delegations held a high-level meeting to follow up on what the presidents agreed during their call on January 27.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2017, 2, 27));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aDateLabelUnderTheTitleAndABackgroundWordInTheTitleHideNoDay() {
        Extraction labelled = extract("""
                Secretary's call with the Mexican Foreign Secretary
                date 2022-06-17

                The Secretary spoke yesterday with the Mexican Foreign Secretary about migration.
                """, null, null);
        assertThat(labelled.meetingDate()).isEqualTo(LocalDate.of(2022, 6, 16));
        Extraction ties = extract("""
                Defence chief meets British counterpart on ties
                Source: Agency | 2018-02-02 12:52:53
                WASHINGTON, Feb. 1 (Agency) -- The Secretary of Defense on Thursday met his British counterpart at the Pentagon.
                """, null, null);
        assertThat(ties.meetingDate()).isEqualTo(LocalDate.of(2018, 2, 1));
    }

    @Test
    void daysOfMetadataTimestampsAsWritten() {
        assertThat(DocumentDates.dayOf("2023-05-09T23:30:00-04:00")).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(DocumentDates.dayOf("D:20230509101500+09'00'")).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(DocumentDates.dayOf("9 May 2023")).isNull();
        assertThat(DocumentDates.dayOf(null)).isNull();
    }

    @Test
    void aPhoneContactWithANumericDateAndANewsStampWithAMonthName() {
        Extraction x = extract("Foreign Minister calls his counterpart\ndate 2024-04-16\nThe Foreign Minister of Egypt on Sunday 14/4/2024"
                + " made a phone contact with the Secretary of State of the United States.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        Extraction stamp = extract("Minister receives ambassador\nMuscat Tuesday 12/May/2020 10:31 AM\nThe Minister of Health"
                + " received the Ambassador of Japan at his office on Tuesday.", null, null);
        assertThat(stamp.meetingDate()).isEqualTo(LocalDate.of(2020, 5, 12));
        assertThat(stamp.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aLeadWithoutTheDayThenTheSentenceThatGivesIt() {
        Extraction x = extract("Chile and Peru agree to deepen trade ties\nThu, 8 Aug 2024 Source: example news\n"
                + "The governments of Chile and Peru have agreed to deepen their trade ties.\n"
                + "They agreed to this when the Foreign Minister of Peru paid a call on the Foreign Minister of Chile on"
                + " Tuesday, 6th August 2024.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        // a meeting to come, on the day of publication, is not the one reported
        Extraction ahead = extract("Call with the NATO Secretary General\nAugust 12, 2024\nThe Foreign Minister of Norway spoke with"
                + " the NATO Secretary General. They look forward to a meeting of foreign ministers on Monday, August 12.",
                null, null);
        assertThat(ahead.meetingDate()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(ahead.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aWeekdayBesideADayWithoutAYearIsThatDayHoweverLongBeforeTheDateline() {
        Extraction x = extract("Minister meets delegation\nMay 20, 2025\nThe Minister of Foreign Affairs of Barbados on"
                + " Tuesday, January 14 met the Assistant Secretary of State of the United States.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aYearAndMonthInTheFileNameGiveADatelinesDayItsYear() {
        Extraction x = extract("Health ministers meet\nMANILA, March 12 \u2014 The health ministers of Thailand and the"
                + " Philippines met today in Manila.", null, "2018-03-health-ministers-meet.txt");
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2018, 3, 12));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
        // a bare year is no month: it may be any year the page names
        assertThat(extract("Ministers meet\nMANILA, March 12 \u2014 The ministers of Thailand and the Philippines met today.",
                null, "2018-ministers-meet.txt").meetingDate()).isNull();
    }

    @Test
    void aDatelineAtTheHeadOfTheReportingSentenceGivesWayToTheDateAfterItsVerb() {
        Extraction x = extract("Consultations in Lima\nA delegation photo (Embassy photo)\nLIMA 14 March 2022 \u2014 Peru and Korea"
                + " held the third round of their policy consultations at the foreign ministry in Lima on 09 March 2022.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void meetingsOnAWeekdayAreResolvedAgainstTheDateline() {
        Extraction x = extract("Minister's bilaterals in Vienna\nFriday, 11.06.2021.\nThe Foreign Minister of Chile had several"
                + " bilateral meetings on Wednesday in Vienna.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 6, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aFullDateInSpanishFrenchOrGermanIsADateline() {
        Extraction x = extract("Reunión de la Comisión Binacional\nMiércoles, 16 de noviembre de 2022\nSe realizó hoy en Santiago"
                + " la primera reunión de la Comisión Binacional entre Chile y Colombia.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2022, 11, 16));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(extract("Entretien\nle 1er juillet 2019\nLe ministre de la France s'est entretenu avec son homologue du Japon.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(extract("Telefonat\nBerlin, 3. März 2021\nDie Außenminister von Deutschland und Polen telefonierten heute.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void anIsoDateRunIntoItsLabelAndAnAggregatorsDateLineAreDatelines() {
        Extraction x = extract("Hydrogen cooperation\nRegistration date2024-02-16\nThe directors general of Korea and Japan held"
                + " the hydrogen cooperation meeting on February 15 in Tokyo.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 15));
        // "date 2019-08-07" heads the sentence, which reports the meeting "on Tuesday": the day before
        Extraction y = extract("Energy talks\ndate 2019-08-07 The energy ministers of Saudi Arabia and the United States met in"
                + " Washington, the minister tweeted on Tuesday.", null, null);
        assertThat(y.meetingDate()).isEqualTo(LocalDate.of(2019, 8, 6));
        assertThat(y.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aRelativeWordWithTheDateWrittenOutBesideItIsTheText() {
        Extraction x = extract("Lunch with the envoy\nposted 2024-02-21\nThe envoy of Norway and the Secretary-General of ASEAN"
                + " met yesterday, 20 February 2024, over a working lunch.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        // the date in the dateline's brackets is no such spelling: "today" still takes the dateline's day
        Extraction y = extract("Call\nA. Writer Published March 28, 2023 | 01:20 PM\nRIYADH (Gulf Wire - 28th Mar, 2023 ) : The"
                + " Crown Prince made a phone call today to the President of China.", null, null);
        assertThat(y.meetingDate()).isEqualTo(LocalDate.of(2023, 3, 28));
        assertThat(y.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aClosingPlaceAndDateUnderABodyWithoutADayIsADateline() {
        Extraction x = extract("""
                Canciller recibe al Embajador de Chile
                El Canciller recibió hoy al Embajador de Chile y conversaron sobre la agenda bilateral.
                Ambos acordaron seguir trabajando en el comercio.
                Asunción, 4 de octubre de 2018
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2018, 10, 4));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aDayWithoutAYearTakesTheYearOfAFullDateInTheBodyWhenNothingIsPublished() {
        Extraction x = extract("""
                Talks at the General Assembly
                A statement put out by the ministry on 21 September 2023.
                The Foreign Secretary met the Foreign Minister of Egypt in New York.
                The two ministers met at the Assembly on 19 September.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
        // a later day of the same year than the body's full date is still that year's, not the year before
        assertThat(extract("Trade talks\nThe ministers held talks with the trade envoy of the United States by video on"
                + " May 20. The talks followed a letter from the Prime Minister dated May 2, 2025.", null, null).meetingDate())
                .isEqualTo(LocalDate.of(2025, 5, 20));
    }

    @Test
    void aPagesTagAndByLinesDoNotPushTheReportOutOfTheLead() {
        Extraction x = extract("""
                Defence ministers meet in Tallinn
                02/03/2023 - 10:15
                Defence policy
                In Latvia
                Cooperation abroad
                Prepared by
                Press Section
                On Thursday, 2 February, the Defence Minister of Latvia met her counterparts of Estonia and Lithuania in Tallinn.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 2, 2));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aTitleThatNamesTheMeetingDoesNotHideTheDatelineUnderIt() {
        Extraction x = extract("The Ambassador receives a trade delegation that visited Ghana.\n\nLusaka, May 23, 2022 - The"
                + " Ambassador received the trade delegation that visited Ghana from May 2 to 12 ahead of the minister's visit.",
                null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2022, 5, 23));
    }

    @Test
    void monthNamesInIcelandicCatalanAndSerbian() {
        assertThat(extract("Fundur\n7. nóvember 2011\n\nThe Foreign Minister of Iceland met today with the Foreign Minister"
                + " of Japan in Reykjavik.", null, null).meetingDate()).isEqualTo(LocalDate.of(2011, 11, 7));
        assertThat(extract("Reunió\nBarcelona, 12 de juliol de 2019\nEl conseller es va reunir avui amb l'ambaixador del Japó.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2019, 7, 12));
        assertThat(extract("Sastanak\nBeograd, 5. mart 2020\nMinistar je danas primio ambasadora Japana.", null, null)
                .meetingDate()).isEqualTo(LocalDate.of(2020, 3, 5));
    }

    @Test
    void yesterdayInFrenchOrSpanishIsTheDayBeforeTheDatelineAndGermanHereIsNoDay() {
        Extraction fr = extract("Entretien\nAKP Vientiane, 14 mars 2019 \u2013\n\nLe ministre des Affaires étrangères du Laos a eu hier"
                + " après-midi un entretien avec le ministre thaïlandais.", null, null);
        assertThat(fr.meetingDate()).isEqualTo(LocalDate.of(2019, 3, 13));
        assertThat(fr.dateSource()).isEqualTo(DateSource.DATELINE);
        Extraction es = extract("Reunión\nLima, 6 de mayo de 2022 \u2013 El canciller de Perú se reunió ayer con el canciller de Chile.", null, null);
        assertThat(es.meetingDate()).isEqualTo(LocalDate.of(2022, 5, 5));
        Extraction de = extract("Treffen\nBerlin, 6. Mai 2022 \u2013 Die Ministerin traf hier den Außenminister Chiles.", null, null);
        assertThat(de.meetingDate()).isEqualTo(LocalDate.of(2022, 5, 6));
    }

    @Test
    void aNewsAgencysMonthDaySlashYearIsAFullDate() {
        Extraction x = extract("FM confers with envoy\nThe Foreign Minister of Ethiopia held talks with the Ambassador of Kenya on"
                + " February 3/2020 in Addis Ababa.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void anAmericanTimeStampReadsItsDateMonthFirst() {
        Extraction x = extract("President of Ghana talks with the President of Togo over the phone\n\n04/09/2021 | 10:02am EDT\n\n"
                + "On April 9, a telephone conversation took place between the President of Ghana and the President of Togo.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 4, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void chineseJapaneseAndKoreanDatesAndAJapaneseErasYearAreFullDates() {
        Extraction era = extract("日豪防衛相電話会談\n\n平成30年3月12日、防衛大臣とオーストラリア国防大臣との電話会談が行われました。", null, null);
        assertThat(era.meetingDate()).isEqualTo(LocalDate.of(2018, 3, 12));
        Extraction reiwa = extract("日仏外相会談\n\n令和元年6月27日、外務大臣はフランス外務大臣と会談を行いました。", null, null);
        assertThat(reiwa.meetingDate()).isEqualTo(LocalDate.of(2019, 6, 27));
        Extraction zh = extract("中澳贸易部长视频会谈\n\n2023年2月6日，商务部部长与澳大利亚贸易部长举行视频会谈。", null, null);
        assertThat(zh.meetingDate()).isEqualTo(LocalDate.of(2023, 2, 6));
        Extraction ko = extract("한미 외교장관 회담\n\n2022년 9월 21일 외교부 장관은 미국 국무장관과 회담을 가졌다.", null, null);
        assertThat(ko.meetingDate()).isEqualTo(LocalDate.of(2022, 9, 21));
    }

    @Test
    void aChineseDayWithoutItsMonthIsTheReportsMonthAndArabicMonthsAreRead() {
        // published on 3 March: "on the 28th" is February's; "on the 2nd" is March's; the Gulf's and the Levant's month names
        Extraction day = extract("中越外长通电话\n\n（新华社河内3日电）外交部长28日同越南外长通电话。", LocalDate.of(2024, 3, 3), null);
        assertThat(day.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 28));
        Extraction sameMonth = extract("中越外长通电话\n\n（新华社河内3日电）外交部长2日同越南外长通电话。", LocalDate.of(2024, 3, 3), null);
        assertThat(sameMonth.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 2));
        Extraction monthDay = extract("日越外相会談\n\n外務大臣は、3月1日、ベトナム外務大臣と会談を行いました。", LocalDate.of(2024, 3, 4), null);
        assertThat(monthDay.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        Extraction levant = extract("وزير الخارجية يلتقي نظيره\n\nالتقى وزير الخارجية يوم الثلاثاء 5 آذار 2024 بنظيره الأردني في عمان.", null, null);
        assertThat(levant.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        Extraction gulf = extract("وزير الخارجية يستقبل سفير اليابان\n\nاستقبل وزير الخارجية في 12 مارس 2024 سفير اليابان.", null, null);
        assertThat(gulf.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void datesAsCentralEuropeanPagesWriteThemAStayAcrossTwoMonthsAndTheMeetingAfterAnEarlierOne() {
        // our own readouts, each in the form a real one took
        assertThat(extract("Minister receives envoy\n09:30 21. 03. 2025.\nZAGREB - The minister received the Chilean ambassador today.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Minister speaks with counterpart\n21. Mar 2025.\nToday the minister spoke with her Chilean counterpart.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Joint sitting of the cabinets\n2025 03 21\nOn Friday, a joint sitting of the two cabinets was held in Tartu.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Tárgyalás\nA két külügyminiszter a 2025. március 21-i csúcstalálkozó után megbeszélést tartott, találkozott.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Hội nghị trực tuyến\nThứ sáu, 28/03/2025\nNgày 21/3, hai Thứ trưởng đã tiến hành hội nghị trực tuyến.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Joint communique\nThe Prime Minister of Chile is visiting Peru from 29th March to 2nd April, 2025, and"
                + " will have discussions with the President.", null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(extract("Declaration\nThe ministers, meeting in Lima on March 21 of 2025, declare:", null, null).meetingDate())
                .isEqualTo(LocalDate.of(2025, 3, 21));
        Extraction after = extract("Joint statement\nFollowing the meeting of the Foreign Ministers in Lisbon on 10 January 2025, the"
                + " second trilateral consultations were held in Lima on 21 March 2025.", null, null);
        assertThat(after.meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(after.dateSource()).isEqualTo(DateSource.TEXT);
        assertThat(extract("Ministers to meet again\nDate: 2025-03-21T16:29:36+0000\nThe minister on Friday briefed his Chilean counterpart.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(extract("Ministr navštívil Chile\nMinistr vykonal 21.\u201322. března 2025 návštěvu Chile a setkal se s prezidentem.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2025, 3, 21));
    }

    @Test
    void aWeekdayOrYesterdayInSpanishFrenchOrRussianCountsFromThePublicationDate() {
        // 2026-02-04 is a Wednesday
        assertThat(extract("Reunión de cancilleres\nEl canciller se reunió este lunes con su homólogo del Perú.",
                LocalDate.of(2026, 2, 4), null).meetingDate()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(extract("Entretien\nLe ministre s'est entretenu mardi avec son homologue du Ghana.",
                LocalDate.of(2026, 2, 4), null).meetingDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(extract("Переговоры\nВчера министр провел переговоры с послом Казахстана.",
                LocalDate.of(2026, 2, 4), null).meetingDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        // a capital named after a saint's day is no Sunday
        assertThat(extract("Reunión en Santo Domingo\nEl canciller se reunió hoy en Santo Domingo con su homólogo.",
                LocalDate.of(2026, 2, 4), null).meetingDate()).isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void theDayATreatyEnteredIntoForceOrRelationsWereEstablishedIsNoMeetingDay() {
        Extraction x = extract("Ministers meet\nWINDHOEK, 4 June 2024 - The ministers met to review the agreement, whose entry into force"
                + " on 1 January 2013 opened the border.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 6, 4));
    }

    @Test
    void aNumericDateEitherOrderReadsTakesTheOrderOfTheDatelinesDay() {
        Extraction x = extract("""
                Foreign minister meets counterparts in Lima
                08:15 | Lima (Peru), Dec. 3.

                The Foreign Minister of Peru held a meeting with the Foreign Minister of Chile in Lima.

                Published: 12/3/2024""", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 12, 3));
        // without a dateline's day, the day comes first, as most of the world writes it
        Extraction dayFirst = extract("""
                Foreign minister meets counterparts in Lima

                The Foreign Minister of Peru held a meeting with the Foreign Minister of Chile in Lima.

                Published: 12/3/2024""", null, null);
        assertThat(dayFirst.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void yesterdayInASentenceThatSaysToMeetIsTheDayBeforeTheDateline() {
        Extraction x = extract("Deputy Prime Minister stops over in Suva\nSUVA, 14 May 2024 \u2014 The Deputy Prime Minister of New Zealand"
                + " stopped over in Suva to meet the Prime Minister of Fiji yesterday.", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aRecentDayInTheLeadBeforeTheSentenceThatSaysTheyMetIsTheMeetingDay() {
        Extraction x = extract("""
                Commission hosts regional delegation
                Wednesday, March 6, 2024 \u2014 The Commission welcomed a delegation from the Pacific Community on Monday, March 4, 2024.
                The delegation met with the Director General and the leadership team.""", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aStayOverTwoDaysIsDatedByItsFirst() {
        Extraction x = extract("""
                Readout of the Secretary's visit to Ghana
                FOR IMMEDIATE RELEASE June 14, 2023
                On Tuesday, June 13 and Wednesday, June 14, the Secretary of Agriculture visited Ghana and met the Minister of Food and Agriculture.""",
                null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 6, 13));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void underARepostsStampTheReleasesOwnDateLineIsThePublicationDate() {
        Extraction x = extract("""
                Readout of the Secretary's meeting with the Minister of Trade of Peru
                date 2023-05-11

                Wednesday, May 10, 2023

                The Secretary of Commerce met with the Minister of Trade of Peru to discuss supply chains.""", null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(x.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void datesInOtherDigitsTheBuddhistEraAndScriptsWithoutSpacesAreRead() {
        // Thai digits and a year of the Buddhist era (2567 is 2024), the date run into the word before it
        Extraction th = extract("""
                นายกรัฐมนตรีหารือทางโทรศัพท์กับนายกรัฐมนตรีกัมพูชา

                เมื่อวันที่๑๒ มีนาคม ๒๕๖๗ นายกรัฐมนตรีได้หารือทางโทรศัพท์กับนายกรัฐมนตรีกัมพูชาเกี่ยวกับการค้าชายแดนและการท่องเที่ยว""",
                null, null);
        assertThat(th.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(th.dateSource()).isEqualTo(DateSource.TEXT);
        // Khmer: the words for "month" and "year" between the numbers, the year run into the next word
        Extraction km = extract("""
                សម្តេចនាយករដ្ឋមន្ត្រី ជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការបរទេសឡាវ

                នៅព្រឹកថ្ងៃទី៩ ខែមិថុនា ឆ្នាំ២០២៣នេះ សម្តេចនាយករដ្ឋមន្ត្រី បានជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការបរទេសឡាវ។""", null, null);
        assertThat(km.meetingDate()).isEqualTo(LocalDate.of(2023, 6, 9));
        // Arabic-Indic digits, the evidence quoting the sentence as written
        Extraction ar = extract("""
                وزير الخارجية يستقبل نظيره الأردني

                استقبل وزير الخارجية يوم ١٥ يناير ٢٠٢٣ نظيره الأردني في القاهرة.""", null, null);
        assertThat(ar.meetingDate()).isEqualTo(LocalDate.of(2023, 1, 15));
        assertThat(ar.evidence()).anySatisfy(e -> assertThat(e.sentence()).contains("١٥ يناير ٢٠٢٣"));
    }

    @Test
    void aDatelineAtTheHeadOfTheReportIsTheNewsDayAndALaterWeekdayTheMeetings() {
        // the agency's dateline opens the sentence that reports the agreement; the next sentence dates the call
        Extraction x = extract("""
                Chile and Peru agree on a lithium working group

                LIMA, Oct. 12 (Andina) - Chile and Peru have agreed to set up a working group on lithium, the two trade ministries said.
                The trade ministers reached the agreement in a telephone call on Wednesday.""", LocalDate.of(2023, 10, 12), null);
        // 12 October 2023 was a Thursday
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 10, 11));
        // a date the report opens with "On" is the meeting's own, and the text's
        Extraction on = extract("""
                Telephone talk between the foreign ministers of Chile and Peru

                On October 11, the Minister held a telephone talk with the Foreign Minister of Peru.""", LocalDate.of(2023, 10, 12), null);
        assertThat(on.meetingDate()).isEqualTo(LocalDate.of(2023, 10, 11));
        assertThat(on.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aDatelineOpeningAWrappedParagraphIsNotTheTitleGoingOnAndTheDayWrittenAfterTheVerbWins() {
        Extraction x = extract("""
                Malta and Chile hold their first political consultations in Valletta
                12 March 2019 – Malta and Chile held their first round of political
                consultations in Valletta yesterday, March 11. The Maltese side was led by
                the Permanent Secretary of the Ministry for Foreign Affairs and the Chilean
                side by the Director General for Bilateral Affairs of the Foreign Ministry.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2019, 3, 11));
    }

    @Test
    void aDatelinesPlaceMayNameItsCountryInBracketsAndABylineMayRunTheYearOntoItsComma() {
        Extraction bracketed = extract("""
                Norway and Ghana review their partnership
                date 2024-05-11
                Accra [Ghana], May 11 (Agency): Norway and Ghana held their annual consultations in Oslo on Thursday, the ministry said.
                """, null, null);
        assertThat(bracketed.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 9));
        Extraction byline = extract("""
                Ministers of Jordan and Chile talk trade
                By Staff - Mar 04,2019 - Last updated at Mar 04,2019
                AMMAN — The Minister of Foreign Affairs on Monday held a phone call with his Chilean counterpart on trade.
                """, null, null);
        assertThat(byline.meetingDate()).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(byline.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void theDayAReportWasGivenGivesWayToTheMeetingsOwnDay() {
        Extraction x = extract("""
                Ministers of Chile and Japan meet in Lima
                Posted: 2023-11-17 09:30
                According to the foreign ministry on Friday, the minister held a working lunch with her Japanese counterpart on Wednesday.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2023, 11, 15));
    }

    @Test
    void underARepostsStampThePagesOwnWrittenLineWinsHoweverFarApart() {
        Extraction x = extract("""
                Ministers of Peru and Korea agree on a road map
                date 2021-02-01 World
                Written: 2021-03-08 10:12:59 Updated: 2021-03-08 11:40:01
                The minister held talks with her Korean counterpart in Lima on Saturday.
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 3, 6));
        Extraction swapped = extract("""
                Readout of the Minister's meetings in Quito
                date 2019-11-04
                04/11/2019 | 10:02pm CET
                Today the Minister met with the Foreign Minister of Ecuador in Quito.
                """, null, null);
        assertThat(swapped.meetingDate()).as("a numeric date either order reads is the stamp's").isEqualTo(LocalDate.of(2019, 11, 4));
    }

    @Test
    void koreanDottedDatesTaiwansRepublicYearsAndIransSolarHijriDates() {
        Extraction korean = extract("""
                한-칠레 외교장관 회담 결과
                2022. 9. 21. 08:15
                □ 장관은 9.20(화) 뉴욕에서 칠레 외교장관과 회담을 갖고 협력 방안을 논의하였다.
                """, null, null);
        assertThat(korean.meetingDate()).isEqualTo(LocalDate.of(2022, 9, 20));
        Extraction taiwan = extract("""
                總統接見智利訪問團
                110年03月05日
                總統今(5)日上午接見智利參議院訪問團。
                """, null, null);
        assertThat(taiwan.meetingDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        Extraction persian = extract("""
                گفت‌وگوی تلفنی وزیران خارجه ایران و شیلی
                تاریخ انتشار: ۱۲ آبان ۱۴۰۲ - ۱۴:۲۰
                وزیر امور خارجه کشورمان در تماس تلفنی با همتای شیلیایی خود گفت‌وگو کرد.
                """, null, null);
        assertThat(persian.meetingDate()).as("12 Aban 1402").isEqualTo(LocalDate.of(2023, 11, 3));
    }

    @Test
    void turkishAbbreviatedMonthsAMonthNamedFirstAndAnArabicMonthBetweenSlashes() {
        assertThat(extract("Erdoğan Şili Devlet Başkanı ile görüştü\n9 Eki 2023 11:05\nCumhurbaşkanı Erdoğan telefonda görüştü.", null, null)
                .meetingDate()).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(extract("Menteri bertemu Menlu Cile\nOktober 9, 2023 14:00 WIB\nMenteri Luar Negeri hari ini bertemu dengan Menlu Cile.", null, null)
                .meetingDate()).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(extract("مباحثات بين عُمان وتشيلي\nالاثنين 9/أكتوبر/2023\nعقدت سلطنة عمان جلسة مباحثات مع تشيلي.", null, null)
                .meetingDate()).isEqualTo(LocalDate.of(2023, 10, 9));
    }

    @Test
    void yesterdayInChineseKoreanIndonesianAndAGermanWeekdaysEvening() {
        assertThat(extract("外長會見智利外長\n2024-05-08 10:00\n外交部長昨日在台北會見智利外長。", null, null).meetingDate())
                .isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(extract("한-칠레 외교장관 통화\n2024-05-08\n장관은 어제 칠레 외교장관과 통화했다.", null, null).meetingDate())
                .isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(extract("Menlu berbicara dengan Menlu Cile\n08/05/2024, 19:48 WIB\nMenlu semalam melakukan pembicaraan telepon dengan Menlu Cile.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(extract("Telefonat mit Chile\n10.05.2024, 15:33 Uhr\nDie Ministerin telefonierte am Donnerstagabend mit ihrem chilenischen Amtskollegen.",
                null, null).meetingDate()).isEqualTo(LocalDate.of(2024, 5, 9));
    }

    @Test
    void aStampOfOnlyTheMonthGivesADayWithoutAYearItsYearInThatMonthOnly() {
        assertThat(extract("Incontro con il ministro cileno\ndate 2024-10\nL'incontro bilaterale si è svolto venerdì 18 ottobre a Roma.", null, null)
                .meetingDate()).isEqualTo(LocalDate.of(2024, 10, 18));
        Extraction elsewhere = extract("""
                El ministro se reúne con su homóloga chilena
                date 2024-02
                El ministro se ha reunido este domingo con su homóloga chilena.
                Ha sido la primera reunión con el nuevo Gobierno, elegido el pasado 19 de noviembre.
                """, null, null);
        assertThat(elsewhere.meetingDate()).as("the election's day is not in the stamp's month").isNull();
    }

    @Test
    void vietnamesesOpeningDayTakesTheYearOfAnAnniversaryNotOfHistoryAndNoYearIsAhead() {
        Extraction x = extract("""
                Thủ tướng điện đàm với Thủ tướng Chile
                Ngày 20/1, Thủ tướng đã điện đàm với Tổng thống Chile nhân dịp kỷ niệm 50 năm quan hệ ngoại giao (25/1/1971 - 25/1/2021).
                """, null, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 1, 20));
        Extraction typo = extract("""
                Zum Telefongespräch der Außenminister Chiles und Österreichs
                Pressemitteilung 1802-14-03-2190
                Am 14. März 2019 fand ein Telefongespräch der Außenminister statt.
                """, null, null);
        assertThat(typo.meetingDate()).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    void aStayWrittenWithBisIsDatedByItsFirstDayAndAVietnameseCallIsTheReportsDayNotAnEarlierLetters() {
        Extraction stay = extract("""
                Die Ministerin trifft den chilenischen Aussenminister in Santiago
                Bern, 21.03.2025 — Die Ministerin weilte vom 20. bis 21. März 2025 in Santiago, wo sie den Aussenminister zu einem Gespräch traf.
                """, null, null);
        assertThat(stay.meetingDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        Extraction call = extract("""
                Thủ tướng điện đàm với Tổng thống Chile
                08:30 | 11/03/2022
                Ngày 11/3, Tổng thống Chile đã gọi điện chúc mừng Thủ tướng.
                Trước đó, ngày 10/3, Tổng thống Chile đã gửi thư chúc mừng.
                Tại cuộc điện đàm, hai bên nhất trí tăng cường hợp tác.
                """, null, null);
        assertThat(call.meetingDate()).isEqualTo(LocalDate.of(2022, 3, 11));
    }
}
