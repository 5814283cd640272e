package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.domain.RecordOrigin;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.ingest.IngestPartitions;
import org.readoutbriefings.ingest.ReadoutRecordMapper;
import org.readoutbriefings.ingest.SourceRecord;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.store.ReadoutStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest step in two partitions, after the scan: every readout stored once, a failed partition restarted
 * alone from its last chunk, and two files claiming one id settled as one reader would settle them.
 */
@SpringBatchTest
@SpringBootTest(classes = ReadoutBriefingsApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:ingest-partition-tests;DB_CLOSE_DELAY=-1",
        "briefings.ingest.partitions=2", "briefings.chunk-size=2"})
class IngestPartitionStepTests {

    private static final AtomicLong NIGHT = new AtomicLong();

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

    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("commitment", "follow_up", "readout_participant", "readout_country",
                "readout_organisation", "readout_topic", "readout_evidence", "readout_warning", "readout", "input_file")) {
            jdbc.update("DELETE FROM " + table);
        }
        jobs.setJob(new JobBuilder("ingestNights", jobRepository).start(scanStep).next(ingestStep).build());
    }

    private JobParameters night(Path input) {
        return new JobParametersBuilder()
                .addLong("night", NIGHT.incrementAndGet())
                .addString(JobParameterNames.INPUT, input.toString(), false)
                .addString(JobParameterNames.OUTPUT, output.toString(), false)
                .addLocalDate(JobParameterNames.RUN_DATE, LocalDate.of(2026, 3, 2), false)
                .toJobParameters();
    }

    private void readout(String file, String id, String title) throws IOException {
        Files.writeString(input.resolve(file), "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"meetingDate\": \"2026-03-01\","
                + " \"countries\": [\"JP\", \"FR\"], \"commitments\": [\"They agreed to cooperate on " + title + ".\"]}");
    }

    /** File names, in reading order, that fall to the given partition of two. */
    private static List<String> namesOfPartition(int partition, int count) {
        return namesOfPartition(partition, count, 0);
    }

    private static List<String> namesOfPartition(int partition, int count, int from) {
        List<String> names = new ArrayList<>();
        for (int i = from; names.size() < count; i++) {
            String name = String.format("r%03d.json", i);
            if (IngestPartitions.of(name, 2) == partition) {
                names.add(name);
            }
        }
        return names;
    }

    /** Each partition's step executions, by partition, with their status, oldest first. */
    private Map<String, List<String>> partitionRuns(long instanceId) {
        Map<String, List<String>> runs = new java.util.TreeMap<>();
        jdbc.query("SELECT s.step_name, s.status FROM batch_step_execution s JOIN batch_job_execution e"
                + " ON e.job_execution_id = s.job_execution_id WHERE e.job_instance_id = ? AND s.step_name LIKE 'ingest-partition:%'"
                + " ORDER BY s.step_execution_id", rs -> {
            runs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, instanceId);
        return runs;
    }

    @Test
    void everyReadoutIsStoredOnceAndAFailedPartitionAloneRestartsFromItsLastChunk() throws Exception {
        List<String> first = namesOfPartition(0, 7);
        List<String> second = namesOfPartition(1, 7);
        for (String name : first) {
            readout(name, name.replace(".json", ""), "energy " + name);
        }
        for (String name : second) {
            readout(name, name.replace(".json", ""), "trade " + name);
        }
        // the database refuses the fifth readout of the second partition: its first two chunks are committed by then
        String poisoned = second.get(4);
        readout(poisoned, poisoned.replace(".json", ""), "Poisoned");
        jdbc.execute("ALTER TABLE readout ADD CONSTRAINT refuse_poisoned CHECK (title <> 'Poisoned')");
        JobParameters params = night(input);
        JobExecution failed;
        try {
            failed = jobs.startJob(params);
        } finally {
            jdbc.execute("ALTER TABLE readout DROP CONSTRAINT refuse_poisoned");
        }
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM readout", Integer.class)).as("7 + the first 4 of the second")
                .isEqualTo(11);

        JobExecution restarted = jobs.startJob(params);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(partitionRuns(failed.getJobInstanceId())).isEqualTo(Map.of(
                "ingest-partition:partition0", List.of("COMPLETED"),
                "ingest-partition:partition1", List.of("FAILED", "COMPLETED")));
        assertThat(jdbc.queryForList("SELECT id FROM readout ORDER BY id", String.class)).isEqualTo(
                IntStream.range(0, 14).mapToObj(i -> i < 7 ? first.get(i) : second.get(i - 7)).map(n -> n.replace(".json", ""))
                        .sorted().toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commitment", Integer.class)).isEqualTo(14);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM readout_country", Integer.class)).isEqualTo(28);
        // each readout counted once over both attempts: what the run report and status show as accepted
        Integer written = jdbc.queryForObject("SELECT SUM(s.write_count) FROM batch_step_execution s JOIN batch_job_execution e"
                + " ON e.job_execution_id = s.job_execution_id WHERE e.job_instance_id = ? AND s.step_name = 'ingest'",
                Integer.class, failed.getJobInstanceId());
        assertThat(written).isEqualTo(14);
        // the restarted partition read only what its committed chunks had not: the poisoned chunk and the last one
        Integer readAgain = jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE job_execution_id = ?"
                + " AND step_name = 'ingest-partition:partition1'", Integer.class, restarted.getId());
        assertThat(readAgain).isEqualTo(3);
    }

    @Test
    void twoFilesClaimingOneIdKeepTheFirstInReadingOrderWhicheverPartitionStoresFirst() throws Exception {
        // the first claim is the last file of its partition, the second the first of the other: most runs store the
        // second claim first, and the first must still be kept
        List<String> first = namesOfPartition(0, 6);
        String earlier = first.get(5);
        List<String> second = namesOfPartition(1, 6, Integer.parseInt(earlier.substring(1, 4)) + 1);
        String later = second.get(0);
        for (String name : first) {
            readout(name, name.replace(".json", ""), "energy " + name);
        }
        for (String name : second) {
            readout(name, name.replace(".json", ""), "trade " + name);
        }
        readout(earlier, "shared", "kept");
        readout(later, "shared", "rejected");
        JobExecution night = jobs.startJob(night(input));
        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT title || ' ' || source_file FROM readout WHERE id = 'shared'", String.class))
                .containsExactly("kept " + earlier);
        assertThat(jdbc.queryForList("SELECT text FROM commitment c JOIN readout r ON r.id = c.readout_id WHERE r.id = 'shared'",
                String.class)).containsExactly("They agreed to cooperate on kept.");
        assertThat(jdbc.queryForList("SELECT file || ':' || line || ' [' || field || '] ' || reason FROM ingest_reject WHERE job_execution_id = ?",
                String.class, night.getId())).containsExactly(later + ":1 [id] 'shared' is also the id of the readout at "
                + earlier + ":1; the first one was kept");
        Integer written = jdbc.queryForObject("SELECT write_count FROM batch_step_execution WHERE job_execution_id = ?"
                + " AND step_name = 'ingest'", Integer.class, night.getId());
        assertThat(written).as("accepted: each stored readout once").isEqualTo(11);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM readout", Integer.class)).isEqualTo(11);
    }

    @Autowired
    ReadoutStore store;
    @Autowired
    CountryDirectory countries;
    @Autowired
    TopicTaxonomy topics;
    @Autowired
    ReadoutExtractor extractor;

    private Readout mapped(String file, String title) {
        String json = "{\"id\": \"shared\", \"title\": \"" + title + "\", \"meetingDate\": \"2026-03-01\", \"countries\": [\"JP\", \"FR\"]}";
        return new ReadoutRecordMapper(countries, topics, extractor, "JP")
                .process(SourceRecord.of(new RecordOrigin(file, 1), JsonMapper.builder().build().readTree(json), null));
    }

    @Test
    void aFirstClaimStoredAfterTheSecondTakesItsPlace() {
        long run = 9_001;
        long night = 9_002;
        assertThat(store.saveAll(List.of(mapped("b.json", "second")), run, night)).isEmpty();
        List<ReadoutStore.SecondClaim> claims = store.saveAll(List.of(mapped("a.json", "first")), run, night);
        assertThat(claims).extracting(c -> c.kept() + " over " + c.rejected()).containsExactly("a.json:1 over b.json:1");
        assertThat(jdbc.queryForList("SELECT title || ' ' || source_file FROM readout WHERE id = 'shared'", String.class))
                .containsExactly("first a.json");
        // and the second, read again the same night, does not take it back
        assertThat(store.saveAll(List.of(mapped("b.json", "second")), run, night)).extracting(c -> c.kept() + " over " + c.rejected())
                .containsExactly("a.json:1 over b.json:1");
        assertThat(jdbc.queryForList("SELECT title FROM readout WHERE id = 'shared'", String.class)).containsExactly("first");
        // another night, it is just the readout's new version
        assertThat(store.saveAll(List.of(mapped("b.json", "second")), run + 1, night + 1)).isEmpty();
        assertThat(jdbc.queryForList("SELECT title || ' ' || source_file FROM readout WHERE id = 'shared'", String.class))
                .containsExactly("second b.json");
    }
}
