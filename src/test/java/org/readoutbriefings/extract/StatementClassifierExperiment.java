package org.readoutbriefings.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.extract.CommitmentFinder.Statement;
import org.readoutbriefings.extract.ExtractionScorer.Annotated;
import org.readoutbriefings.extract.ExtractionScorer.Score;
import org.readoutbriefings.ingest.InputFormat;
import org.readoutbriefings.ingest.InputFormats;
import org.readoutbriefings.ingest.RecordCursor;
import org.readoutbriefings.ingest.SourceRecord;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.slf4j.LoggerFactory;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import tools.jackson.databind.JsonNode;

/**
 * Whether a statistical statement classifier (Apache OpenNLP's document categorizer, maximum entropy over
 * bag-of-words and word 2- and 3-grams) helps the commitment and follow-up rules: issue 15's last point.
 * <p>
 * Each statement the rules see ({@link CommitmentFinder#statements}: sentences, clauses, list items) is a
 * sample, labelled a commitment (or a follow-up) when an annotated span matches it as the scorer matches (word
 * overlap of at least {@value ExtractionScorer#OVERLAP} of the smaller set). Two binary models, one per signal.
 * They are combined with the rules by two thresholds per signal: a statement the rules reject becomes one when
 * the model gives it at least {@code add}; one the rules take is dropped when the model gives it less than
 * {@code veto}. Commitments are decided first: a commitment with a time to it is a follow-up too, so the
 * follow-up rules run again on the adjusted statements.
 * <p>
 * Measured by 5-fold cross-validation grouped by publisher (the corpus's publisher folders; the real
 * readouts' publishers as annotated), with the thresholds of each fold chosen by an inner cross-validation on
 * its four training folds only: no figure comes from a readout the model or the thresholds were fitted on.
 * Predictions are scored one to one with the scorer's own matching.
 * <p>
 * {@code mvn -B -q -Pclassifier test-compile exec:java -Dclassifier.args="DIR..."}; a folder under
 * {@code corpus/} is taken as publisher folders, any other as real readouts.
 */
public final class StatementClassifierExperiment {

    private static final int FOLDS = 5;
    /** Variants tried: -Dstacked=true adds the rules' verdicts to the words; -Dcutoff, -Diterations, -Dngrams=2,3. */
    private static final boolean STACKED = Boolean.getBoolean("stacked");
    private static final int CUTOFF = Integer.getInteger("cutoff", 2);
    private static final int ITERATIONS = Integer.getInteger("iterations", 100);
    private static final String NGRAMS = System.getProperty("ngrams", "2,3");
    private static final double NEVER_ADD = 2;
    private static final double NEVER_VETO = -1;
    private static final double[] ADD = {NEVER_ADD, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] VETO = {NEVER_VETO, 0.02, 0.05, 0.1, 0.2, 0.3};
    /** The precision the corpus's development set must keep (issue 15's targets). */
    private static final double COMMITMENT_FLOOR = 0.90;
    private static final double FOLLOW_UP_FLOOR = 0.85;

    /** One annotated readout, read as {@code extract} reads it, with the rules' statements. */
    record Doc(Path file, String group, boolean corpus, List<Statement> statements, String[][] tokens, boolean[] eligible,
               boolean[] goldCommitment, boolean[] goldFollowUp, List<String> goldCommitments, List<String> goldFollowUps,
               LocalDate meetingDate, List<String> countries, List<String> topics, boolean rejected) {
    }

    /** Thresholds of the combination; NEVER_ADD and NEVER_VETO leave the rules alone. */
    record Setting(double commitAdd, double commitVeto, double followAdd, double followVeto) {
        static final Setting RULES = new Setting(NEVER_ADD, NEVER_VETO, NEVER_ADD, NEVER_VETO);

        @Override
        public String toString() {
            return "c " + show(commitAdd, commitVeto) + ", f " + show(followAdd, followVeto);
        }

        private static String show(double add, double veto) {
            return (add > 1 ? "add -" : "add " + add) + " / " + (veto < 0 ? "veto -" : "veto " + veto);
        }
    }

    /** The model's probabilities for each statement of each readout. */
    record Probabilities(Map<Doc, double[]> commitment, Map<Doc, double[]> followUp) {
        static Probabilities empty() {
            return new Probabilities(new IdentityHashMap<>(), new IdentityHashMap<>());
        }

