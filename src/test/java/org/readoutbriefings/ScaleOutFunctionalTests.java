package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.bench.BenchCommand;

import picocli.CommandLine;

/**
 * Scale-out as it is deployed: a broker ({@code broker}), worker JVMs ({@code worker}) and a manager JVM
 * ({@code run --briefings.scale.workers=2}), all separate processes on the PostgreSQL server .ci/run starts, on
 * generated readouts. Each worker takes partitions, the outputs are those of a single-process run on H2, a worker
 * killed with SIGKILL leaves its partition to the other, a partition lost with its only worker fails the run, whose
 * rerun runs that partition alone, and a manager killed mid-run is restarted by the same command. Skipped without BRIEFINGS_TEST_POSTGRES_URL, except in CI, which must run it.
 */
@Tag("child-jvm")
@Tag("postgres")
class ScaleOutFunctionalTests {

    private static final String URL = System.getenv("BRIEFINGS_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("BRIEFINGS_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("BRIEFINGS_TEST_POSTGRES_PASSWORD", "");
    private static final String RUN_DATE = "2026-11-27";
    private static final Pattern TOOK = Pattern.compile("took ((?:ingest|memo)-partition:partition\\d+) of run (\\d+)");

    @TempDir
    static Path shared;
    static Path input;
    static Path singleOut;
    static BriefingsRun single;

    @TempDir
    Path folder;
    BriefingsRun briefings;
    String brokerUrl;
    final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void readoutsAndASingleProcessNight() {
        if (URL == null || URL.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the scale-out tests: BRIEFINGS_TEST_POSTGRES_URL is not set; .ci/run starts PostgreSQL"
                        + " with .ci/postgres.sh");
            }
            Assumptions.abort("no PostgreSQL server configured: set BRIEFINGS_TEST_POSTGRES_URL (and _USER, _PASSWORD),"
                    + " as .ci/run does with .ci/postgres.sh");
        }
        input = shared.resolve("input");
        // prose and structured readouts, about 30 partners: enough memos for four partitions of each step
        assertThat(new CommandLine(new BenchCommand()).execute("generate", "--readouts", "240", "--seed", "18",
                "--prose-share", "0.5", "--output", input.toString())).isZero();
        single = new BriefingsRun(shared.resolve("single"));
        singleOut = shared.resolve("single/out");
        BriefingsRun.Result night = single.run(input, singleOut, RUN_DATE);
        assertThat(night.exitCode()).as(night.err()).isZero();
    }

    @BeforeEach
    void emptyDatabaseAndBroker() throws Exception {
        briefings = new BriefingsRun(URL, USER, PASSWORD);
        briefings.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        int port = freePort();
        brokerUrl = "tcp://127.0.0.1:" + port;
        Process broker = start("broker", folder.resolve("broker.log"), "broker", "--port", Integer.toString(port),
                "--data", folder.resolve("broker").toString());
        awaitLine(broker, folder.resolve("broker.log"), "Broker: listening at", Duration.ofMinutes(2));
    }

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void twoWorkersShareTheNightAndWriteWhatOneProcessWrites() throws Exception {
        Process a = startWorker("a");
        Process b = startWorker("b");
        Manager night = manager(List.of());
        assertThat(night.exitCode()).as(night.log()).isZero();

        // each worker took partitions of its own, and every partition ran once
        Set<String> tookA = took(folder.resolve("worker-a.log"));
        Set<String> tookB = took(folder.resolve("worker-b.log"));
        assertThat(tookA).as(log("worker-a")).isNotEmpty();
        assertThat(tookB).as(log("worker-b")).isNotEmpty();
        assertThat(tookA).doesNotContainAnyElementsOf(tookB);
        assertThat(briefings.query("SELECT step_name, status FROM batch_step_execution WHERE step_name LIKE '%:partition%'"
                + " ORDER BY step_name")).hasSize(8).allMatch(row -> row.get(1).equals("COMPLETED"));
        assertSameAsSingleProcess(folder.resolve("out"));

        // SIGTERM: a worker with nothing to do stops at once, cleanly
        a.destroy();
        b.destroy();
        assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log("worker-a")).contains("Worker: stopping");
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItToTheOtherAndTheNightCompletesWhole() throws Exception {
        Process a = startWorker("a");
        Process b = startWorker("b");
        Process manager = startManager(List.of());
        // the first worker to take a memo partition is killed while rendering it: no shutdown hook, no cleanup
        String killed = null;
        Process victim = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (killed == null && System.nanoTime() < deadline && manager.isAlive()) {
            for (String worker : List.of("a", "b")) {
                String memoPartition = took(folder.resolve("worker-" + worker + ".log")).stream()
                        .filter(p -> p.startsWith("memo-")).findFirst().orElse(null);
                if (memoPartition != null && killed == null) {
                    victim = worker.equals("a") ? a : b;
                    victim.destroyForcibly();
                    killed = memoPartition;
                }
            }
            Thread.sleep(50);
        }
        assertThat(killed).as("a worker took a memo partition; " + log("manager")).isNotNull();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Process survivor = victim == a ? b : a;
        String survivorLog = victim == a ? "worker-b" : "worker-a";

        assertThat(manager.waitFor(10, TimeUnit.MINUTES)).as(log("manager")).isTrue();
        assertThat(manager.exitValue()).as(log("manager") + log(survivorLog)).isZero();
        // the broker gave the killed worker's partition to the other, which ran it again from its start
        assertThat(took(folder.resolve(survivorLog + ".log"))).as(log(survivorLog)).contains(killed);
        assertThat(survivor.isAlive()).isTrue();
        assertThat(briefings.query("SELECT status FROM batch_job_execution")).containsExactly(List.of("COMPLETED"));
        assertSameAsSingleProcess(folder.resolve("out"));
    }

    @Test
    void aPartitionLostWithItsOnlyWorkerFailsTheRunAndTheNextRunRunsOnlyWhatDidNotComplete() throws Exception {
        Process only = startWorker("only", "--briefings.scale.worker-partitions=1");
        List<String> settings = List.of("--briefings.scale.partitions=2", "--briefings.scale.partition-timeout=60s");
        Process manager = startManager(settings);
        // killed on its second memo partition, so that the first has completed (when the timeout allows)
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (only.isAlive() && manager.isAlive() && System.nanoTime() < deadline) {
            if (took(folder.resolve("worker-only.log")).stream().filter(p -> p.startsWith("memo-")).count() >= 2) {
                only.destroyForcibly();
            }
            Thread.sleep(50);
        }
        assertThat(manager.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(manager.exitValue()).as(log("manager")).isEqualTo(1);
        assertThat(briefings.query("SELECT status FROM batch_job_execution")).containsExactly(List.of("FAILED"));
        List<List<String>> lost = briefings.query("SELECT step_name, exit_message FROM batch_step_execution"
                + " WHERE step_name LIKE 'memo-partition:%' AND status = 'FAILED'");
        assertThat(lost).as(log("manager")).isNotEmpty()
                .allMatch(row -> row.get(1).contains("no outcome from a worker within briefings.scale.partition-timeout"));
        Set<String> completedFirst = partitions("COMPLETED");
        Set<String> notCompletedFirst = new TreeSet<>(partitions(null));
        notCompletedFirst.removeAll(completedFirst);
        // the ingest's partitions at least completed before any memo partition was handed out
        assertThat(completedFirst).contains("ingest-partition:partition0", "ingest-partition:partition1");

        startWorker("next");
        Manager again = manager(settings);
        assertThat(again.exitCode()).as(again.log() + log("worker-next")).isZero();
        // the second run ran exactly the partitions that had not completed; the stale request of the first run
        // for the partition being killed was left alone
        assertThat(briefings.query("SELECT step_name FROM batch_step_execution WHERE step_name LIKE '%:partition%'"
                + " AND job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution) ORDER BY step_name")
                .stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(notCompletedFirst);
        assertThat(briefings.query("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
        assertSameAsSingleProcess(folder.resolve("out"));
    }

    @Test
    void aManagerKilledMidRunIsRestartedByTheSameCommandAndEndsAsIfNothingHappened() throws Exception {
        Process a = startWorker("a");
        Process b = startWorker("b");
        Process manager = startManager(List.of());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (manager.isAlive() && System.nanoTime() < deadline) {
            if (Stream.of("a", "b").anyMatch(w -> tookMemoPartition(folder.resolve("worker-" + w + ".log")))) {
                manager.destroyForcibly();  // SIGKILL while the workers render its memos
            }
            Thread.sleep(50);
        }
        assertThat(manager.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(manager.exitValue()).as(log("manager")).isNotZero();
        assertThat(briefings.query("SELECT status FROM batch_job_execution")).containsExactly(List.of("STARTED"));

        Manager again = manager(List.of());
        assertThat(again.exitCode()).as(again.log() + log("worker-a") + log("worker-b")).isZero();
        assertThat(again.log()).contains("left unfinished by a process that stopped");
        assertThat(briefings.query("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
        // the ingest had completed: its partitions ran once, in the first run
        assertThat(briefings.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-partition:%'")).isEqualTo(4);
        assertThat(a.isAlive() && b.isAlive()).as("both workers serve on").isTrue();
        assertSameAsSingleProcess(folder.resolve("out"));
    }

    private static boolean tookMemoPartition(Path workerLog) {
        try {
            return took(workerLog).stream().anyMatch(p -> p.startsWith("memo-"));
        } catch (IOException e) {
            return false;
        }
    }

    // --- the processes ---

    record Manager(int exitCode, String log) {
    }

    private Process startWorker(String name, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("worker", "--briefings.scale.broker-url=" + brokerUrl));
        args.addAll(briefings.databaseArguments());
        args.addAll(List.of(more));
        Process worker = start(name, folder.resolve("worker-" + name + ".log"), args.toArray(String[]::new));
        awaitLine(worker, folder.resolve("worker-" + name + ".log"), "Worker: taking partitions", Duration.ofMinutes(3));
        return worker;
    }

    private Process startManager(List<String> settings) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output",
                folder.resolve("out").toString(), "--as-of", RUN_DATE, "--briefings.scale.workers=2",
                "--briefings.scale.broker-url=" + brokerUrl, "--briefings.scale.poll-interval=500ms"));
        args.addAll(briefings.databaseArguments());
        args.addAll(settings);
        return start("manager", folder.resolve("manager.log"), args.toArray(String[]::new));
    }

    private Manager manager(List<String> settings) throws Exception {
        Process manager = startManager(settings);
        assertThat(manager.waitFor(10, TimeUnit.MINUTES)).as(log("manager")).isTrue();
        return new Manager(manager.exitValue(), log("manager"));
    }

    /** The application in a JVM of its own, as the jar runs it, its output appended to a log file. */
    private Process start(String name, Path logFile, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), ReadoutBriefingsApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        processes.add(process);
        return process;
    }

    private static void awaitLine(Process process, Path logFile, String line, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(logFile) && Files.readString(logFile, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                fail("the process ended before saying '" + line + "':\n" + Files.readString(logFile));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("no '" + line + "' within " + patience + ":\n" + Files.readString(logFile));
    }

    private String log(String name) {
        try {
            return "\n--- " + name + " ---\n" + Files.readString(folder.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The partitions a worker's log says it took. */
    private static Set<String> took(Path workerLog) throws IOException {
        Set<String> partitions = new TreeSet<>();
        if (Files.exists(workerLog)) {
            Matcher m = TOOK.matcher(Files.readString(workerLog, StandardCharsets.UTF_8));
            while (m.find()) {
                partitions.add(m.group(1));
            }
        }
        return partitions;
    }

    /** The partitions with a step execution of this status (any, for null). */
    private Set<String> partitions(String status) {
        Set<String> names = new TreeSet<>();
        briefings.query("SELECT step_name, status FROM batch_step_execution WHERE step_name LIKE '%:partition%'").stream()
                .filter(r -> status == null || r.get(1).equals(status)).forEach(r -> names.add(r.get(0)));
        return names;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The same memo texts, tracker cells and stored rows as the single-process night, and no temporary file. */
    private void assertSameAsSingleProcess(Path out) throws Exception {
        assertThat(CrashRecoveryFunctionalTests.memoTexts(out)).isEqualTo(CrashRecoveryFunctionalTests.memoTexts(singleOut));
        assertThat(CrashRecoveryFunctionalTests.trackerCells(out)).isEqualTo(CrashRecoveryFunctionalTests.trackerCells(singleOut));
        Map<String, List<List<String>>> tables = CrashRecoveryFunctionalTests.tables(briefings);
        assertThat(tables).isEqualTo(CrashRecoveryFunctionalTests.tables(single));
        assertThat(briefings.count("SELECT COUNT(*) FROM (SELECT id FROM commitment GROUP BY id HAVING COUNT(*) > 1) d")).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("temporary files").isEmpty();
        }
    }
}
