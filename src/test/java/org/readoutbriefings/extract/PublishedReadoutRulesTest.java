package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/** The forms published readouts take, each in a readout of our own wording. */
class PublishedReadoutRulesTest {

    private final ReadoutExtractor extractor = new ReadoutExtractor(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(),
            ExtractionCues.builtIn());

    private Extraction extract(String... lines) {
        return extractor.extract(String.join("\n", lines), null, new DocumentDates(LocalDate.of(2024, 5, 10), null));
    }

    private static List<String> texts(List<ExtractedCommitment> items) {
        return items.stream().map(ExtractedCommitment::text).toList();
    }

    @Test
    void eachItemAfterALeadInIsACommitmentAndTheLeadInIsNone() {
        Extraction x = extract("Joint press release",
                "The Foreign Ministers of Japan and Chile met in Tokyo today.",
                "The two ministers agreed to:",
                "- expand cooperation on critical minerals;",
                "- convene the first meeting of the economic dialogue in Santiago in the first half of 2025; and",
                "- deepen exchanges between their diplomatic academies.");
        assertThat(texts(x.commitments())).containsExactly("expand cooperation on critical minerals;",
                "convene the first meeting of the economic dialogue in Santiago in the first half of 2025; and",
                "deepen exchanges between their diplomatic academies.");
        assertThat(x.commitments()).allSatisfy(c -> assertThat(c.actors()).containsExactly("CL", "JP"));
        assertThat(x.followUps()).singleElement().satisfies(f -> {
            assertThat(f.text()).startsWith("convene the first meeting");
            assertThat(f.dueText()).isEqualTo("in the first half of 2025");
            assertThat(f.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }

    @Test
    void aSentenceCommittingToTwoThingsGivesTwoClauses() {
        Extraction x = extract("Call with Chile",
                "The Foreign Minister of China held talks with the Foreign Minister of Chile in Beijing today.",
                "The Chilean minister reiterated Chile's commitment to the one-China policy and said Chile stands ready to"
                        + " work with China to upgrade the free trade agreement.");
        assertThat(texts(x.commitments())).containsExactly("The Chilean minister reiterated Chile's commitment to the one-China policy",
                "said Chile stands ready to work with China to upgrade the free trade agreement.");
    }

    @Test
    void aVerbThatOnlyReportsOrHistoryInAnotherClauseDoesNotHideACommitment() {
        Extraction x = extract("Call between Korea and the United States",
                "The Foreign Minister of Korea spoke with the Secretary of State of the United States today.",
                "The two sides shared their assessments in the wake of the missile launch; and agreed to continue policy"
                        + " coordination in that regard.",
                "The Minister noted that Korea is willing to expand its trade with the United States.",
                "The Minister and the Secretary noted their commitment to the alliance.",
                "The Secretary noted the progress of the working groups.");
        assertThat(texts(x.commitments())).containsExactly(
                "The two sides shared their assessments in the wake of the missile launch; and agreed to continue policy"
                        + " coordination in that regard.",
                "The Minister noted that Korea is willing to expand its trade with the United States.",
                "The Minister and the Secretary noted their commitment to the alliance.");
    }

    @Test
    void aWelcomedVisitAndSteppedUpCommunicationAreFollowUps() {
        Extraction x = extract("Call between Iraq and the United States",
                "The President of the United States spoke with the Prime Minister of Iraq today.",
                "The President welcomed the upcoming visit by the Iraqi Foreign Minister to Washington next week.",
                "The leaders agreed to step up strategic communication between the two countries.",
                "They exchanged views on the preparations for the G20 summit.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The President welcomed the upcoming visit by the Iraqi Foreign Minister to Washington next week.",
                "The leaders agreed to step up strategic communication between the two countries.");
    }

    @Test
    void keepingInTouchIsAWeakCommitmentAndAFollowUpOnce() {
        Extraction x = extract("Call with Kenya", "The Secretary of State spoke with the Foreign Minister of Kenya today.",
                "The two agreed to stay in close contact ahead of the summit in Nairobi later this year.");
        assertThat(x.commitments()).singleElement().satisfies(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
        assertThat(x.followUps()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo(x.commitments().get(0).text());
            assertThat(f.dueText()).isEqualTo("later this year");
        });
    }

    @Test
    void offersOnAConditionAnniversariesAndMeetingsStatedAsFactsCommitToNothing() {
        Extraction x = extract("Call with Japan", "The Defence Minister of Australia spoke with the Defense Minister of Japan today.",
                "He said Australia stood ready to assist, should Japan request support.",
                "Next year the two countries will mark the 70th anniversary of their relations.",
                "The two ministers will meet in Canberra in August.");
        assertThat(x.commitments()).isEmpty();
        assertThat(x.followUps()).extracting(ExtractedFollowUp::dueText).containsExactly("in August");
    }

    @Test
    void theIssuerIsAPartyWhenTheTextNamesOnlyTheOtherSide() {
        Extraction x = extract("Readout of the Prime Minister's call with President Ruto",
                "Prime Minister Justin Trudeau spoke today with President William Ruto of Kenya.",
                "The leaders agreed to deepen cooperation on climate finance.");
        assertThat(x.countries()).containsExactly("CA", "KE");
        assertThat(x.participants()).extracting(Participant::name).contains("Justin Trudeau", "William Ruto");
    }

    @Test
    void aNameInItsOwnScriptIsKeptBesideTheRomanisedOne() {
        Extraction x = extract("Foreign Minister Park Jin Holds Talks with Australian Foreign Minister",
                "Minister of Foreign Affairs Park Jin (박진) held talks with Minister for Foreign Affairs of Australia Penny Wong today.");
        assertThat(x.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Park Jin");
            assertThat(p.nativeName()).isEqualTo("박진");
            assertThat(p.country()).isEqualTo("KR");
        });
    }

    @Test
    void everyPartnerInAListOrAGroupingTakesPart() {
        assertThat(extract("Foreign ministers meet in Riga",
                "Foreign Minister Johann Wadephul today joined the foreign ministers of the Nordic and Baltic Eight (NB8) in Riga.")
                .countries()).containsExactly("DE", "DK", "EE", "FI", "IS", "LT", "LV", "NO", "SE");
        assertThat(extract("Council meeting", "The Council met in Washington today.",
                "Senior trade officials from Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan took part.").countries())
                .contains("KG", "KZ", "TJ", "UZ");
    }

    @Test
    void aCounterpartOfAPlaceThatIsNoCountryIsReportedNotGuessed() {
        Extraction x = extract("Call with the President of Somaliland",
                "Prime Minister Justin Trudeau spoke today with Abdirahman Abdullahi, President of Somaliland.");
        assertThat(x.countries()).containsExactly("CA");
        assertThat(x.warnings()).anySatisfy(w -> assertThat(w.message())
                .isEqualTo("counterpart 'President of Somaliland' names no known country: not counted as a party"));
    }

    @Test
    void aNewsAgencyIsNoPartyToTheMeetingsItReports() {
        Extraction x = extract("Egyptian, Sudanese leaders hold talks", "CAIRO, May 9 (Xinhua) -- Egyptian President Abdel Fattah"
                + " al-Sisi held talks with Sudan's Sovereign Council Chairman Abdel Fattah al-Burhan on Thursday.");
        assertThat(x.countries()).containsExactly("EG", "SD");
    }

    @Test
    void eachVerbOfASeriesAfterWouldIsACommitmentOfItsOwn() {
        Extraction x = extract("Talks between Chile and Viet Nam",
                "The Foreign Minister of Chile held talks with the Foreign Minister of Viet Nam in Hanoi today.",
                "The two sides announced that they would convene a working group on fisheries, continue consultations on"
                        + " consular matters, and resume the joint trade committee.");
        assertThat(texts(x.commitments())).containsExactly(
                "The two sides announced that they would convene a working group on fisheries",
                "continue consultations on consular matters",
                "resume the joint trade committee.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).contains("continue consultations on consular matters");
    }

    @Test
    void aParticipleCarriesItsOwnCommitmentAfterAVerbThatCommitsToNothing() {
        Extraction x = extract("Meeting with Ghana",
                "The Defence Minister of Norway met the Defence Minister of Ghana in Oslo today.",
                "They reviewed the maritime situation, noting their shared determination to counter piracy in the Gulf of Guinea.",
                "The ministers reinforced their commitment to joint naval training.");
        assertThat(x.commitments()).hasSize(2);
    }

    @Test
    void continuedConsultationRegularContactsAndAHopeToMeetAreFollowUps() {
        Extraction x = extract("Call with Peru", "The Trade Minister of Canada spoke with the Trade Minister of Peru today.",
                "The ministers affirmed continued trilateral coordination with Mexico on supply chains.",
                "They agreed on regular contacts between their trade offices.",
                "The two ministers hoped they could meet in person soon.",
                "The ministers discussed the outcomes of their first meeting, held on 10 May 2024.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The ministers affirmed continued trilateral coordination with Mexico on supply chains.",
                "They agreed on regular contacts between their trade offices.",
                "The two ministers hoped they could meet in person soon.");
    }

    @Test
    void theMeetingsOwnDayMakesNoCommitmentDue() {
        Extraction x = extract("Call with Kenya",
                "The President of Ghana held a call with the President of Kenya on 3 May 2024, in which both leaders reaffirmed"
                        + " their commitment to the African Continental Free Trade Area.");
        assertThat(x.commitments()).hasSize(1);
        assertThat(x.followUps()).isEmpty();
    }

    @Test
    void aGovUkTitleMakesTheUnitedKingdomAParty() {
        Extraction x = extract("PM call with President Ruto of Kenya",
                "The Prime Minister spoke to President William Ruto of Kenya this morning.",
                "The leaders agreed to deepen cooperation on climate finance.");
        assertThat(x.countries()).containsExactly("GB", "KE");
        assertThat(extract("PM Anwar meets President Ruto", "Prime Minister Anwar Ibrahim of Malaysia met President William Ruto"
                + " of Kenya today.").countries()).containsExactly("KE", "MY");
    }

    @Test
    void keennessAPresentAgreeAndAnAgreementToAreCommitments() {
        Extraction x = extract("Talks with Oman", "The Foreign Minister of Jordan met the Foreign Minister of Oman in Muscat today.",
                "The Omani minister affirmed his country's keenness on expanding cooperation in renewable energy.",
                "\u201cWe agree to cooperate on the reconstruction of the port,\u201d the two ministers said.",
                "There was also agreement to align their positions on water security.");
        assertThat(texts(x.commitments())).hasSize(3);
    }

    @Test
    void dialogueMechanismsMomentumAndOrderedRoundsAreFollowUps() {
        Extraction x = extract("Consultations with Mongolia",
                "The Deputy Foreign Minister of Kazakhstan met the Ambassador of Mongolia in Astana today.",
                "The two sides agreed to set up a permanent consultation mechanism between their ministries.",
                "They agreed to maintain the momentum of high-level exchanges.",
                "The Mongolian side said it was ready to host the third round of consultations in Ulaanbaatar in the autumn.",
                "The Deputy Minister invited his counterpart to pay an official visit, an invitation that was welcomed.",
                "Both sides reaffirmed their interest in intensifying contacts at all levels.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The two sides agreed to set up a permanent consultation mechanism between their ministries.",
                "They agreed to maintain the momentum of high-level exchanges.",
                "The Mongolian side said it was ready to host the third round of consultations in Ulaanbaatar in the autumn.",
                "The Deputy Minister invited his counterpart to pay an official visit, an invitation that was welcomed.",
                "Both sides reaffirmed their interest in intensifying contacts at all levels.");
    }

    @Test
    void officialsDirectedToSpeedUpNegotiationsIsAFollowUp() {
        Extraction x = extract("State visit of the President of Malawi",
                "The President of Kenya received the President of Malawi at State House, Nairobi, today.",
                "The two Presidents directed their ministers to speed up the negotiations on the remaining agreements.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The two Presidents directed their ministers to speed up the negotiations on the remaining agreements.");
    }

    @Test
    void countriesNamedInTheReadoutsOwnLanguage() {
        assertThat(extract("Entretien avec le Sénégal", "Le ministre de l'Europe et des Affaires étrangères de l'Allemagne a reçu"
                + " aujourd'hui son homologue du Sénégal.").countries()).containsExactly("DE", "SN");
        assertThat(extract("Incontro a Roma", "Il ministro degli Esteri della Germania ha incontrato oggi il suo omologo del"
                + " Giappone.").countries()).containsExactly("DE", "JP");
        // a person, a palace and a place in English prose that another language spells as a country
        assertThat(extract("Call with Chile", "The Foreign Minister of Chile, joined by Maurice Dupont, spoke with the Foreign"
                + " Minister of Argentina at the San Martín Palace today.").countries()).containsExactly("AR", "CL");
    }

    @Test
    void countriesNamedInChineseJapaneseAndKoreanWhereNoSpaceEndsAWord() {
        assertThat(extract("中方同法国举行战略对话", "两国外长今天在北京举行会谈。").countries()).containsExactly("CN", "FR");
        assertThat(extract("日本・ペルー外相会談", "外務大臣は来日中のペルー外務大臣と会談を行いました。").countries())
                .containsExactly("JP", "PE");
        assertThat(extract("한국과 칠레 외교장관 회담", "외교장관은 칠레 외교장관과 통화했다.").countries()).containsExactly("CL", "KR");
        // Korean names a pair by one syllable each before what met: Korea and Japan, Korea and China
        assertThat(extract("한일 외교장관회담 개최", "양 장관은 회담을 갖고 협력 방안을 논의했다.").countries())
                .containsExactlyInAnyOrder("JP", "KR");
        assertThat(extract("한중 정상 통화", "양 정상은 통화를 갖고 교류 확대를 논의했다.").countries())
                .containsExactlyInAnyOrder("CN", "KR");
        CountryMentions mentions = new CountryMentions(CountryDirectory.builtIn(), java.util.Map.of());
        // words that hold a name but name no country: developing countries, the Indian Ocean, a summary in
        // Katakana ("サマリー" holds Mali's "マリ"), humanitarian aid and "means" in Korean (수단 is also Sudan)
        assertThat(mentions.countries("双方讨论了发展中国家的粮食安全和印度洋航运。")).isEmpty();
        assertThat(mentions.countries("会談のサマリーはインド太平洋について。")).isEmpty();
        assertThat(mentions.countries("인도적 지원의 수단을 논의했다.")).isEmpty();
        assertThat(mentions.countries("会談後、インド及びマリの大使と懇談した。")).containsExactly("IN", "ML");
    }

    @Test
    void aNameThatSharesOnlyItsSurnameWithAnOfficeHolderIsNotTheirs() {
        OfficeHolders holders = new OfficeHolders();
        // Amina Mohamed was Kenya's foreign minister: "Mohamed" alone may be her, a Mohamed of another first name is not
        assertThat(holders.country("Mohamed", 2015)).isEqualTo("KE");
        assertThat(holders.country("Rahim Mohamed", 2015)).isNull();
        // a middle initial, the family name first in capitals: the same person
        assertThat(holders.country("Antony J. Blinken", 2022)).isEqualTo("US");
        assertThat(holders.country("KAMIKAWA Yoko", 2024)).isEqualTo("JP");
    }

    @Test
    void aVisitOrMeetingExpectedIsAFollowUp() {
        Extraction x = extract("Ambassador meets Foreign Minister", "The Foreign Minister of Ghana met the Ambassador of Norway in Accra."
                + " The Norwegian Minister of Development is expected to travel to Accra in March.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text)
                .containsExactly("The Norwegian Minister of Development is expected to travel to Accra in March.");

        // "look forward to" with the verb's plain form, or visits with no article
        Extraction plain = extract("Ambassador meets Foreign Minister", "The Foreign Minister of Fiji met the Ambassador of Chile in Suva.",
                "Fiji looks forward to host the regional ministers in May.", "Both sides looked forward to further ministerial visits.");
        assertThat(plain.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "Fiji looks forward to host the regional ministers in May.", "Both sides looked forward to further ministerial visits.");
    }

    @Test
    void agreementInThePassiveReadinessAndContactKeptUpInSpanishGermanAndFrench() {
        Extraction es = extract("Reunión de cancilleres de Chile y Uruguay", "Los cancilleres de Chile y Uruguay se reunieron en Montevideo."
                + " En la reunión se consensuó ampliar el comercio de frutas. Ambos equipos se mantendrán conversaciones en las próximas semanas.");
        assertThat(texts(es.commitments())).containsExactly("En la reunión se consensuó ampliar el comercio de frutas.");
        assertThat(es.followUps()).extracting(ExtractedFollowUp::text)
                .containsExactly("Ambos equipos se mantendrán conversaciones en las próximas semanas.");
        Extraction list = extract("Reunión de presidentes", "Los presidentes de Bolivia y Chile se reunieron en La Paz.",
                "Estos son los puntos acordados:", "1. La reapertura del paso fronterizo de Colchane.", "2. Crear una comisión técnica de aguas.");
        assertThat(texts(list.commitments())).containsExactly("La reapertura del paso fronterizo de Colchane.",
                "Crear una comisión técnica de aguas.");
        Extraction de = extract("Telefonat mit Norwegen", "Die Außenministerin telefonierte mit dem Außenminister Norwegens."
                + " Beide waren sich einig, die Energiepartnerschaft auszubauen. Sie hätten einen engen Austausch vereinbart.");
        assertThat(texts(de.commitments())).containsExactly("Beide waren sich einig, die Energiepartnerschaft auszubauen.",
                "Sie hätten einen engen Austausch vereinbart.");
        assertThat(de.followUps()).extracting(ExtractedFollowUp::text).containsExactly("Sie hätten einen engen Austausch vereinbart.");
        Extraction fr = extract("Entretien avec le Ghana", "Le ministre a reçu son homologue du Ghana. Le Ghana est prêt à accueillir"
                + " une mission commerciale. Les deux ministres ont convenu de rester en contact.");
        assertThat(texts(fr.commitments())).containsExactly("Le Ghana est prêt à accueillir une mission commerciale.",
                "Les deux ministres ont convenu de rester en contact.");
        assertThat(fr.followUps()).extracting(ExtractedFollowUp::text).containsExactly("Les deux ministres ont convenu de rester en contact.");
    }

    @Test
    void aPartyThatWillInOtherLanguagesEngagingAndInteractionKeptUpAndATripIntended() {
        Extraction id = extract("Pertemuan menteri luar negeri", "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Brunei di Jakarta.",
                "Kedua negara juga akan memperluas kerja sama perdagangan.");
        assertThat(texts(id.commitments())).containsExactly("Kedua negara juga akan memperluas kerja sama perdagangan.");
        Extraction visit = extract("Pertemuan menteri luar negeri", "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Brunei di Jakarta.",
                "Menteri Brunei juga akan melakukan pertemuan dengan Menteri Perdagangan.");
        assertThat(visit.followUps()).extracting(ExtractedFollowUp::text)
                .containsExactly("Menteri Brunei juga akan melakukan pertemuan dengan Menteri Perdagangan.");
        Extraction fr = extract("Entretien avec le Sénégal", "Le ministre des Affaires étrangères de la Belgique a reçu son homologue du Sénégal.",
                "La Belgique va soutenir la candidature du Sénégal au Conseil.");
        assertThat(texts(fr.commitments())).containsExactly("La Belgique va soutenir la candidature du Sénégal au Conseil.");
        assertThat(fr.commitments().get(0).actors()).containsExactly("BE");
        Extraction en = extract("Prime Minister meets Samoan envoy", "The Prime Minister of Tonga met the High Commissioner of Samoa today.",
                "He said Samoa would continue to engage closely with Tonga on fisheries.",
                "The sides confirmed their intention to continue close interaction between their ministries.",
                "The Prime Minister intends to travel to Apia to meet the Head of State in June.",
                "The High Commissioner said she was prepared to expand cooperation in education.");
        assertThat(en.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "He said Samoa would continue to engage closely with Tonga on fisheries.",
                "The sides confirmed their intention to continue close interaction between their ministries.",
                "The Prime Minister intends to travel to Apia to meet the Head of State in June.");
        assertThat(texts(en.commitments())).contains("The High Commissioner said she was prepared to expand cooperation in education.");
        // Greek: both ministers agreed to meet; a country in the genitive
        Extraction el = extract("Συνάντηση των υπουργών Εξωτερικών της Ελλάδας και της Ιταλίας",
                "Οι δύο υπουργοί συμφώνησαν να συναντηθούν ξανά σύντομα.");
        assertThat(el.countries()).containsExactly("GR", "IT");
        assertThat(texts(el.commitments())).containsExactly("Οι δύο υπουργοί συμφώνησαν να συναντηθούν ξανά σύντομα.");
        assertThat(el.followUps()).extracting(ExtractedFollowUp::text).containsExactly("Οι δύο υπουργοί συμφώνησαν να συναντηθούν ξανά σύντομα.");
    }

    @Test
    void aMeetingInTheFutureTenseConversationAndOpinionsKeptUpAndVisitsInSpanishAndPortuguese() {
        Extraction en = extract("Foreign ministers speak", "The Foreign Minister of Bhutan spoke with the Foreign Minister of Nepal today.",
                "The joint technical committee would meet shortly to review the hydropower projects.",
                "The two ministers agreed to continue conversation on trade and transit.",
                "Further exchange of opinions on the subject was agreed upon.",
                "Both committed to future engagement on climate finance.");
        assertThat(en.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The joint technical committee would meet shortly to review the hydropower projects.",
                "The two ministers agreed to continue conversation on trade and transit.",
                "Further exchange of opinions on the subject was agreed upon.",
                "Both committed to future engagement on climate finance.");
        Extraction es = extract("Reunión de cancilleres de Perú y Bolivia", "Los cancilleres de Perú y Bolivia se reunieron en Lima.",
                "Se acordó que el canciller boliviano realizará una visita oficial a Lima en abril.",
                "Las delegaciones acordaron mantener una comunicación fluida.");
        assertThat(es.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "Se acordó que el canciller boliviano realizará una visita oficial a Lima en abril.",
                "Las delegaciones acordaron mantener una comunicación fluida.");
        Extraction pt = extract("Reunião de ministros", "Os ministros do Brasil e do Paraguai reuniram-se em Assunção.",
                "Acordou-se nova reunião técnica em 30 dias.");
        assertThat(texts(pt.commitments())).containsExactly("Acordou-se nova reunião técnica em 30 dias.");
    }

    @Test
    void keennessPledgesAndSupportRenewedAndAgreementInCroatianAndArabic() {
        Extraction en = extract("Minister meets WHO envoy", "The Minister of Health of Oman met the WHO Representative in Muscat today.",
                "Oman is keen to expand joint work on vaccines.", "Both sides pledge to share data on outbreaks.",
                "The Minister renewed his support for the regional preparedness plan.",
                "The Representative confirmed the organisation's ongoing support to the national laboratory.");
        assertThat(texts(en.commitments())).containsExactly("Oman is keen to expand joint work on vaccines.",
                "Both sides pledge to share data on outbreaks.", "The Minister renewed his support for the regional preparedness plan.",
                "The Representative confirmed the organisation's ongoing support to the national laboratory.");
        Extraction hr = extract("Sastanak ministara obrane Hrvatske i Slovenije", "Ministri obrane Hrvatske i Slovenije sastali su se u Zagrebu.",
                "Dogovoren je nastavak suradnje u obuci pilota.");
        assertThat(texts(hr.commitments())).containsExactly("Dogovoren je nastavak suradnje u obuci pilota.");
        Extraction ar = extract("وزير الخارجية يستقبل نظيره", "استقبل وزير الخارجية نظيره في القاهرة.",
                "وأكد الوزير على حرص البلدين على تعزيز التعاون الاقتصادي.");
        assertThat(texts(ar.commitments())).containsExactly("وأكد الوزير على حرص البلدين على تعزيز التعاون الاقتصادي.");
    }

    @Test
    void commitmentsAndFollowUpsInChineseJapaneseAndKorean() {
        // sentences end at a full stop with no space after it; "the Chinese side will" is China's; "do not agree" commits to nothing
        Extraction zh = extract("中泰外长会谈", "两国外长今天在北京举行会谈。中方将继续推动两国在农业领域的合作。双方同意保持密切沟通。双方不同意对方的立场。");
        assertThat(zh.countries()).containsExactly("CN", "TH");
        assertThat(texts(zh.commitments())).containsExactly("中方将继续推动两国在农业领域的合作。", "双方同意保持密切沟通。");
        assertThat(zh.commitments().get(0).actors()).containsExactly("CN");
        assertThat(zh.followUps()).extracting(ExtractedFollowUp::text).containsExactly("双方同意保持密切沟通。");
        // a call in Chinese and in Spanish is a call
        assertThat(extract("中泰外长通电话", "外交部长今天同泰国外长通电话。").format()).isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(extract("Llamada con Chile", "El canciller sostuvo hoy una conversación telefónica con su par de Chile.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        Extraction ja = extract("日・チリ外相会談", "外務大臣はチリ外務大臣と会談を行いました。両大臣は、経済分野での協力を強化していくことで一致しました。"
                + "両大臣は、引き続き緊密に連携していくことを確認しました。");
        assertThat(ja.countries()).containsExactly("CL", "JP");
        assertThat(texts(ja.commitments())).containsExactly("両大臣は、経済分野での協力を強化していくことで一致しました。",
                "両大臣は、引き続き緊密に連携していくことを確認しました。");
        assertThat(ja.followUps()).extracting(ExtractedFollowUp::text).containsExactly("両大臣は、引き続き緊密に連携していくことを確認しました。");
        Extraction ko = extract("한국과 칠레 외교장관 회담", "양측은 경제 협력을 확대하기로 합의했다. 양측은 앞으로도 긴밀히 소통해 나가기로 했다.");
        assertThat(texts(ko.commitments())).containsExactly("양측은 경제 협력을 확대하기로 합의했다.", "양측은 앞으로도 긴밀히 소통해 나가기로 했다.");
        assertThat(ko.followUps()).extracting(ExtractedFollowUp::text).containsExactly("양측은 앞으로도 긴밀히 소통해 나가기로 했다.");
    }

    @Test
    void countriesNamedInAnInflectingLanguageInAnyCaseAndInVietnamese() {
        // Russian: the genitive after "minister of" and "talks with", and the US abbreviated
        assertThat(extract("Встреча министров", "Министр иностранных дел Казахстана провёл переговоры с послом России и"
                + " представителем США.").countries()).containsExactly("KZ", "RU", "US");
        // Polish and Romanian genitives, Lithuanian genitive
        assertThat(extract("Rozmowa ministrów", "Minister spraw zagranicznych Szwecji rozmawiał z ministrem Ukrainy.").countries())
                .containsExactly("SE", "UA");
        assertThat(extract("Întrevedere", "Ministrul afacerilor externe al Ucrainei s-a întâlnit cu ambasadorul Germaniei.").countries())
                .containsExactly("DE", "UA");
        assertThat(extract("Pokalbis", "Lenkijos ir Latvijos ministrai aptarė bendradarbiavimą.").countries()).containsExactly("LV", "PL");
        assertThat(extract("Hội đàm", "Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Trung Quốc.").countries())
                .containsExactly("CN", "VN");
        // a curly apostrophe, as published pages set it: the People\u2019s Republic of China is China, not Taiwan
        assertThat(extract("Talks with China", "The Foreign Minister of Nepal met the Vice Minister of Foreign Affairs of the"
                + " People\u2019s Republic of China in Kathmandu today.").countries()).containsExactly("CN", "NP");
        // a meeting in Spanish or Portuguese is not Réunion
        assertThat(extract("Reunión de cancilleres", "Reunión bilateral entre los cancilleres de Panamá y Uruguay en Montevideo.")
                .countries()).containsExactly("PA", "UY");
        // short names inflected would be people in English prose: Iraq's prime minister al-Sudani is not Sudan
        assertThat(extract("Call with Iraq", "The President spoke with Prime Minister Mohammed Shia al-Sudani of Iraq today.")
                .countries()).containsExactly("IQ");
    }

    @Test
    void anUnderstandingReachedIsACommitmentAWishToSeeIsNone() {
        Extraction x = extract("Talks with Fiji", "The Prime Minister of Samoa met the Prime Minister of Fiji in Apia today.",
                "The two leaders reached an understanding to open a joint fisheries office.",
                "Samoa will seek to host the regional fisheries forum.",
                "\u201cWe would like to see more students from Fiji in our universities,\u201d the Prime Minister said.");
        assertThat(texts(x.commitments())).containsExactly("The two leaders reached an understanding to open a joint fisheries office.",
                "Samoa will seek to host the regional fisheries forum.");
    }

    @Test
    void aMeetingAgreedToAForthcomingSummitHopedForAndConsultationsIntensifiedAreFollowUps() {
        Extraction x = extract("Call with Vietnam", "The Trade Minister of New Zealand spoke with the Trade Minister of Vietnam today.",
                "The minister said he had agreed to an in-person meeting with his counterpart in Hanoi in the coming months.",
                "Both ministers expressed hope that the forthcoming APEC summit will be a success.",
                "They reiterated their will to deepen ties by intensifying political consultations.",
                "The Vietnamese minister assured to continue supporting New Zealand's bid.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The minister said he had agreed to an in-person meeting with his counterpart in Hanoi in the coming months.",
                "Both ministers expressed hope that the forthcoming APEC summit will be a success.",
                "They reiterated their will to deepen ties by intensifying political consultations.");
        assertThat(texts(x.commitments())).contains("The Vietnamese minister assured to continue supporting New Zealand's bid.");
    }

    @Test
    void anEventPreparedForOrAMeetingToComeThatWasDiscussedIsAFollowUp() {
        Extraction x = extract("Call with Norway", "The Foreign Minister of Canada spoke with the Foreign Minister of Norway today.",
                "The ministers compared notes ahead of the Arctic Council ministerial in Tromsø.",
                "They went over the timetable of the bilateral visits planned for the autumn.",
                "They also discussed priorities for the upcoming Nordic-Canadian (NC5+1) fisheries ministers meeting.",
                "The ministers discussed the fisheries agreement signed in 2019.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The ministers compared notes ahead of the Arctic Council ministerial in Tromsø.",
                "They went over the timetable of the bilateral visits planned for the autumn.",
                "They also discussed priorities for the upcoming Nordic-Canadian (NC5+1) fisheries ministers meeting.");
    }

    @Test
    void theOpeningSentenceNamesThePartiesWhenTheSentencesReportingTheMeetingNameNone() {
        Extraction x = extract("Leaders talk by phone",
                "Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan talked by phone on Monday.",
                "The leaders agreed to hold a meeting on the sidelines of the regional summit in Arusha.",
                "They also agreed to keep talking by phone.");
        assertThat(x.countries()).containsExactly("KE", "TZ");
    }

    @Test
    void sentencesRunTogetherWithoutASpaceAreTwoSentencesButAbbreviationsAndAddressesStayWhole() {
        SentenceSplitter splitter = new SentenceSplitter(List.of());
        assertThat(splitter.sentences("The ministers met in Hanoi this year.He also agreed to open a trade office."))
                .containsExactly("The ministers met in Hanoi this year.", "He also agreed to open a trade office.");
        assertThat(splitter.sentences("Mr.Smith met the U.S. delegation and St.Lucia's envoy at mofa.gov.vn today."))
                .hasSize(1);
    }

    @Test
    void theCoreVerbsOfAgreementInOtherLanguagesCommit() {
        Extraction x = extract("Reunión de cancilleres",
                "El canciller de Chile se reunió con el canciller de Perú en Lima.",
                "Los cancilleres acordaron celebrar la próxima reunión del gabinete binacional en Santiago.");
        assertThat(texts(x.commitments())).containsExactly(
                "Los cancilleres acordaron celebrar la próxima reunión del gabinete binacional en Santiago.");
        Extraction y = extract("Telefonat mit Polen",
                "Die Außenministerin telefonierte heute mit ihrem polnischen Amtskollegen.",
                "Beide vereinbarten, die Gespräche über die Grenzbrücken im Herbst fortzusetzen.");
        assertThat(y.commitments()).hasSize(1);
        Extraction z = extract("Samtale med Sverige",
                "Utenriksministeren hadde i dag en samtale med Sveriges utenriksminister.",
                "De ble enige om å holde tett kontakt i tiden fremover.");
        assertThat(z.commitments()).hasSize(1);
    }

    @Test
    void aWishToActIsASoftCommitmentButBestWishesAndAWishToSeeAreNot() {
        Extraction x = extract("Ambassador calls on the Prime Minister",
                "The Prime Minister of Vietnam received the Ambassador of Sweden in Hanoi today.",
                "He expressed his wish to further boost bilateral trade and investment cooperation.",
                "The ambassador said Sweden wants to prioritise cooperation in green technology.",
                "An agreement was reached to open a consular office in Da Nang.",
                "The Prime Minister conveyed his best wishes to the King of Sweden.",
                "The ambassador said Sweden would like to see more Vietnamese students in Stockholm.");
        assertThat(texts(x.commitments())).containsExactly(
                "He expressed his wish to further boost bilateral trade and investment cooperation.",
                "The ambassador said Sweden wants to prioritise cooperation in green technology.",
                "An agreement was reached to open a consular office in Da Nang.");
        assertThat(x.commitments()).extracting(ExtractedCommitment::strength)
                .containsExactly(CommitmentStrength.WEAK, CommitmentStrength.WEAK, CommitmentStrength.STRONG);
    }

    @Test
    void aMeetingPlannedPreparedForOrProposedIsAFollowUpButThanksForHostingOneIsNot() {
        Extraction x = extract("Talks with Cameroon", "The Foreign Minister of Türkiye met the Foreign Minister of Cameroon in Ankara.",
                "He also announced plans for a third meeting of the Joint Economic Commission in Yaoundé.",
                "The parties are preparing for the first meeting of the High-Level Cooperation Council.",
                "The officials also talked about holding a joint session of the two governments in the near future.",
                "The minister thanked Cameroon for holding the regional security conference last year.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "He also announced plans for a third meeting of the Joint Economic Commission in Yaoundé.",
                "The parties are preparing for the first meeting of the High-Level Cooperation Council.",
                "The officials also talked about holding a joint session of the two governments in the near future.");
    }

    @Test
    void theCapitalThatDatelinesAReadoutNamingOneSideIsTheOtherSideUnlessThatIsAnOrganisation() {
        Extraction x = extract("Finance minister meets ambassador",
                "ISLAMABAD (Staff Report) - The Chinese ambassador on Monday met the caretaker finance minister and discussed trade.");
        assertThat(x.countries()).containsExactly("CN", "PK");
        Extraction y = extract("Secretary-General receives minister",
                "JAKARTA - The ASEAN Secretary-General received the Foreign Minister of Viet Nam at the ASEAN Secretariat today.");
        assertThat(y.countries()).containsExactly("VN");
        Extraction z = extract("Minister meets Northern Ireland Secretary",
                "The Minister for Foreign Affairs of Ireland met the Secretary of State for Northern Ireland, Julia Carden, in Dublin today.");
        assertThat(z.countries()).containsExactly("GB", "IE");
    }

    @Test
    void aWillAnIntentAReadinessOrAnAspirationVoicedIsASoftCommitmentButAPlanOfOnesOwnDescribedIsNot() {
        Extraction x = extract("Ministers meet", "The Foreign Minister of Chile met the Foreign Minister of Colombia in Bogotá.",
                "Both ministers highlighted the will of Chile and Colombia to continue advancing the free trade agenda.",
                "The ministers emphasised the mutual intent to further develop the strategic partnership.",
                "The Chilean minister reassured of the readiness of his country to share its experience with customs reform.",
                "The sides are working to enhance energy security.",
                "The Colombian minister described his government's plans to build three new ports.");
        assertThat(texts(x.commitments())).containsExactly(
                "Both ministers highlighted the will of Chile and Colombia to continue advancing the free trade agenda.",
                "The ministers emphasised the mutual intent to further develop the strategic partnership.",
                "The Chilean minister reassured of the readiness of his country to share its experience with customs reform.",
                "The sides are working to enhance energy security.");
    }

    @Test
    void aMeetingToComeOrKeepingInTouchInAnotherLanguageIsAFollowUp() {
        Extraction x = extract("Reunión de cancilleres", "El canciller de Perú se reunió con el canciller de Bolivia en Lima.",
                "Se confirmó que la reunión de la Comisión Mixta se llevará a cabo el 11 de septiembre en Lima.",
                "Los cancilleres revisaron la agenda bilateral.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "Se confirmó que la reunión de la Comisión Mixta se llevará a cabo el 11 de septiembre en Lima.");
        Extraction y = extract("Samtale med Sverige", "Utenriksministeren hadde i dag en samtale med Sveriges utenriksminister.",
                "De ble enige om å holde tett kontakt i tiden fremover.");
        assertThat(y.followUps()).hasSize(1);
    }

    @Test
    void openLinesOfCommunicationRegularContactsOfManyKindsAndACommitmentToMeetAreFollowUps() {
        Extraction x = extract("Call with Tashkent", "The Foreign Minister of Russia spoke with the Foreign Minister of Uzbekistan.",
                "The minister affirmed his commitment to maintaining open lines of communication.",
                "The parties agreed to maintain regular political, inter-parliamentary and inter-party contacts.",
                "They expressed their commitment to meet after the pandemic had eased.",
                "They look forward to holding the next round in Tashkent.");
        assertThat(x.followUps()).hasSize(4);
    }

    @Test
    void aDecisionMadeAnAgreementToBeSignedTalksAtTheTechnicalLevelAndAScheduledVisitAreNextSteps() {
        Extraction x = extract("Talks with Ghana", "The Minister of Trade of Togo met the Minister of Trade of Ghana in Accra today.",
                "A decision was made to hold the joint trade commission in Lomé in March.",
                "A protocol on transit fees will be signed before the end of the year.",
                "Talks on the customs annex will now continue at the technical level.",
                "The commission will meet at least annually.",
                "The Togolese minister is set to visit Kumasi next week.",
                "The ministers assured each other of their commitment to a single regional market.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "A decision was made to hold the joint trade commission in Lomé in March.",
                "A protocol on transit fees will be signed before the end of the year.",
                "Talks on the customs annex will now continue at the technical level.",
                "The commission will meet at least annually.",
                "The Togolese minister is set to visit Kumasi next week.");
        assertThat(texts(x.commitments())).contains("A decision was made to hold the joint trade commission in Lomé in March.",
                "A protocol on transit fees will be signed before the end of the year.",
                "The ministers assured each other of their commitment to a single regional market.");
    }

    @Test
    void agreementAndNextMeetingsInMoreLanguagesButAgreeingOnTheImportanceIsNoUndertaking() {
        Extraction ru = extract("Переговоры министров", "Министр иностранных дел Казахстана встретился с министром иностранных дел Армении.",
                "Стороны договорились провести следующее заседание межправительственной комиссии в Ереване.");
        assertThat(ru.commitments()).hasSize(1);
        assertThat(ru.followUps()).hasSize(1);
        Extraction pl = extract("Rozmowa ministrów", "Minister spraw zagranicznych Polski rozmawiał z ministrem Szwecji.",
                "Ministrowie uzgodnili, że pozostaną w kontakcie.");
        assertThat(pl.commitments()).hasSize(1);
        assertThat(pl.followUps()).hasSize(1);
        // an invitation accepted and contacts to come are next steps without a verb of agreement
        Extraction ro = extract("Convorbire telefonică", "Ministrul afacerilor externe al Austriei a avut o convorbire cu omologul său din Ucraina.",
                "Ministrul ucrainean a acceptat invitația de a efectua o vizită la Viena în luna mai.");
        assertThat(ro.followUps()).hasSize(1);
        Extraction ru2 = extract("Беседа министров", "Министр иностранных дел Казахстана провёл беседу с министром иностранных дел Армении.",
                "Министры обсудили график предстоящих контактов на высшем уровне.");
        assertThat(ru2.followUps()).hasSize(1);
        Extraction es = extract("Reunión de cancilleres", "El canciller de Chile se reunió con la canciller de Uruguay en Montevideo.",
                "Ambos coincidieron en la importancia del comercio regional.",
                "Coincidieron en profundizar la cooperación energética.");
        assertThat(texts(es.commitments())).containsExactly("Coincidieron en profundizar la cooperación energética.");
    }

    @Test
    void aDateWithTheMonthNamedInTheReadoutsOwnLanguageWithOrWithoutAYear() {
        // the publication date the helper gives is 10 May 2024: a day without a year is the nearest before it
        Extraction ru = extract("Встреча министров", "6 апреля министр иностранных дел Казахстана встретился с министром"
                + " иностранных дел Армении.");
        assertThat(ru.meetingDate()).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(ru.dateSource()).isEqualTo(DateSource.TEXT);
        Extraction sw = extract("Mazungumzo ya mawaziri", "Waziri wa Mambo ya Nje wa Kenya amekutana leo tarehe 07 Februari 2023"
                + " na Waziri wa Mambo ya Nje wa Uganda.");
        assertThat(sw.meetingDate()).isEqualTo(LocalDate.of(2023, 2, 7));
        Extraction vi = extract("Hội đàm", "Ngày 3 tháng 12 năm 2023, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Lào.");
        assertThat(vi.meetingDate()).isEqualTo(LocalDate.of(2023, 12, 3));
    }

    @Test
    void contactsThatShouldContinueTheMaintenanceOfConsultationsAndDialogueKeptUpInSpanishAreFollowUps() {
        Extraction x = extract("Talks with Estonia", "The Foreign Minister of Finland met the Foreign Minister of Estonia in Tallinn.",
                "The ministers stressed that close contacts and coordination between their ministries should continue.",
                "Both expressed interest in the maintenance of regular political consultations.",
                "Their deputies will review the preparations of the joint cabinet session.",
                "They also recalled the history of the two countries' cooperation.");
        assertThat(x.followUps()).hasSize(3);
        Extraction es = extract("Reunión de cancilleres", "El canciller de Chile se reunió con la canciller de Uruguay en Montevideo.",
                "Los cancilleres reafirmaron la voluntad de mantener siempre el diálogo entre ambos gobiernos.");
        assertThat(es.followUps()).hasSize(1);
    }

    @Test
    void supportReiteratedACommitmentVoicedInThePresentAndABodyToBeFormedAreUndertakings() {
        Extraction x = extract("Talks with Malawi", "The Foreign Minister of Zambia met the Foreign Minister of Malawi in Lusaka today.",
                "The Zambian minister reiterated his government's support for the regional rail corridor.",
                "\u201cI reiterate Malawi's commitment to open borders,\u201d the minister said.",
                "A joint border committee will be formed before the rainy season.",
                "The ministers thanked their delegations.");
        assertThat(texts(x.commitments())).containsExactly(
                "The Zambian minister reiterated his government's support for the regional rail corridor.",
                "\u201cI reiterate Malawi's commitment to open borders,\u201d the minister said.",
                "A joint border committee will be formed before the rainy season.");
    }

    @Test
    void aThankYouInALeadingClauseDoesNotHideThePledgeOfTheMainClause() {
        Extraction x = extract("Delegation received", "The President of Senegal received a delegation from Mali in Dakar today.",
                "As he thanked the delegation for its visit, the President pledged to work with Mali on border security.",
                "The delegation thanked the President, whose government had pledged funds last year.");
        assertThat(texts(x.commitments())).containsExactly(
                "As he thanked the delegation for its visit, the President pledged to work with Mali on border security.");
    }

    @Test
    void visitsThatShouldTakePlaceTheirPossibilityAndDatesAndCommissionsThatShallMeetAreFollowUps() {
        Extraction x = extract("Talks with Kenya", "The Foreign Minister of Uganda met the Foreign Minister of Kenya in Kampala today.",
                "They agreed that the state visit should take place before the end of the year.",
                "The ministers also looked at the possibility of a visit by the Kenyan trade minister.",
                "The joint commission shall meet twice a year, alternately in Nairobi and Kampala.",
                "Both sides agreed to discuss the railway financing.",
                "The ministers said that reforms should take place in the regional bank.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "They agreed that the state visit should take place before the end of the year.",
                "The ministers also looked at the possibility of a visit by the Kenyan trade minister.",
                "The joint commission shall meet twice a year, alternately in Nairobi and Kampala.",
                "Both sides agreed to discuss the railway financing.");
    }

    @Test
    void aLongerDialogueContinuedEngagementPursuedAndConsultationsCommencedAreContact() {
        Extraction x = extract("Talks with Chile", "The Foreign Minister of Peru spoke with the Foreign Minister of Chile today.",
                "The ministers confirmed their joint commitment to continue a frank and mutually beneficial dialogue.",
                "They reaffirmed their wish to pursue regular and practical engagement.",
                "Both agreed on commencing deputy-level consultations on migration.",
                "We look forward to constructive engagement within the Pacific Alliance.");
        assertThat(x.followUps()).hasSize(4);
    }

    @Test
    void interestInGoingFurtherAndReadinessAndWillInSpanishAreSoftUndertakings() {
        Extraction x = extract("Talks with Georgia", "The Deputy Foreign Minister of Latvia met the Ambassador of Georgia in Riga today.",
                "The Deputy Minister said that Latvia is interested in further development of transport links with Georgia.",
                "El canciller manifestó su plena disposición a continuar trabajando en la agenda compartida.",
                "Ambos ministros reafirmaron su compromiso con el mecanismo de consultas.");
        assertThat(x.commitments()).hasSize(3).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
    }

    @Test
    void aSentenceClosedByAGermanOrFrenchQuotationMarkIsNoTitle() {
        Extraction x = extract("Telefonat", "\u201eDie Außenminister von Österreich und Polen telefonierten heute.",
                "Die Minister vereinbarten, die Gespräche fortzusetzen.\u201c");
        assertThat(texts(x.commitments())).containsExactly("Die Minister vereinbarten, die Gespräche fortzusetzen.\u201c");
        Extraction fr = extract("Entretien", "\u00ab Les ministres de la France et du Maroc se sont entretenus ce jour.",
                "Les ministres ont convenu de poursuivre la coopération. \u00bb");
        assertThat(fr.commitments()).hasSize(1);
    }

    @Test
    void agreementReadinessAndWorkToBeContinuedInGermanRussianDanishPolishAndSpanish() {
        Extraction x = extract("Talks", "The Foreign Ministers of Estonia and Norway met in Oslo today.",
                "Es bestand Einvernehmen, dass die Expertengruppe bald zusammentreten sollte.",
                "Достигнута договоренность о подготовке нового соглашения.",
                "Работа по соглашению будет продолжена.",
                "Ministeren sagde, at Danmark er klar til at øge støtten.",
                "Ministrowie wyrazili chęć pogłębienia współpracy.",
                "Se destacó el interés de continuar el diálogo político.");
        assertThat(x.commitments()).hasSize(6);
        assertThat(x.commitments().get(0).strength()).isEqualTo(CommitmentStrength.STRONG);
        assertThat(x.commitments().get(2).strength()).isEqualTo(CommitmentStrength.WEAK);
    }

    @Test
    void aFamilyNameWithItsArticleJoinedIsOneNameAndFindsItsGovernment() {
        Extraction x = extract("Call", "On 8 June 2024, Foreign Minister Faisal al-Mekdad spoke by phone with the Foreign Minister of Oman.");
        assertThat(x.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Faisal al-Mekdad");
            assertThat(p.country()).isEqualTo("SY");
        });
        assertThat(x.countries()).containsExactlyInAnyOrder("OM", "SY");
    }

    @Test
    void peopleAreFoundInALeadThatSaysWhatTheyAgreedOrThatTheyMetInAnotherLanguage() {
        Extraction x = extract("Trade ministers", "The Trade Minister of Chile, Ana Soto, and the Trade Minister of Peru, Luis Vega,"
                + " on Monday agreed to expand trade in Lima.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country)
                .containsExactly(tuple("Ana Soto", "CL"), tuple("Luis Vega", "PE"));
        Extraction es = extract("Reunión", "El Canciller de Paraguay, Tomás Ruiz, se reunió hoy con la Ministra de Relaciones"
                + " Exteriores de Colombia, Elena Prado.");
        assertThat(es.participants()).extracting(Participant::name).containsExactly("Tomás Ruiz", "Elena Prado");
        // a sentence on what they discussed does not make its subject a party
        Extraction y = extract("Call", "The Foreign Minister of Norway, Eva Lund, discussed the war in Sudan with the Foreign"
                + " Minister of Kenya, Peter Otieno.");
        assertThat(y.countries()).containsExactlyInAnyOrder("KE", "NO");
    }

    @Test
    void anEventToHoldContactToInstitutionaliseAndAVisitToMakeInACommitmentAreFollowUps() {
        Extraction x = extract("Talks with Ghana", "The Foreign Minister of Togo met the Foreign Minister of Ghana in Lomé today.",
                "The ministers agreed to deepen trade ties and convene the joint border commission very soon.",
                "They decided to institutionalise consultations between the two ministries.",
                "The minister instructed a customs team to visit Accra.",
                "They agreed to launch a bilateral dialogue on fisheries.",
                "The ministers agreed to expand cooperation on energy.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The ministers agreed to deepen trade ties and convene the joint border commission very soon.",
                "They decided to institutionalise consultations between the two ministries.",
                "The minister instructed a customs team to visit Accra.");
    }

    @Test
    void aSummitToBeHostedAfterAReportContactKeptUpAndATalkToComeAreFollowUpsAndARenewedInvitationIsNone() {
        Extraction x = extract("Call with Oman", "The Foreign Minister of Jordan spoke with the Foreign Minister of Oman today.",
                "They discussed the crises in the region, which are expected to be tabled at the Arab summit to be held in Cairo later this month.",
                "Both stressed the value of staying in close contact.",
                "The ministers said their dialogue on water will carry on.",
                "Options for a rail link will be discussed.",
                "The minister renewed his invitation to his counterpart to visit Amman.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "They discussed the crises in the region, which are expected to be tabled at the Arab summit to be held in Cairo later this month.",
                "Both stressed the value of staying in close contact.",
                "The ministers said their dialogue on water will carry on.",
                "Options for a rail link will be discussed.");
    }

    @Test
    void aSentenceGoesOnAfterABlankLineWhenItHasNotEndedAndTheNextLineContinuesInLowerCase() {
        Extraction x = extract("Courtesy call", "", "The Minister of State of Uganda met the Ambassador of Egypt in Kampala today.", "",
                "The two agreed to hold a technical", "", "meeting in Cairo at a later date.", "", "Trade", "", "Both sides expressed satisfaction.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text)
                .containsExactly("The two agreed to hold a technical meeting in Cairo at a later date.");
    }

    @Test
    void supportVoicedOrUnwaveringInterestStatedAndAWillReiteratedInSpanishAreSoftUndertakingsButThanksForSupportIsNone() {
        Extraction x = extract("Talks with Finland", "The Foreign Minister of Estonia met the Foreign Minister of Finland in Tallinn today.",
                "The Estonian minister expressed his support for the Finnish presidency's programme.",
                "Finland's support for the energy link remains unwavering, the minister said.",
                "Estonia was interested in joint training of border guards.",
                "The Finnish minister expressed her gratitude for Estonia's long-standing support.");
        assertThat(x.commitments()).extracting(ExtractedCommitment::text, ExtractedCommitment::strength).containsExactly(
                tuple("The Estonian minister expressed his support for the Finnish presidency's programme.", CommitmentStrength.WEAK),
                tuple("Finland's support for the energy link remains unwavering, the minister said.", CommitmentStrength.WEAK),
                tuple("Estonia was interested in joint training of border guards.", CommitmentStrength.WEAK));
        Extraction es = extract("Reunión", "El Canciller de Chile se reunió hoy con el Canciller de Perú en Lima.",
                "El canciller reiteró la voluntad de su Gobierno de ampliar el comercio con Perú.");
        assertThat(es.commitments()).hasSize(1);
    }

    @Test
    void counterpartsFromAListOfCountriesAreAllParties() {
        Extraction x = extract("Readout: Minister speaks with counterparts",
                "The Foreign Minister of Canada today spoke with her counterparts from Chile, the Netherlands and Kenya"
                        + " about the situation in Sudan.");
        assertThat(x.countries()).containsExactlyInAnyOrder("CA", "CL", "KE", "NL");
    }

    @Test
    void aMinisterWhoReceivesAColleagueInGermanOrSlovakIsFoundByName() {
        Extraction de = extract("Gemeinsam für Europa", "Annalena Baerbock empfängt den tschechischen Außenminister Jan Lipavský in Berlin.");
        assertThat(de.participants()).extracting(Participant::name, Participant::country).contains(
                tuple("Annalena Baerbock", "DE"), tuple("Jan Lipavský", "CZ"));
        assertThat(de.countries()).containsExactlyInAnyOrder("CZ", "DE");
    }

    @Test
    void anUndertakingForSoonAndAgenciesAssignedToWorkTogetherAreFollowUps() {
        Extraction x = extract("Talks with Laos", "The Minister of Industry of Viet Nam met the Minister of Commerce of Laos in Hanoi today.",
                "The two ministers committed to soon conclude the border trade agreement.",
                "The Lao minister pledged to assign relevant units to work with the Vietnamese ministry on customs.",
                "The ministers committed to deepen cooperation in energy.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The two ministers committed to soon conclude the border trade agreement.",
                "The Lao minister pledged to assign relevant units to work with the Vietnamese ministry on customs.");
    }

    @Test
    void everyCounterpartMetInAReadoutOfSeveralMeetingsIsAParty() {
        Extraction x = extract("Foreign Minister meets counterparts at the summit",
                "The Foreign Minister of Kenya held talks with African counterparts on the margins of the summit.",
                "He first met his Ghanaian counterpart to discuss trade.",
                "He later conferred with his Senegalese and Malian counterparts on security.",
                "The ministers discussed Ethiopian and Somali efforts in the region.");
        assertThat(x.countries()).containsExactlyInAnyOrder("GH", "KE", "ML", "SN");
    }

    @Test
    void everyoneMetInAReadoutOfSeveralMeetingsEnvoysPostedAbroadAndOfficialsOfAnOrganisationTakePart() {
        Extraction x = extract("Foreign Minister's calls",
                "BISHKEK, 6 May 2024 - Kyrgyz Foreign Minister Aigerim Toktosunova spoke by telephone with her Kuwaiti counterpart Salem Al-Rashidi.",
                "The ministers discussed air links and investment.",
                "The minister also held a video call with Estonian Foreign Minister Madis Kask on transit routes.",
                "Later she received the Philippine Ambassador to Kyrgyzstan, Maria Santos, and the Secretary General of the"
                        + " Pacific Islands Forum (PIF) Tevita Lomu.");
        assertThat(x.participants()).extracting(Participant::name)
                .contains("Aigerim Toktosunova", "Madis Kask", "Maria Santos", "Tevita Lomu", "Salem Al-Rashidi");
        // a counterpart named after the word, with the country before it
        assertThat(x.participants()).filteredOn(p -> p.name().equals("Salem Al-Rashidi")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("KW"));
        assertThat(x.participants()).filteredOn(p -> p.name().equals("Maria Santos")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("PH"));
        // an organisation's official represents no country
        assertThat(x.participants()).filteredOn(p -> p.name().equals("Tevita Lomu")).singleElement()
                .satisfies(p -> assertThat(p.country()).isNull());
        assertThat(x.countries()).contains("EE", "KG", "PH").doesNotContain("PIF");
    }

    @Test
    void aFamilyNameAloneIsThePersonNamedInFullAndABodyInATitleIsNoPlace() {
        Extraction x = extract("Trade ministers meet",
                "OTTAWA, 6 May 2024 - Canada's Minister of International Trade Mary Ng met Dr Rahim Bin Khalid Al Sabti, Secretary"
                        + " General of the Ministry of Foreign Affairs of Oman, and the First Secretary of the Embassy, Jorge Ruiz.",
                "Minister Ng welcomed the talks.");
        assertThat(x.participants()).extracting(Participant::name).contains("Mary Ng", "Jorge Ruiz").doesNotContain("Ng");
        assertThat(x.participants()).anySatisfy(p -> assertThat(p.name()).endsWith("Al Sabti"));
        assertThat(x.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("Ministry"));
    }

    @Test
    void aSwahiliFormOfAddressEndsNoSentenceAndSwahiliTitlesNameTheirHolders() {
        Extraction x = extract("Balozi Mhe. Amani Juma akutana na Balozi Mhe. Grace Uwase wa Rwanda",
                "Tarehe 02 Aprili 2025, Mhe. Amani Juma, Balozi wa Tanzania nchini Kenya alitembelewa na Balozi wa Rwanda.");
        assertThat(x.title()).isEqualTo("Balozi Mhe. Amani Juma akutana na Balozi Mhe. Grace Uwase wa Rwanda");
        assertThat(x.participants()).extracting(Participant::name).contains("Amani Juma", "Grace Uwase");
        assertThat(x.countries()).contains("RW", "TZ");
    }

    @Test
    void anEnvoyForACountryIsItsEnvoyAndACountryNamedOnceIsNoOnesByDefault() {
        Extraction x = extract("Courtesy call by the High Commissioner for Ghana",
                "The Minister of Foreign Affairs, Dr. Lena Marsh, met with His Excellency Kofi Mensah, High Commissioner for the"
                        + " Republic of Ghana to Barbados, on 3 May 2024.");
        assertThat(x.participants()).filteredOn(p -> p.name().equals("Kofi Mensah")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("GH"));
        Extraction y = extract("NATO Secretary General visits Zagreb",
                "The Secretary General of NATO met Prime Minister Ivo Horvat of Croatia and Defence Minister Ante Babić in Zagreb on 3 May 2024.",
                "He thanked Croatia for its contribution to the missions in Kosovo and praised Croatia's defence spending.");
        assertThat(y.countries()).containsExactly("HR");
    }

    @Test
    void aStanceReportedInAParticipleCommitsAsItsPastTenseDoes() {
        Extraction x = extract("Ministers meet in Riga",
                "RIGA, 12 March 2025 - The Foreign Minister of Latvia met the Foreign Minister of Chile in Riga.",
                "The ministers reviewed the year's trade figures, expressing the desire to open a direct air link.",
                "Both closed the meeting by reaffirming their commitment to joint work on Antarctic research.");
        assertThat(texts(x.commitments())).containsExactly(
                "The ministers reviewed the year's trade figures, expressing the desire to open a direct air link.",
                "Both closed the meeting by reaffirming their commitment to joint work on Antarctic research.");
        assertThat(x.commitments()).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
    }

    @Test
    void officialsNamedInCyrillicWithTheirCountryInTheGenitiveBetweenTitleAndName() {
        Extraction x = extract("Встреча в Ташкенте",
                "20 октября 2025 года Посол Казахстана в Узбекистане Арман Байжанов встретился с Министром иностранных дел"
                        + " Республики Узбекистан Дильшодом Каримовым.",
                "Стороны обсудили торговлю и транспорт.");
        assertThat(x.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Арман Байжанов");
            assertThat(p.country()).isEqualTo("KZ");
        });
        // the name in the nominative, though the title after "с" puts it in the instrumental
        assertThat(x.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Дильшод Каримов");
            assertThat(p.country()).isEqualTo("UZ");
        });
        assertThat(x.countries()).containsExactlyInAnyOrder("KZ", "UZ");
    }

    @Test
    void aMeetingThatSignedSomethingIsDatedByTheDayAfterItsVerb() {
        Extraction x = extract("Trade ministers sign a protocol",
                "January 12, 2024",
                "The Kazakh Minister of Trade Arman Sadykov and the Uzbek Minister of Trade Laziz Karimov signed a protocol"
                        + " at a meeting on January 9 in Samarkand.");
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(x.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void officialsAndCountriesInSerbianMacedonianAndBelarusian() {
        Extraction sr = extract("Састанак у Београду",
                "Министар спољних послова Милан Петровић састао се данас са амбасадором САД Џоном Смитом.");
        assertThat(sr.participants()).extracting(Participant::name).contains("Милан Петровић");
        assertThat(sr.countries()).contains("US");
        Extraction be = extract("Сустрэча ў Мінску",
                "Міністр замежных спраў Беларусі Павел Сідарэнка правёў сустрэчу з паслом Літвы.");
        assertThat(be.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Павел Сідарэнка");
            assertThat(p.country()).isEqualTo("BY");
        });
        assertThat(be.countries()).contains("BY", "LT");
    }

    @Test
    void officialsOfOrganisationsAndRanksBeforeATitleNameTheirHolders() {
        Extraction x = extract("Foreign Minister meets regional officials",
                "MALE, 4 June 2024 - The Minister of Foreign Affairs Ahmed Zahir met the Executive Secretary of the Pacific Islands"
                        + " Forum Nadia Perrine and Dr. Salma al-Hakim, Minister of Health of Oman.",
                "The minister was accompanied by Ibrahim Latheef, Additional Secretary at the ministry.",
                "Also present was the Director General United Nations Office in Male, Kofi Mensah.");
        assertThat(x.participants()).extracting(Participant::name)
                .contains("Nadia Perrine", "Salma al-Hakim", "Ibrahim Latheef")
                .doesNotContain("United Nations", "United", "Commission");
    }

    @Test
    void contactKeptUpInMoreWordsAndLookedForwardToIsAFollowUp() {
        Extraction x = extract("Leaders speak by phone",
                "OTTAWA, 4 June 2024 - The Prime Minister of Canada spoke with the President of Ghana.",
                "The leaders reaffirmed their commitment to maintaining open and consistent communication on trade.",
                "They looked forward to remaining in close and regular contact.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The leaders reaffirmed their commitment to maintaining open and consistent communication on trade.",
                "They looked forward to remaining in close and regular contact.");
    }

    @Test
    void aStanceVoicedWithAnyVerbOfStatingIsAWeakCommitment() {
        Extraction x = extract("Foreign ministers meet",
                "LIMA, 2 May 2024 - The Foreign Minister of Peru met the Foreign Minister of Chile.",
                "The two ministers reviewed fisheries cooperation and reiterated their desire to open a second border crossing.",
                "Chile conveyed its readiness to host a trade mission.");
        assertThat(texts(x.commitments())).containsExactly(
                "The two ministers reviewed fisheries cooperation and reiterated their desire to open a second border crossing.",
                "Chile conveyed its readiness to host a trade mission.");
        assertThat(x.commitments()).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
    }

    @Test
    void workTowardsANumberedGatheringIsAFollowUp() {
        Extraction x = extract("Ministers meet in Tokyo",
                "TOKYO, 4 June 2024 - The Foreign Minister of Japan met the Foreign Minister of Kenya.",
                "Both confirmed continued cooperation toward TICAD 9.",
                "Both ministers agreed to collaborate closely leading up to the Tokyo forum.",
                "They reviewed the outcomes of COP 28 and the G20 presidency.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "Both confirmed continued cooperation toward TICAD 9.",
                "Both ministers agreed to collaborate closely leading up to the Tokyo forum.");
    }

    @Test
    void anEventThatWasTheOccasionOfTheMeetingAVisitPaidAndAMeetingCalledOffAreNoNextSteps() {
        Extraction x = extract("Ministers meet in Lisbon",
                "The Foreign Minister of Ireland met the Foreign Minister of Portugal in Lisbon on 9 May 2024, ahead of the"
                        + " EU-Africa ministerial.",
                "The ministers underlined the importance of their work on ocean governance ahead of the UN Ocean Conference.",
                "The Irish minister paid a two-day visit to Porto on 12 May at the invitation of the mayor.",
                "A spokesperson said the Irish minister would not be meeting the President of Portugal because of his schedule.",
                "The two agreed to stay in close contact ahead of the European Council in June.",
                "The ministers compared notes ahead of the Atlantic forum in Madeira.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The two agreed to stay in close contact ahead of the European Council in June.",
                "The ministers compared notes ahead of the Atlantic forum in Madeira.");
    }

    @Test
    void consentAnAssuranceOfCooperationSupportNotedEffortsReaffirmedAndAnAgreementAtAPlaceAreCommitments() {
        Extraction x = extract("Meeting with the Foreign Minister of Ghana",
                "The Foreign Minister of Ireland met the Foreign Minister of Ghana in Dublin on 9 May 2024.",
                "Both ministers consented to swiftly set up a joint business council.",
                "The Irish minister assured Ghana of full cooperation on the fisheries programme.",
                "The Ghanaian minister noted her support for a stronger role of the regional bank.",
                "The two ministers reaffirmed efforts to widen scholarships between the two countries.",
                "The ministers agreed in their talks at Iveagh House, Dublin, to review the aviation agreement.");
        assertThat(x.commitments()).hasSize(5);
    }

    @Test
    void wordsOfATitleCaseHeadlineOrRemitAreNoNames() {
        Extraction x = extract("Readout of Secretary of Defense Hallam's Phone Call with Ghana Minister of Defence Kwame Asante",
                "Secretary of Defense Peter Hallam spoke by phone with Ghana's Minister of Defence Kwame Asante on 9 May 2024.",
                "New Zealand's Minister of Foreign Affairs, Local Government and Trade, Hon Aroha Tane, joined the Ghana-New Zealand"
                        + " Foreign Minister Consultations by video.");
        assertThat(x.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Peter Hallam", "Kwame Asante");
    }

    /** The readout's one commitment has this strength. */
    private void commitsOnce(CommitmentStrength strength, String... lines) {
        assertThat(extract(lines).commitments()).as(lines[lines.length - 1])
                .singleElement().satisfies(c -> assertThat(c.strength()).isEqualTo(strength));
    }

    @Test
    void commitmentRestatedInSpanishRussianFrenchAndInThePresent() {
        commitsOnce(CommitmentStrength.WEAK, "Reunión de cancilleres",
                "LIMA, 2 de mayo de 2024 - El Canciller del Perú se reunió con la Canciller de Chile.",
                "Ambos cancilleres ratificaron su compromiso con la integración fronteriza.");
        commitsOnce(CommitmentStrength.WEAK, "Переговоры министров",
                "Министр иностранных дел Казахстана провел переговоры с Министром иностранных дел Армении.",
                "Стороны подтвердили взаимную приверженность укреплению сотрудничества в сфере транспорта.");
        commitsOnce(CommitmentStrength.STRONG, "Entretien des ministres",
                "La ministre des Affaires étrangères du Sénégal s'est entretenue avec la ministre des Affaires étrangères du Ghana.",
                "Les deux ministres se sont accordées à renforcer la coopération consulaire.");
        Extraction en = extract("Ministers meet",
                "CANBERRA, 4 June 2024 - The Foreign Minister of Australia met the Foreign Minister of Fiji.",
                "The ministers reaffirm their commitment to a peaceful and prosperous Pacific.",
                "Both took the opportunity to reiterate their dedication to open fisheries data.");
        assertThat(en.commitments()).hasSize(2).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
    }

    @Test
    void anIntentionReportedInTheFutureIsACommitmentAndAnObservationIsNot() {
        Extraction x = extract("Finance Minister meets World Bank",
                "COLOMBO, 4 June 2024 - The Finance Minister of Sri Lanka met the World Bank's Country Director.",
                "She said that the World Bank will disburse the second tranche of budget support in July.",
                "He said the talks had been useful.");
        assertThat(texts(x.commitments())).containsExactly(
                "She said that the World Bank will disburse the second tranche of budget support in July.");
    }

    @Test
    void aVisitCallOrMeetingSeriesAnnouncedIsAFollowUpWithItsVagueDue() {
        Extraction x = extract("Foreign ministers meet",
                "THIMPHU, 4 June 2024 - The Foreign Minister of Bhutan met the Foreign Minister of Nepal.",
                "The Minister will call on the Prime Minister of Nepal shortly.",
                "The two sides decided to initiate annual consultations between their foreign ministries.",
                "The joint technical team would meet at least four times a year.",
                "The sides reviewed hydropower projects.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "The Minister will call on the Prime Minister of Nepal shortly.",
                "The two sides decided to initiate annual consultations between their foreign ministries.",
                "The joint technical team would meet at least four times a year.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::dueText)
                .contains("shortly", "at least four times a year");
    }

    @Test
    void anOfficialTitledInSpanishRunningTextAndAttendanceSentencesNameThem() {
        Extraction es = extract("Reunión bilateral",
                "SANTIAGO, 2 de mayo de 2024 - La canciller se reunió con el ministro de Salud de Colombia, Dr. Julián Ortega Rueda.");
        assertThat(es.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Julián Ortega Rueda");
            assertThat(p.country()).isEqualTo("CO");
        });
        assertThat(es.participants()).extracting(Participant::name).noneMatch(n -> n.startsWith("de "));
        Extraction en = extract("Consultations in Ashgabat",
                "ASHGABAT, 4 June 2024 - Political consultations between Turkmenistan and Russia took place today.",
                "The Russian delegation was headed by Deputy Foreign Minister Pavel Orlov.",
                "Also present at the meeting was Ambassador Mira Kalinina.");
        assertThat(en.participants()).extracting(Participant::name).contains("Pavel Orlov", "Mira Kalinina");
    }

    @Test
    void aCountryBetweenTheNameAndTheTitleAndAmericanInAnOrganisationsName() {
        Extraction x = extract("Energy ministers meet",
                "NICOSIA, 4 June 2024 - Dana Levin, Israeli Minister of Energy, met the Minister of Energy of Cyprus.",
                "They discussed the Organization of American States' energy observatory and Pan American gas prices.");
        assertThat(x.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Dana Levin");
            assertThat(p.country()).isEqualTo("IL");
        });
        assertThat(x.countries()).contains("IL", "CY").doesNotContain("US");
    }

    @Test
    void twoClausesJoinedByAndInSpanishAreTwoCommitments() {
        Extraction es = extract("Reunión de cancilleres",
                "LIMA, 2 de mayo de 2024 - El Canciller del Perú se reunió con la Canciller de Chile.",
                "Los cancilleres acordaron reforzar los controles aduaneros y reiteraron su compromiso con la integración fronteriza.");
        assertThat(es.commitments()).extracting(ExtractedCommitment::strength)
                .containsExactly(CommitmentStrength.STRONG, CommitmentStrength.WEAK);
        assertThat(texts(es.commitments()).get(0)).doesNotContain("reiteraron");
    }

    @Test
    void aCallInMoreLanguagesAndMultilateralCooperationDiscussedByTwo() {
        assertThat(extract("Telefonat mit Polen", "Die Außenministerin hat heute mit ihrem polnischen Amtskollegen telefoniert.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(extract("Разговор на министрите", "Министърът на външните работи проведе телефонен разговор с румънския си колега.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(extract("Τηλεφωνική επικοινωνία", "Τηλεφωνική επικοινωνία είχε σήμερα ο υπουργός Εξωτερικών με τον Τούρκο ομόλογό του.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(extract("Ministers meet in Vilnius",
                "VILNIUS, 4 June 2024 - The Foreign Minister of Lithuania met the Deputy Foreign Minister of Azerbaijan.",
                "They discussed bilateral and multilateral cooperation between Azerbaijan and Lithuania.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.IN_PERSON);
    }

    @Test
    void whoAccompaniedADelegationInSpanishAndTheirTitleAsAHeadingShowsIt() {
        Extraction x = extract("Cancilleres del Perú y Colombia",
                "LIMA, 5 de diciembre de 2026 - La ministra de Relaciones Exteriores del Perú, Elena Quispe Rojas, se reunió"
                        + " en Lima con el ministro de Relaciones Exteriores de Colombia, Andrés Felipe Cárdenas.",
                "La delegación colombiana fue acompañada por el viceministro de Asuntos Multilaterales, Tomás Ibarra.");
        assertThat(x.participants()).extracting(Participant::name).contains("Elena Quispe Rojas", "Andrés Felipe Cárdenas", "Tomás Ibarra");
        assertThat(x.participants()).filteredOn(p -> p.name().equals("Elena Quispe Rojas"))
                .singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Ministra"));
    }

    @Test
    void peopleNamedInFullBeforeTheSentenceThatReportsTheCallByTheirFamilyNames() {
        Extraction x = extract("Levin, Rivas affirm close ties",
                "4 June 2024",
                "State News Service (Santiago)",
                "Foreign Minister Dana Levin and her Chilean counterpart Tomás Rivas affirmed the depth of relations between the two countries.",
                "Minister Levin received on Sunday a phone call from Rivas, in which the two discussed trade.");
        assertThat(x.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Dana Levin", "Tomás Rivas");
        assertThat(x.format()).isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        // the same readout without a name in its report of the call: the people of its opening sentences
        Extraction fr = extract("La coopération saluée",
                "Le Chef du gouvernement, Karim Ben Salah et le ministre français des Affaires étrangères, Luc Marceau,"
                        + " ont souligné lundi l'importance de la coopération.",
                "Selon un communiqué, la rencontre a permis d'examiner les relations entre les deux pays.");
        assertThat(fr.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Karim Ben Salah", "Luc Marceau");
    }

    @Test
    void officialsTitledInNordicCentralEuropeanTurkishAndMalayReadouts() {
        // the title after the name, in Icelandic and Hungarian
        assertThat(extract("Utanríkisráðherra fundaði", "Reykjavík, 4. júní 2024",
                "Sigrún Helga Jónsdóttir utanríkisráðherra tók í dag á móti Lars Holm, utanríkisráðherra Noregs.").participants())
                .extracting(Participant::name).contains("Sigrún Helga Jónsdóttir", "Lars Holm");
        assertThat(extract("Külügyminiszteri találkozó", "Budapest, 2024. június 4.",
                "Kovács Gábor külügyminiszter fogadta a lengyel nagykövetet.").participants())
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Kovács Gábor"));
        // the country between the title and the name, in Czech and Malay
        assertThat(extract("Setkání ministrů", "PRAHA, 4. června 2024",
                "Ministr zahraničních věcí České republiky Pavel Dvořák se dnes setkal s polským ministrem.").participants())
                .singleElement().satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Pavel Dvořák");
                    assertThat(p.country()).isEqualTo("CZ");
                });
        assertThat(extract("Lawatan rasmi", "4 Jun 2024",
                "Menteri Pertahanan Malaysia, Yang Berhormat Dato' Seri Ahmad Fauzi bin Rahman mengadakan pertemuan dengan rakan sejawatnya.")
                .participants()).extracting(Participant::name).containsExactly("Ahmad Fauzi bin Rahman");
        Extraction tr = extract("Dışişleri Bakanı görüştü", "ANKARA, 4 Haziran 2024",
                "Dışişleri Bakanı Mehmet Yıldırım, İran Dışişleri Bakanı Reza Karimi ile bir araya geldi.");
        assertThat(tr.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Mehmet Yıldırım", "Reza Karimi");
        assertThat(tr.participants()).filteredOn(p -> p.name().equals("Reza Karimi")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("IR"));
    }

    @Test
    void aRomanceTitlesRemitWithCommasOrRunningIntoTheNameAndTheCounterpartsNationality() {
        Extraction fr = extract("Rencontre à Rabat", "Rabat, 4 juin 2024",
                "Le ministre des Affaires étrangères, de la Coopération africaine et des Expatriés, Karim Alaoui, a reçu lundi"
                        + " à Rabat son homologue chilien, Tomás Rivas.");
        assertThat(fr.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Karim Alaoui", "Tomás Rivas");
        Extraction defence = extract("Visite à Tel Aviv", "Tel Aviv, 4 juin 2024",
                "Le ministre de la Défense Dan Levy a rencontré lundi son homologue grec, Nikos Petrou, au ministère de la Défense.");
        assertThat(defence.participants()).extracting(Participant::name, Participant::title)
                .containsExactlyInAnyOrder(tuple("Dan Levy", "Ministre"),
                        tuple("Nikos Petrou", "Homologue"));
    }

    @Test
    void arabicTitlesWithTheNameAfterOrBeforeThemAndTheCountrysAdjective() {
        // "The Egyptian foreign minister Karim Nasser received a phone call today from Tomas Berg, the foreign
        // minister of Sweden, in which they discussed the situation in Libya."
        Extraction x = extract("كريم ناصر يتلقى اتصالا من وزير خارجية السويد",
                "القاهرة، 4 يونيو 2024",
                "تلقى وزير الخارجية المصري كريم ناصر، اتصالاً اليوم، من توماس بيرج، وزير خارجية السويد، تناول الوضع الليبي.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country)
                .containsExactlyInAnyOrder(tuple("كريم ناصر", "EG"),
                        tuple("توماس بيرج", "SE"));
        // "Karim Nasser, foreign minister, discusses with his Italian counterpart the situation in Libya": words
        // with the article after a title are no name
        assertThat(extract("كريم ناصر وزير الخارجية يبحث مع نظيره الإيطالي الوضع الليبي والقضية الفلسطينية").participants())
                .extracting(Participant::name).containsExactly("كريم ناصر");
    }

    @Test
    void anEnvoyToAnOrganisationAndARemitWrittenPartlyInLowerCase() {
        Extraction x = extract("Meeting at the OAS", "WASHINGTON, 4 June 2024",
                "The Minister for Foreign affairs of the Republic of Seychelles, Marie Laporte, met the Secretary General in Washington.",
                "Also present at the meeting was the Ambassador of Chile to the OAS, Juan Ignacio Rojas.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country)
                .contains(tuple("Marie Laporte", "SC"), tuple("Juan Ignacio Rojas", "CL"));
    }

    @Test
    void contactKeptUpInMoreWordsIsAFollowUpAndOfficialsDirectedToActACommitment() {
        Extraction x = extract("Foreign ministers meet",
                "HANOI, 4 June 2024 - The Foreign Minister of Viet Nam met the Foreign Minister of Laos.",
                "The ministers underlined the importance of continuing contacts between the two ministries.",
                "They agreed that the trade ministers would meet on a regular basis.",
                "Cooperation will be deepened through an exchange of expert visits on flood control.",
                "The two sides looked at ways to hold an annual dialogue on mining.",
                "The ministers directed their senior officials to draft a plan on border trade.",
                "The sides reviewed hydropower projects.");
        // contact only valued ("the importance of continuing contacts") is a shared view, as the annotators of the real sets read it
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "They agreed that the trade ministers would meet on a regular basis.",
                "Cooperation will be deepened through an exchange of expert visits on flood control.",
                "The two sides looked at ways to hold an annual dialogue on mining.");
        assertThat(texts(x.commitments())).anyMatch(t -> t.contains("directed their senior officials to draft a plan"));
    }

    @Test
    void twoPeopleWhoShareAGivenNameAreTwoAndOneNamedInFullThenShorterIsOne() {
        Extraction x = extract("Strategic dialogue in Valletta", "VALLETTA, 4 June 2024",
                "The Maltese side was represented by Foreign Minister Karl Vella and Home Affairs Minister Karl Borg.",
                "The Irish side was represented by Foreign Minister Aoife Byrne.",
                "Minister Vella and Minister Byrne discussed migration.");
        assertThat(x.participants()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Karl Vella", "Karl Borg", "Aoife Byrne");
    }

    @Test
    void legislatorsCentralBankersAndOfficersTakePartAsOfficialsDo() {
        Extraction x = extract("Finance minister receives mission", "ACCRA, 4 June 2024",
                "The IMF mission met Finance Minister Kofi Asante, and the Governor of the Bank of Ghana, Dr. Ama Owusu,"
                        + " together with a delegation led by US Senator Jane Whitfield, Attorney General Mark Hale and Lt. Col. Tom Reyes.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country)
                .contains(tuple("Ama Owusu", "GH"),
                        tuple("Jane Whitfield", "US"))
                .extracting(t -> t.toArray()[0]).contains("Tom Reyes", "Mark Hale");
    }

    @Test
    void envoysPresentingCredentialsListedCountryByCountry() {
        Extraction x = extract("New envoys accredited to the Community", "ABUJA, 4 June 2024",
                "Three new envoys presented their letters of credence to the President of the Commission on Monday.",
                "They were the Ambassadors of Chile, Rosa Fuentes Vidal, Norway, Erik Lund; and Japan, Dr Kenji Mori.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country)
                .contains(tuple("Rosa Fuentes Vidal", "CL"),
                        tuple("Erik Lund", "NO"), tuple("Kenji Mori", "JP"));
    }

    @Test
    void chairsDirectorsAndPermanentSecretariesTakePartButABodyOrACountryIsNoName() {
        Extraction x = extract("Health ministers meet", "KINGSTON, 4 June 2024",
                "The Minister of Health of Jamaica met the Minister of Health of Barbados in Kingston.",
                "Also present were the Permanent Secretary, Dr. Joan Harper, and the Director of the Regional Health Centre.",
                "The meeting was attended by the Chairman of the Ports Authority, Paul Whitby.");
        assertThat(x.participants()).extracting(Participant::name)
                .contains("Joan Harper", "Paul Whitby")
                .noneMatch(name -> name.contains("Centre") || name.equals("Jamaica"));
    }

    @Test
    void envoysListedNameThenCountryAndDelegationsThatIncludedSomeone() {
        Extraction credentials = extract("Envoys present credentials", "ENTEBBE, 4 June 2024",
                "The President received credentials from three envoys today at State House. They included H.E. Ana Ruiz - Chile,"
                        + " H.E Lars Berg- Norway and H.E. Kenji Mori - Japan.");
        assertThat(credentials.participants()).extracting(Participant::name, Participant::country)
                .contains(tuple("Ana Ruiz", "CL"), tuple("Lars Berg", "NO"),
                        tuple("Kenji Mori", "JP"));
        Extraction talks = extract("Consultations in Seoul", "SEOUL, 4 June 2024",
                "The Foreign Secretary of Nepal, Hari Thapa, held consultations with the Deputy Minister of Korea, Lee Min-ho.",
                "The Nepali delegation included Sita Rai, Deputy Chief of Mission, and the US Charge d'Affaires Dana Cole.");
        assertThat(talks.participants()).extracting(Participant::name).contains("Hari Thapa", "Lee Min-ho", "Sita Rai", "Dana Cole");
    }

    @Test
    void aNynorskTitleAndANorwegianMeetingWord() {
        Extraction x = extract("Utanriksministeren møtte Russlands utanriksminister", "OSLO, 4. juni 2024",
                "Noregs utanriksminister Kari Nordmann møtte den russiske utanriksministeren Ivan Petrov i Milano.");
        assertThat(x.participants()).extracting(Participant::name).contains("Kari Nordmann", "Ivan Petrov");
    }

    @Test
    void aBilateralHeldAtAGatheringIsMultilateralButAPartnerThankedForTakingPartInOneIsNot() {
        List<String[]> atGatherings = List.of(
                new String[]{"Minister meets Chilean counterpart", "The Foreign Minister of Peru met the Foreign Minister of Chile"
                        + " within the framework of the regional leaders' summit in Lima."},
                new String[]{"Minister meets Zambian counterpart", "The Minister of Finance of Zambia, who is visiting Japan to"
                        + " attend the development conference, met the Minister for Foreign Affairs."},
                new String[]{"Ministers meet in Addis Ababa", "The Foreign Minister of Egypt met the Foreign Minister of Zambia on the"
                        + " margin of the executive council of the African Union."},
                new String[]{"Rencontre avec le ministre sénégalais", "Le ministre des Affaires étrangères a rencontré son homologue"
                        + " du Sénégal en marge de l'Assemblée générale à New York."},
                new String[]{"Incontro con il ministro turco", "Il Ministro degli Esteri ha incontrato oggi il suo omologo turco a"
                        + " margine dei lavori dell'Assemblea generale."});
        for (String[] readout : atGatherings) {
            assertThat(extract(readout).format()).as(readout[0]).isEqualTo(MeetingFormat.MULTILATERAL);
        }
        // a readout thanking a partner for taking part in a summit reports a meeting of two
        assertThat(extract("Video conference with Greece",
                "The Foreign Minister held a video conference with the Foreign Minister of Greece today.",
                "The Minister thanked Greece for its participation in the climate summit held in Seoul last month.")
                .format()).isEqualTo(MeetingFormat.VIDEO);
    }

    @Test
    void aPastDayInTheLeadIsTheMeetingsThoughItsSentenceHasNoMeetingWordOrSpeaksOfTheFuture() {
        // a weekday in the sentence that opens the report ("on Friday said"), then the meeting without its day
        Extraction friday = extract("Minister meets ambassador", "Updated 10:02, 11-May-2024",
                "The Foreign Minister of Ruritania on Friday said he hoped the new ambassador of Tarvania would build trust.",
                "He made the remarks during a meeting with the ambassador in the capital.");
        assertThat(friday.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        // yesterday, with its day in brackets, in a sentence that also says what an agreement will do
        Extraction yesterday = extract("Cooperation to be given priority", "By: May 11, 2024",
                "The Prime Ministers of Jamaica and Barbados have agreed to prioritise a framework agreement.",
                "The Prime Minister, addressing a press conference yesterday (May 10), said the agreement will bring the two closer.");
        assertThat(yesterday.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        // yesterday in Icelandic, in a lead no meeting word of the list marks
        Extraction icelandic = extract("Utanríkisráðherrar Íslands og Noregs", "11. maí 2024",
                "Utanríkisráðherra Íslands og utanríkisráðherra Noregs áttu í gær fund í Ósló.");
        assertThat(icelandic.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        // a meeting still to come on a weekday is not the one reported
        Extraction ahead = extract("Ministers agree on dialogue", "By: May 11, 2024",
                "The Foreign Ministers of Chile and Peru have agreed to establish a strategic dialogue.",
                "They will hold a virtual meeting on Friday to prepare it.");
        assertThat(ahead.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 11));
    }

    @Test
    void lookingForwardToAMeetingAndAMeetingWithAWordBeforeItsVerbAreFollowUps() {
        Extraction x = extract("President meets Prime Minister of Moldova", "Brussels, 10 May 2024",
                "The President of the European Council met the Prime Minister of Moldova in Brussels today.",
                "He said he was looking forward to the regional leaders' meeting in Chisinau in June.",
                "Their trade ministers will then meet in November to settle the remaining questions.");
        assertThat(x.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "He said he was looking forward to the regional leaders' meeting in Chisinau in June.",
                "Their trade ministers will then meet in November to settle the remaining questions.");
    }

    @Test
    void eachSideLeaderIsOfTheSidesCountryWhateverTheirPost() {
        Extraction x = extract("Foreign Office Consultations between India and Peru", "New Delhi, 10 May 2024",
                "The fifth round of Foreign Office Consultations between India and Peru was held in New Delhi today.",
                "The Indian side was led by Asha Verma, Secretary (East), and the Peruvian side was led by Ambassador"
                        + " Luis Quispe, Vice Minister of Foreign Affairs.",
                "The Chilean side was led by Rosa Fuentes, Director General for Asia.");
        assertThat(x.participants()).extracting(Participant::name, Participant::country).contains(
                tuple("Asha Verma", "IN"), tuple("Luis Quispe", "PE"), tuple("Rosa Fuentes", "CL"));
    }

    @Test
    void aMeetingToComeSaidInPassingAndTalksRevivedAreFollowUps() {
        Extraction x = extract("Energy ministers meet", "Abuja, 10 May 2024",
                "The Minister of Power of Nigeria met the Minister of Energy of Niger in Abuja today.",
                "The Minister said Nigeria will resuscitate talks with Niger on a power partnership.",
                "The two ministers look forward to discussing the grid in more detail when they next meet.",
                "The date and venue of the joint commission will be confirmed through diplomatic channels.");
        assertThat(x.followUps()).hasSize(3);
        Extraction de = extract("Treffen der Gesundheitsminister", "Wien, 10. Mai 2024",
                "Die Gesundheitsminister Deutschlands und Österreichs trafen sich heute in Wien.",
                "Die Minister einigten sich darauf, den Erfahrungsaustausch zwischen beiden Ländern zu verstärken.");
        assertThat(texts(de.commitments())).containsExactly(
                "Die Minister einigten sich darauf, den Erfahrungsaustausch zwischen beiden Ländern zu verstärken.");
        assertThat(de.followUps()).singleElement().satisfies(f -> assertThat(f.text()).contains("Erfahrungsaustausch"));
    }

    @Test
    void agreementAndContactKeptUpAreFoundInTheWordsOfOtherLanguages() {
        Extraction fr = extract("Entretien des ministres", "Dakar, 10 mai 2024",
                "Le ministre sénégalais des Affaires étrangères s'est entretenu aujourd'hui avec son homologue malien.",
                "Les deux ministres sont convenus de reprendre contact après la réunion régionale.");
        assertThat(fr.followUps()).extracting(ExtractedFollowUp::text).containsExactly(
                "Les deux ministres sont convenus de reprendre contact après la réunion régionale.");
        Extraction pt = extract("Chanceleres conversam", "Brasília, 10 de maio de 2024",
                "O chanceler brasileiro conversou hoje com o chanceler chileno.",
                "Os dois chanceleres decidiram criar um canal direto de comunicação entre os ministérios.");
        assertThat(pt.followUps()).hasSize(1);
        Extraction nl = extract("Premier belt met Noorse collega", "Den Haag, 10 mei 2024",
                "De minister-president van Nederland sprak vandaag met de Noorse premier.",
                "Beide premiers hebben afgesproken elkaar deze zomer in Oslo te ontmoeten.");
        assertThat(texts(nl.commitments())).containsExactly(
                "Beide premiers hebben afgesproken elkaar deze zomer in Oslo te ontmoeten.");
        assertThat(nl.followUps()).hasSize(1);
        Extraction tr = extract("Dışişleri bakanları görüştü", "Ankara, 10 Mayıs 2024",
                "Dışişleri Bakanı bugün Macaristan Dışişleri Bakanı ile telefonda görüştü.",
                "İki bakan, önümüzdeki ay Budapeşte'de yüz yüze görüşme konusunda mutabık kaldı.");
        assertThat(tr.commitments()).hasSize(1);
        assertThat(tr.followUps()).hasSize(1);
        Extraction ja = extract("日豪外相電話会談", "2024年5月10日",
                "本日、外務大臣は豪州外務大臣と電話会談を行いました。",
                "両外相は、来月の会合の際に対面で会談を開催する方向で調整していくことを確認しました。");
        assertThat(ja.followUps()).hasSize(1);
    }

    @Test
    void thaiAndLaoNameCountriesAndAgreementInsideARunOfLetters() {
        // Thai has no full stop: paragraphs, a blank line apart, are its sentences
        Extraction th = extract("นายกรัฐมนตรีไทยหารือทางโทรศัพท์กับนายกรัฐมนตรีลาว", "", "10 พ.ค. 2567", "",
                "นายกรัฐมนตรีไทยหารือทางโทรศัพท์กับนายกรัฐมนตรีลาวเมื่อวันนี้ เกี่ยวกับการค้าชายแดนและการคมนาคมระหว่างสองประเทศ", "",
                "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือด้านการค้าชายแดน");
        assertThat(th.countries()).contains("TH", "LA");
        assertThat(th.format()).isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(texts(th.commitments())).containsExactly("ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือด้านการค้าชายแดน");
    }

    @Test
    void anOpenLineTheNextSessionOfABodyAndAnAgreementWithoutThatAreFound() {
        Extraction x = extract("Ministers meet", "Pretoria, 10 May 2024",
                "The Minister of International Relations of South Africa met the Foreign Minister of Botswana today.",
                "The two ministers agreed they would speak again before the end of the month.",
                "They undertook to keep an open line of communication between the ministries.",
                "Both ministers said they look forward to the next BNC in Gaborone.");
        assertThat(texts(x.commitments())).contains("The two ministers agreed they would speak again before the end of the month.");
        assertThat(x.followUps()).hasSize(3);
    }

    @Test
    void aHeadlinesPresentTenseAndAVideoLinkTellTheFormat() {
        assertThat(extract("PM speaks with President of Chile", "Ottawa, 10 May 2024",
                "The Prime Minister had a conversation with the President of Chile today about trade.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.CALL);
        assertThat(extract("Minister meets Kenyan counterpart", "Nairobi, 10 May 2024",
                "The Foreign Minister of Kenya held talks by video link with the Foreign Minister of Norway today.").format())
                .isEqualTo(org.readoutbriefings.domain.MeetingFormat.VIDEO);
    }

    @Test
    void whoToldOfTheMeetingAndTheLastWordOfARemitAreNoParticipants() {
        Extraction x = extract("Readout of the Secretary's call with the Minister of Climate Change of Fiji",
                "Washington, 10 May 2024",
                "Pentagon Press Secretary Anna Moore provided the following readout:",
                "Secretary of Defense Lloyd Austin spoke by phone with the Fiji Minister of Climate Change and Environment"
                        + " Hon. Sitiveni Rabuka today.");
        assertThat(x.participants()).extracting(Participant::name).doesNotContain("Anna Moore", "Change");
    }

    @Test
    void aBilateralAtANamedGatheringAndACallThatNamesOtherCountries() {
        // a gathering named as English readouts name one, whatever cue precedes it
        assertThat(extract("Minister meets Chilean counterpart",
                "The Minister met Chile's Foreign Minister at the 2024 APEC Ministerial Meeting in Lima.").format())
                .isEqualTo(MeetingFormat.MULTILATERAL);
        assertThat(extract("Minister meets Chilean counterpart",
                "The Minister met Chile's Foreign Minister during the G20 Foreign Ministers' Meeting.").format())
                .isEqualTo(MeetingFormat.MULTILATERAL);
        // a bilateral summit is no gathering of many
        assertThat(extract("Leaders meet",
                "The Prime Minister met the President of Chile at the Chile-Peru Leaders' Summit.").format())
                .isEqualTo(MeetingFormat.IN_PERSON);
        // the third and fourth countries are what the call was about
        assertThat(extract("Call with Chile",
                "The Minister spoke by phone with Chile's Foreign Minister about Venezuela, Bolivia and Cuba.").format())
                .isEqualTo(MeetingFormat.CALL);
        // the medium as an adjective or a verb
        assertThat(extract("Prime Minister dials Chilean President",
                "The Prime Minister had a telephonic conversation with the President of Chile.").format())
                .isEqualTo(MeetingFormat.CALL);
        assertThat(extract("Premier belt met Chileense president",
                "De premier heeft vandaag gebeld met de president van Chili.").format())
                .isEqualTo(MeetingFormat.CALL);
    }

    @Test
    void peopleNamedInChineseJapaneseAndKoreanByWhereTheNameStands() {
        // Chinese: after the title and its country, up to the verb that follows
        assertThat(extract("中巴外长通电话", "外交部长周明远今天应约同巴西外长卡瓦略通电话。").participants())
                .extracting(p -> p.name()).contains("周明远", "卡瓦略");
        assertThat(extract("两国元首会谈", "国家主席林建国在北京同法国总统杜邦举行会谈。").participants())
                .anySatisfy(p -> {
                    assertThat(p.name()).isEqualTo("杜邦");
                    assertThat(p.country()).isEqualTo("FR");
                });
        // Japanese: before the title and its country, in Han or in Katakana
        assertThat(extract("日仏外相会談", "本日、山田一郎外務大臣は、ピエール・デュボワ・フランス外務大臣と会談を行いました。").participants())
                .extracting(p -> p.name()).contains("山田一郎", "ピエール・デュボワ");
        // the name in Latin letters in brackets is the name, the one in the readout's script its native name
        assertThat(extract("日加外相電話会談", "山田一郎外務大臣は、ジャン・トランブレ・カナダ外務大臣(The Honourable Jean Tremblay, Minister of Foreign Affairs)と電話会談を行いました。")
                .participants()).anySatisfy(p -> {
                    assertThat(p.name()).isEqualTo("Jean Tremblay");
                    assertThat(p.nativeName()).isEqualTo("ジャン・トランブレ");
                    assertThat(p.country()).isEqualTo("CA");
                });
        // "日米外相" and "両外相" name no one
        assertThat(extract("日米外相電話会談", "両外相は、地域情勢について意見交換を行いました。").participants()).isEmpty();
        // Korean: the word before the title, its ministry and country; a foreigner's name in two words
        assertThat(extract("한불 외교장관 회담", "김민수 외교부 장관은 피에르 뒤부아 프랑스 외교장관과 회담을 가졌다. 양 장관은 협력을 논의했다.")
                .participants()).extracting(p -> p.name()).containsExactlyInAnyOrder("김민수", "피에르 뒤부아");
    }

    @Test
    void aStepOfContactInChineseJapaneseAndKoreanGrammarIsAFollowUp() {
        // a party's will put onto keeping up high-level exchanges; coordinating from now on, agreed; agreeing to meet
        assertThat(extract("中智外长通电话", "外交部长今天同智利外长通电话。", "中方愿同智方保持高层密切交往。").followUps())
                .extracting(ExtractedFollowUp::text).anySatisfy(t -> assertThat(t).contains("保持高层密切交往"));
        assertThat(extract("日智外相電話会談", "本日、外務大臣はチリ外務大臣と電話会談を行いました。",
                "両大臣は、早期の訪日に向けて今後具体的に調整していくことで一致しました。").followUps())
                .extracting(ExtractedFollowUp::text).anySatisfy(t -> assertThat(t).contains("調整していく"));
        assertThat(extract("한칠레 외교장관 통화", "외교부 장관은 칠레 외교장관과 통화했다.",
                "양 장관은 가까운 시일 내 직접 만나 협의하기로 했다.").followUps())
                .extracting(ExtractedFollowUp::text).anySatisfy(t -> assertThat(t).contains("직접 만나"));
        // a visit told as history, with no will or step to come, is none
        assertThat(extract("中智外长会谈", "外交部长今天同智利外长会谈。", "两国高层互访频繁。").followUps()).isEmpty();
    }

    @Test
    void aMeetingOrContactAgreedInAnotherLanguageIsAFollowUpButTheMeetingReportedIsNot() {
        // agreed onto a meeting, a visit or contact, in Spanish, Portuguese, German, Russian, Arabic and Turkish
        assertThat(extract("Cancilleres conversan", "Lima, 10 de mayo de 2024", "El canciller peruano conversó hoy con su par chileno.",
                "Ambos acordaron una nueva reunión en Santiago.").followUps()).hasSize(1);
        assertThat(extract("Chanceleres conversam", "Brasília, 10 de maio de 2024", "O chanceler brasileiro conversou hoje com o chanceler chileno.",
                "Os dois combinaram um encontro em Santiago.").followUps()).hasSize(1);
        assertThat(extract("Außenminister telefonieren", "Berlin, 10. Mai 2024", "Die Außenministerin telefonierte heute mit ihrem chilenischen Amtskollegen.",
                "Beide vereinbarten ein baldiges Treffen in Santiago.").followUps()).hasSize(1);
        assertThat(extract("Министры провели переговоры", "Москва, 10 мая 2024 года", "Министр иностранных дел провел переговоры с министром Чили.",
                "Министры условились о регулярных контактах.").followUps()).hasSize(1);
        assertThat(extract("وزير الخارجية يتلقى اتصالا", "الرياض، 10 مايو 2024", "تلقى وزير الخارجية اتصالا هاتفيا من وزير خارجية تشيلي.",
                "واتفق الوزيران على عقد لقاء قريب.").followUps()).hasSize(1);
        assertThat(extract("Dışişleri bakanları görüştü", "Ankara, 10 Mayıs 2024", "Dışişleri Bakanı bugün Şili Dışişleri Bakanı ile telefonda görüştü.",
                "İki bakan diyaloğun devam edeceğini vurguladı.").followUps()).hasSize(1);
        // the meeting being reported, with an agreement in it, is no step to come; nor are topics ("temas") in Spanish
        assertThat(extract("Cancilleres se reúnen", "Lima, 10 de mayo de 2024", "El canciller peruano se reunió hoy con su par chileno.",
                "Durante la reunión, ambos acordaron fortalecer la cooperación en temas de comercio.").followUps()).isEmpty();
        assertThat(extract("Министры провели переговоры", "Москва, 10 мая 2024 года", "Министр иностранных дел провел переговоры с министром Чили.",
                "В ходе встречи министры договорились укреплять сотрудничество.").followUps()).isEmpty();
    }

    @Test
    void aStanceVoicedInAnotherLanguageIsASoftCommitment() {
        // "expressed the will to", "reaffirmed their readiness to", "their determination ... confirmed" (Turkish: noun first)
        for (String[] said : new String[][] {
                {"Cancilleres conversan", "Lima, 10 de mayo de 2024", "El canciller peruano conversó hoy con su par chileno.",
                        "Ambos expresaron su intención de ampliar el comercio bilateral."},
                {"Ministri a colloquio", "Roma, 10 maggio 2024", "Il Ministro degli Esteri ha ricevuto oggi il suo omologo cileno.",
                        "Il Ministro ha manifestato la volontà di rafforzare la cooperazione economica."},
                {"Министры провели переговоры", "Москва, 10 мая 2024 года", "Министр иностранных дел провел переговоры с министром Чили.",
                        "Стороны подтвердили готовность развивать торговое сотрудничество."},
                {"Dışişleri bakanları görüştü", "Ankara, 10 Mayıs 2024", "Dışişleri Bakanı bugün Şili Dışişleri Bakanı ile görüştü.",
                        "Bakanlar ticareti artırma kararlılığını teyit etti."}}) {
            assertThat(extract(said).commitments()).as(said[3]).singleElement()
                    .satisfies(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
        }
    }

    @Test
    void peopleNamedAsTurkishRussianItalianAndArabicReadoutsNameThem() {
        // Turkish: the title in the possessive after its country, and the name's case ending after an apostrophe
        assertThat(extract("Erdoğan ile Putin telefonda görüştü", "Ankara, 10 Mayıs 2024",
                "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Vladimir Putin'le telefonda görüştü.").participants())
                .extracting(Participant::name, Participant::country).contains(tuple("Vladimir Putin", "RU"));
        // Russian: a title in lower case inside the sentence, in the instrumental, and the name in the nominative
        assertThat(extract("Путин провел телефонный разговор", "Москва, 10 мая 2024 года",
                "Владимир Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном.").participants())
                .extracting(Participant::name, Participant::country).contains(tuple("Эммануэль Макрон", "FR"));
        // Italian: the remit of a head of government and of state, and the country after it
        assertThat(extract("Telefonata tra i due presidenti", "Roma, 10 maggio 2024",
                "Il Presidente del Consiglio Paolo Rossi e il Presidente della Repubblica di Turchia Recep Tayyip Erdoğan hanno avuto "
                        + "una conversazione telefonica.").participants())
                .extracting(Participant::name, Participant::country)
                .contains(tuple("Paolo Rossi", null), tuple("Recep Tayyip Erdoğan", "TR"));
        // Arabic: "and" written onto a country, and Egypt's name of three letters
        assertThat(extract("وزير الخارجية يلتقي نظيريه", "التقى وزير الخارجية اليوم وزيري خارجية الأردن ومصر.").countries())
                .contains("JO", "EG");
        // a page's labels as a list before the text do not hide who met
        assertThat(extract("Nachrichten", "- Autor: Presseamt", "- Kategorie: Nachrichten",
                "Heute haben Bundeskanzler Hans Müller und der amerikanische Präsident John Smith miteinander telefoniert.").participants())
                .extracting(Participant::name).contains("Hans Müller", "John Smith");
    }

    @Test
    void aSidesWillToGoOnAndWhatWasAgreedAreCommitmentsInOtherLanguages() {
        // Turkish: a future participle before the verb of saying; going on is soft, doing is firm
        Extraction tr = extract("Dışişleri bakanları görüştü", "Ankara, 10 Mayıs 2024",
                "Dışişleri Bakanı bugün Şili Dışişleri Bakanı ile telefonda görüştü.",
                "Bakan, Şili ile işbirliğine devam edeceğini vurguladı.", "Bakanlar, ticareti artıracaklarını belirtti.");
        assertThat(tr.commitments()).extracting(ExtractedCommitment::strength)
                .containsExactly(CommitmentStrength.WEAK, CommitmentStrength.STRONG);
        // Russian "it was agreed", Persian "it was agreed", Indonesian "decided to"
        assertThat(extract("Министры провели переговоры", "Москва, 10 мая 2024 года", "Министр иностранных дел провел переговоры с министром Чили.",
                "Условлено оставаться в постоянном контакте.").commitments()).hasSize(1);
        assertThat(extract("گفتگوی تلفنی وزیران", "تهران، ۱۰ مه ۲۰۲۴", "وزیر امور خارجه با وزیر خارجه شیلی گفتگو کرد.",
                "توافق شد که همکاری دو کشور ادامه یابد.").commitments()).hasSize(1);
        assertThat(extract("Menlu bertemu Menlu Chile", "Jakarta, 10 Mei 2024", "Menteri Luar Negeri bertemu Menteri Luar Negeri Chile hari ini.",
                "Kedua menteri memutuskan untuk memperluas perdagangan.").commitments()).hasSize(1);
    }

    @Test
    void aCounterpartNamedByANationalityAdjectiveInAnotherLanguageIsAParty() {
        assertThat(extract("Entretien téléphonique avec le Chili",
                "Le ministre péruvien des Affaires étrangères s'est entretenu par téléphone avec son homologue chilien.").countries())
                .containsExactlyInAnyOrder("CL", "PE");
        assertThat(extract("Reunión con Chile", "La canciller uruguaya se reunió con su homólogo chileno en Montevideo.").countries())
                .contains("CL");
        assertThat(extract("Telefonat mit Chile",
                "Die Ministerin telefonierte mit ihrem chilenischen Amtskollegen über den Handel.").countries()).contains("CL");
        assertThat(extract("Разговор с Чили",
                "Министр провел телефонный разговор с чилийским коллегой.").countries()).contains("CL");
        assertThat(extract("اتصال هاتفي", "تلقى وزير الخارجية اتصالا هاتفيا من نظيره الأردني.").countries()).contains("JO");
    }

    @Test
    void aCountryInTheGermanGenitiveInPersianAndAsKoreaOrIranCallThemselves() {
        assertThat(extract("Treffen in Santiago", "Die Außenministerin traf den Außenminister Chiles in Santiago.").countries())
                .contains("CL");
        assertThat(extract("گفت‌وگوی تلفنی", "وزیر امور خارجه کشورمان با وزیر امور خارجه شیلی گفت‌وگو کرد.").countries())
                .containsExactlyInAnyOrder("CL", "IR");
        assertThat(extract("한-칠레 외교장관 통화", "우리측은 칠레 외교장관과 통화하고 협력 방안을 논의하였다.").countries())
                .containsExactlyInAnyOrder("CL", "KR");
    }

    @Test
    void agreementsInTheGendersAndNumbersPolishRussianUkrainianDutchGermanAndTurkishWriteThem() {
        assertThat(texts(extract("Rozmowa z Chile", "Ministrowie rozmawiali w Warszawie.",
                "Strony uzgodniły wspólny plan działań na rzecz handlu.").commitments())).hasSize(1);
        assertThat(texts(extract("Розмова з Чилі", "Міністри провели розмову.",
                "Сторони домовились про спільну роботу в галузі торгівлі.").commitments())).hasSize(1);
        assertThat(texts(extract("Gesprek met Chili", "De minister sprak met zijn Chileense ambtgenoot.",
                "De minister heeft met Chili afgesproken samen te werken op het gebied van handel.").commitments())).hasSize(1);
        assertThat(texts(extract("Treffen mit Chile", "Die Ministerin traf ihren chilenischen Amtskollegen.",
                "Beide verabredeten, die Handelsgespräche im Herbst fortzusetzen.").commitments())).hasSize(1);
        assertThat(texts(extract("Şili ile görüşme", "Bakan Şilili mevkidaşı ile görüştü.",
                "İki bakan ticaret alanında ortak bir çalışma grubu kurmak için anlaştı.").commitments())).hasSize(1);
    }

    @Test
    void supportAndResolveVoicedWithAnyVerbOfStanceAreSoftCommitments() {
        Extraction x = extract("Call with the Foreign Minister of Ghana",
                "The Foreign Minister of Norway spoke with the Foreign Minister of Ghana today.",
                "The Norwegian minister re-emphasized Norway's steady support for Ghana's bid to host the regional health agency.",
                "The Ghanaian minister repeated Ghana's commitment towards an open regional energy market.",
                "Both ministers showed their readiness for closer work on fisheries control.");
        assertThat(x.commitments()).hasSize(3).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.WEAK));
    }

    @Test
    void aSecondStanceNamedByItsNounAloneIsACommitmentOfItsOwn() {
        Extraction x = extract("Meeting with the Prime Minister of Estonia",
                "The Prime Minister of Norway met the Prime Minister of Estonia in Oslo today.",
                "The Norwegian Prime Minister reaffirmed his support for Estonia's energy grid plans and his firm commitment to"
                        + " the joint patrols in the Baltic Sea.");
        assertThat(texts(x.commitments())).containsExactly(
                "The Norwegian Prime Minister reaffirmed his support for Estonia's energy grid plans",
                "his firm commitment to the joint patrols in the Baltic Sea.");
    }

    @Test
    void aViewTheSidesShareAPredictionAboutAThingAndAnIntentionReportedBeforeTheMeetingAreNoCommitments() {
        Extraction x = extract("Visit of the Foreign Minister of Peru",
                "The Foreign Minister of Norway received the Foreign Minister of Peru in Oslo today.",
                "The ministers exchanged views on trade and agreed on the considerable potential to expand it.",
                "They concurred on the pressing need to protect the ocean.",
                "The new shipping accord will boost exports from both countries.",
                "They agreed that the visit would give fresh impetus to relations.",
                "Before the visit, the ministry had said that the two ministers would review the fisheries agreement.",
                "The ministers agreed to set up a joint working group on fisheries.");
        assertThat(texts(x.commitments())).containsExactly("The ministers agreed to set up a joint working group on fisheries.");
        assertThat(x.followUps()).isEmpty();
    }

    @Test
    void contactOnlyValuedTheMeetingBeingHeldAndAVisitUnderWayAreNoNextSteps() {
        Extraction x = extract("Visit of the Prime Minister of Peru",
                "The Prime Minister of Norway received the Prime Minister of Peru in Oslo today.",
                "The Norwegian Prime Minister underlined the importance of continued consultation on fisheries.",
                "Both leaders welcomed the opportunity to meet in person for the first time.",
                "The Peruvian Prime Minister, who arrived on Sunday for a four-day official visit, will travel to Bergen next.",
                "The two sides want to expand trade and people-to-people contacts.",
                "The leaders agreed to hold the next round of economic consultations in Lima in March.");
        assertThat(x.followUps()).singleElement().satisfies(f -> assertThat(f.text()).startsWith("The leaders agreed to hold the next round"));
    }

    @Test
    void aCountryOnlyQualifyingAThingNamingANewsOutletOrAContinentIsNoParty() {
        Extraction x = extract("Call with the Foreign Minister of Peru",
                "The Foreign Minister of Norway spoke by phone with the Foreign Minister of Peru today, after the latest"
                        + " Russian missile strikes, as Qatar News Agency reported, on trade with Latin America.",
                "The Peruvian minister explained the results of her visit to Chile.");
        assertThat(x.countries()).containsExactly("NO", "PE");
    }

    @Test
    void peopleAMeetingToComeOrNotHeldNamesAreNoParticipants() {
        Extraction x = extract("Visit of the Foreign Minister of Norway to Peru",
                "The Foreign Minister of Norway, Ola Berg, met the Foreign Minister of Peru, Lucia Ramos, in Lima today.",
                "Minister Berg is also scheduled to meet the Prime Minister of Chile, Andres Soto, in Santiago.",
                "He could not meet the President of Bolivia, Marta Quispe, because of the floods.");
        assertThat(x.participants()).extracting(Participant::name).containsExactlyInAnyOrder("Ola Berg", "Lucia Ramos");
        assertThat(x.countries()).containsExactly("NO", "PE");
    }

    @Test
    void closeCoordinationAHopeToMeetAndFollowingUpAreNextSteps() {
        Extraction x = extract("Call with the Foreign Minister of Peru",
                "The Foreign Minister of Norway spoke by phone with the Foreign Minister of Peru today.",
                "The two ministers confirmed that they would closely coordinate on the fisheries talks.",
                "They hoped to meet each other at the ocean conference.",
                "The Peruvian minister said she looks forward to following up with her Norwegian colleague.",
                "The deputy ministers will gather in Lima for a working session.");
        assertThat(x.followUps()).hasSize(4);
    }

    @Test
    void agreementsWithAnAsideAViewSharedOfWhatWillBeDoneAndCooperationConfirmedAreCommitments() {
        Extraction x = extract("Meeting with the Foreign Minister of Peru",
                "The Foreign Minister of Norway met the Foreign Minister of Peru in Oslo today.",
                "The ministers agreed, among other things, to open a direct shipping line.",
                "They shared the view that their coast guards will exchange liaison officers.",
                "They agreed that Norway and Peru must act together against illegal fishing.",
                "The two ministers confirmed to further strengthen research on ocean currents.",
                "Both made firm commitments to finish the tax treaty.");
        assertThat(x.commitments()).hasSize(5);
    }

    @Test
    void onePersonsProgrammeAndAVisitUnderWayWithItsDatesAreNoNextSteps() {
        Extraction x = extract("Visit of the Foreign Minister of Norway to Peru",
                "The Foreign Minister of Norway met the Foreign Minister of Peru in Lima today.",
                "The Norwegian minister is also scheduled to meet the mayor of Cusco.",
                "The Norwegian minister was on an official visit to Peru from 10 to 14 May.",
                "The two ministers agreed to meet again in Oslo in the autumn.");
        assertThat(x.followUps()).singleElement().satisfies(f -> assertThat(f.text()).startsWith("The two ministers agreed to meet again"));
    }
}
