package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A readout's title or a name in Thai, Lao, Khmer, Myanmar, Tamil or Sinhala shows in the memo as written: the
 * memo fonts have its glyphs (openhtmltopdf draws "#" for a glyph no font has), and the PDF stays valid PDF/A
 * and PDF/UA.
 */
class ScriptsInMemosTest {

    private final MemoRenderer renderer = new MemoRenderer(Path.of("templates"));

    @TempDir
    Path folder;

    @Test
    void thaiLaoKhmerMyanmarTamilAndSinhalaAreDrawnWithTheirOwnGlyphs() throws IOException {
        // titles of our own: the Thai Prime Minister meets the Lao Foreign Minister, the Lao minister meets the Thai
        // ambassador, the Cambodian Prime Minister meets the Thai minister, Myanmar's minister meets and talks, Sri
        // Lanka's President meets the Prime Minister (Tamil), Sri Lanka's President (Sinhala)
        String scripts = "นายกรัฐมนตรีไทยพบกับรัฐมนตรีต่างประเทศลาวที่กรุงเทพฯ ไทย ລັດຖະມົນຕີການຕ່າງປະເທດລາວພົບກັບເອກອັກຄະລັດຖະທູດໄທ ລາວ"
                + " នាយករដ្ឋមន្ត្រីកម្ពុជាជួបរដ្ឋមន្ត្រីការបរទេសថៃ မြန်မာနိုင်ငံ နိုင်ငံခြားရေးဝန်ကြီး တွေ့ဆုံ ဆွေးနွေး"
                + " இலங்கை ஜனாதிபதி பிரதமருடன் சந்திப்பு ශ්‍රී ලංකා ජනාධිපති";
        byte[] pdf = renderer.pdf(sampleTitled(scripts));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContain("#").contains("ไทย", "ລາວ");
        }
        Path file = Files.write(folder.resolve("scripts.pdf"), pdf);
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_A)).isEmpty();
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_UA)).isEmpty();
    }

    @Test
    void arabicAndHebrewRunRightToLeftWithArabicLettersJoined() throws IOException {
        // titles of our own: "the foreign minister receives a call from his Chilean counterpart"; "the minister met her Chilean colleague"
        String arabic = "وزير الخارجية يتلقى اتصالا من نظيره التشيلي";
        String hebrew = "השרה נפגשה עם עמיתה מצ'ילה";
        byte[] pdf = renderer.pdf(sampleTitled(arabic + " " + hebrew));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the text as drawn, glyph by glyph, before the stripper puts it back in reading order and unjoins it
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    glyphs.forEach(g -> drawn.append(g.getUnicode()));
                }
            };
            stripper.getText(document);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContain("#").contains("השרה", "وزير الخارجية");
            // Arabic in its joined forms (presentation forms B), not letters standing alone
            assertThat(drawn.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).as("joined Arabic letters").isGreaterThan(10);
        }
        Path file = Files.write(folder.resolve("rtl.pdf"), pdf);
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_A)).isEmpty();
        assertThat(PdfConformance.failures(file, PdfConformance.PDF_UA)).isEmpty();
    }

    /** The first sample memo with words added to its title, as a readout's title in another script would be. */
    private static MemoView sampleTitled(String words) {
        MemoView v = (MemoView) MemoSamples.all().get(0);
        return new MemoView(v.kind(), v.subjectKey(), v.subjectName(), v.title() + " " + words, v.handling(),
                v.to(), v.from(), v.date(), v.periodFrom(), v.periodTo(), v.keyFigures(), v.themes(), v.months(),
                v.meetings(), v.moreMeetings(), v.groups(), v.moreCommitments(), v.completed(), v.followUps(),
                v.moreFollowUps(), v.sources());
    }
}
