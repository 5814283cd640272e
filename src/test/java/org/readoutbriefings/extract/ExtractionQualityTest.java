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

    private final Score commitments = new Score();
    private final Score followUps = new Score();
    private final Score countries = new Score();
    private final Score participants = new Score();
    private final Score topics = new Score();
    private int dates;
    private int formats;
    private int strengths;
    private int strengthsCompared;
    private int readouts;

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

    @BeforeAll
    void scoreTheGoldSet() throws IOException {
        CountryDirectory directory = CountryDirectory.builtIn();
        TopicTaxonomy taxonomy = TopicTaxonomy.builtIn();
        List<InputFormat> formatsList = InputFormats.all(10_000_000);
        JsonMapper json = JsonMapper.builder().build();
        Files.createDirectories(Path.of("target"));
        try (PrintWriter report = new PrintWriter(Files.newBufferedWriter(Path.of("target/extraction-report.txt")));
             Stream<Path> files = Files.list(GOLD)) {
            for (Path annotation : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = json.readTree(annotation.toFile());
                Path readoutFile = GOLD.resolve(gold.path("file").asString());
                ReadoutRecordMapper mapper = new ReadoutRecordMapper(directory, taxonomy,
                        new ReadoutExtractor(directory, taxonomy, ExtractionCues.builtIn()));
                Readout readout = read(readoutFile, formatsList, mapper, report);
                score(gold, readout, report);
            }
            report.printf("%nreadouts %d%ncommitments %s%nfollow-ups %s%ncountries %s%nparticipants %s%ntopics %s%n"
                            + "meeting date accuracy %.3f%nformat accuracy %.3f%nstrength accuracy %.3f (of %d matched)%n",
                    readouts, commitments, followUps, countries, participants, topics, dateAccuracy(),
                    (double) formats / readouts, strengthsCompared == 0 ? 0 : (double) strengths / strengthsCompared,
                    strengthsCompared);
        }
        System.out.println(Files.readString(Path.of("target/extraction-report.txt")).lines()
                .dropWhile(l -> !l.startsWith("readouts ")).reduce("", (a, b) -> a + b + "\n"));
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

    private void score(JsonNode gold, Readout readout, PrintWriter report) {
        readouts++;
        String file = gold.path("file").asString();
        report.printf("%n== %s%n", file);
        List<String> goldCommitments = texts(gold.path("commitments"));
        List<String> goldFollowUps = texts(gold.path("followUps"));
        Set<String> goldCountries = strings(gold.path("countries"));
        if (readout == null) {
            commitments.gold += goldCommitments.size();
            followUps.gold += goldFollowUps.size();
            countries.gold += goldCountries.size();
            return;
        }
        if (gold.path("meetingDate").asString().equals(String.valueOf(readout.meetingDate()))) {
            dates++;
        } else {
            report.printf("  DATE: got %s, want %s%n", readout.meetingDate(), gold.path("meetingDate").asString());
        }
        if (gold.path("format").asString().equals(readout.format().code())) {
            formats++;
        } else {
            report.printf("  FORMAT: got %s, want %s%n", readout.format().code(), gold.path("format").asString());
        }
        compareSets("COUNTRIES", countries, new TreeSet<>(readout.countries()), goldCountries, report);
        compareSets("TOPICS", topics, new TreeSet<>(readout.topics()), strings(gold.path("topics")), report);
        List<String> names = readout.participants().stream().map(p -> p.name() + " (" + p.country() + ")").toList();
        List<String> goldNames = new ArrayList<>();
        gold.path("participants").forEach(p -> goldNames.add(p.path("name").asString() + " (" + p.path("country").asString() + ")"));
        compareTexts("PARTICIPANT", participants, names, goldNames, 0.5, report);

        compareTexts("COMMITMENT", commitments, readout.commitments().stream().map(c -> c.text()).toList(),
                goldCommitments, OVERLAP, report);
        compareTexts("FOLLOW-UP", followUps, readout.followUps().stream().map(f -> f.text()).toList(),
                goldFollowUps, OVERLAP, report);
        for (JsonNode g : gold.path("commitments")) {
            readout.commitments().stream().filter(c -> overlap(c.text(), g.path("text").asString()) >= OVERLAP).findFirst()
                    .ifPresent(c -> {
                        strengthsCompared++;
                        if (c.strength() != null && c.strength().code().equals(g.path("strength").asString())) {
                            strengths++;
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

    private double dateAccuracy() {
        return (double) dates / readouts;
    }

    @Test
    void commitmentsArePreciseAndComplete() {
        assertThat(commitments.precision()).as("commitment precision: %s", commitments).isGreaterThanOrEqualTo(0.85);
        assertThat(commitments.recall()).as("commitment recall: %s", commitments).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void followUpsArePreciseAndComplete() {
        assertThat(followUps.precision()).as("follow-up precision: %s", followUps).isGreaterThanOrEqualTo(0.80);
        assertThat(followUps.recall()).as("follow-up recall: %s", followUps).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void countriesAreRight() {
        assertThat(countries.f1()).as("countries: %s", countries).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void meetingDatesAreRight() {
        assertThat(dateAccuracy()).as("meeting date accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
