package org.readoutbriefings.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.readoutbriefings.tracker.TrackerRowsFixture;

/**
 * A lower bound for the tracker's Commitments sheet: the same rows, the same 16 columns and the same cell
 * values (inline strings, dates as serial numbers, the two HYPERLINK formulas), written by the least an
 * XLSX needs: a {@link ZipOutputStream} with six parts, two cell styles (plain, and a date format), and
 * sheet XML encoded to UTF-8 by hand into a byte buffer. No table, validation, highlight, protection,
 * column widths or blank styled cells. Test scope only: the benchmark's yardstick, not a product.
 */
final class MinimalXlsxWriter {

    private static final String[] HEADERS = {"ID", "Date", "Partner", "Topic", "Commitment", "Source", "Status",
            "Owner", "Due date", "Compliance", "Notes", "Days open", "Last mentioned", "Source link", "Memo", "Kept"};
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

    private final int level;
    private final LocalDate runDate;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private OutputStream out;
    private int row;

    /** @param level deflate level, 0-9, or -1 for zlib's default (6) */
    MinimalXlsxWriter(int level, LocalDate runDate) {
        this.level = level;
        this.runDate = runDate;
    }

    long write(Path file, TrackerRowsFixture rows) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(level);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Commitments\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "<calcPr fullCalcOnLoad=\"1\"/></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");

            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out = zip;
            ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            row = 1;
            ascii("<row r=\"1\">");
            for (int c = 0; c < HEADERS.length; c++) {
                text(c, 1, HEADERS[c]);
            }
            ascii("</row>");
            rows.forEach(this::row);
            ascii("</sheetData></worksheet>");
            flush();
            zip.closeEntry();
        }
        return rows.count();
    }

    private void row(TrackerRowsFixture.Row row) {
        try {
            int r = ++this.row;
            ascii("<row r=\"");
            number(r);
            ascii("\">");
            text(0, r, row.id());
            date(1, r, row.date());
            text(2, r, row.partner());
            text(3, r, row.topic());
            text(4, r, row.text());
            text(5, r, row.source());
            text(6, r, row.status());
            if (row.due() != null) {
                date(8, r, row.due());
            }
            ref(11, r, -1);
            ascii("><v>");
            number(ChronoUnit.DAYS.between(row.date(), runDate));
            ascii("</v></c>");
            date(12, r, row.lastMentioned());
            ref(13, r, -1);
            ascii("><f>HYPERLINK(&quot;");
            escaped(row.sourceUrl());
            ascii("&quot;,&quot;Readout&quot;)</f></c>");
            ref(14, r, -1);
            ascii("><f>HYPERLINK(&quot;memos/country/");
            escaped(row.memoCountry());
            ascii(".pdf&quot;,&quot;Memo ");
            escaped(row.memoCountry());
            ascii("&quot;)</f></c>");
            ascii("</row>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@code <c r="B7"} and, for a style, {@code  s="1"}; the caller ends the start tag. */
    private void ref(int column, int row, int style) throws IOException {
        ascii("<c r=\"");
        room(1);
        buf[pos++] = (byte) ('A' + column);
        number(row);
        ascii("\"");
        if (style > 0) {
            ascii(" s=\"");
            number(style);
            ascii("\"");
        }
    }

    private void text(int column, int row, String value) throws IOException {
        ref(column, row, -1);
        ascii(" t=\"inlineStr\"><is><t>");
        escaped(value);
        ascii("</t></is></c>");
    }

    private void date(int column, int row, LocalDate value) throws IOException {
        ref(column, row, 1);
        ascii("><v>");
        number(value.toEpochDay() - EXCEL_EPOCH_DAY);
        ascii("</v></c>");
    }

    private void number(long value) throws IOException {
        if (value < 0) {
            room(1);
            buf[pos++] = '-';
            value = -value;
        }
        room(20);
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte b = buf[i];
            buf[i] = buf[j];
            buf[j] = b;
        }
    }

    private void ascii(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /** XML-escaped, UTF-8 encoded. */
    private void escaped(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            room(6);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    default -> buf[pos++] = (byte) (c < ' ' && c != '\n' && c != '\t' && c != '\r' ? '?' : c);
                }
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void room(int n) throws IOException {
        if (pos + n > buf.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }
}
