package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.domain.CommitmentStrength;

/**
 * Finds commitments: sentences that state an intent or agreement to act ("agreed to", "decided to",
 * "committed to", "will continue to", "confirmed that ... would"). Not commitments: sentences under a
 * background heading, history ("was signed in 1960"), sentences whose verb is a welcome, a discussion or
 * an exchange of views unless a commitment follows it ("welcomed ... and agreed to ..."). A lead-in
 * ("The two ministers agreed to:") makes each item of the list after it a commitment; a promise merely to
 * stay in touch is a weak one (and a follow-up).
 */
public class CommitmentFinder {

    /** How far after its cue a commitment's object is looked for. */
    private static final int OBJECT_WINDOW = 45;
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            ";|,?\\s+and\\s+(?:also\\s+)?(?=\\p{Ll})|,\\s+but\\s+"
                    // "exchanged views on X, noting their joint determination to": a participle carries its own verb
                    + "|,\\s+(?:(?:in\\s+particular|also|further)\\s+)?(?=(?:noting|stressing|reaffirming|affirming|expressing|reiterating|underlining|underscoring"
                    + "|agreeing|emphasi[sz]ing|confirming|pledging|vowing|committing|highlighting)\\b)");
    private static final java.util.regex.Pattern RELATIVE_PRONOUN_BEFORE = java.util.regex.Pattern.compile(
            "(?s).*(?:\\b(?:which|where|whom)|(?<!\\b(?:said|stated|confirmed|agreed|announced|noted|stressed|underlined|reaffirmed"
                    + "|emphasi[sz]ed|underscored|added|assured|told|informed|affirmed|declared|indicated|explained|pledged|undertook|decided"
                    + "|concurred|committed|recalled|reiterated|highlighted|expressed|hoped|ensure|ensured)\\s)\\bthat)\\s+(?:the\\s+)?$");
    /** "stood ready to assist, should Japan request support": an offer on a condition commits to nothing yet. */
    private static final java.util.regex.Pattern CONDITION = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:should\\s+[^,.;]{1,60}?\\s+(?:request|require|need|ask|wish|want)|if\\s+(?:so\\s+)?(?:requested|asked|needed|required|invited)"
                    + "|if\\s+[^,.;]{1,60}?\\s+(?:requests?|requires?|asks?|needs?|wishes|so\\s+wish(?:es)?))\\b");
    /** "Next year the two countries will mark the 55th anniversary": a date, not an undertaking. */
    private static final java.util.regex.Pattern ANNIVERSARY = java.util.regex.Pattern.compile(
            "(?i)\\bmark(?:s|ed|ing)?\\b[^.;]{0,40}\\banniversary\\b");
    /** "The two ministers will meet in Paris in February": a meeting stated as a fact is a follow-up, not a pledge. */
    private static final java.util.regex.Pattern ONLY_MEETING = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:also\\s+|again\\s+)?(?:meet|visit|travel|attend|speak|talk|hold\\s+talks)\\b");
    /** A sentence that opens with a subordinate clause: "As he thanked ...,", "While welcoming ...,". */
    private static final java.util.regex.Pattern LEADING_CLAUSE = java.util.regex.Pattern.compile(
            "(?:As|While|When|After|Having|Besides|Following|In\\s+addition\\s+to)\\s");
    /**
     * A stance between its verb and its noun that is valued or thanked for, not held: "stressed the importance of ...
     * support for", "conveyed greetings and thanked China for its support for".
     */
    private static final java.util.regex.Pattern VALUED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:importance|appreciation|gratitude|thanks|need|necessity|value|significance)\\s+(?:of|for)\\b"
                    + "|\\bthank(?:ed|ing|s)?\\b|\\bappreciat(?:ed|es|ing)\\b");
    /**
     * "agreed on the urgent need to", "concurred on the necessity of", "agreed on the potential to": a view the
     * sides share, which the annotation guide does not count as a commitment.
     */
    private static final java.util.regex.Pattern SHARED_VIEW = java.util.regex.Pattern.compile(
            "(?i)\\b(?:agreed|agreeing|agree|agrees|concurred|concurring|concur|concurs)\\s+(?:up)?on\\s+(?:the\\s+|their\\s+)?"
                    + "(?:[\\p{L}-]+\\s+){0,2}?(?:need|needs|necessity|importance|value|potential|significance|urgency|relevance"
                    + "|challenges?|merits?)\\b");
    /**
     * The subject before a "will" or "would" that is a thing, not a side: "The Framework will enhance dialogue",
     * "agreed that the visit would help", "agreements that will deepen our cooperation", "the role of the two
     * countries would remain central". A prediction, which no one undertakes.
     */
    private static final java.util.regex.Pattern THING_AS_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:this|these|which|that)|\\b(?:the|these|such|this|that|our|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
                    + "(?:accords?|agreements?|framework|visit|trip|deal|memorandum|mou|partnership|initiative|projects?|roadmap"
                    + "|treaty|role|measures?|mechanism|arrangements?|document|declaration|process|move|step|decision"
                    + "|talks|accession)"
                    + "(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)?)"
                    + "\\s+(?:(?:also|further|only|in\\s+turn|certainly|surely|undoubtedly|greatly)\\s+)?$");
    private static final java.util.regex.Pattern DECIDED_ABOUT_A_THING = java.util.regex.Pattern.compile(
            "\\s+(?:also\\s+|soon\\s+)?(?:be\\s+\\p{L}+(?:ed|en|un|ung)\\b|take\\s+place|start|begin|commence|go\\s+ahead|proceed)");
    private static final java.util.regex.Pattern WILL = java.util.regex.Pattern.compile("(?i)\\b(?:will|would|shall)\\b");
    /** "He had said he would hold", "the Ministry had said that the ministers would review": an intention reported before the meeting. */
    private static final java.util.regex.Pattern REPORTED_EARLIER = java.util.regex.Pattern.compile(
            "(?i)\\bhad\\b[\\s,]+(?:(?:already|earlier|previously|however|also|then)[\\s,]+)*(?:said|stated|announced|indicated|told|noted"
                    + "|informed)\\b[^.;]*\\b(?:will|would)\\b");
    /** Verbs that say something was said, without saying it is no commitment. */
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("noted|explained");
    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("(?s).*\\b(?:will|would|shall)\\b.*");
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "\\b(?:not|never|no longer|neither|nor)\\b|n't\\b");

    private final ExtractionCues cues;
    private final CountryMentions countries;
    private final ActorResolver actors;
    private final TopicClassifier topics;

    public CommitmentFinder(ExtractionCues cues, CountryMentions countries, ActorResolver actors, TopicClassifier topics) {
        this.cues = cues;
        this.countries = countries;
        this.actors = actors;
        this.topics = topics;
    }

    /**
     * A sentence, or a clause or list item of one: the unit a commitment or follow-up is. {@code strength} is
     * null when it commits to nothing.
     */
    public record Statement(String text, Sentence sentence, List<String> actors, CommitmentStrength strength) {

        boolean commits() {
            return strength != null;
        }
    }

    /**
     * The readout's sentences as statements: a sentence that commits to more than one thing ("agreed to X, and
     * to Y", "reaffirmed A and said Chile stands ready to B") gives a statement per clause; a lead-in ("The
     * two ministers agreed to:") gives none, and each item of the list after it commits, with its actors.
     */
    public List<Statement> statements(List<Sentence> sentences, List<String> parties, List<Participant> participants) {
        List<Statement> statements = new ArrayList<>();
        LeadIn leadIn = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.heading() || s.background()) {
                leadIn = null;
                statements.add(new Statement(s.text(), s, parties, null));
                continue;
            }
            if (leadIn != null && s.listItem()) {
                boolean commits = s.text().split("\\s+").length > 3
                        && cues.notCommitment().find(s.text()).filter(m -> m.start() == 0).isEmpty();
                statements.add(new Statement(s.text(), s, leadIn.actors(), commits ? leadIn.strength() : null));
                continue;
            }
            leadIn = null;
            // a headline ("Australia and New Zealand Commit to Stronger Cooperation") says what the text says
            Optional<Cue> cue = looksLikeATitle(s.text()) ? Optional.empty() : cue(s.text());
            if (cue.isEmpty()) {
                statements.add(new Statement(s.text(), s, parties, null));
                continue;
            }
            // "China will support Kenya's bid": a pledge's cue starts at its subject, which is the one who commits
            CuePhrases.Match match = cue.get().match();
            int subjectEnd = match.phrase().equals(PARTY_WILL) ? match.end() : match.start();
            List<String> sentenceActors = actors.actors(s.text(), subjectEnd, parties, participants);
            if (LeadIn.opens(s, sentences, i)) {
                leadIn = new LeadIn(sentenceActors, cue.get().strength());
                statements.add(new Statement(s.text(), s, sentenceActors, null));
                continue;
            }
            for (Clause clause : clauses(s.text(), cue.get())) {
                List<String> clauseActors = clause.cueStart() > 0
                        ? actors.actors(clause.text(), clause.cueStart(), parties, participants) : sentenceActors;
                // a clause that names no one of its own ("and to Y") is the sentence's subject's
                if (clause.cueStart() > 0 && clauseActors.equals(parties)) {
                    clauseActors = sentenceActors;
                }
                statements.add(new Statement(clause.text(), s, clauseActors, clause.strength()));
            }
        }
        return statements;
    }

    public List<ExtractedCommitment> find(List<Statement> statements, List<String> readoutTopics) {
        return statements.stream().filter(Statement::commits).map(st -> new ExtractedCommitment(st.text(), st.actors(),
                topics.best(st.text(), readoutTopics).orElse(readoutTopics.get(0)), st.strength())).toList();
    }

    /**
     * A title or heading: no closing punctuation (a Chinese, Japanese, Khmer or Myanmar full stop included) and a
     * dozen words at most. Thai writes no full stop and no spaces between words, so there only a line as short as a
     * label is one: a headline repeated in the body would be a sentence too, but its statement is the text's own.
     */
    static boolean looksLikeATitle(String text) {
        char last = text.charAt(text.length() - 1);
        if (last >= '\u0E00' && last <= '\u0E7F') {
            return text.length() <= THAI_TITLE;
        }
        return ".!?;:\"\u201d\u201c\u00bb\u2019)\u3002\uff01\uff1f\uff1b\u17d4\u104b".indexOf(last) < 0 && text.split("\\s+").length <= 14;
    }

    /** The longest Thai line read as a title or label: a few words. */
    private static final int THAI_TITLE = 30;

    /** A clause of a sentence that commits, with where its own cue starts in it (0: none of its own). */
    record Clause(String text, int cueStart, CommitmentStrength strength) {
    }

    /**
     * The clauses a committing sentence holds: it is cut before each further cue that a coordination
     * ("and", ";", ", while") puts in a clause of its own, and where an infinitive after "agreed to" is
     * repeated ("agreed to X, and to Y"). ", and that ..." goes on with the same verb: no cut there.
     */
    private List<Clause> clauses(String text, Cue first) {
        if (text.length() > LONGEST_SENTENCE) {
            // a text without sentence breaks, not a sentence: left whole, for the ingest to refuse
            return List.of(new Clause(text, 0, first.strength()));
        }
        List<int[]> cuts = new ArrayList<>();   // {position of the cut, start of the next clause's cue or -1}
        List<CommitmentStrength> strengths = new ArrayList<>(List.of(first.strength()));
        List<CuePhrases.Match> later = new ArrayList<>();
        cues.strongCommitment().findAll(text).stream().filter(m -> m.start() > first.match().end()).forEach(later::add);
        cues.weakCommitment().findAll(text).stream().filter(m -> m.start() > first.match().end()).forEach(later::add);
        // "reiterated his support for X and his resolute commitment to Y": a second stance, named by its noun alone
        java.util.regex.Matcher noun = SECOND_STANCE.matcher(text);
        noun.region(first.match().start(), text.length());
        while (noun.find()) {
            later.add(new CuePhrases.Match(SECOND_STANCE_PHRASE, noun.start(1), noun.end()));
        }
        later.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int from = first.match().end();
        // a gapped stance cue ("reiterated ... commitment") may reach over the "and" before a second stance noun
        int nounFrom = first.match().start() + 1;
        for (CuePhrases.Match next : later) {
            boolean secondStance = next.phrase().equals(SECOND_STANCE_PHRASE);
            int regionFrom = secondStance ? Math.min(from, nounFrom) : from;
            if (next.start() < regionFrom) {
                continue;
            }
            java.util.regex.Matcher boundary = CLAUSE_BOUNDARY.matcher(text);
            boundary.region(regionFrom, next.start());
            int cut = -1;
            int nextStart = -1;
            while (boundary.find()) {
                cut = boundary.start();
                nextStart = boundary.end();
            }
            // the first clause keeps a stance of its own ("his support for X | and his commitment to Y"), not only
            // what the stance is about ("his appreciation for X's cooperation | and willingness to")
            if (secondStance && cut >= 0 && cut < first.match().end()
                    && !cues.weakCommitment().findAll(text.substring(0, cut)).stream().anyMatch(m -> m.start() == first.match().start())) {
                continue;
            }
            if (cut >= 0 && text.substring(nextStart, next.start()).split("\\s+").length <= SUBJECT_WORDS
                    && !text.startsWith("that", nextStart) && !negated(text, next)) {
                cuts.add(new int[]{cut, nextStart, next.start()});
                nounFrom = nextStart;
                strengths.add(cues.strongCommitment().findAll(text).contains(next) ? CommitmentStrength.STRONG : CommitmentStrength.WEAK);
            }
            from = next.end();
        }
        if (first.match().phrase().endsWith(" to")) {
            java.util.regex.Matcher again = REPEATED_INFINITIVE.matcher(text);
            again.region(first.match().end(), cuts.isEmpty() ? text.length() : Math.max(first.match().end(), cuts.get(0)[0]));
            while (again.find()) {
                cuts.add(new int[]{again.start(), text.lastIndexOf("to", again.end() - 1), -1});
                strengths.add(first.strength());
            }
        }
        if (SERIES_HEAD.matcher(first.match().phrase()).find()) {
            // "agreed to hold X, continue Y and launch Z": each verb of the series is a commitment of its own
            java.util.regex.Matcher series = VERB_SERIES.matcher(text);
            series.region(first.match().end(), Math.max(first.match().end(), cuts.stream().mapToInt(c -> c[0]).min().orElse(text.length())));
            while (series.find()) {
                cuts.add(new int[]{series.start(), series.end(), -1});
                strengths.add(first.strength());
            }
        }
        if (cuts.isEmpty()) {
            return List.of(new Clause(text, 0, first.strength()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(cuts.get(a)[0], cuts.get(b)[0]));
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause(text.substring(0, cuts.get(order.get(0))[0]).strip(), 0, first.strength()));
        for (int k = 0; k < order.size(); k++) {
            int[] cut = cuts.get(order.get(k));
            int end = k + 1 < order.size() ? cuts.get(order.get(k + 1))[0] : text.length();
            String clause = text.substring(cut[1], end).strip();
            clauses.add(new Clause(clause, cut[2] < 0 ? 0 : cut[2] - cut[1], strengths.get(order.get(k) + 1)));
        }
        return clauses;
    }

    /**
     * Where a sentence's second clause may start: "and", ";", ", while", ", but"; "and" in Spanish, French, Portuguese,
     * German, Russian and Ukrainian too ("... aduaneros y reiteraron su compromiso"), and Chinese's 并.
     */
    private static final java.util.regex.Pattern CLAUSE_BOUNDARY = java.util.regex.Pattern.compile(
            ";\\s+(?:and\\s+)?|,?\\s+(?:and|y|et|e|und|и|і)\\s+(?:also\\s+)?|,\\s+(?:while|but|whereas)\\s+|，?并");
    /** ", and their resolve to", "and shared commitment to": a stance noun coordinated after the first, the verb left out. */
    private static final java.util.regex.Pattern SECOND_STANCE = java.util.regex.Pattern.compile(
            "\\s+and\\s+((?:(?:his|her|their|its|our|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:commitment|commitments|resolve|determination|support|readiness|willingness|desire|intention|intent)\\s+(?:to|for|towards?)\\b)");
    private static final String SECOND_STANCE_PHRASE = "<and> stance";
    /** "agreed to X, and to Y", "to X; to Y": the infinitive after the cue repeated. */
    private static final java.util.regex.Pattern REPEATED_INFINITIVE = java.util.regex.Pattern.compile(
            "(?:,\\s+(?:and\\s+)?|;\\s+(?:and\\s+)?|\\s+and\\s+)to\\s+(?=\\p{Ll})");
    /** A cue whose object is a verb ("agreed to", "would", "<party> will"): a series of verbs may follow it. */
    private static final java.util.regex.Pattern SERIES_HEAD = java.util.regex.Pattern.compile("(?:\\bwill|\\bwould|\\bshall)$");
    /** ", maintain contact ...", ", and cooperate with ...": the next verb of a series after a cue. */
    private static final java.util.regex.Pattern VERB_SERIES = java.util.regex.Pattern.compile(
            ",\\s+(?:and\\s+)?(?:also\\s+|further\\s+|jointly\\s+)?(?=(?:continue|hold|maintain|cooperate|strengthen|promote|advance|expand|deepen|work"
                    + "|enhance|carry\\s+out|boost|explore|step\\s+up|pursue|ensure|support|develop|facilitate|implement|establish|launch"
                    + "|increase|intensify|coordinate|accelerate|speed\\s+up|encourage|consult|create|seek|build|address|provide|keep"
                    + "|remain|stay|resume|conclude|finali[sz]e|complete|expedite|set\\s+up|share|exchange|improve|reinforce|broaden"
                    + "|upgrade|host|convene|negotiate|start|begin|tackle|combat|counter|protect|safeguard|uphold|foster)\\s)");
    /** Longer than any sentence a readout holds. */
    private static final int LONGEST_SENTENCE = 3_000;
    /** A further clause's own subject before its cue is short: "said Chile", "the two sides". */
    private static final int SUBJECT_WORDS = 8;

    /**
     * A sentence that ends in a colon and is followed by list items ("The two ministers agreed to:"): the
     * items are the commitments, with its actors and strength; it is none itself.
     */
    record LeadIn(List<String> actors, CommitmentStrength strength) {

        static boolean opens(Sentence s, List<Sentence> sentences, int index) {
            return s.text().endsWith(":") && index + 1 < sentences.size() && sentences.get(index + 1).listItem();
        }
    }

    private record Cue(CuePhrases.Match match, CommitmentStrength strength) {
    }

    /**
     * A country as the subject of "will", "would" or "shall" ("China will firmly safeguard", "said Canada
     * would push for", "the UK and India will deepen"): a one-sided or joint pledge.
     */
    private Optional<CuePhrases.Match> countryPledge(String text) {
        List<int[]> subjects = new ArrayList<>();
        countries.find(text).forEach(m -> subjects.add(new int[]{m.start(), m.end()}));
        cues.everyParty().findAll(text).forEach(m -> subjects.add(new int[]{m.start(), m.end()}));
        for (int[] subject : subjects) {
            java.util.regex.Matcher will = PLEDGE.matcher(text);
            will.region(subject[1], text.length());
            // "the Summit, which Switzerland will host": a fact about someone else's plans (looked at only
            // where a "will" follows: the look-behind of the test is costly, run for every mention)
            if (will.lookingAt() && !RELATIVE_PRONOUN_BEFORE.matcher(text.substring(Math.max(0, subject[0] - 40), subject[0])).matches()) {
                return Optional.of(new CuePhrases.Match(PARTY_WILL, subject[0], will.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A party's intention reported in the future: "she said that the World Bank will disburse", "assured the envoy
     * that Tanzania will continue", "said the agency would organize". A subject of one to six words between the
     * reporting verb and "will", so that the future is the reported clause's, not a later one's.
     */
    private static final java.util.regex.Pattern REPORTED_FUTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|stated|added|adding|promised|assured\\s+(?:[\\p{L}]+\\s+){0,3}?)\\s*(?:that\\s+)?"
            + "(?:[\\p{L}\\p{N}'\u2019-]+\\s+){1,6}?(?:will|would)\\s+(?:also\\s+|always\\s+|further\\s+)?(?!be\\b|have\\b|not\\b|like\\b)\\p{L}+");
    private static final String REPORTED_WILL = "<reported> will";
    /**
     * An aside between the verb and its "to": "agreed, among other measures, to enhance", "agreed in bilateral talks in
     * Munich, Germany, to strengthen" (a place or an occasion, one comma inside it at most).
     */
    private static final java.util.regex.Pattern AGREED_ASIDE = java.util.regex.Pattern.compile(
            "\\b(?:agreed|resolved|decided|pledged|undertook|committed|vowed)(?:\\s*,\\s*|\\s+(?=(?:in|at|during)\\s))[^,.;]{1,60}(?:,\\s*[^,.;]{1,30})?,\\s*to\\s+(?=\\p{Ll})");
    private static final String AGREED_WITH_ASIDE = "<agreed>, aside, to";
    private static final String TURKISH_WILL = "<said> will (Turkish)";
    /** A Turkish future participle ("-eceğini", "-acaklarını"), a word or two, and a verb of saying or stressing. */
    private static final java.util.regex.Pattern TURKISH_FUTURE_SAID = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:(?<goOn>devam\\s+ed|sürdür)|\\p{L}{2,}?)(?:eceğini|acağını|eceklerini|acaklarını|yeceğini|yacağını"
            + "|yeceklerini|yacaklarını)\\s+(?:[\\p{L}']+\\s+){0,2}?(?:vurgula|belirt|ifade\\s+et|kaydet|söyle|dile\\s+getir|bildir"
            + "|teyit\\s+et|açıkla)\\p{L}*", java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String PARTY_WILL = "<party> will";
    private static final java.util.regex.Pattern PLEDGE = java.util.regex.Pattern.compile(
            "(?:['\u2019]s\\s+(?:government|side))?\\s+(?:also\\s+|further\\s+|firmly\\s+|continue\\s+to\\s+)?(?:will|would|shall)\\s+(?!be\\b|have\\b|not\\b|like\\s+to\\s+see\\b)"
            // the same "will" in French, Spanish, Portuguese, German, Russian and Indonesian, a word such as "also" between:
            // "la Suisse va accompagner", "kedua negara juga akan bekerja sama"
            + "|\\s+(?:[\\p{L}]+\\s+)?(?:va|vont|va\\s+a|van\\s+a|vai|vão|wird|werden|будет|будут|akan)\\s+(?=\\p{L})");

    /** The sentence's commitment cue, if it makes the sentence a commitment. */
    private Optional<Cue> cue(String text) {
        Optional<CuePhrases.Match> strong = cues.strongCommitment().find(text);
        if (strong.isEmpty()) {
            java.util.regex.Matcher aside = AGREED_ASIDE.matcher(text);
            if (aside.find()) {
                strong = Optional.of(new CuePhrases.Match(AGREED_WITH_ASIDE, aside.start(), aside.end()));
            }
        }
        if (strong.isEmpty()) {
            strong = countryPledge(text);
        }
        if (strong.isEmpty()) {
            java.util.regex.Matcher reported = REPORTED_FUTURE.matcher(text);
            if (reported.find()) {
                strong = Optional.of(new CuePhrases.Match(REPORTED_WILL, reported.start(), reported.end()));
            }
        }
        Optional<CuePhrases.Match> weak = cues.weakCommitment().find(text);
        if (strong.isEmpty() && weak.isEmpty()) {
            // Turkish reports a side's will in a future participle before the verb of saying: "işbirliğini
            // artıracağını belirtti" (said it would raise), "devam edeceğini vurguladı" (stressed it would go on)
            java.util.regex.Matcher said = TURKISH_FUTURE_SAID.matcher(text);
            if (said.find()) {
                CuePhrases.Match match = new CuePhrases.Match(TURKISH_WILL, said.start(), said.end());
                if (said.group("goOn") != null) {
                    weak = Optional.of(match);
                } else {
                    strong = Optional.of(match);
                }
            }
        }
        if (strong.isEmpty() && weak.isEmpty()) {
            return Optional.empty();
        }
        Cue cue = strong.isPresent() && (weak.isEmpty() || strong.get().start() <= weak.get().start())
                ? new Cue(strong.get(), CommitmentStrength.STRONG) : new Cue(weak.get(), CommitmentStrength.WEAK);
        Optional<CuePhrases.Match> not = notCommitment(text);
        if (not.isPresent() && not.get().start() <= cue.match().start() && !after(text, not.get().end())
                && !reports(text, not.get(), cue.match()) && !inLeadingClause(text, not.get(), cue.match())) {
            return Optional.empty();
        }
        // "in the wake of the launch ...; and agreed to continue": the history is another clause's
        Optional<CuePhrases.Match> history = cues.history().find(text);
        if (history.isPresent() && !FUTURE.matcher(text).matches()
                && text.substring(Math.min(history.get().start(), cue.match().start()),
                        Math.max(history.get().end(), cue.match().start())).indexOf(';') < 0) {
            return Optional.empty();
        }
        // "underscored the importance of continued support for", "expressed appreciation for Singapore's support for":
        // the stance is someone else's, valued or thanked for, not the speaker's own
        if (cue.match().phrase().contains(" ... ") && valued(text.substring(cue.match().start(), cue.match().end()))) {
            return Optional.empty();
        }
        if (predictedOfAThing(text, cue.match()) || reportedEarlier(text)) {
            return Optional.empty();
        }
        boolean partyWill = cue.match().phrase().equals(PARTY_WILL);
        if (negated(text, cue.match()) || CONDITION.matcher(text.substring(cue.match().end())).find()
                || partyWill && ANNIVERSARY.matcher(text).find()
                || partyWill && ONLY_MEETING.matcher(text.substring(cue.match().end())).find()) {
            return Optional.empty();
        }
        // "agreed to remain in close communication": a promise only to keep in touch, a weak one (and a follow-up)
        return Optional.of(aboutStayingInTouch(text, cue.match()) ? new Cue(cue.match(), CommitmentStrength.WEAK) : cue);
    }

    /** The first verb that commits to nothing by itself: one of the "not" cues, or a view the sides share ("agreed on the need to"). */
    private Optional<CuePhrases.Match> notCommitment(String text) {
        Optional<CuePhrases.Match> not = cues.notCommitment().find(text);
        java.util.regex.Matcher view = SHARED_VIEW.matcher(text);
        if (view.find() && (not.isEmpty() || view.start() < not.get().start())) {
            return Optional.of(new CuePhrases.Match(view.group(), view.start(), view.end()));
        }
        return not;
    }

    /** "the importance of continued support for", not "his appreciation for X's cooperation and willingness to": no "and" after the valuing. */
    private static boolean valued(String cueText) {
        java.util.regex.Matcher valued = VALUED.matcher(cueText);
        return valued.find() && !cueText.substring(valued.end()).contains(" and ");
    }

    /** Whether the "will" or "would" of a cue has a thing for its subject ("This will deepen cooperation"). */
    private static boolean predictedOfAThing(String text, CuePhrases.Match cue) {
        java.util.regex.Matcher will = WILL.matcher(text);
        will.region(cue.start(), Math.min(text.length(), cue.end() + 1));
        // "agreed that the visit would take place in 2026", "that the action plan would be finalised": a decision about it
        return will.find() && !DECIDED_ABOUT_A_THING.matcher(text).region(will.end(), text.length()).lookingAt()
                && THING_AS_SUBJECT.matcher(text.substring(Math.max(0, will.start() - 80), will.start())).find();
    }

    /** Whether the sentence reports an intention stated before the meeting: "had said he would". */
    static boolean reportedEarlier(String text) {
        return REPORTED_EARLIER.matcher(text).find();
    }

    /**
     * Whether a verb that is no commitment by itself only reports the one that follows: "noted that China is
     * willing to", or it opens the commitment's own cue ("noted their commitment to").
     */
    private static boolean reports(String text, CuePhrases.Match not, CuePhrases.Match cue) {
        String verb = text.substring(not.start(), not.end()).toLowerCase(java.util.Locale.ROOT);
        return REPORTING.matcher(verb).matches()
                && (not.start() == cue.start() || text.startsWith(" that ", not.end()));
    }

    /**
     * "As he expressed gratitude for the visit, the President pledged to ...": the verb that commits to nothing
     * is the leading clause's; the main clause after its comma has a verb of its own.
     */
    private static boolean inLeadingClause(String text, CuePhrases.Match not, CuePhrases.Match cue) {
        return LEADING_CLAUSE.matcher(text).lookingAt() && not.end() < cue.start()
                && text.substring(not.end(), cue.start()).indexOf(',') >= 0;
    }

    /** "agreed to remain in close communication": what the cue commits to is only staying in touch. */
    private boolean aboutStayingInTouch(String text, CuePhrases.Match cue) {
        String object = text.substring(cue.end(), Math.min(text.length(), cue.end() + OBJECT_WINDOW));
        return cues.keepInTouch().in(object) || cues.keepInTouch().in(text.substring(cue.start(), cue.end()));
    }

    /** "did not intend to", "will not": a cue under negation commits to nothing. */
    private static boolean negated(String text, CuePhrases.Match cue) {
        String before = text.substring(Math.max(0, cue.start() - 16), cue.start()).toLowerCase(java.util.Locale.ROOT);
        String inside = text.substring(cue.start(), cue.end()).toLowerCase(java.util.Locale.ROOT);
        // "不同意", "未达成一致": Chinese and Japanese negate the verb with the char right before it
        return NEGATION.matcher(before).find() || NEGATION.matcher(inside).find()
                || !before.isEmpty() && "不未没沒".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * Whether a second, coordinated verb makes a commitment after a non-commitment one ("welcomed X and
     * agreed to Y"); a "would" inside the first verb's own clause ("expressed the hope that Australia would")
     * does not.
     */
    private boolean after(String text, int from) {
        java.util.regex.Matcher and = COORDINATION.matcher(text);
        and.region(from, text.length());
        if (!and.find()) {
            return false;
        }
        String rest = text.substring(and.end());
        Optional<CuePhrases.Match> next = cues.strongCommitment().find(rest)
                .or(() -> cues.weakCommitment().find(rest));
        Optional<CuePhrases.Match> notAgain = notCommitment(rest);
        // "congratulated X and expressed the hope that ... would", "exchanged views and agreed on the potential
        // to": the second verb commits to nothing either
        return next.isPresent() && (notAgain.isEmpty() || next.get().start() < notAgain.get().start());
    }
}
