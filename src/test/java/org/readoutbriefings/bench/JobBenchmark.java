package org.readoutbriefings.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the nightly job on generated readouts, each run in a JVM of its own started as a scheduler would
 * start it ({@code java <options> -jar readout-briefings.jar run}), on a fresh H2 file database, and
 * gathers what it did: per step the wall time and rates from the run's own {@code run-report.json}, the
 * pages of the memos written, the peak resident set size (sampled from {@code /proc}) and the heap before
 * and after each collection (from the child's GC log). Optionally an incremental run follows each full
 * run: a further batch of readouts added to the same input folder and database, timed from process start
 * to exit.
 */
public final class JobBenchmark {

    /** What to measure. */
    public record Plan(int readouts, long seed, int runs, int incremental, boolean unchanged, List<String> jvmOptions, Path work,
                       Path jar, LocalDate asOf, PostgresTarget postgres, ScaleOut scaleOut) {
    }

    /**
     * Scale-out (docs/scale-out.md): the night's manager hands its ingest and memo partitions to this many worker
     * JVMs, started before each full run (and stopped after its incremental one) beside a broker of the
     * application's own {@code broker} command; with {@code pin}, worker i runs on processor i alone ({@code taskset}).
     */
    public record ScaleOut(int workers, boolean pin) {
    }

    /**
     * A PostgreSQL database to run on instead of a fresh H2 file: its {@code public} schema is dropped and
     * created again before every full run, so give one that holds nothing else.
     */
    public record PostgresTarget(String url, String user, String password) {

        List<String> arguments() {
            return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password);
        }

        void empty() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }

        String describe() {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + " at " + url;
            } catch (SQLException e) {
                return "PostgreSQL at " + url;
            }
        }
    }

    /** One child JVM's run of the job. */
    public record Measurement(String kind, int run, int exitCode, double wallSeconds, Map<String, Double> stepSeconds,
                              long recordsRead, long memos, long memoPages, long trackerRows, long peakRssKb,
                              long peakHeapKb, long peakHeapAfterGcKb) {
    }

    private static final Pattern GC_PAUSE = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\(\\d+M\\)");

    private final Plan plan;
    private final PrintWriter out;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobBenchmark(Plan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    public List<Measurement> run(SyntheticReadouts generator, String homeCountry)
            throws IOException, InterruptedException, SQLException {
        Path base = plan.work().resolve("input-" + plan.readouts() + "-s" + plan.seed());
        Path extra = plan.work().resolve("input-extra-" + plan.incremental() + "-s" + (plan.seed() + 1));
        generateOnce(generator, base, plan.readouts(), plan.seed(), homeCountry);
        if (plan.incremental() > 0) {
            generateOnce(generator, extra, plan.incremental(), plan.seed() + 1, homeCountry);
        }
        List<Measurement> all = new ArrayList<>();
        Process broker = plan.scaleOut() != null ? startBroker() : null;
        try {
            for (int run = 1; run <= plan.runs(); run++) {
                all.addAll(runNights(run, base, extra));
            }
        } finally {
            if (broker != null) {
                broker.destroy();
                broker.waitFor();
            }
        }
        return all;
    }

    private static final int BROKER_PORT = 61626;

    private String brokerUrl() {
        return "tcp://127.0.0.1:" + BROKER_PORT;
    }

    private Process startBroker() throws IOException, InterruptedException {
        Files.createDirectories(plan.work());
        Path log = plan.work().resolve("broker.txt");
        Process broker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", plan.jar().toString(), "broker", "--port", Integer.toString(BROKER_PORT))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitLine(broker, log, "Broker: listening");
        return broker;
    }

    /** The workers, each started and connected before the night begins, as long-running workers are. */
    private List<Process> startWorkers(Path dir) throws IOException, InterruptedException {
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < plan.scaleOut().workers(); i++) {
            List<String> command = new ArrayList<>();
            if (plan.scaleOut().pin()) {
                command.addAll(List.of("taskset", "-c", Integer.toString(i % Runtime.getRuntime().availableProcessors())));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(plan.jvmOptions());
            command.addAll(List.of("-jar", plan.jar().toString(), "worker", "--briefings.scale.broker-url=" + brokerUrl()));
            command.addAll(plan.postgres().arguments());
            Path log = dir.resolve("log-worker-" + i + ".txt");
            workers.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
            awaitLine(workers.get(i), log, "Worker: taking partitions");
        }
        return workers;
    }

    private static void awaitLine(Process process, Path log, String line) throws IOException, InterruptedException {
        for (int i = 0; i < 1200 && process.isAlive(); i++) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no '" + line + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    /** One run's full night and, if asked, the incremental night after it, on a fresh database. */
    private List<Measurement> runNights(int run, Path base, Path extra) throws IOException, InterruptedException, SQLException {
        List<Measurement> all = new ArrayList<>();
        Path dir = plan.work().resolve("run");
        deleteTree(dir);
        Files.createDirectories(dir);
        if (plan.postgres() != null) {
            plan.postgres().empty();
        }
        List<Process> workers = plan.scaleOut() != null ? startWorkers(dir) : List.of();
        try {
            Path input = dir.resolve("input");
            linkAll(base, input);
            Measurement full = runJob("full", run, dir, input, plan.asOf());
            all.add(full);
            report(full);
            if (plan.incremental() > 0 && full.exitCode() == 0) {
                linkAll(extra, input);
                Measurement incremental = runJob("incremental", run, dir, input, plan.asOf().plusDays(1));
                all.add(incremental);
                report(incremental);
            }
            if (plan.unchanged() && full.exitCode() == 0) {
                // the next night on the same input: what a quiet night costs
                Measurement unchanged = runJob("unchanged", run, dir, input, plan.asOf().plusDays(plan.incremental() > 0 ? 2 : 1));
                all.add(unchanged);
                report(unchanged);
            }
        } finally {
            for (Process worker : workers) {
                worker.destroy();
                worker.waitFor();
            }
        }
        return all;
    }

    private void generateOnce(SyntheticReadouts generator, Path folder, int count, long seed, String homeCountry)
            throws IOException {
        Path done = folder.resolve(".generated");
        if (Files.exists(done)) {
            return;
        }
        deleteTree(folder);
        long start = System.nanoTime();
        SyntheticReadouts.Summary summary = generator.write(folder, count, seed, homeCountry);
        Files.writeString(done, summary.toString());
        out.printf("generated %,d readouts (%,d commitments, %,d follow-ups) in %,d files under %s in %.1f s%n",
                summary.readouts(), summary.commitments(), summary.followUps(), summary.files(), folder,
                (System.nanoTime() - start) / 1e9);
        out.flush();
    }

    private Measurement runJob(String kind, int run, Path dir, Path input, LocalDate asOf)
            throws IOException, InterruptedException {
        Path output = dir.resolve("output");
        Path gcLog = dir.resolve("gc-" + kind + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(plan.jvmOptions());
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", plan.jar().toString(), "run", "--input", input.toString(), "--output",
                output.toString(), "--as-of", asOf.toString()));
        command.addAll(plan.postgres() != null ? plan.postgres().arguments()
                : List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "/briefings"));
        if (plan.scaleOut() != null) {
            command.addAll(List.of("--briefings.scale.workers=" + plan.scaleOut().workers(),
                    "--briefings.scale.broker-url=" + brokerUrl()));
        }
        out.printf("%s run %d: %s%n", kind, run, command.stream()
                .map(a -> a.startsWith("--spring.datasource.password=") ? "--spring.datasource.password=***" : a)
                .collect(java.util.stream.Collectors.joining(" ")));
        out.flush();
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + kind + ".txt").toFile())
                .start();
        long peakRss = 0;
        while (!process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMarkKb(process.pid()));
        }
        double wall = (System.nanoTime() - start) / 1e9;

        JsonNode report = json.readTree(output.resolve("run-report.json").toFile());
        Map<String, Double> steps = new LinkedHashMap<>();
        long read = 0;
        for (JsonNode step : report.get("steps")) {
            steps.merge(step.get("name").asString(), step.get("seconds").asDouble(), Double::sum);
            if (step.get("name").asString().equals("ingest")) {
                read += step.get("read").asLong();
            }
        }
        long memos = report.get("written").get("memos").asLong();
        long trackerRows = report.get("written").get("trackerRows").asLong();
        long[] heap = heapFromGcLog(gcLog);
        return new Measurement(kind, run, process.exitValue(), wall, steps, read, memos,
                pages(output.resolve("memos"), startMillis), trackerRows, peakRss, heap[0], heap[1]);
    }

    private void report(Measurement m) {
        out.printf("  exit %d, %.1f s wall, peak RSS %,d MB, heap peak %,d MB, after GC %,d MB%n", m.exitCode(),
                m.wallSeconds(), m.peakRssKb() / 1024, m.peakHeapKb() / 1024, m.peakHeapAfterGcKb() / 1024);
        m.stepSeconds().forEach((step, seconds) -> out.printf("  %-13s %7.1f s%n", step, seconds));
        out.printf("  %,d records read, %,d memos (%,d pages), %,d tracker rows%n", m.recordsRead(), m.memos(),
                m.memoPages(), m.trackerRows());
        out.flush();
    }

    /** VmHWM: the process's peak resident set so far; 0 where /proc is not there. */
    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException gone) {
            // the process ended between two samples
        }
        return 0;
    }

    /** The largest heap in use before any collection, and the largest left after one, in KB. */
    private static long[] heapFromGcLog(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        }
        return new long[]{before * 1024, after * 1024};
    }

    /** The pages of the memos this run wrote (an incremental run rewrites only those it touched). */
    private static long pages(Path memos, long sinceMillis) throws IOException {
        if (!Files.isDirectory(memos)) {
            return 0;
        }
        long pages = 0;
        try (Stream<Path> files = Files.walk(memos)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf") && p.toFile().lastModified() >= sinceMillis - 1000).toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
    }

    /** Hard links, so a run's input folder costs no copying and the generated files stay untouched. */
    private static void linkAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Path target = to.resolve(file.getFileName());
                try {
                    Files.createLink(target, file);
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String database() {
        return plan.postgres() != null ? plan.postgres().describe() : "H2, a new file database for each full run";
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (IOException | UncheckedIOException notLinux) {
            // described as unknown
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + (memKb / 1024 / 1024) + " GB RAM, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /**
     * The medians over the runs of each kind, as a Markdown table for docs/benchmarks.md, and every
     * measurement as JSON beside it.
     */
    public String summarise(List<Measurement> all) throws IOException {
        Files.writeString(plan.work().resolve("bench-result.json"), json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("machine", machine(), "database", database(), "plan", plan.toString(),
                        "measurements", all)));
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(machine()).append("\n");
        md.append("JVM options: ").append(String.join(" ", plan.jvmOptions())).append("\n");
        md.append("Database: ").append(database()).append("\n");
        if (plan.scaleOut() != null) {
            md.append("Scale-out: ").append(plan.scaleOut().workers()).append(" worker JVM(s)")
                    .append(plan.scaleOut().pin() ? ", each pinned to one processor (taskset)" : "")
                    .append("; the manager unpinned, idle during the partitioned steps\n");
        }
        md.append("Data: ").append(String.format("%,d", plan.readouts())).append(" readouts, seed ").append(plan.seed())
                .append(plan.incremental() > 0 ? String.format(", then %,d more (incremental)", plan.incremental()) : "")
                .append("; medians of ").append(plan.runs()).append(" run(s)\n\n");
        md.append("| run | step | seconds (median) | runs | rate (median) |\n|---|---|---|---|---|\n");
        for (String kind : List.of("full", "incremental", "unchanged")) {
            List<Measurement> runs = all.stream().filter(m -> m.kind().equals(kind) && m.exitCode() == 0).toList();
            if (runs.isEmpty()) {
                continue;
            }
            for (String step : runs.get(0).stepSeconds().keySet()) {
                List<Double> times = runs.stream().map(m -> m.stepSeconds().getOrDefault(step, 0.0)).toList();
                md.append(row(kind, step, times, rate(step, runs)));
            }
            md.append(row(kind, "**wall, JVM start to exit**", runs.stream().map(Measurement::wallSeconds).toList(), ""));
            md.append(String.format("| %s | peak RSS / heap / heap after GC | | %d | %,d MB / %,d MB / %,d MB |%n", kind,
                    runs.size(), median(runs.stream().map(m -> (double) m.peakRssKb() / 1024).toList()).longValue(),
                    median(runs.stream().map(m -> (double) m.peakHeapKb() / 1024).toList()).longValue(),
                    median(runs.stream().map(m -> (double) m.peakHeapAfterGcKb() / 1024).toList()).longValue()));
        }
        long failed = all.stream().filter(m -> m.exitCode() != 0).count();
        if (failed > 0) {
            md.append("\n").append(failed).append(" run(s) ended with a non-zero exit code; see the logs under ")
                    .append(plan.work().resolve("run")).append("\n");
        }
        Files.writeString(plan.work().resolve("bench-result.md"), md.toString());
        return md.toString();
    }

    private static String row(String kind, String step, List<Double> times, String rate) {
        return String.format("| %s | %s | %.1f | %d | %s |%n", kind, step, median(times), times.size(), rate);
    }

    private static String rate(String step, List<Measurement> runs) {
        return switch (step) {
            case "ingest" -> String.format("%,.0f records/s", median(runs.stream()
                    .map(m -> m.recordsRead() / Math.max(0.001, m.stepSeconds().get(step))).toList()));
            case "memos" -> String.format("%,.1f memos/s, %,.1f pages/s", median(runs.stream()
                    .map(m -> m.memos() / Math.max(0.001, m.stepSeconds().get(step))).toList()), median(runs.stream()
                    .map(m -> m.memoPages() / Math.max(0.001, m.stepSeconds().get(step))).toList()));
            case "tracker" -> String.format("%,.0f rows/s", median(runs.stream()
                    .map(m -> m.trackerRows() / Math.max(0.001, m.stepSeconds().get(step))).toList()));
            default -> "";
        };
    }

    static Double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0.0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
