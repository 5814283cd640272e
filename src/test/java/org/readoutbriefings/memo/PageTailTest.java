package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.memo.MemoView.Source;

/** No memo ends on a page holding only a line or two: such a memo is laid out again, a little tighter. */
class PageTailTest {

    private final MemoRenderer renderer = new MemoRenderer(Path.of("templates"));

    @TempDir
    Path folder;

    @Test
    void aMemoWhoseLastPageWouldHoldALineOrTwoIsLaidOutOnFewerPages() throws IOException {
        MemoView sample = (MemoView) MemoSamples.all().get(0);
        MemoView tailed = null;
        byte[] once = null;
        // more sources, one at a time, until the sources list runs one or two lines onto a new page
        for (int n = 20; n < 160 && tailed == null; n++) {
            MemoView memo = withSources(sample, n);
            byte[] pdf = renderer.laidOutOnce(memo);
            if (endsInATail(pdf)) {
                tailed = memo;
                once = pdf;
            }
        }
        assertThat(tailed).as("a number of sources that leaves a tail").isNotNull();
        byte[] fitted = renderer.pdf(tailed);
        assertThat(pages(fitted)).isEqualTo(pages(once) - 1);
        try (PDDocument pdf = Loader.loadPDF(fitted)) {
            assertThat(linesOnLastPage(pdf)).isGreaterThan(PageTail.SHORT);
        }
        // the second layout is as archivable and accessible as the first
        Path file = Files.write(folder.resolve("fitted.pdf"), fitted);
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_A)).isEmpty();
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_UA)).isEmpty();
    }

    @Test
    void aLayoutKeptAfterTighterOnesWereGivenUpIsWrittenEvenWithCharsNoFontDraws() throws IOException {
        // tighter layouts that save no page: both are tried and given up, and the first layout is written
        Path templates = MemoRendererTest.copyOfTemplates(folder);
        Files.writeString(templates.resolve("memo-fit.css"), "");
        Files.writeString(templates.resolve("memo-fit-more.css"), "");
        MemoRenderer untightened = new MemoRenderer(templates);
        MemoView sample = (MemoView) MemoSamples.all().get(0);
        for (int n = 20; n < 160; n++) {
            // a title in Devanagari, a script the memo fonts leave out: drawn as the replacement char
            MemoView memo = withSources(sample, n, "विदेश मंत्रियों की बैठक");
            byte[] once = untightened.laidOutOnce(memo);
            if (endsInATail(once)) {
                assertThat(pages(untightened.pdf(memo))).isEqualTo(pages(once));
                return;
            }
        }
        throw new AssertionError("no number of sources left a tail");
    }

    private static MemoView withSources(MemoView v, int n) {
        return withSources(v, n, "Foreign Ministers' Meeting");
    }

    private static MemoView withSources(MemoView v, int n, String title) {
        List<Source> sources = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sources.add(new Source(i, title + " " + i, "Ministry of Foreign Affairs", LocalDate.of(2026, 1, 31),
                    "https://example.org/readouts/" + i, "r" + i + ".md"));
        }
        return new MemoView(v.kind(), v.subjectKey(), v.subjectName(), v.title(), v.handling(), v.to(), v.from(), v.date(),
                v.periodFrom(), v.periodTo(), v.keyFigures(), v.themes(), v.months(), v.meetings(), v.moreMeetings(), v.groups(),
                v.moreCommitments(), v.completed(), v.followUps(), v.moreFollowUps(), sources);
    }

    // The PDF as written, read back on its own: a check of the renderer's reading of the layout (PageTail).

    /** How far from the page's top and bottom edges the body starts: inside memo.css's margins (24 and 22 mm). */
    private static final float FURNITURE = 20 / 25.4f * 72;
    /** Baselines closer than this, in points, are one line: less than the smallest line spacing of memo.css (7.5 pt text). */
    private static final float SAME_LINE = 5;

    /** The lines of text in the body of a PDF's last page, told by their baselines. */
    static int linesOnLastPage(PDDocument pdf) throws IOException {
        int last = pdf.getNumberOfPages();
        float height = pdf.getPage(last - 1).getMediaBox().getHeight();
        Set<Float> baselines = new TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float y = p.getYDirAdj();
                    if (y > FURNITURE && y < height - FURNITURE && !p.getUnicode().isBlank()) {
                        baselines.add(y);
                    }
                }
            }
        };
        stripper.setStartPage(last);
        stripper.setEndPage(last);
        stripper.getText(pdf);
        // one line: baselines closer than a line's spacing apart (a source's address, in a smaller font, sits a
        // little off the text around it)
        int lines = 0;
        float previous = Float.NEGATIVE_INFINITY;
        for (float y : baselines) {
            if (y - previous > SAME_LINE) {
                lines++;
            }
            previous = y;
        }
        return lines;
    }

    private static boolean endsInATail(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() > 1 && linesOnLastPage(document) <= PageTail.SHORT;
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
