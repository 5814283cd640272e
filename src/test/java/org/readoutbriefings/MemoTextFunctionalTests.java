package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.memo.PdfConformance;

/**
 * A readout whose participants are named in Japanese, Chinese, Korean, accented Latin and Cyrillic, and
 * whose title and commitment carry HTML, script and CSS: the memos show every name with real glyphs from
 * the bundled fonts, and the markup as literal text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoTextFunctionalTests {

    private static final List<String> NAMES = List.of("林芳正", "王毅", "박진", "Frédéric", "Müller", "Łukasz", "Сергей Лавров");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=\"http://example.invalid/x.png\">";
    private static final String CSS = "<p style=\"background: url(http://example.invalid/y.png)\">";

    Path memos;
    BriefingsRun.Result run;

    @BeforeAll
    void runOnOneReadout(@TempDir Path folder) throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("trilateral.json"), """
                {"title": "Trilateral Foreign Ministers' Meeting %s",
                 "meetingDate": "2026-11-20", "countries": ["JP", "CN", "KR"], "format": "in-person",
                 "participants": [{"name": "林芳正", "country": "JP"}, {"name": "王毅", "country": "CN"},
                   {"name": "박진", "country": "KR"}, "Frédéric Müller", "Łukasz Nowak", "Сергей Лавров"],
                 "topics": ["trade"],
                 "commitments": [{"text": "The ministers will meet again %s %s", "actors": ["JP", "CN", "KR"], "topic": "trade"}],
                 "followUps": [{"text": "Working-level talks %s", "actors": ["JP", "CN"], "topic": "trade", "dueDate": "2026-12-01"}],
                 "body": "%s %s"}
                """.formatted(json(SCRIPT), json(IMAGE), json(CSS), json(SCRIPT), json(SCRIPT), json(IMAGE)));
        run = new BriefingsRun(folder).run(input, folder.resolve("output"), "2026-11-27");
        memos = folder.resolve("output/memos");
    }

    @Test
    void namesInEveryScriptAreExtractedBackWithRealGlyphs() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String memo : List.of("country/CN.pdf", "country/KR.pdf", "topic/trade.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(memos.resolve(memo).toFile())) {
                assertThat(text(pdf)).as(memo).contains(NAMES);
                assertThat(notdefGlyphs(pdf)).as(memo + ": characters drawn with the missing glyph").isEmpty();
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void markupInReadoutsShowsAsLiteralText() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String memo : List.of("country/CN.pdf", "topic/trade.pdf", "digest-2026-11-27.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(memos.resolve(memo).toFile())) {
                assertThat(text(pdf)).as(memo).contains(SCRIPT);
            }
        }
        try (PDDocument pdf = Loader.loadPDF(memos.resolve("country/CN.pdf").toFile())) {
            // where a line breaks, the extracted text has a space the memo had not
            assertThat(text(pdf).replace(" ", "")).contains(("The ministers will meet again " + IMAGE + " " + CSS).replace(" ", ""));
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getResources().getXObjectNames()).as("images on a page").isEmpty();
            }
        }
    }

    @Test
    void memosWithCjkNamesAreStillPdfAAndPdfUa() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (var flavour : List.of(PdfConformance.PDF_A, PdfConformance.PDF_UA)) {
            assertThat(PdfConformance.failures(memos.resolve("country/CN.pdf"), flavour)).as(flavour.toString()).isEmpty();
        }
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    /** Every character the memo draws with glyph 0, .notdef: the box or blank a reader would see. */
    private static List<String> notdefGlyphs(PDDocument pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (p.getFont() instanceof PDType0Font font && font.codeToGID(p.getCharacterCodes()[0]) == 0) {
                        missing.add(p.getUnicode() + " in " + font.getName());
                    }
                }
            }
        };
        stripper.getText(pdf);
        return missing;
    }

    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }
}