        void putAll(Probabilities other) {
            commitment.putAll(other.commitment);
            followUp.putAll(other.followUp);
        }
    }

    /** Commitments and follow-ups predicted for a readout. */
    record Predicted(List<String> commitments, List<String> followUps) {
    }

    private final CountryMentions countries;
    private final SentenceSplitter splitter;
    private final CommitmentFinder commitments;
    private final FollowUpFinder followUps;
    private final ReadoutExtractor extractor;
    private final List<InputFormat> formats = InputFormats.all(10_485_760);

    StatementClassifierExperiment() {
        CountryDirectory directory = CountryDirectory.builtIn();
        TopicTaxonomy taxonomy = TopicTaxonomy.builtIn();
        ExtractionCues cues = ExtractionCues.builtIn();
        // the parts ReadoutExtractor is made of, built as it builds them, to see its statements
        countries = new CountryMentions(directory, IssuerFinder.institutionCountries());
        TopicClassifier topics = new TopicClassifier(taxonomy);
        ActorResolver actors = new ActorResolver(countries, cues.everyParty());
        splitter = new SentenceSplitter(cues.backgroundHeadings());
        commitments = new CommitmentFinder(cues, countries, actors, topics);
        followUps = new FollowUpFinder(cues, actors, topics);
        extractor = new ReadoutExtractor(directory, taxonomy, cues);
    }

    // ---------------------------------------------------------------- features

