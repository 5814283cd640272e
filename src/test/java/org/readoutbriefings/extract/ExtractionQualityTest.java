package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.readoutbriefings.extract.ExtractionScorer.Annotated;
import org.readoutbriefings.extract.ExtractionScorer.Report;
import org.readoutbriefings.extract.ExtractionScorer.Scores;

/**
 * Scores {@code extract} over the hand-annotated gold set in {@code src/test/resources/gold} (written
 * independently of the extractor; see its README) and fails below the thresholds of docs/extraction.md.
 * Writes every miss to {@code target/extraction-report.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionQualityTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    private Scores gold;

    @BeforeAll
    void scoreTheGoldSet() throws IOException {
        List<Annotated> set = ExtractionScorer.annotated(List.of(GOLD));
        Report report = ExtractionScorer.score(set, ExtractionScorer.extractHere(set.stream().map(Annotated::file).toList()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-report.txt"), report.misses() + "\n" + report.all().summary());
        gold = report.all();
        System.out.println("Gold set:\n" + gold.summary());
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
        assertThat(gold.meetingDate.value()).as("meeting date accuracy: %s", gold.meetingDate).isGreaterThanOrEqualTo(0.95);
    }
}
