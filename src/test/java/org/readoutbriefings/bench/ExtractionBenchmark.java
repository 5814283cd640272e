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
 * processor sees it for every .txt, .html and .pdf record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExtractionBenchmark {

    private ReadoutExtractor extractor;
    private String text;

    @Setup
    public void setUp() throws IOException {
        extractor = new ReadoutExtractor(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(), ExtractionCues.builtIn());
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/bench/prose-readout.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Extraction extractOneReadout() {
        return extractor.extract(text, null);
    }
}