    /**
     * The words a model sees: lower case, a country's name as one placeholder word (so "China will" and "Japan
     * will" are one pattern), numbers as another, and a word for a list item and for a closing colon.
     */
    static String[] tokens(Statement st, CountryMentions countries) {
        StringBuilder text = new StringBuilder(st.text());
        List<CountryMentions.Mention> mentions = new ArrayList<>(countries.find(st.text()));
        mentions.sort(Comparator.comparingInt(CountryMentions.Mention::start).reversed());
        for (CountryMentions.Mention m : mentions) {
            text.replace(m.start(), m.end(), " zzcountry ");
        }
        List<String> tokens = new ArrayList<>();
        for (String w : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                tokens.add(w.chars().anyMatch(Character::isDigit) ? "zznum" : w);
            }
        }
        if (st.sentence().listItem()) {
            tokens.add("zzlistitem");
        }
        if (st.text().endsWith(":")) {
            tokens.add("zzcolon");
        }
        return tokens.toArray(String[]::new);
    }

    /** Statements a model may judge: not headings, background, titles or scraps of a few words. */
    static boolean eligible(Statement st) {
        return !st.sentence().heading() && !st.sentence().background() && !CommitmentFinder.looksLikeATitle(st.text())
                && st.text().split("\\s+").length >= 4;
    }

    static DoccatModel train(List<Doc> docs, Predicate<Doc> use, boolean followUp) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Doc d : docs) {
            if (!use.test(d)) {
                continue;
            }
            boolean[] gold = followUp ? d.goldFollowUp() : d.goldCommitment();
            for (int i = 0; i < d.statements().size(); i++) {
                if (d.eligible()[i]) {
                    samples.add(new DocumentSample(gold[i] ? "yes" : "no", d.tokens()[i]));
                }
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        String[] n = NGRAMS.split(",");
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator(),
                new NGramFeatureGenerator(Integer.parseInt(n[0]), Integer.parseInt(n[1]))});
        return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    static double[] probabilities(DocumentCategorizerME model, Doc d) {
        double[] p = new double[d.statements().size()];
        int yes = model.getIndex("yes");
        for (int i = 0; i < p.length; i++) {
            p[i] = d.eligible()[i] ? model.categorize(d.tokens()[i])[yes] : 0;
        }
        return p;
    }

    /** Both models trained on the readouts {@code use} takes, applied to those {@code apply} takes. */
    static Probabilities fitAndApply(List<Doc> docs, Predicate<Doc> use, Predicate<Doc> apply) throws IOException {
        DocumentCategorizerME c = new DocumentCategorizerME(train(docs, use, false));
        DocumentCategorizerME f = new DocumentCategorizerME(train(docs, use, true));
        Probabilities result = Probabilities.empty();
        for (Doc d : docs) {
            if (apply.test(d)) {
                result.commitment().put(d, probabilities(c, d));
                result.followUp().put(d, probabilities(f, d));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- reading the readouts

    Doc read(Annotated a, String group, boolean corpus) throws IOException {
        String name = a.file().getFileName().toString().toLowerCase(Locale.ROOT);
        InputFormat format = formats.stream().filter(f -> f.extensions().stream().anyMatch(ext -> name.endsWith("." + ext)))
                .findFirst().orElseThrow();
        SourceRecord record;
        try (RecordCursor cursor = format.open(a.file(), a.file().toString())) {
            record = cursor.next();
        }
        List<String> goldC = texts(a.gold().path("commitments"));
        List<String> goldF = texts(a.gold().path("followUps"));
        if (record.problem() != null) {
            return new Doc(a.file(), group, corpus, List.of(), new String[0][], new boolean[0], new boolean[0], new boolean[0],
                    goldC, goldF, null, List.of(), List.of(), true);
        }
        DocumentDates dates = new DocumentDates(record.metadataDate(), DocumentDates.inFileName(record.origin().file()));
        Extraction x = extractor.extract(record.body(), record.title(), dates);
        List<Statement> statements = commitments.statements(splitter.split(record.body()), x.countries(), x.participants());
        int n = statements.size();
        String[][] tokens = new String[n][];
        boolean[] eligible = new boolean[n];
        boolean[] gc = new boolean[n];
        boolean[] gf = new boolean[n];
        for (int i = 0; i < n; i++) {
            Statement st = statements.get(i);
            tokens[i] = tokens(st, countries);
            eligible[i] = eligible(st);
            String text = st.text();
            gc[i] = goldC.stream().anyMatch(g -> ExtractionScorer.overlap(text, g) >= ExtractionScorer.OVERLAP);
            gf[i] = goldF.stream().anyMatch(g -> ExtractionScorer.overlap(text, g) >= ExtractionScorer.OVERLAP);
        }
        boolean rejected = x.countries().isEmpty() && x.participants().stream().noneMatch(Participant::noCountry);
        Doc d = new Doc(a.file(), group, corpus, statements, tokens, eligible, gc, gf, goldC, goldF, x.meetingDate(),
                x.countries(), x.topics(), rejected);
        // the statements seen here must give exactly what the extractor gives
        Predicted rules = predict(d, null, null, Setting.RULES);
        List<String> wantC = distinct(x.commitments().stream().map(ExtractedCommitment::text).toList());
        List<String> wantF = distinct(x.followUps().stream().map(ExtractedFollowUp::text).toList());
        if (!rejected && (!rules.commitments().equals(wantC) || !rules.followUps().equals(wantF))) {
            throw new IllegalStateException("statements do not reproduce the extractor on " + a.file());
        }
        if (STACKED) {
            // the rules' own verdicts as two more words: the model learns where they go wrong
            for (int i = 0; i < n; i++) {
                List<String> more = new ArrayList<>(List.of(tokens[i]));
                more.add(statements.get(i).commits() ? "zzrulecommit" : "zzrulenocommit");
                more.add(rules.followUps().contains(statements.get(i).text()) ? "zzrulefollow" : "zzrulenofollow");
                tokens[i] = more.toArray(String[]::new);
            }
        }
        return d;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.isString() ? n.asString() : n.path("text").asString("")));
        return texts;
    }

    private static List<String> distinct(List<String> texts) {
        return List.copyOf(new LinkedHashSet<>(texts));
    }

    // ---------------------------------------------------------------- combining

    /** What the rules, adjusted by the model's probabilities at these thresholds, predict for a readout. */
    Predicted predict(Doc d, double[] pc, double[] pf, Setting s) {
        if (d.rejected()) {
            return new Predicted(List.of(), List.of());
        }
        List<Statement> adjusted = new ArrayList<>();
        for (int i = 0; i < d.statements().size(); i++) {
            Statement st = d.statements().get(i);
            boolean commits = st.commits() ? pc == null || pc[i] >= s.commitVeto() : pc != null && d.eligible()[i] && pc[i] >= s.commitAdd();
            adjusted.add(commits == st.commits() ? st : new Statement(st.text(), st.sentence(), st.actors(),
                    commits ? CommitmentStrength.WEAK : null));
        }
        List<String> c = distinct(adjusted.stream().filter(Statement::commits).map(Statement::text).toList());
        Set<String> ruleFollowUps = new LinkedHashSet<>(followUps.find(adjusted, d.meetingDate(), d.countries(), List.of(),
                d.topics()).stream().map(ExtractedFollowUp::text).toList());
        if (pf == null) {
            return new Predicted(c, List.copyOf(ruleFollowUps));
        }
        List<String> f = new ArrayList<>();
        for (int i = 0; i < adjusted.size(); i++) {
            String text = adjusted.get(i).text();
            boolean byRules = ruleFollowUps.contains(text);
            if (byRules ? pf[i] >= s.followVeto() : d.eligible()[i] && pf[i] >= s.followAdd()) {
                f.add(text);
            }
        }
        return new Predicted(c, distinct(f));
    }

    /** Scores of a set of readouts: commitments and follow-ups, all and the corpus's alone. */
    record Scores(Score commitments, Score followUps, Score corpusCommitments, Score corpusFollowUps) {
        static Scores empty() {
            return new Scores(new Score(), new Score(), new Score(), new Score());
        }
    }

    Scores score(List<Doc> docs, Probabilities p, Setting s) {
        Scores out = Scores.empty();
        for (Doc d : docs) {
            Predicted got = p == null ? predict(d, null, null, s) : predict(d, p.commitment().get(d), p.followUp().get(d), s);
            add(out.commitments(), got.commitments(), d.goldCommitments());
            add(out.followUps(), got.followUps(), d.goldFollowUps());
            if (d.corpus()) {
                add(out.corpusCommitments(), got.commitments(), d.goldCommitments());
                add(out.corpusFollowUps(), got.followUps(), d.goldFollowUps());
            }
        }
        return out;
    }

    /** The model alone: every statement it gives at least one half, rules ignored. */
    Scores scoreModelAlone(List<Doc> docs, Probabilities p) {
        Scores out = Scores.empty();
        for (Doc d : docs) {
            List<String> c = new ArrayList<>();
            List<String> f = new ArrayList<>();
            for (int i = 0; i < d.statements().size(); i++) {
                if (!d.rejected() && p.commitment().get(d)[i] >= 0.5) {
                    c.add(d.statements().get(i).text());
                }
                if (!d.rejected() && p.followUp().get(d)[i] >= 0.5) {
                    f.add(d.statements().get(i).text());
                }
            }
            add(out.commitments(), distinct(c), d.goldCommitments());
            add(out.followUps(), distinct(f), d.goldFollowUps());
            if (d.corpus()) {
                add(out.corpusCommitments(), distinct(c), d.goldCommitments());
                add(out.corpusFollowUps(), distinct(f), d.goldFollowUps());
            }
        }
        return out;
    }

    private static void add(Score score, List<String> predicted, List<String> gold) {
        ExtractionScorer.compareItems("", score, predicted, gold, ExtractionScorer.OVERLAP, new StringBuilder());
    }

    /**
     * The thresholds that give the best F1 over these readouts, commitments first, keeping the corpus's
     * precision at its floor; the rules alone unless something is strictly better.
     */
    Setting choose(List<Doc> docs, Probabilities p) {
        Setting best = Setting.RULES;
        double bestF1 = score(docs, p, best).commitments().f1();
        for (double add : ADD) {
            for (double veto : VETO) {
                Setting s = new Setting(add, veto, NEVER_ADD, NEVER_VETO);
                Scores x = score(docs, p, s);
                if (x.corpusCommitments().precision() >= COMMITMENT_FLOOR && x.commitments().f1() > bestF1 + 1e-9) {
                    best = s;
                    bestF1 = x.commitments().f1();
                }
            }
        }
        Setting commitmentsChosen = best;
        bestF1 = score(docs, p, best).followUps().f1();
        for (double add : ADD) {
            for (double veto : VETO) {
                Setting s = new Setting(commitmentsChosen.commitAdd(), commitmentsChosen.commitVeto(), add, veto);
                Scores x = score(docs, p, s);
                if (x.corpusFollowUps().precision() >= FOLLOW_UP_FLOOR && x.followUps().f1() > bestF1 + 1e-9) {
                    best = s;
                    bestF1 = x.followUps().f1();
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- the run

    /** Publisher groups dealt to folds, the largest first, each to the fold with fewest readouts of its kind. */
    static Map<Doc, Integer> folds(List<Doc> docs) {
        Map<Doc, Integer> fold = new IdentityHashMap<>();
        for (boolean corpus : new boolean[]{true, false}) {
            Map<String, List<Doc>> groups = new TreeMap<>();
            docs.stream().filter(d -> d.corpus() == corpus).forEach(d -> groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d));
            int[] sizes = new int[FOLDS];
            groups.entrySet().stream().sorted((a, b) -> b.getValue().size() != a.getValue().size()
                            ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> {
                        int smallest = 0;
                        for (int k = 1; k < FOLDS; k++) {
                            if (sizes[k] < sizes[smallest]) {
                                smallest = k;
                            }
                        }
                        sizes[smallest] += e.getValue().size();
                        for (Doc d : e.getValue()) {
                            fold.put(d, smallest);
                        }
                    });
        }
        return fold;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("opennlp")).setLevel(ch.qos.logback.classic.Level.WARN);
        StatementClassifierExperiment x = new StatementClassifierExperiment();
        System.out.printf("variant: %s, n-grams %s, cutoff %d, %d iterations%n", STACKED ? "words and the rules' verdicts" : "words",
                NGRAMS, CUTOFF, ITERATIONS);
        List<Doc> docs = new ArrayList<>();
        long readNanos = 0;
        for (String arg : args) {
            Path folder = Path.of(arg);
            boolean corpus = folder.toString().contains("corpus");
            for (Annotated a : ExtractionScorer.annotated(List.of(folder))) {
                String group = corpus ? folder.relativize(a.file()).getName(0).toString() : publisher(a.gold());
                long t = System.nanoTime();
                docs.add(x.read(a, (corpus ? "corpus " : "real ") + group, corpus));
                readNanos += System.nanoTime() - t;
            }
        }
        long statements = docs.stream().mapToLong(d -> d.statements().size()).sum();
        long eligible = docs.stream().mapToLong(d -> count(d.eligible())).sum();
        System.out.printf("%d readouts (%d corpus, %d real), %d statements, %d a model may judge;"
                        + " %d labelled commitment, %d follow-up%n", docs.size(), docs.stream().filter(Doc::corpus).count(),
                docs.stream().filter(d -> !d.corpus()).count(), statements, eligible,
                docs.stream().mapToLong(d -> count(d.goldCommitment())).sum(), docs.stream().mapToLong(d -> count(d.goldFollowUp())).sum());
        System.out.printf("reading and extracting (rules, twice over): %.1f ms per readout%n", readNanos / 1e6 / docs.size());

        Map<Doc, Integer> fold = folds(docs);
        Probabilities outer = Probabilities.empty();
        Setting[] chosen = new Setting[FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            List<Doc> training = docs.stream().filter(d -> fold.get(d) != held).toList();
            Probabilities inner = Probabilities.empty();
            for (int j = 0; j < FOLDS; j++) {
                if (j != held) {
                    int innerHeld = j;
                    inner.putAll(fitAndApply(training, d -> fold.get(d) != innerHeld, d -> fold.get(d) == innerHeld));
                }
            }
            chosen[k] = x.choose(training, inner);
            outer.putAll(fitAndApply(docs, d -> fold.get(d) != held, d -> fold.get(d) == held));
            System.out.printf("fold %d: %d readouts, groups %s; thresholds from inner CV: %s%n", k + 1,
                    docs.stream().filter(d -> fold.get(d) == held).count(),
                    docs.stream().filter(d -> fold.get(d) == held).map(Doc::group).distinct().toList(), chosen[k]);
        }

        System.out.println();
        System.out.println("| fold | readouts | commitments rules P / R / F1 | rules + model | follow-ups rules P / R / F1 | rules + model |");
        System.out.println("|---|---:|---|---|---|---|");
        Scores rulesAll = Scores.empty();
        Scores combinedAll = Scores.empty();
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            List<Doc> test = docs.stream().filter(d -> fold.get(d) == held).toList();
            Scores rules = x.score(test, null, Setting.RULES);
            Scores combined = x.score(test, outer, chosen[k]);
            System.out.printf("| %d | %d | %s | %s | %s | %s |%n", k + 1, test.size(), prf(rules.commitments()),
                    prf(combined.commitments()), prf(rules.followUps()), prf(combined.followUps()));
            addAll(rulesAll, rules);
            addAll(combinedAll, combined);
        }
        System.out.printf("| **pooled** | %d | %s | %s | %s | %s |%n", docs.size(), prf(rulesAll.commitments()),
                prf(combinedAll.commitments()), prf(rulesAll.followUps()), prf(combinedAll.followUps()));
        System.out.printf("| corpus dev | %d | %s | %s | %s | %s |%n", docs.stream().filter(Doc::corpus).count(),
                prf(rulesAll.corpusCommitments()), prf(combinedAll.corpusCommitments()), prf(rulesAll.corpusFollowUps()),
                prf(combinedAll.corpusFollowUps()));
        Scores realRules = minus(rulesAll);
        Scores realCombined = minus(combinedAll);
        System.out.printf("| real | %d | %s | %s | %s | %s |%n", docs.stream().filter(d -> !d.corpus()).count(),
                prf(realRules.commitments()), prf(realCombined.commitments()), prf(realRules.followUps()),
                prf(realCombined.followUps()));

        Scores alone = x.scoreModelAlone(docs, outer);
        Scores aloneReal = minus(alone);
        System.out.printf("%nthe model alone (p >= 0.5, out of fold): commitments %s (corpus %s, real %s); follow-ups %s (corpus %s, real %s)%n",
                prf(alone.commitments()), prf(alone.corpusCommitments()), prf(aloneReal.commitments()),
                prf(alone.followUps()), prf(alone.corpusFollowUps()), prf(aloneReal.followUps()));
        Probabilities oracle = Probabilities.empty();
        for (Doc d : docs) {
            oracle.commitment().put(d, asProbabilities(d.goldCommitment(), d.eligible()));
            oracle.followUp().put(d, asProbabilities(d.goldFollowUp(), d.eligible()));
        }
        Scores ceiling = x.score(docs, oracle, new Setting(0.5, 0.5, 0.5, 0.5));
        System.out.printf("ceiling (a model that knew the labels, at these statements): commitments %s, follow-ups %s%n",
                prf(ceiling.commitments()), prf(ceiling.followUps()));
        System.out.println("out-of-fold probability of statements the rules reject, by label (counts in [0,.1) ... [.9,1]):");
        for (boolean followUp : new boolean[]{false, true}) {
            for (boolean positive : new boolean[]{true, false}) {
                int[] bins = new int[10];
                for (Doc d : docs) {
                    double[] p = (followUp ? outer.followUp() : outer.commitment()).get(d);
                    Set<String> ruleFollowUps = Set.copyOf(x.predict(d, null, null, Setting.RULES).followUps());
                    for (int i = 0; i < p.length; i++) {
                        boolean byRules = followUp ? ruleFollowUps.contains(d.statements().get(i).text()) : d.statements().get(i).commits();
                        boolean gold = followUp ? d.goldFollowUp()[i] : d.goldCommitment()[i];
                        if (d.eligible()[i] && !byRules && gold == positive) {
                            bins[Math.min(9, (int) (p[i] * 10))]++;
                        }
                    }
                }
                System.out.printf("  %s, %s: %s%n", followUp ? "follow-up" : "commitment", positive ? "annotated" : "not annotated",
                        java.util.Arrays.toString(bins));
            }
        }
        Setting overall = x.choose(docs, outer);
        System.out.printf("thresholds chosen on all folds' out-of-fold probabilities (what a shipped model would use): %s%n", overall);
        Scores atOverall = x.score(docs, outer, overall);
        System.out.printf("  at them (optimistic: chosen on these figures): commitments %s, follow-ups %s; corpus %s / %s%n",
                prf(atOverall.commitments()), prf(atOverall.followUps()), prf(atOverall.corpusCommitments()), prf(atOverall.corpusFollowUps()));

        System.out.println("\nout-of-fold F1 by threshold, the other signal's thresholds off:");
        for (double add : ADD) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  add %-4s", add > 1 ? "-" : add));
            for (double veto : VETO) {
                Scores s1 = x.score(docs, outer, new Setting(add, veto, NEVER_ADD, NEVER_VETO));
                Scores s2 = x.score(docs, outer, new Setting(NEVER_ADD, NEVER_VETO, add, veto));
                line.append(String.format(Locale.ROOT, " | veto %-4s c %.3f f %.3f", veto < 0 ? "-" : veto,
                        s1.commitments().f1(), s2.followUps().f1()));
            }
            System.out.println(line);
        }

        // what the models weigh, and cost at extraction beside the rules: featurising and scoring every statement
        // with both, against reading and extracting the same files, each timed warm, best of three rounds
        DoccatModel commitmentModel = train(docs, d -> true, false);
        DoccatModel followUpModel = train(docs, d -> true, true);
        Path saved = Path.of("target/statement-models");
        java.nio.file.Files.createDirectories(saved);
        long bytes = 0;
        for (Map.Entry<String, DoccatModel> m : Map.of("commitment", commitmentModel, "follow-up", followUpModel).entrySet()) {
            Path file = saved.resolve(m.getKey() + ".bin");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                m.getValue().serialize(out);
            }
            bytes += java.nio.file.Files.size(file);
        }
        System.out.printf("%nboth models trained on every readout: %d bytes (in %s)%n", bytes, saved);
        DocumentCategorizerME c = new DocumentCategorizerME(commitmentModel);
        DocumentCategorizerME f = new DocumentCategorizerME(followUpModel);
        double rulesMs = Double.MAX_VALUE;
        double modelMs = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            for (Doc d : docs) {
                x.extractAgain(d);
            }
            rulesMs = Math.min(rulesMs, (System.nanoTime() - t) / 1e6 / docs.size());
            t = System.nanoTime();
            for (Doc d : docs) {
                for (Statement st : d.statements()) {
                    if (eligible(st)) {
                        String[] tokens = tokens(st, x.countries);
                        c.categorize(tokens);
                        f.categorize(tokens);
                    }
                }
            }
            modelMs = Math.min(modelMs, (System.nanoTime() - t) / 1e6 / docs.size());
        }
        System.out.printf("per readout: reading and extracting %.2f ms, the two models on its statements %.2f ms more%n", rulesMs, modelMs);
    }

    /** Reads and extracts a readout's file again, as {@code extract} does: the rules' cost. */
    void extractAgain(Doc d) throws IOException {
        String name = d.file().getFileName().toString().toLowerCase(Locale.ROOT);
        InputFormat format = formats.stream().filter(f -> f.extensions().stream().anyMatch(ext -> name.endsWith("." + ext)))
                .findFirst().orElseThrow();
        try (RecordCursor cursor = format.open(d.file(), d.file().toString())) {
            SourceRecord record = cursor.next();
            if (record.problem() == null) {
                extractor.extract(record.body(), record.title(),
                        new DocumentDates(record.metadataDate(), DocumentDates.inFileName(record.origin().file())));
            }
        }
    }

    /**
     * A real readout's publisher as one name however the annotators wrote it: "Xinhua (via People's Daily
     * Online)" and "Xinhua", "WAM, via Bahrain News" and "WAM", "Office of the US Trade Representative" and
     * "Office of the United States Trade Representative", "Yonhap News Agency" and "Yonhap", "Pakistan Ministry of
     * Foreign Affairs" and "Pakistan MOFA", the German Federal Chancellor and Federal Government.
     */
    static String publisher(JsonNode gold) {
        return gold.path("publisher").asString("?").toLowerCase(Locale.ROOT)
                .replaceAll("\\s*\\(.*?\\)", "").replaceAll(",\\s*(?:via|reposted by).*", "")
                .replace("united states", "us").replace("united nations", "un").replace("ministry of economy, trade and industry", "meti")
                .replace("ministry of foreign affairs", "mofa").replace("federal chancellor", "federal government")
                .replaceAll("\\s+news agency$", "").strip();
    }

    private static double[] asProbabilities(boolean[] labels, boolean[] eligible) {
        double[] p = new double[labels.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = labels[i] && eligible[i] ? 1 : 0;
        }
        return p;
    }

    private static long count(boolean[] flags) {
        long n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static String prf(Score s) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }

    private static void addAll(Scores into, Scores from) {
        into.commitments().add(from.commitments());
        into.followUps().add(from.followUps());
        into.corpusCommitments().add(from.corpusCommitments());
        into.corpusFollowUps().add(from.corpusFollowUps());
    }

    /** The real readouts' part: all less the corpus's. */
    private static Scores minus(Scores all) {
        Scores real = Scores.empty();
        subtract(real.commitments(), all.commitments(), all.corpusCommitments());
        subtract(real.followUps(), all.followUps(), all.corpusFollowUps());
        return real;
    }

    private static void subtract(Score into, Score all, Score part) {
        into.matchedPredicted = all.matchedPredicted - part.matchedPredicted;
        into.predicted = all.predicted - part.predicted;
        into.gold = all.gold - part.gold;
        into.matchedGold = all.matchedGold - part.matchedGold;
    }
}
