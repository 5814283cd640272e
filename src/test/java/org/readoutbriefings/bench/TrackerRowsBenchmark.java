package org.readoutbriefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.readoutbriefings.tracker.TrackerRowsFixture;

/**
 * The tracker's Commitments sheet, 100,000 rows from memory (no database) through the production code
 * ({@code ItemsSheet}, {@code TrackerSheet}, the workbook and its zip) to a file: rows per second, in a
 * 64 MB heap. The job-level comparison of writers is {@code TrackerStepBench}'s.
 * <pre>
 * mvn -B -q -Pbench test-compile exec:exec -Djmh.args="TrackerRows -f 1"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx64m", "-Xms64m"})
public class TrackerRowsBenchmark {

    static final int ROWS = 100_000;

    private TrackerRowsFixture rows;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        TrackerLiveHeap.reset();
        rows = new TrackerRowsFixture(ROWS);
        file = Files.createTempFile("tracker-rows", ".xlsx");
    }

    @TearDown
    public void tearDown() throws IOException {
        System.out.println();
        System.out.println("TrackerRowsBenchmark: " + TrackerLiveHeap.report() + ", file " + Files.size(file) / 1024
                + " KB");
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long commitmentRows() throws IOException {
        return rows.writeCommitments(file);
    }
}
