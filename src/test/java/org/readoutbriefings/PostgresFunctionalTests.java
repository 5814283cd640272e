package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job on a real PostgreSQL server: the same Flyway migrations, the same results as on H2, and
 * two runs at once that never corrupt anything. .ci/run starts a server on 127.0.0.1 and sets
 * BRIEFINGS_TEST_POSTGRES_URL; without it these tests are skipped, saying why.
 */
@EnabledIfEnvironmentVariable(named = "BRIEFINGS_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "no PostgreSQL server configured: set BRIEFINGS_TEST_POSTGRES_URL (and _USER, _PASSWORD),"
                + " as .ci/run does with .ci/postgres.sh")
@Tag("postgres")
class PostgresFunctionalTests {

    private static final String URL = System.getenv("BRIEFINGS_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("BRIEFINGS_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("BRIEFINGS_TEST_POSTGRES_PASSWORD", "");

    @TempDir
    Path folder;
    BriefingsRun briefings;

    @BeforeEach
    void emptyDatabase() {
        briefings = new BriefingsRun(URL, USER, PASSWORD);
        briefings.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    @Test
    void runsTheSamplesLikeH2AndARerunChangesNothing() {
        BriefingsRun.Result first = briefings.run(Path.of("input"), folder.resolve("out"), "2026-11-27");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(18);
        assertThat(briefings.query("SELECT period_month, meetings, commitments_total, commitments_open, follow_ups_open,"
                + " follow_ups_due FROM rollup_month WHERE partner_country = 'AU' AND topic = '*' ORDER BY period_month"))
                .containsExactly(List.of("2022-06", "1", "2", "1", "1", "1"), List.of("2024-07", "1", "3", "3", "1", "1"));
        assertThat(folder.resolve("out/memos/country/US.pdf")).exists();
        assertThat(folder.resolve("out/tracker.xlsx")).exists();

        Map<String, List<List<String>>> before = snapshot();
        BriefingsRun.Result forced = briefings.run(Path.of("input"), folder.resolve("out"), "2026-11-27", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void staffEditsReachTheMemosTheSameNight() throws Exception {
        TrackerRoundTripFunctionalTests.staffEditsReachTheMemosTheSameNight(briefings, folder);
    }

    @Test
    void aRunWaitsForNoOneButStopsWhenAnotherHoldsTheDatabase() throws Exception {
        assertThat(briefings.run(Path.of("input"), folder.resolve("out"), "2026-11-26").exitCode()).isZero();
        try (Connection other = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + 0x52656164_6f757442L + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            BriefingsRun.Result blocked = briefings.run(Path.of("input"), folder.resolve("out"), "2026-11-27");
            assertThat(blocked.exitCode()).isEqualTo(4);
            assertThat(blocked.err()).contains("another run is in progress");
        }
        assertThat(briefings.count("SELECT COUNT(*) FROM batch_job_execution")).isEqualTo(1);
    }

    @Test
    void twoProcessesStartedTogetherNeverDuplicateAnything() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (String out : List.of("a", "b")) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ReadoutBriefingsApplication.class.getName(),
                    "run", "--input", "input", "--output", folder.resolve(out).toString(), "--as-of", "2026-11-25"));
            command.addAll(briefings.databaseArguments());
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(out + ".log").toFile()).start());
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            codes.add(p.exitValue());
        }
        // either one ran while the other found the lock taken (4), or they ran one after the other and the
        // second found the night done (0); never a failure, never a second execution
        assertThat(codes).as(log("a") + log("b")).allMatch(c -> c == 0 || c == 4).contains(0);
        assertThat(briefings.query("SELECT status FROM batch_job_execution")).containsExactly(List.of("COMPLETED"));
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(18);
        assertThat(briefings.count("SELECT COUNT(*) FROM (SELECT id FROM commitment GROUP BY id HAVING COUNT(*) > 1) d")).isZero();
    }

    private String log(String name) {
        try {
            return java.nio.file.Files.readString(folder.resolve(name + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        for (String table : List.of("readout", "readout_participant", "readout_country", "readout_topic", "commitment",
                "follow_up", "readout_evidence", "rollup_month")) {
            tables.put(table, briefings.query("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return tables;
    }
}
