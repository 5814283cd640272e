package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
            if (PageTail.endsInATail(pdf)) {
                tailed = memo;
                once = pdf;
            }
        }
        assertThat(tailed).as("a number of sources that leaves a tail").isNotNull();
        byte[] fitted = renderer.pdf(tailed);
        assertThat(PageTail.pages(fitted)).isEqualTo(PageTail.pages(once) - 1);
        try (PDDocument pdf = Loader.loadPDF(fitted)) {
            assertThat(PageTail.linesOnLastPage(pdf)).isGreaterThan(PageTail.SHORT);
        }
        // the second layout is as archivable and accessible as the first
        Path file = Files.write(folder.resolve("fitted.pdf"), fitted);
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_A)).isEmpty();
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_UA)).isEmpty();
    }

    private static MemoView withSources(MemoView v, int n) {
        List<Source> sources = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sources.add(new Source(i, "Foreign Ministers' Meeting " + i, "Ministry of Foreign Affairs", LocalDate.of(2026, 1, 31),
                    "https://example.org/readouts/" + i, "r" + i + ".md"));
        }
        return new MemoView(v.kind(), v.subjectKey(), v.subjectName(), v.title(), v.handling(), v.to(), v.from(), v.date(),
                v.periodFrom(), v.periodTo(), v.keyFigures(), v.themes(), v.months(), v.meetings(), v.moreMeetings(), v.groups(),
                v.moreCommitments(), v.completed(), v.followUps(), v.moreFollowUps(), sources);
    }
}
