package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an unattended night needs: a clean stop on SIGTERM, and a schedule that never runs twice at once. */
@Tag("child-jvm")
class OperationsFunctionalTests {

    @TempDir
    Path folder;

    private static Process child(BriefingsRun db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadoutBriefingsApplication.class.getName()));
        command.addAll(List.of(args));
        command.addAll(db.databaseArguments());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndTheNextRunGoesOn() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        int records = 20_000;
        try (BufferedWriter out = Files.newBufferedWriter(input.resolve("many.jsonl"))) {
            for (int i = 0; i < records; i++) {
                out.write("{\"id\": \"r" + i + "\", \"title\": \"Call " + i + "\", \"meetingDate\": \"2026-0" + (1 + i % 9)
                        + "-1" + (i % 9) + "\", \"countries\": [\"JP\", \"" + (i % 2 == 0 ? "US" : "AU") + "\"],"
                        + " \"commitments\": [\"They agreed to cooperate on item " + i + ".\"]}\n");
            }
        }
        BriefingsRun db = new BriefingsRun(folder);
        Process run = child(db, "run", "--input", input.toString(), "--output", folder.resolve("out").toString(),
                "--as-of", "2026-11-27");
        StringBuilder log = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                log.append(line).append('\n');
                if (line.contains("INFO  scan: ")) {  // the step before ingest has ended
                    Thread.sleep(1_500); // a few chunks in
                    // SIGTERM, as systemd or Kubernetes send it (Process.destroy would also close our end of its output)
                    new ProcessBuilder("kill", "-TERM", Long.toString(run.pid())).start().waitFor();
                }
            }
        }
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(log).contains("stops at its next chunk boundary");
        assertThat(db.query("SELECT status FROM batch_job_execution")).as(log.toString()).containsExactly(List.of("STOPPED"));
        long stored = db.count("SELECT COUNT(*) FROM readout");
        assertThat(stored).isBetween(1L, records - 1L);

        BriefingsRun.Result again = db.run(input, folder.resolve("out"), "2026-11-27");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(db.query("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly(List.of("STOPPED"), List.of("COMPLETED"));
        assertThat(db.count("SELECT COUNT(*) FROM readout")).isEqualTo(records);
        assertThat(db.count("SELECT COUNT(*) FROM commitment")).isEqualTo(records);
    }

    @Test
    void theScheduleSkipsATriggerWhileARunIsGoing() throws Exception {
        BriefingsRun db = new BriefingsRun(folder);
        Process schedule = child(db, "schedule", "--cron", "*/1 * * * * *", "--stop-after", "4",
                "--briefings.input=input", "--briefings.output=" + folder.resolve("out"));
        String log;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(schedule.getInputStream(), StandardCharsets.UTF_8))) {
            log = lines.lines().reduce("", (a, b) -> a + b + "\n");
        }
        assertThat(schedule.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(schedule.exitValue()).as(log).isZero();
        assertThat(log).contains("Schedule: starting the run for").contains("a run is still going; this trigger is skipped");
        // one run for the day, however many triggers
        assertThat(db.query("SELECT status FROM batch_job_execution")).containsExactly(List.of("COMPLETED"));
        assertThat(folder.resolve("out/tracker.xlsx")).exists();
    }
}
