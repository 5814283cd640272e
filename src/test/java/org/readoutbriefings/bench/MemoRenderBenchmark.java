package org.readoutbriefings.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readoutbriefings.memo.MemoRenderer;
import org.readoutbriefings.memo.MemoView;

/**
 * One typical country memo ({@link MemoBenchSample}, three A4 pages) through the production
 * {@link MemoRenderer}: Thymeleaf, openhtmltopdf layout, tagged PDF/UA-1 and PDF/A-2a with the bundled fonts
 * embedded as subsets. The renderer is built once, as the application builds it once per run.
 * <p>
 * The score is memos per second; setup counts the memo's pages with PDFBox and prints them (three), so
 * pages per second is three times the score. Run single-threaded ({@code -t 1}, the default) for the
 * per-core figure, {@code -t 2} to see both cores share one renderer (the score is then the sum of both
 * threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MemoRenderBenchmark {

    private MemoRenderer renderer;
    private MemoView memo;
    private int pagesPerMemo;

    @Setup
    public void setUp() throws IOException {
        renderer = new MemoRenderer(Path.of("templates"));
        memo = MemoBenchSample.countryMemo();
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(memo))) {
            pagesPerMemo = pdf.getNumberOfPages();
        }
        System.out.println("\nmemo: " + pagesPerMemo + " pages (pages/s = " + pagesPerMemo + " x memos/s)");
    }

    @Benchmark
    public byte[] renderCountryMemo() {
        return renderer.pdf(memo);
    }
}
