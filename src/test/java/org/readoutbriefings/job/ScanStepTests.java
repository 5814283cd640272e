package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.ingest.ExtractionRules;
import org.readoutbriefings.ingest.InputScanner;
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
 * The scan step night after night, with the step that records what was read: a file whose size, time and
 * inode are as recorded is not read; every other one is hashed, and only a changed hash makes it parsed.
 * That a file was not read shows by a recorded hash made wrong on purpose going unnoticed.
 */
@SpringBatchTest
@SpringBootTest(classes = ReadoutBriefingsApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:scan-step-tests;DB_CLOSE_DELAY=-1")
class ScanStepTests {

    private static final AtomicLong NIGHT = new AtomicLong();
    private static final String WRONG_HASH = "0".repeat(64);

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
    @Qualifier("recordFilesStep")
    Step recordFilesStep;

    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void nothingReadYet() {
        jdbc.update("DELETE FROM input_file");
    }

    /** What one night's scan found: the rows it wrote and the count of unchanged files it wrote none for. */
    private record Scan(Map<String, String> states, long unchanged) {
    }

    /** A night of scanning and recording what was read, on the test's input folder, with run's options. */
    private Scan night(String... options) throws Exception {
        List<String> given = List.of(options);
        jobs.setJob(new JobBuilder("scanNights", jobRepository).start(scanStep).next(recordFilesStep).build());
        JobExecution execution = jobs.startJob(new JobParametersBuilder()
                .addLong("night", NIGHT.incrementAndGet())
                .addString(JobParameterNames.INPUT, input.toString(), false)
                .addString(JobParameterNames.OUTPUT, output.toString(), false)
                .addLocalDate(JobParameterNames.RUN_DATE, LocalDate.of(2024, 6, 3), false)
                .addString(JobParameterNames.FULL, Boolean.toString(given.contains("--full")), false)
                .addString(JobParameterNames.ACCEPT_REMOVALS, Boolean.toString(given.contains("--accept-removals")), false)
                .addString(JobParameterNames.VERIFY, Boolean.toString(given.contains("--verify")), false)
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution scan = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("scan")).findFirst().orElseThrow();
        Map<String, String> states = new java.util.TreeMap<>();
        jdbc.query("SELECT path, state FROM input_scan WHERE job_instance_id = ?", rs -> {
            states.put(rs.getString(1), rs.getString(2));
        }, execution.getJobInstanceId());
        return new Scan(states, scan.getExecutionContext().getLong(InputScanner.UNCHANGED_FILES));
    }

    @Test
    void aNightWithoutItsRunDateFailsNamingIt() throws Exception {
        jobs.setJob(new JobBuilder("scanNights", jobRepository).start(scanStep).build());
        JobExecution execution = jobs.startJob(new JobParametersBuilder()
                .addLong("night", NIGHT.incrementAndGet())
                .addString(JobParameterNames.INPUT, input.toString(), false)
                .addString(JobParameterNames.OUTPUT, output.toString(), false)
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement()
                .satisfies(failure -> assertThat(failure).hasRootCauseMessage("the job parameter 'run.date' is missing"));
    }

    /** A file as one left in the folder an hour ago. */
    private Path settled(String name, String text) throws IOException {
        Path file = Files.writeString(input.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    private void makeRecordedHashWrong(String name) {
        assertThat(jdbc.update("UPDATE input_file SET sha256 = ? WHERE path = ?", WRONG_HASH, name)).isOne();
    }

    @Test
    void aFileWhoseSizeTimeAndInodeAreAsRecordedIsNotReadUnlessVerifying() throws Exception {
        settled("a.txt", "Tokyo, 1 May 2024. Japan and France agreed.");
        settled("b.txt", "Tokyo, 2 May 2024. Japan and Chile agreed.");
        assertThat(night().states()).isEqualTo(Map.of("a.txt", "NEW", "b.txt", "NEW"));

        makeRecordedHashWrong("a.txt");
        Scan quiet = night();
        assertThat(quiet.states()).as("unchanged files get no row").isEmpty();
        assertThat(quiet.unchanged()).isEqualTo(2);

        Scan verified = night("--verify");
        assertThat(verified.states()).isEqualTo(Map.of("a.txt", "CHANGED"));
        assertThat(verified.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT sha256 FROM input_file WHERE path = 'a.txt'", String.class))
                .as("recorded again once read").isNotEqualTo(WRONG_HASH);
    }

    @Test
    void aTouchedFileIsReadOnceAndUnchangedContentIsNotParsed() throws Exception {
        Path file = settled("a.txt", "Tokyo, 1 May 2024. Japan and France agreed.");
        night();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        Scan touched = night();
        assertThat(touched.states()).as("same content: not parsed").isEmpty();
        assertThat(touched.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT modified_ns FROM input_file WHERE path = 'a.txt'", Long.class))
                .as("its new time recorded").isEqualTo(Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS));

        makeRecordedHashWrong("a.txt");
        assertThat(night().states()).as("trusted from then on").isEmpty();
    }

    @Test
    void aFileModifiedTheMomentItWasHashedIsReadAgainTheNextNight() throws Exception {
        // written now: it could be written again within the same clock tick after the scan read it
        Files.writeString(input.resolve("a.txt"), "Tokyo, 1 May 2024. Japan and France agreed.");
        night();
        makeRecordedHashWrong("a.txt");
        assertThat(night().states()).isEqualTo(Map.of("a.txt", "CHANGED"));
    }

    @Test
    void changedNewRemovedAndMissingFilesAreFoundAsBefore() throws Exception {
        settled("a.txt", "Tokyo, 1 May 2024. Japan and France agreed.");
        settled("b.txt", "Tokyo, 2 May 2024. Japan and Chile agreed.");
        settled("c.txt", "Tokyo, 3 May 2024. Japan and Korea agreed.");
        settled("d.txt", "Tokyo, 4 May 2024. Japan and India agreed.");
        night();

        Path a = input.resolve("a.txt");
        FileTime before = Files.getLastModifiedTime(a);
        Files.writeString(a, "Tokyo, 1 May 2024. Japan and Spain agreed.");   // same size, new time
        settled("e.txt", "Tokyo, 5 May 2024. Japan and Kenya agreed.");
        Files.delete(input.resolve("d.txt"));
        assertThat(Files.getLastModifiedTime(a)).isNotEqualTo(before);
        Scan changed = night();
        assertThat(changed.states()).isEqualTo(Map.of("a.txt", "CHANGED", "d.txt", "REMOVED", "e.txt", "NEW"));
        assertThat(changed.unchanged()).isEqualTo(2);

        // most known files gone at once: an unmounted share, not a clean-up, unless accepted
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.delete(input.resolve(name));
        }
        assertThat(night().states()).isEqualTo(Map.of("a.txt", "MISSING", "b.txt", "MISSING", "c.txt", "MISSING"));
        assertThat(night("--accept-removals").states())
                .isEqualTo(Map.of("a.txt", "REMOVED", "b.txt", "REMOVED", "c.txt", "REMOVED"));
    }

    @Test
    void fullParsesEveryFileAndHiddenFilesAndLinksAreNotInput() throws Exception {
        settled("a.txt", "Tokyo, 1 May 2024. Japan and France agreed.");
        Files.createDirectories(input.resolve(".git"));
        settled(".git/config", "not input");
        settled(".hidden.txt", "not input");
        Files.createDirectories(input.resolve("2024"));
        settled("2024/b.txt", "Tokyo, 2 May 2024. Japan and Chile agreed.");
        Files.createSymbolicLink(input.resolve("link.txt"), input.resolve("a.txt"));
        assertThat(night().states()).isEqualTo(Map.of("2024/b.txt", "NEW", "a.txt", "NEW"));
        makeRecordedHashWrong("a.txt");
        assertThat(night("--full").states()).isEqualTo(Map.of("2024/b.txt", "CHANGED", "a.txt", "CHANGED"));
    }

    @Test
    void aFileReadByOtherExtractionRulesIsParsedAgainOnceAndRecordedUnderThese() throws Exception {
        settled("a.txt", "Tokyo, 1 May 2024. Japan and France agreed.");
        settled("b.txt", "Tokyo, 2 May 2024. Japan and Chile agreed.");
        assertThat(night().states()).isEqualTo(Map.of("a.txt", "NEW", "b.txt", "NEW"));
        assertThat(jdbc.queryForList("SELECT DISTINCT extraction_rules FROM input_file", String.class))
                .containsExactly(ExtractionRules.fingerprint());
        // as after an upgrade: a.txt was read by an earlier build
        assertThat(jdbc.update("UPDATE input_file SET extraction_rules = ? WHERE path = ?", "an earlier build's", "a.txt")).isOne();
        Scan upgraded = night();
        assertThat(upgraded.states()).isEqualTo(Map.of("a.txt", "CHANGED"));
        assertThat(upgraded.unchanged()).isOne();
        Scan after = night();
        assertThat(after.states()).isEmpty();
        assertThat(after.unchanged()).isEqualTo(2);
    }
}
