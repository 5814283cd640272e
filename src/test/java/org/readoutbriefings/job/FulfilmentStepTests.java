package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.rollup.KeyTerms;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fulfilment step across nights, on what the ingest stored: a commitment's key terms are cut once (by the
 * ingest, or by the step for rows stored without them), and the evidence rows follow the readouts from night to
 * night, written as a difference: a night that changes nothing rewrites none.
 */
@SpringBatchTest
@SpringBootTest(classes = ReadoutBriefingsApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:fulfilment-step-tests;DB_CLOSE_DELAY=-1")
class FulfilmentStepTests {

    private static final AtomicLong NIGHT = new AtomicLong();
    private static final LocalDate RUN_DATE = LocalDate.of(2025, 6, 3);
    private static final String HYDROGEN = "They will build supply chains for clean hydrogen and ammonia.";

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("scanStep")
    Step scanStep;
    @Autowired
    @Qualifier("ingestStep")
    Step ingestStep;
    @Autowired
    @Qualifier("recordFilesStep")
    Step recordFilesStep;
    @Autowired
    @Qualifier("fulfilmentStep")
    Step fulfilmentStep;

    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("commitment_evidence", "follow_up_evidence", "commitment", "follow_up",
                "readout_participant", "readout_country", "readout_organisation", "readout_topic", "readout_evidence",
                "readout_warning", "readout", "input_file")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** A night of reading the input, then the fulfilment step; the rows it wrote. */
    private long night(LocalDate runDate) {
        jobs.setJob(new JobBuilder("fulfilmentNights", jobRepository).start(scanStep).next(ingestStep).next(recordFilesStep)
                .next(fulfilmentStep).build());
        try {
            JobExecution execution = jobs.startJob(new JobParametersBuilder()
                    .addLong("night", NIGHT.incrementAndGet())
                    .addString(JobParameterNames.INPUT, input.toString(), false)
                    .addString(JobParameterNames.OUTPUT, output.toString(), false)
                    .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                    .toJobParameters());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("fulfilment"))
                    .mapToLong(StepExecution::getWriteCount).sum();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void readout(String id, String date, String... commitments) throws IOException {
        StringBuilder items = new StringBuilder();
        for (String text : commitments) {
            items.append(items.isEmpty() ? "" : ", ").append("{\"text\": \"").append(text).append("\", \"topic\": \"energy-climate\"}");
        }
        Files.writeString(input.resolve(id + ".json"), """
                {"id": "%s", "title": "Japan-Australia Foreign Ministers' Meeting", "meetingDate": "%s",
                 "countries": ["JP", "AU"], "topics": ["energy-climate"], "commitments": [%s]}
                """.formatted(id, date, items));
    }

    /** Each commitment's readout and the readout that reaffirms it. */
    private Map<String, String> evidence() {
        return jdbc.query("SELECT c.readout_id, v.readout_id FROM commitment_evidence v"
                        + " JOIN commitment c ON c.id = v.commitment_id",
                rs -> {
                    Map<String, String> byReadout = new TreeMap<>();
                    while (rs.next()) {
                        byReadout.put(rs.getString(1), rs.getString(2));
                    }
                    return byReadout;
                });
    }

    @Test
    void evidenceFollowsTheReadoutsFromNightToNightAndANightThatChangesNothingRewritesNone() throws IOException {
        readout("first", "2024-01-10", HYDROGEN, "They will open a consulate in Osaka.");
        readout("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        assertThat(night(RUN_DATE)).isEqualTo(1);
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));

        assertThat(night(RUN_DATE)).as("nothing changed, nothing written").isZero();
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));

        // corrected: the later readout no longer says it again, and its evidence goes with it
        readout("again", "2024-06-10", "They agreed to fund a hospital in Darwin.");
        assertThat(night(RUN_DATE)).isEqualTo(1);
        assertThat(evidence()).isEmpty();

        // a later readout says it again, then the corrected one says it once more: the earliest is the evidence
        readout("later", "2025-02-10", "Both sides will continue clean hydrogen and ammonia supply chains.");
        night(RUN_DATE);
        assertThat(evidence()).isEqualTo(Map.of("first", "later"));
        readout("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        night(RUN_DATE);
        assertThat(evidence()).isEqualTo(Map.of("first", "again", "again", "later"));

        // a night run for an earlier date cites no meeting that had not yet happened
        night(LocalDate.of(2024, 12, 31));
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));
    }

    @Test
    void commitmentsStoredWithoutKeyTermsGetThemOnceAndMatchAsTheOthers() throws IOException {
        readout("first", "2024-01-10", HYDROGEN);
        readout("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        night(RUN_DATE);
        assertThat(jdbc.queryForList("SELECT key_terms FROM commitment WHERE text = ?", String.class, HYDROGEN))
                .containsExactly(KeyTerms.stored(HYDROGEN)).doesNotContain("");

        // as the rows stored before the terms were cut at ingest (V27)
        jdbc.update("UPDATE commitment SET key_terms = NULL");
        jdbc.update("DELETE FROM commitment_evidence");
        night(RUN_DATE);

        assertThat(jdbc.queryForList("SELECT text, key_terms FROM commitment")).allSatisfy(row ->
                assertThat(row.get("KEY_TERMS")).isEqualTo(KeyTerms.stored((String) row.get("TEXT"))));
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));
    }
}
