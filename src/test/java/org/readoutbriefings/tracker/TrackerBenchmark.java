package org.readoutbriefings.tracker;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;


import org.flywaydb.core.Flyway;
import org.readoutbriefings.bench.TrackerLiveHeap;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import ch.qos.logback.classic.Level;

/**
 * Writes, then reads back, a tracker of many commitments from an H2 file database, and prints the time,
 * rows per second and peak heap of each. Not a test: run it by hand with the heap you want to prove,
 * e.g. (docs/benchmarks.md has the figures)
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.readoutbriefings.tracker.TrackerBenchmark /tmp/bench 1000000
 * </pre>
 * An optional third argument sets the commitments per readout (10): {@code 300000 3} is the whole-job
 * benchmark's shape, 100,000 readouts of three commitments and one follow-up each. The database is filled
 * on the first run in a folder and reused by the next ones.
 */
public final class TrackerBenchmark {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);

    public static void main(String[] args) throws Exception {
        // without a logging configuration, logback would log every query at DEBUG
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        int commitments = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int perReadout = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        // more than one run shows the cost of a cold JVM (class loading, JIT compilation) apart
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        // one connection held open, as the application's pool does: H2 closes a database with its last connection
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db"), "sa", "", true);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM commitment", Long.class);
        Long readouts = jdbc.queryForObject("SELECT COUNT(*) FROM readout", Long.class);
        if (stored == null || stored != commitments || readouts == null || readouts != commitments / perReadout) {
            long start = System.nanoTime();
            fill(jdbc, commitments, perReadout);
            System.out.printf("filled the database with %,d commitments in %.1f s%n", commitments, seconds(start));
        }

        TrackerWorkbookWriter writer = new TrackerWorkbookWriter(jdbc, new RollupQueries(jdbc), CountryDirectory.builtIn(),
                TopicTaxonomy.builtIn(), "JP", folder, RUN_DATE, 1, Clock.systemDefaultZone(),
                new TrackerSettings(0, "", 180, TrackerSettings.EXCEL_MAX_ROWS), new OutputFiles(OutputFiles.DEFAULT_MODE));
        Path tracker = folder.resolve(TrackerWorkbookWriter.FILE_NAME);
        // the first run is a first night: every row is remembered as shown (tracker_item); later runs find them
        jdbc.update("DELETE FROM tracker_item");
        long rows = 0;
        for (int run = 1; run <= runs; run++) {
            String suffix = runs == 1 ? "" : " (run " + run + ")";
            resetPeaks();
            long start = System.nanoTime();
            long cpu = cpuTime();
            rows = writer.write(tracker);
            report("write" + suffix, rows, start, cpu, Files.size(tracker));

            resetPeaks();
            start = System.nanoTime();
            cpu = cpuTime();
            TrackerEditsReader.Outcome read = new TrackerEditsReader(new TrackerEditStore(jdbc),
                    new WorkbookRows(256L << 20), new CountriesCell(CountryDirectory.builtIn()), 2, LocalDateTime.now())
                    .read(tracker);
            report("read" + suffix, read.rows(), start, cpu, Files.size(tracker));
        }
    }

    /** Readouts of {@code perReadout} commitments each, one follow-up each, partners cycling over ten countries. */
    private static void fill(JdbcTemplate jdbc, int commitments, int perReadout) {
        for (String table : new String[]{"tracker_edit", "tracker_item", "follow_up", "commitment", "readout_topic",
                "readout_country", "readout"}) {
            jdbc.update("DELETE FROM " + table);
        }
        int readouts = commitments / perReadout;
        String meetingDate = "DATEADD('DAY', -MOD(X, 3000), DATE '2026-11-27')";
        String partner = "SUBSTRING('USAUINKRGBFRDEVNPHCA', 2 * MOD(X, 10) + 1, 2)";
        jdbc.update("INSERT INTO readout (id, meeting_date, meeting_month, title, format, body, source_file, source_line,"
                + " content_hash, first_seen_run, updated_run, first_seen_at, updated_at, source_url, engagement_id, countries)"
                + " SELECT 'r-' || X, " + meetingDate + ", TO_CHAR(" + meetingDate + ", 'YYYY-MM'),"
                + " 'Benchmark meeting number ' || X, 'video', 'body', 'bench.jsonl', X, 'h', 1, 1, NOW(), NOW(),"
                + " 'https://example.org/readouts/' || X, 'r-' || X,"
                + " CASE WHEN " + partner + " < 'JP' THEN " + partner + " || ' JP' ELSE 'JP ' || " + partner + " END"
                + " FROM SYSTEM_RANGE(1, ?)", readouts);
        jdbc.update("INSERT INTO readout_country (readout_id, country, meeting_date, engagement_id) SELECT 'r-' || X, 'JP', "
                + meetingDate + ", 'r-' || X FROM SYSTEM_RANGE(1, ?)", readouts);
        jdbc.update("INSERT INTO readout_country (readout_id, country, meeting_date, engagement_id) SELECT 'r-' || X, "
                + partner + ", " + meetingDate + ", 'r-' || X FROM SYSTEM_RANGE(1, ?)", readouts);
        jdbc.update("INSERT INTO readout_topic (readout_id, position, topic, meeting_date, engagement_id) SELECT 'r-' || X, 0,"
                + " 'trade', " + meetingDate + ", 'r-' || X FROM SYSTEM_RANGE(1, ?)", readouts);
        jdbc.update("INSERT INTO commitment (id, readout_id, position, text, topic, due_date, status, first_seen_run,"
                + " first_seen_at) SELECT 'c-' || X, 'r-' || ((X - 1) / " + perReadout + " + 1),"
                + " MOD(X, " + perReadout + "), 'Commitment ' || X || ': the two sides agreed to continue"
                + " close cooperation on supply chains, energy security and the rule of law in the region.', 'trade',"
                + " CASE WHEN MOD(X, 3) = 0 THEN DATE '2027-03-31' END, 'OPEN', 1, NOW() FROM SYSTEM_RANGE(1, ?)",
                commitments);
        jdbc.update("INSERT INTO follow_up (id, readout_id, position, text, topic, due_date, status, first_seen_run,"
                + " first_seen_at) SELECT 'f-' || X, 'r-' || X, 0, 'Officials will meet again on item ' || X || '.',"
                + " 'trade', DATE '2026-06-30', 'OPEN', 1, NOW() FROM SYSTEM_RANGE(1, ?)", readouts);
    }

    private static void resetPeaks() {
        System.gc();
        TrackerLiveHeap.reset();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * Prints the phase's time, its process CPU time (all threads, GC included: on a machine shared with
     * other work the CPU time varies less than the elapsed time) and its heap.
     */
    private static void report(String phase, long rows, long start, long cpuStart, long bytes) {
        double seconds = seconds(start);
        double cpu = (cpuTime() - cpuStart) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s (process CPU %.1f s), live heap after GC at most %d MB,"
                        + " pool peaks %d MB (-Xmx %d MB), file %d MB, ended %s%n", phase, rows, seconds, rows / seconds, cpu,
                TrackerLiveHeap.mostAfterGc() >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, bytes >> 20,
                java.time.LocalTime.now().withNano(0));
    }

    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
