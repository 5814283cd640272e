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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.readoutbriefings.tracker.TrackerRowsFixture;

/**
 * The lower bound for {@link TrackerRowsBenchmark}: the same 100,000 commitment rows, same columns and
 * values, written by {@link MinimalXlsxWriter} (a zip of six parts and hand-encoded sheet XML), at the
 * deflate level given, in the same 64 MB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx64m", "-Xms64m"})
public class MinimalXlsxWriterBenchmark {

    /** -1 is zlib's default level (6), as POI's zip output uses unless told otherwise. */
    @Param({"-1", "1"})
    public int level;

    private TrackerRowsFixture rows;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        TrackerLiveHeap.reset();
        rows = new TrackerRowsFixture(TrackerRowsBenchmark.ROWS);
        file = Files.createTempFile("minimal-rows", ".xlsx");
    }

    @TearDown
    public void tearDown() throws IOException {
        System.out.println();
        System.out.println("MinimalXlsxWriterBenchmark level " + level + ": " + TrackerLiveHeap.report() + ", file "
                + Files.size(file) / 1024 + " KB");
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(TrackerRowsBenchmark.ROWS)
    public long commitmentRows() throws IOException {
        return new MinimalXlsxWriter(level, TrackerRowsFixture.RUN_DATE).write(file, rows);
    }
}
