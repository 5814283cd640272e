package org.readoutbriefings.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutbriefings.TextPdfs;
import org.readoutbriefings.extract.ExtractionCues;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * Seeded random mutations (byte flips, truncation, inserted special characters, duplicated runs) of the
 * real samples, through every input format, the record mapper and the prose extractor. Every case must
 * end in readouts or rejects, in bounded time; any other exception is a bug. A failure names the seed
 * and case, so it can be replayed.
 */
class InputFormatsFuzzTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 250;
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    private static final byte[][] SPECIAL = Arrays.stream(new String[] {"\u0000", "\"", "\\", "{", "}", "[", "]", ":", ",",
            "\n", "\r", "\r\n", "---\n", "*a", "&a ", "!!binary ", "<script>", "</article>", "<!--", "%PDF", "endobj",
            "\uFEFF", "\u202E", "\uD83D\uDE00", "1e99999", "2021-02-30", "=HYPERLINK(", "../"})
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    private static final CountryDirectory COUNTRIES = CountryDirectory.builtIn();
    private static final TopicTaxonomy TOPICS = TopicTaxonomy.builtIn();
    private static final ReadoutExtractor EXTRACTOR = new ReadoutExtractor(COUNTRIES, TOPICS, ExtractionCues.builtIn());

    @TempDir
    static Path folder;

    private static Path pdfSample;

    @BeforeAll
    static void pdfSample() throws IOException {
        pdfSample = folder.resolve("sample.pdf");
        try (PDDocument pdf = TextPdfs.document(List.of(
                "Tokyo, 12 January 2024. Minister for Foreign Affairs KAMIKAWA Yoko held a video",
                "teleconference with Minister for Foreign Affairs of Australia Penny Wong. The two",
                "ministers decided to launch a joint study on energy security by 31 March 2024."))) {
            pdf.getDocumentInformation().setTitle("Japan-Australia Foreign Ministers' Video Teleconference");
            pdf.save(pdfSample.toFile());
        }
    }

    static Stream<InputFormat> formats() {
        return InputFormats.all(10_000_000).stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void mutatedSamplesEndInReadoutsOrRejects(InputFormat format) throws IOException {
        List<byte[]> samples = samples(format);
        assertThat(samples).as("samples for " + format.extensions()).isNotEmpty();
        Random random = new Random(SEED + format.extensions().get(0).hashCode());
        ReadoutRecordMapper mapper = new ReadoutRecordMapper(COUNTRIES, TOPICS, EXTRACTOR, "JP");
        int cases = format instanceof PdfFormat ? CASES / 3 : CASES;
        for (int i = 0; i < cases; i++) {
            byte[] mutated = mutate(samples.get(random.nextInt(samples.size())), random);
            Path file = folder.resolve("case-" + i + "." + format.extensions().get(0));
            Files.write(file, mutated);
            String label = format.extensions() + " case " + i + " (seed " + SEED + ")";
            assertTimeoutPreemptively(PER_CASE, () -> readThrough(format, file, mapper), label);
            Files.delete(file);
        }
    }

    /** Opens the file and takes each record to a readout or a reject; any other exception escapes. */
    private static void readThrough(InputFormat format, Path file, ReadoutRecordMapper mapper) throws IOException {
        try (RecordCursor cursor = format.open(file, file.getFileName().toString())) {
            while (cursor.hasNext()) {
                SourceRecord record = cursor.next();
                if (record.isProse()) {
                    // straight to the extractor: the mapper would turn its exceptions into rejects
                    EXTRACTOR.extract(record.body(), record.title());
                }
                try {
                    mapper.process(record);
                } catch (RejectedRecordException e) {
                    // the mapper's catch-all turns an unexpected error into a reject: that is still a bug
                    assertThat(e.reason()).as(e.getMessage()).doesNotStartWith("could not be read: ");
                }
            }
        }
    }

    private static byte[] mutate(byte[] sample, Random random) {
        byte[] bytes = sample;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(4)) {
                case 0 -> { // flip a few bits
                    byte[] copy = bytes.clone();
                    for (int k = 0; k < 1 + random.nextInt(8); k++) {
                        int i = Math.min(copy.length - 1, at + random.nextInt(64));
                        copy[i] ^= (byte) (1 << random.nextInt(8));
                    }
                    yield copy;
                }
                case 1 -> Arrays.copyOf(bytes, at); // truncate
                case 2 -> splice(bytes, at, SPECIAL[random.nextInt(SPECIAL.length)]);
                default -> { // duplicate a run, up to a few times
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(256));
                    byte[] run = Arrays.copyOfRange(bytes, at, at + length);
                    byte[] copy = bytes;
                    for (int k = 0; k < 1 + random.nextInt(3); k++) {
                        copy = splice(copy, at, run);
                    }
                    yield copy;
                }
            };
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    /** The sample files this format reads, from input/ and the evaluation corpus's development set. */
    private static List<byte[]> samples(InputFormat format) throws IOException {
        List<byte[]> samples = new ArrayList<>();
        if (format instanceof PdfFormat) {
            samples.add(Files.readAllBytes(pdfSample));
        }
        for (Path dir : List.of(Path.of("input"), Path.of("src/test/resources/corpus/dev"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (format.extensions().contains(name.substring(name.lastIndexOf('.') + 1))) {
                        samples.add(Files.readAllBytes(file));
                    }
                }
            }
        }
        return samples;
    }
}
