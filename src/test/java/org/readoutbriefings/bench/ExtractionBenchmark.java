package org.readoutbriefings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

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
import org.readoutbriefings.extract.Extraction;
import org.readoutbriefings.extract.ExtractionCues;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * Extraction of one prose readout: the seed's wording, about 2,000 characters, as the ingest step's
 * processor sees it for every .txt, .html and .pdf record; and of a long one, the seed repeated to about
 * 40 KB, whose score should be about a twentieth of the short one's (linear, not quadratic, in length).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExtractionBenchmark {

    /** The seed 19 times over: about 40,000 characters. */
    private static final int LONG_REPEATS = 19;

    private ReadoutExtractor extractor;
    private String text;
    private String longText;

    @Setup
    public void setUp() throws IOException {
        extractor = new ReadoutExtractor(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(), ExtractionCues.builtIn());
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/bench/prose-readout.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a neutral heading before each copy ends the previous copy's background section ("Japan-US ties"),
        // so every copy is read as meeting text, not skipped as background
        StringBuilder repeated = new StringBuilder();
        for (int i = 1; i <= LONG_REPEATS; i++) {
            repeated.append("Session ").append(i).append("\n\n").append(text.strip()).append("\n\n");
        }
        longText = repeated.toString();
    }

    @Benchmark
    public Extraction extractOneReadout() {
        return extractor.extract(text, null);
    }

    @Benchmark
    public Extraction extractLongReadout() {
        return extractor.extract(longText, null);
    }
}
