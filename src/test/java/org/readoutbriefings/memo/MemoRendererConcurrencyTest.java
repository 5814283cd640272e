package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.bench.MemoBenchSample;

/**
 * One renderer shared by the memo step's threads: fonts are parsed once per thread and their metrics
 * shared, and neither may leak from one memo into another.
 */
class MemoRendererConcurrencyTest {

    private final MemoRenderer renderer = new MemoRenderer(Path.of("templates"));

    /** A Latin-only memo of each kind, and a country memo naming people in Japanese, Korean and Polish. */
    private static List<MemoContent> memos() {
        List<MemoContent> memos = new ArrayList<>(MemoSamples.all());
        memos.add(MemoBenchSample.countryMemo());
        return memos;
    }

    @Test
    void rendersOnFourThreadsExactlyWhatItRendersOnOne(@TempDir Path folder) throws Exception {
        List<MemoContent> memos = memos();
        List<String> expected = new ArrayList<>();
        for (MemoContent memo : memos) {
            expected.add(signature(renderer.pdf(memo)));
        }

        // every thread renders every memo three times, in its own order; the threads start with no fonts parsed
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < memos.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed));
                    List<String> mismatches = new ArrayList<>();
                    for (int i : order) {
                        byte[] pdf = renderer.pdf(memos.get(i));
                        if (!signature(pdf).equals(expected.get(i))) {
                            mismatches.add(memos.get(i).kind() + " " + memos.get(i).subjectKey());
                            Files.write(folder.resolve("mismatch-" + i + ".pdf"), pdf);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).as("memos that came out different on a rendering thread").isEmpty();
            }
        } finally {
            pool.shutdown();
        }

        Path cjk = folder.resolve("cjk.pdf");
        Files.write(cjk, renderer.pdf(MemoBenchSample.countryMemo()));
        assertThat(PdfConformance.failures(cjk, PdfConformance.PDF_A)).isEmpty();
        assertThat(PdfConformance.failures(cjk, PdfConformance.PDF_UA)).isEmpty();
    }

    @Test
    void embedsTheFallbackFontsOnlyInTheMemosThatUseThem() throws IOException {
        String cjk = signature(renderer.pdf(MemoBenchSample.countryMemo()));
        String latin = signature(renderer.pdf(MemoSamples.all().get(0)));

        assertThat(cjk).contains("DroidSansFallback", "NanumSquareR", "DejaVuSerif")
                .contains("MOTEGI Toshimitsu (茂木敏充)", "Cho Hyun (조현)", "Radosław Sikorski");
        assertThat(latin).contains("DejaVuSerif").doesNotContain("DroidSansFallback", "NanumSquareR");
    }

    /**
     * What a reader sees of a PDF, without the creation date and document id that differ on every
     * render: the page count, the text of each page, and on each page the embedded font subsets (their
     * names carry a tag computed from the glyphs they hold).
     */
    private static String signature(byte[] pdf) throws IOException {
        StringBuilder s = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            s.append(document.getNumberOfPages()).append(" pages\n");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                s.append(stripper.getText(document));
                PDPage p = document.getPage(page - 1);
                List<String> fonts = new ArrayList<>();
                for (var name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    fonts.add(font.getName());
                }
                Collections.sort(fonts);
                s.append("fonts: ").append(fonts).append('\n');
            }
        }
        return s.toString();
    }
}
