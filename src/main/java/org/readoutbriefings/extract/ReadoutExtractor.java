package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.Evidence;
import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * Reads a prose readout: splits it into sentences, then asks one finder per signal for the meeting date,
 * issuer, participants, countries, organisations, format, topics, commitments and follow-ups. Rules and
 * word lists live in {@code reference/} data files; each finder is a small class of its own.
 */
public class ReadoutExtractor {

    /** A country mentioned after these words is a subject of the talks, not a party: "discussed the situation in Ukraine". */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "(?i)(?:\\bon|\\bfor|\\babout|\\bregarding|\\bconcerning|\\bover|\\bin|\\btoward|\\btowards|\\bagainst|\\bwith regard to"
                    + "|\\bvisiting|\\bsituation in|\\bfrom|\\bdiscussed|\\bdiscussing|\\bdiscuss|\\bincluding|\\binvasion of"
                    + "|\\bdevelopments in|\\baround|\\bsupport to|\\bassistance to|\\baid to|\\boutcome of|\\bresults of)\\s+(?:the\\s+)?"
                    + "(?:(?!with\\b|between\\b|and\\b)[\\p{L}.-]+[\\s,]+){0,6}$");
    /**
     * How many white-space separated chunks of text before a mention SUBJECT_BEFORE can span: at most ten (a
     * cue of up to three words, "the", six words), eleven if a line separator ends the text; twelve to be safe.
     */
    private static final int SUBJECT_WINDOW_CHUNKS = 12;
    private static final List<String> MEETING_WORD_LIST = List.of("held", "met", "meet", "meets", "meeting", "spoke", "speaks", "call",
            "talk", "talks", "talked", "telephoned", "phoned", "conferred", "teleconference", "conference", "conversation", "visit",
            "visited", "summit", "received", "hosted", "dialogue", "signed", "signing", "co-chaired", "chaired", "joined",
            "participated", "attended",
            // an envoy presenting credentials meets the head of state or organisation who receives them
            "credentials", "letters of credence", "lettres de créance", "cartas credenciales");
    private static final CuePhrases MEETING_WORDS = new CuePhrases(MEETING_WORD_LIST);
    /** These and the meeting words of other languages, with "agreed" and "discussed" ({@link MeetingDateFinder}). */
    private static final CuePhrases ANY_MEETING_WORDS = new CuePhrases(java.util.stream.Stream.concat(MEETING_WORD_LIST.stream(),
            MeetingDateFinder.MEETING_WORDS.phrases().stream()).distinct().toList());
    private static final int MAX_TITLE = 200;
    private static final Pattern NEWS_AGENCY = Pattern.compile("\\b(?:News Agency|News Bureau|Kyodo News|Press Agency|TASS|RIA Novosti"
            + "|Bernama|Anadolu Agency|Associated Press)\\b");
    /** The EU as a party, not a subject: "the EU and Japan", "EU-China summit", "met the EU's High Representative". */
    private static final Pattern EU_AS_PARTY = Pattern.compile("\\b(?:EU|European Union)(?:\\s*[-\u2013]\\s*\\p{Lu}|\\s+and\\s+\\p{Lu}|['\u2019]s\\s+"
            + "(?:High|Commissioner|President|Special|Ambassador|Delegation))|\\b(?:between|with)\\s+the\\s+(?:EU|European Union)\\b"
            + "|\\p{Lu}[\\p{L}]+\\s+and\\s+the\\s+(?:EU|European Union)\\b");
    /** A country's name inside an agreement's: "the United States-Mexico-Canada Agreement". */
    private static final Pattern AGREEMENT_AFTER = Pattern.compile("(?:\\s*[-\u2013]\\s*\\p{Lu}[\\p{L}.]*)*\\s+(?:Free\\s+Trade\\s+|Economic\\s+|Partnership\\s+)?"
            + "(?:Agreement|Treaty|Accord|Convention|Corridor)\\b");
    /** What a nationality adjective may qualify that is not a side: "North Korean missile launch", "Ukrainian troops". */
    private static final Pattern THING_AFTER_DEMONYM = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+)?(?:missiles?|launch(?:es)?|troops|forces"
            + "|regime|provocations?|aggression|invasion|attacks?|strikes?|crisis|war|conflict|nuclear|occupation|refugees|peninsula)\\b");
    /** A country in a news outlet's name: "According to Qatar News Agency". */
    private static final Pattern SOURCE_AFTER = Pattern.compile("\\s+(?:News(?:\\s+Agency)?|Press\\s+Agency|Times|Herald|Tribune|Gazette)\\b");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+and|,?\\s+or|/)\\s+(?:the\\s+)?|/");
    /** A title that opens with its subject: "Russia/Ukraine: Transatlantic coordination continues". */
    private static final Pattern TOPIC_PREFIX = Pattern.compile("^[\\p{L} /&-]{3,40}:\\s");
    /** A news agency's credit in brackets: "(UrduPoint / Pakistan Point News - 28th Mar, 2023)", "(Xinhua)". */
    private static final Pattern SOURCE_BRACKETS = Pattern.compile("\\([^()]{0,80}\\b(?:News|Press|Agency|Xinhua|APP|Bernama|Antara|WAM|SPA|Yonhap|Kyodo|Jiji)\\b[^()]{0,60}\\)");


    /** In a sentence saying who took part, "from" names participants: "officials from Fiji, Kiribati and Nauru". */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(?:officials|ministers|delegations?|representatives|leaders|envoys|counterparts)\\s+from\\b");
    private static final Pattern COUNTERPART_AFTER = Pattern.compile("\\s+counterparts?\\b");
    /** "his counterparts from Poland, the United Kingdom, Romania and Spain": right before the first of a list of parties. */
    private static final Pattern FROM_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:officials|ministers|delegations?|representatives|leaders|envoys"
            + "|counterparts?|colleagues)\\s+from\\s+(?:the\\s+)?$");

    private final SentenceSplitter splitter;
    private final MeetingDateFinder dates = new MeetingDateFinder();
    private final IssuerFinder issuers;
    private final CountryMentions countries;
    private final ParticipantFinder participants;
    private final OrganisationFinder organisations = new OrganisationFinder();
    private final Groupings groupings = new Groupings();
    private final FormatDetector formats;
    /** The words of a sentence that reports the meeting, for the people it names. */
    private final List<CuePhrases> reportsTheMeeting;
    private final TopicClassifier topics;
    private final CommitmentFinder commitments;
    private final FollowUpFinder followUps;

    public ReadoutExtractor(CountryDirectory directory, TopicTaxonomy taxonomy, ExtractionCues cues) {
        // a sentence that says how the two met reports the meeting, in whichever language ("miteinander telefoniert")
        this.reportsTheMeeting = List.of(ANY_MEETING_WORDS, cues.callFormat(), cues.videoFormat(), cues.inPersonFormat());
        this.splitter = new SentenceSplitter(cues.backgroundHeadings());
        this.countries = new CountryMentions(directory, IssuerFinder.institutionCountries());
        this.issuers = new IssuerFinder(countries);
        this.participants = new ParticipantFinder(countries);
        this.formats = new FormatDetector(cues);
        this.topics = new TopicClassifier(taxonomy, cues.multilateralFormat(), directory::sameCountryInOtherLanguages);
        ActorResolver actors = new ActorResolver(countries, cues.everyParty());
        this.commitments = new CommitmentFinder(cues, countries, actors, topics);
        this.followUps = new FollowUpFinder(cues, actors, topics);
    }

    /** A readout whose file carries no dates of its own beside its text. */
    public Extraction extract(String text, String titleHint) {
        return extract(text, titleHint, DocumentDates.NONE);
    }

    /**
     * @param text      the readout's text
     * @param titleHint the title its file gives (an HTML title or heading), or null to take the first line
     * @param document  the publication dates its file's metadata and name give
     */
    public Extraction extract(String text, String titleHint, DocumentDates document) {
        List<Sentence> sentences = splitter.split(text);
        List<Evidence> evidence = new ArrayList<>();
        List<ReadoutWarning> warnings = new ArrayList<>();
        String title = title(titleHint, sentences);

        MeetingDateFinder.Dates found = dates.find(sentences, document, title);
        LocalDate meetingDate = found.meeting().map(MeetingDateFinder.Found::date).orElse(null);
        DateSource dateSource = found.meeting().map(MeetingDateFinder.Found::source).orElse(null);
        found.meeting().ifPresent(d -> evidence.add(new Evidence("meetingDate", d.date().toString(),
                d.sentence() != null ? d.sentence() : d.source().code())));
        warnings.addAll(found.warnings());

        Optional<IssuerFinder.Issuer> issuer = issuers.find(sentences);
        List<Sentence> lead = leadSentences(sentences, title, List.of(MEETING_WORDS));
        // the people also in a lead sentence that says what they agreed or discussed, or that they met in another
        // language ("se reunió con"): only for people, as such a sentence names the talks' subjects as often as their parties
        // and the people met in any sentence that reports a meeting: a readout of several calls or meetings names
        // each counterpart where it reports that meeting (measured: the meeting words of other languages as well,
        // which include "agreed" and "discussed", lost precision on two development sets)
        ParticipantFinder.People attending = participants.find(title, leadSentences(sentences, title, reportsTheMeeting), sentences,
                MEETING_WORDS::in);
        List<Participant> people = withCountries(attending.participants(), issuer, title, lead, sentences);
        for (String counterpart : attending.unresolved()) {
            warnings.add(new ReadoutWarning("participants", "counterpart '" + counterpart
                    + "' names no known country: not counted as a party"));
        }
        for (int i = 0; i < people.size(); i++) {
            evidence.add(new Evidence("participants[" + i + "]", people.get(i).name(), people.get(i).sentence()));
        }

        TreeSet<String> parties = new TreeSet<>();
        people.stream().map(Participant::country).filter(c -> c != null).forEach(parties::add);
        parties.addAll(parties(title, people));
        parties.addAll(groupings.members(title));
        parties.addAll(pairNamedInTitle(title));
        // the sentences that report the meeting, and those that say who took part, name its parties
        List<Sentence> naming = new ArrayList<>(lead);
        sentences.stream().filter(s -> !s.background() && !lead.contains(s) && ParticipantFinder.saysWhoAttended(s.text()))
                .forEach(naming::add);
        for (Sentence s : naming) {
            List<String> named = new ArrayList<>(parties(s.text(), people, ParticipantFinder.saysWhoAttended(s.text())));
            groupings.members(s.text()).stream().filter(c -> !named.contains(c)).forEach(named::add);
            parties.addAll(named);
            named.forEach(c -> evidence.add(new Evidence("countries", c, s.text())));
        }
        // "held talks with his Egyptian counterpart", "also conferred with his Nigerian and Angolan counterparts":
        // whoever is met as a counterpart is a party, in whichever sentence of a readout of several meetings
        for (Sentence s : sentences) {
            if (!s.background() && !s.heading() && s.text().contains("ounterpart")) {
                counterparts(s.text()).stream().filter(parties::add)
                        .forEach(c -> evidence.add(new Evidence("countries", c, s.text())));
            }
        }
        // "中方", "美方": a country named as a side of the talks is a party, in whichever sentence
        for (Sentence s : sentences) {
            if (!s.background() && !s.heading() && s.text().indexOf('方') >= 0) {
                countries.find(s.text()).stream().filter(m -> m.end() - m.start() == 2 && s.text().charAt(m.end() - 1) == '方')
                        .map(CountryMentions.Mention::country).filter(parties::add)
                        .forEach(c -> evidence.add(new Evidence("countries", c, s.text())));
            }
        }
        // the issuing government is a party, even when the text names only the other side; a news agency
        // reports others' meetings
        issuer.filter(i -> !NEWS_AGENCY.matcher(i.name()).find()).map(IssuerFinder.Issuer::country).ifPresent(parties::add);
        if (lead.isEmpty() || parties.isEmpty()) {
            // no sentence reports the meeting in words the rules know (a readout in another language, a verb
            // they lack), or the ones that do name no country ("the leaders agreed to meet at the G20"): the
            // opening sentence names its parties, as a readout's first sentence does
            sentences.stream().filter(s -> !s.background() && !s.heading() && !s.text().equals(title)).findFirst()
                    .ifPresent(s -> parties(s.text(), people).forEach(c -> {
                        parties.add(c);
                        evidence.add(new Evidence("countries", c, s.text()));
                    }));
        }
        List<String> organisationsNamed = organisations.find(sentences);
        if (parties.size() == 1 && organisationsNamed.isEmpty() && people.stream().noneMatch(p -> p.country() != null && p.country().length() > 2)) {
            // a meeting has two sides: "ISLAMABAD (Dunya News) - The Chinese ambassador met the caretaker finance
            // minister", "Amman, Aug. 9 (Petra)-- ... received a phone call from his US counterpart". The capital
            // a government's own news service datelines with is the side the text leaves unnamed, unless the
            // other side is an organisation ("JAKARTA - The ASEAN Secretary-General received ...")
            datelineCountry(lead).filter(c -> !parties.contains(c)).ifPresent(c -> {
                parties.add(c);
                evidence.add(new Evidence("countries", c, lead.get(0).text()));
            });
        }
        List<String> countryList = List.copyOf(parties);

        FormatDetector.Found format = formats.detect(sentences, countryList.size());
        if (format.sentence() != null) {
            evidence.add(new Evidence("format", format.format().code(), format.sentence()));
        }
        List<String> topicIds = topics.classify(title, sentences);
        List<CommitmentFinder.Statement> statements = commitments.statements(sentences, countryList, people);
        List<ExtractedCommitment> commitmentList = commitments.find(statements, topicIds);
        List<ExtractedFollowUp> followUpList = followUps.find(statements, meetingDate, countryList, people, topicIds);

        return new Extraction(title, meetingDate, dateSource, found.published().map(MeetingDateFinder.Found::date).orElse(null),
                format.format(), issuer.map(IssuerFinder.Issuer::name).orElse(null), people, countryList,
                organisationsNamed, topicIds, commitmentList, followUpList, evidence, warnings);
    }

    /**
     * Gives a participant whose title named no country ("President Emmanuel Macron", "Minister of Foreign
     * Affairs Park Jin") a country no other participant represents: the issuer's, else one the title or the
     * opening sentences name as a party, else the one the readout names most often.
     */
    private List<Participant> withCountries(List<Participant> people, Optional<IssuerFinder.Issuer> issuer, String title,
                                            List<Sentence> lead, List<Sentence> sentences) {
        if (people.stream().allMatch(p -> p.country() != null || p.noCountry())) {
            return people;
        }
        List<String> candidates = new ArrayList<>();
        issuer.map(IssuerFinder.Issuer::country).ifPresent(candidates::add);
        candidates.addAll(parties(title));
        lead.forEach(s -> candidates.addAll(parties(s.text())));
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) {
            if (!s.background()) {
                countries.find(s.text()).forEach(m -> counts.merge(m.country(), 1, Integer::sum));
            }
        }
        // a country named once is no "most named" one: "NATO missions in Kosovo" gave Croatia's minister Kosovo
        List<String> frequent = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        Set<String> taken = new HashSet<>();
        people.stream().map(Participant::country).filter(c -> c != null).forEach(taken::add);
        List<Participant> result = new ArrayList<>();
        for (Participant p : people) {
            String country = p.country();
            if (country == null && !p.noCountry()) {
                country = candidates.stream().filter(c -> !taken.contains(c)).findFirst()
                        // the most-named country only to find a missing counterpart: it is often the subject of talks
                        .orElse(taken.size() < 2 ? frequent.stream().filter(c -> !taken.contains(c)).findFirst().orElse(null) : null);
                if (country != null) {
                    taken.add(country);
                }
            }
            result.add(new Participant(p.name(), p.nativeName(), p.title(), country, p.sentence(), p.noCountry()));
        }
        return result;
    }

    /** Countries that take part, as named in a title or the opening sentence: not those merely discussed. */
    private List<String> parties(String text) {
        return parties(text, List.of(), false);
    }

    private List<String> parties(String text, List<Participant> people) {
        return parties(text, people, false);
    }

    /**
     * Countries that take part, as a sentence names them: not those merely discussed, not a dateline's city
     * ("JAKARTA, 12 June 2023 –"), not a country in a person's name ("Luís Montenegro").
     */
    private List<String> parties(String text, List<Participant> people, boolean attendance) {
        List<String> found = new ArrayList<>();
        // worked out once per text, not per mention: a sentence can be megabytes long and name a country
        // thousands of times
        int headingEnd = TOPIC_PREFIX.matcher(text).lookingAt() ? text.indexOf(':') : -1;
        List<int[]> credits = spans(SOURCE_BRACKETS.matcher(text));
        List<int[]> names = new ArrayList<>();
        for (Participant p : people) {
            int at = text.indexOf(p.name());
            if (at >= 0) {
                names.add(new int[]{at, at + p.name().length()});
            }
        }
        int firstChar = 0;
        while (firstChar < text.length() && Character.isWhitespace(text.charAt(firstChar))) {
            firstChar++;
        }
        Boolean euAsParty = null;
        int subjectEnd = -1;
        int fromListEnd = -1;
        for (CountryMentions.Mention m : countries.find(text)) {
            // "developments in Afghanistan, Iran and Iraq": the rest of a list of subjects is subjects too; a
            // title's "Russia/Ukraine:" before a colon names its subject; "(UrduPoint / Pakistan Point News)" its source
            boolean listedSubject = subjectEnd >= 0 && LIST_GAP.matcher(text.substring(subjectEnd, m.start())).matches();
            if (listedSubject || m.end() <= headingEnd || within(credits, m)) {
                subjectEnd = m.end();
                continue;
            }
            if (m.country().equals("EU") && euAsParty == null) {
                euAsParty = EU_AS_PARTY.matcher(text).find();
            }
            if (m.country().equals("EU") && !euAsParty
                    || AGREEMENT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // the Council of the EU's presidency, the United States-Mexico-Canada Agreement: no parties
            }
            boolean fromList = FROM_RIGHT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || fromListEnd >= 0 && LIST_GAP.matcher(text.substring(fromListEnd, m.start())).matches();
            if (fromList) {
                fromListEnd = m.end();
            }
            if (fromList || attendance && FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 120), m.start())).find()) {
                if (!found.contains(m.country())) {
                    found.add(m.country()); // "officials from Kazakhstan, the Kyrgyz Republic ... took part"
                }
                continue;
            }
            boolean dateline = m.kind() == CountryMentions.Kind.CAPITAL && m.start() == firstChar;
            boolean inName = within(names, m);
            // "the latest North Korean missile launch", "the Israeli regime", "Qatar News Agency": not a side of the talks
            boolean notASide = m.kind() == CountryMentions.Kind.DEMONYM && THING_AFTER_DEMONYM.matcher(text).region(m.end(), text.length()).lookingAt()
                    || SOURCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (notASide) {
                continue;
            }
            if (!dateline && !inName && subjectOfTalks(text, m.start())) {
                subjectEnd = m.end();
            } else if (!dateline && !inName && !found.contains(m.country())) {
                found.add(m.country());
            }
        }
        return found;
    }

    /**
     * The two countries of a Japanese or Chinese title that names a bilateral meeting by one char each ("日英防衛相電話会談",
     * "中美经贸磋商"): Japan or China, then the partner, then what met; or Japan or China alone before a partner's full
     * name ("日・ペルー外相会談").
     */
    static List<String> pairNamedInTitle(String title) {
        Matcher m = TITLE_PAIR.matcher(title);
        if (m.find()) {
            return m.group(2) == null ? List.of(ONE_CHAR_NAMES.get(m.group(1).charAt(0)))
                    : List.of(ONE_CHAR_NAMES.get(m.group(1).charAt(0)), ONE_CHAR_NAMES.get(m.group(2).charAt(0)));
        }
        Matcher korean = KOREAN_TITLE_PAIR.matcher(title);
        if (korean.find()) {
            // "한일 외교장관회담", "한미일 정상회의": Korea, then each partner by one syllable
            List<String> found = new ArrayList<>();
            korean.group("pair").chars().forEach(c -> found.add(ONE_SYLLABLE_NAMES.get((char) c)));
            return found;
        }
        return List.of();
    }

    /** Countries as Korean names them by one syllable in a pair: "한미" (Korea and the United States), "남북". */
    private static final Map<Character, String> ONE_SYLLABLE_NAMES = Map.ofEntries(Map.entry('한', "KR"), Map.entry('남', "KR"),
            Map.entry('북', "KP"), Map.entry('미', "US"), Map.entry('일', "JP"), Map.entry('중', "CN"), Map.entry('러', "RU"),
            Map.entry('영', "GB"), Map.entry('불', "FR"), Map.entry('독', "DE"), Map.entry('호', "AU"), Map.entry('베', "VN"),
            Map.entry('캐', "CA"), Map.entry('몽', "MN"), Map.entry('필', "PH"));
    /** A Korean pair or trio of countries before what met: "한일 외교장관회담", "한중 정상회담", "남북 고위급회담". */
    private static final Pattern KOREAN_TITLE_PAIR = Pattern.compile("(?<![\\p{IsHangul}])(?<pair>[한남][미일중러영불독호베캐몽필북]{1,2})"
            + "(?=\\s?(?:외교|정상|회담|국방|통상|관계|전략|경제|외무|외상|총리|장관|고위급|차관|협의|대화))");

    private static final Map<Character, String> ONE_CHAR_NAMES = Map.ofEntries(Map.entry('日', "JP"), Map.entry('中', "CN"),
            Map.entry('米', "US"), Map.entry('美', "US"), Map.entry('英', "GB"), Map.entry('韓', "KR"), Map.entry('韩', "KR"),
            Map.entry('豪', "AU"), Map.entry('澳', "AU"), Map.entry('露', "RU"), Map.entry('俄', "RU"), Map.entry('独', "DE"),
            Map.entry('德', "DE"), Map.entry('仏', "FR"), Map.entry('法', "FR"), Map.entry('意', "IT"), Map.entry('加', "CA"),
            Map.entry('印', "IN"), Map.entry('越', "VN"), Map.entry('菲', "PH"), Map.entry('蒙', "MN"), Map.entry('泰', "TH"),
            Map.entry('馬', "MY"), Map.entry('马', "MY"), Map.entry('土', "TR"), Map.entry('墨', "MX"));
    /** Chars that stand for one country in both languages only: not 伊 (Italy in Japanese, Iran in Chinese), 巴, 比, 新, 西. */
    private static final Pattern TITLE_PAIR = Pattern.compile("(?<![\\p{IsHan}])([日中])(?:・|([米美英韓韩豪澳露俄独德仏法意加印越菲蒙泰馬马土墨中日])"
            + "(?=首脳|首脑|首腦|外相|外長|外长|防衛相|国防|國防|外務|外务|外交|貿易|贸易|経済|经济|經濟|会談|会谈|會談|電話|电话|通話|通话"
            + "|関係|关系|關係|戦略|战略|戰略|経貿|经贸|經貿|磋商|对话|對話|対話|[「“(（・]))");

    /** Countries named as a counterpart's: "his Egyptian counterpart", "their Nigerian and Angolan counterparts". */
    private List<String> counterparts(String text) {
        List<String> found = new ArrayList<>();
        List<CountryMentions.Mention> demonyms = countries.find(text).stream().filter(m -> m.kind() == CountryMentions.Kind.DEMONYM).toList();
        int listEnd = -1;
        for (int i = demonyms.size() - 1; i >= 0; i--) {
            CountryMentions.Mention m = demonyms.get(i);
            String after = text.substring(m.end());
            boolean counterpart = COUNTERPART_AFTER.matcher(after).lookingAt()
                    || listEnd >= 0 && LIST_GAP.matcher(text.substring(m.end(), listEnd)).matches();
            if (counterpart) {
                found.add(m.country());
                listEnd = m.start();
            }
        }
        return found;
    }

    /**
     * The country whose capital opens the first sentence that reports the meeting, as a dateline does;
     * not Brussels, where the EU and NATO meet others.
     */
    private Optional<String> datelineCountry(List<Sentence> lead) {
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        String text = lead.get(0).text().stripLeading();
        return countries.find(text).stream().findFirst()
                .filter(m -> m.start() == 0 && m.kind() == CountryMentions.Kind.CAPITAL && !m.country().equals("BE"))
                .map(CountryMentions.Mention::country);
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        return spans;
    }

    private static boolean within(List<int[]> spans, CountryMentions.Mention m) {
        return spans.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
    }

    /**
     * Whether the words before a mention make it a subject of the talks. SUBJECT_BEFORE is tried on the last
     * few chunks of text before the mention, not on all of it: a match ends at the mention and spans no more,
     * and the whole text before each mention made a long opening sentence cost time in the square of its length.
     */
    private static boolean subjectOfTalks(String text, int mentionStart) {
        int from = mentionStart;
        for (int chunks = 0; chunks < SUBJECT_WINDOW_CHUNKS && from > 0; chunks++) {
            while (from > 0 && isRegexSpace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !isRegexSpace(text.charAt(from - 1))) {
                from--;
            }
        }
        // the window starts after white space (or at the text's start), so \b sees the same there
        // every alternative of SUBJECT_BEFORE opens with \b and a letter
        return TextWords.findAtWordStart(SUBJECT_BEFORE, text.substring(from, mentionStart));
    }

    /** White space as the regex's {@code \s} sees it. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The opening sentences that report the meeting (at most two, among the first four), the title left aside; the
     * second not one of a meeting to come or not held ("He is also scheduled to meet ...").
     */
    private static List<Sentence> leadSentences(List<Sentence> sentences, String title, List<CuePhrases> meetingWords) {
        List<Sentence> reporting = sentences.stream().filter(s -> !s.background() && !s.heading() && !s.text().equals(title)).limit(4)
                .filter(s -> meetingWords.stream().anyMatch(words -> words.in(s.text()))).toList();
        return reporting.stream().filter(s -> s == reporting.get(0) || !ParticipantFinder.NOT_HELD.matcher(s.text()).find()).limit(2).toList();
    }

    private static String title(String hint, List<Sentence> sentences) {
        String title = hint != null && !hint.isBlank() ? hint.strip()
                : sentences.isEmpty() ? "" : sentences.get(0).text();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "\u2026";
    }
}
