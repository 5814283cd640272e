package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.ingest.InputFormat;
import org.readoutbriefings.ingest.InputFormats;
import org.readoutbriefings.ingest.ReadoutRecordMapper;
import org.readoutbriefings.ingest.RecordCursor;
import org.readoutbriefings.ingest.RejectedRecordException;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the extractor over the hand-annotated gold set in {@code src/test/resources/gold} (written
 * independently of the extractor; see its README) and fails below the thresholds of docs/extraction.md.
 * Writes a per-readout report of every miss to {@code target/extraction-report.txt}.
 * <p>
 * A predicted commitment or follow-up matches a gold one when their word sets overlap by at least
 * {@value #OVERLAP} of the smaller set. Precision: predicted items that match some gold item. Recall:
 * gold items matched by some prediction. Countries: micro-averaged F1 over all readouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionQualityTest {

    static final double OVERLAP = 0.6;
    private static final Path GOLD = Path.of("src/test/resources/gold");

    private static final Path HOLDOUT = Path.of("src/test/resources/gold-holdout");

    private Scores gold;

    /** Every measure over one annotated set. */
    static final class Scores {
        final Score commitments = new Score();
        final Score followUps = new Score();
        final Score countries = new Score();
        final Score participants = new Score();
        final Score topics = new Score();
        int dates;
        int formats;
        int strengths;
        int strengthsCompared;
        int readouts;

        double dateAccuracy() {
            return (double) dates / readouts;
        }

        String summary() {
            return String.format(Locale.ROOT, "readouts %d%ncommitments %s%nfollow-ups %s%ncountries %s%nparticipants %s%n"
                            + "topics %s%nmeeting date accuracy %.3f%nformat accuracy %.3f%nstrength accuracy %.3f (of %d matched)%n",
                    readouts, commitments, followUps, countries, participants, topics, dateAccuracy(),
                    (double) formats / readouts, strengthsCompared == 0 ? 0 : (double) strengths / strengthsCompared,
                    strengthsCompared);
        }
    }

    /** Counts of true positives, false positives and false negatives. */
    static final class Score {
        int truePositives;
        int predicted;
        int gold;
        int goldMatched;

        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) goldMatched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f (predicted %d, gold %d)",
                    precision(), recall(), f1(), predicted, gold);
        }
    }

    /**
     * Scores the gold set, whose thresholds the tests check, and the held-out set, which was written later
     * and never used to tune the rules: its figures (in target/extraction-holdout-report.txt and
     * docs/extraction.md) show how the extractor does on readouts it was not fitted to.
     */
    @BeforeAll
    void scoreTheAnnotatedSets() throws IOException {
        gold = score(GOLD, Path.of("target/extraction-report.txt"));
        System.out.println("Gold set:\n" + gold.summary());
        if (Files.isDirectory(HOLDOUT)) {
            System.out.println("Held-out set:\n" + score(HOLDOUT, Path.of("target/extraction-holdout-report.txt")).summary());
        }
    }

    private static Scores score(Path set, Path reportFile) throws IOException {
        CountryDirectory directory = CountryDirectory.builtIn();
        TopicTaxonomy taxonomy = TopicTaxonomy.builtIn();
        List<InputFormat> formatsList = InputFormats.all(10_000_000);
        JsonMapper json = JsonMapper.builder().build();
        Scores scores = new Scores();
        Files.createDirectories(reportFile.getParent());
        try (PrintWriter report = new PrintWriter(Files.newBufferedWriter(reportFile));
             Stream<Path> files = Files.list(set)) {
            for (Path annotation : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode expected = json.readTree(annotation.toFile());
                Path readoutFile = set.resolve(expected.path("file").asString());
                ReadoutRecordMapper mapper = new ReadoutRecordMapper(directory, taxonomy,
                        new ReadoutExtractor(directory, taxonomy, ExtractionCues.builtIn()));
                Readout readout = read(readoutFile, formatsList, mapper, report);
                score(scores, expected, readout, report);
            }
            report.printf("%n%s", scores.summary());
        }
        return scores;
    }

    private static Readout read(Path file, List<InputFormat> formatsList, ReadoutRecordMapper mapper, PrintWriter report)
            throws IOException {
        String name = file.getFileName().toString();
        InputFormat format = formatsList.stream()
                .filter(f -> f.extensions().stream().anyMatch(e -> name.endsWith("." + e))).findFirst().orElseThrow();
        try (RecordCursor cursor = format.open(file, name)) {
            return mapper.process(cursor.next());
        } catch (RejectedRecordException e) {
            report.printf("%n== %s REJECTED: %s%n", name, e.getMessage());
            return null;
        }
    }

    private static void score(Scores x, JsonNode gold, Readout readout, PrintWriter report) {
        x.readouts++;
        String file = gold.path("file").asString();
        report.printf("%n== %s%n", file);
        List<String> goldCommitments = texts(gold.path("commitments"));
        List<String> goldFollowUps = texts(gold.path("followUps"));
        Set<String> goldCountries = strings(gold.path("countries"));
        if (readout == null) {
            x.commitments.gold += goldCommitments.size();
            x.followUps.gold += goldFollowUps.size();
            x.countries.gold += goldCountries.size();
            return;
        }
        if (gold.path("meetingDate").asString().equals(String.valueOf(readout.meetingDate()))) {
            x.dates++;
        } else {
            report.printf("  DATE: got %s, want %s%n", readout.meetingDate(), gold.path("meetingDate").asString());
        }
        if (gold.path("format").asString().equals(readout.format().code())) {
            x.formats++;
        } else {
            report.printf("  FORMAT: got %s, want %s%n", readout.format().code(), gold.path("format").asString());
        }
        compareSets("COUNTRIES", x.countries, new TreeSet<>(readout.countries()), goldCountries, report);
        compareSets("TOPICS", x.topics, new TreeSet<>(readout.topics()), strings(gold.path("topics")), report);
        List<String> names = readout.participants().stream().map(p -> p.name() + " (" + p.country() + ")").toList();
        List<String> goldNames = new ArrayList<>();
        gold.path("participants").forEach(p -> goldNames.add(p.path("name").asString() + " (" + p.path("country").asString() + ")"));
        compareTexts("PARTICIPANT", x.participants, names, goldNames, 0.5, report);

        compareTexts("COMMITMENT", x.commitments, readout.commitments().stream().map(c -> c.text()).toList(),
                goldCommitments, OVERLAP, report);
        compareTexts("FOLLOW-UP", x.followUps, readout.followUps().stream().map(f -> f.text()).toList(),
                goldFollowUps, OVERLAP, report);
        for (JsonNode g : gold.path("commitments")) {
            readout.commitments().stream().filter(c -> overlap(c.text(), g.path("text").asString()) >= OVERLAP).findFirst()
                    .ifPresent(c -> {
                        x.strengthsCompared++;
                        if (c.strength() != null && c.strength().code().equals(g.path("strength").asString())) {
                            x.strengths++;
                        }
                    });
        }
    }

    private static void compareSets(String what, Score score, Set<String> predicted, Set<String> gold, PrintWriter report) {
        Set<String> common = new HashSet<>(predicted);
        common.retainAll(gold);
        score.truePositives += common.size();
        score.goldMatched += common.size();
        score.predicted += predicted.size();
        score.gold += gold.size();
        if (!predicted.equals(gold)) {
            report.printf("  %s: got %s, want %s%n", what, predicted, gold);
        }
    }

    private static void compareTexts(String what, Score score, List<String> predicted, List<String> gold, double threshold,
                                     PrintWriter report) {
        score.predicted += predicted.size();
        score.gold += gold.size();
        for (String p : predicted) {
            if (gold.stream().anyMatch(g -> overlap(p, g) >= threshold)) {
                score.truePositives++;
            } else {
                report.printf("  EXTRA %s: %s%n", what, p);
            }
        }
        for (String g : gold) {
            if (predicted.stream().anyMatch(p -> overlap(p, g) >= threshold)) {
                score.goldMatched++;
            } else {
                report.printf("  MISSED %s: %s%n", what, g);
            }
        }
    }

    /** Shared words over the words of the shorter text. */
    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.path("text").asString()));
        return texts;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> strings = new TreeSet<>();
        list.forEach(n -> strings.add(n.asString()));
        return strings;
    }

    @Test
    void commitmentsArePreciseAndComplete() {
        assertThat(gold.commitments.precision()).as("commitment precision: %s", gold.commitments).isGreaterThanOrEqualTo(0.85);
        assertThat(gold.commitments.recall()).as("commitment recall: %s", gold.commitments).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void followUpsArePreciseAndComplete() {
        assertThat(gold.followUps.precision()).as("follow-up precision: %s", gold.followUps).isGreaterThanOrEqualTo(0.80);
        assertThat(gold.followUps.recall()).as("follow-up recall: %s", gold.followUps).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void countriesAreRight() {
        assertThat(gold.countries.f1()).as("countries: %s", gold.countries).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void meetingDatesAreRight() {
        assertThat(gold.dateAccuracy()).as("meeting date accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
