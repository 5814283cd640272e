package org.readoutbriefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One-page PDFs with a text layer, as a readout published as PDF has, for the tests that read them. */
public final class TextPdfs {

    private TextPdfs() {
    }

    /** A new document whose one page holds these lines; the caller adds metadata, saves and closes it. */
    public static PDDocument document(List<String> lines) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
            text.beginText();
            text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            text.newLineAtOffset(50, 700);
            for (String line : lines) {
                text.showText(line);
                text.newLineAtOffset(0, -16);
            }
            text.endText();
        }
        return pdf;
    }

    /** Writes a one-page PDF of these lines. */
    public static void write(Path file, String... lines) throws IOException {
        try (PDDocument pdf = document(List.of(lines))) {
            pdf.save(file.toFile());
        }
    }

    /** The bytes of a document, saved. */
    public static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

}
