package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.readoutbriefings.domain.RecordOrigin;

/**
 * {@code .pdf}: a readout published as PDF, its text extracted with PDFBox, its publication date taken from
 * its metadata. Encrypted, corrupt, page-less and image-only (scanned) PDFs are rejected with the reason.
 * PDFBox buffers the file in a temporary file, not the heap.
 */
public final class PdfFormat implements InputFormat {

    /** Fewer letters than this over the whole document means a scan without a text layer. */
    private static final int MIN_LETTERS = 40;

    private final long maxBytes;

    public PdfFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        return SingleRecordCursor.of(() -> read(file, name));
    }

    /**
     * The day the PDF was made, as its XMP metadata (xmp:CreateDate, then dc:date) or else its document
     * information give it: a published readout's PDF is made the day it is published.
     */
    static LocalDate published(PDDocument pdf) {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try (InputStream xml = metadata.exportXMPMetadata()) {
                XMPMetadata xmp = new DomXmpParser().parse(xml);
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                Calendar created = basic == null ? null : basic.getCreateDate();
                if (created == null && xmp.getDublinCoreSchema() != null && xmp.getDublinCoreSchema().getDates() != null) {
                    created = xmp.getDublinCoreSchema().getDates().stream().findFirst().orElse(null);
                }
                if (created != null) {
                    return day(created);
                }
            } catch (IOException | XmpParsingException | RuntimeException e) {
                // broken XMP is no reason to refuse the text: the document information may still say
            }
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        return info == null || info.getCreationDate() == null ? null : day(info.getCreationDate());
    }

    /** The calendar day in the PDF's own zone, as its author saw it. */
    private static LocalDate day(Calendar calendar) {
        return LocalDate.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
    }

    private SourceRecord read(Path file, String name) throws IOException {
        RecordOrigin origin = new RecordOrigin(name, 1);
        String problem = WholeFile.tooLarge(file, maxBytes);
        if (problem != null) {
            return SourceRecord.unreadable(origin, problem);
        }
        if (Files.size(file) == 0) {
            return SourceRecord.unreadable(origin, "the file is empty");
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted()) {
                return SourceRecord.unreadable(origin, "the PDF is encrypted; save an unencrypted copy");
            }
            if (pdf.getNumberOfPages() == 0) {
                return SourceRecord.unreadable(origin, "the PDF has no pages");
            }
            String text = new PDFTextStripper().getText(pdf);
            if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                return SourceRecord.unreadable(origin, "the PDF has no text layer (a scanned image?); run OCR on it first");
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return SourceRecord.prose(origin, text, title == null || title.isBlank() ? null : title, published(pdf));
        } catch (InvalidPasswordException e) {
            return SourceRecord.unreadable(origin, "the PDF is encrypted with a password");
        } catch (IOException | RuntimeException e) {
            return SourceRecord.unreadable(origin, "not a readable PDF: " + e.getMessage());
        }
    }
}
