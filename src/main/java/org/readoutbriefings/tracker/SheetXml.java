package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.util.CellReference;

/**
 * The {@code <sheetData>} rows of a worksheet, written straight to UTF-8 bytes in chunks of a
 * {@link DeflatedPart} (its failures thrown as {@link UncheckedIOException}): the XML POI's streaming writer would produce for the same cells (inline strings,
 * numbers, formulas, styled blanks, the same escaping), without a row or cell object, a lock or a
 * character encoder per call.
 * <p>
 * Escaping follows POI's {@code SheetDataWriter}: {@code < > & "} as entities, line feed, carriage return,
 * tab and no-break space as character references, other control characters and U+FFFE/U+FFFF as
 * {@code ?}; a surrogate pair as its code point, a lone surrogate as {@code ?} (as the UTF-8 encoder
 * behind POI's writer replaces it); {@code xml:space="preserve"} on text that starts or ends with white
 * space.
 */
final class SheetXml {

    /** Bytes one character may take once escaped: {@code &quot;} or {@code &#xa0;}. */
    private static final int MAX_CHAR_BYTES = 6;
    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] INLINE_STRING = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_STRING_PRESERVE = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_STRING_END = ascii("</t></is></c>");
    private static final byte[] VALUE = ascii("><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] FORMULA = ascii("><f>");
    /** A formula's cached result: 0, as POI writes for a formula cell never evaluated. */
    private static final byte[] FORMULA_END = ascii("</f><v>0</v></c>");
    private static final byte[] BLANK_END = ascii("/>");

    private final DeflatedPart part;
    private final byte[][] columns;
    private final byte[][] styles = new byte[256][];
    private final byte[] row = new byte[10];
    private int rowLength;
    private byte[] buf;
    private int pos;

    SheetXml(DeflatedPart part, int columnCount) {
        this.part = part;
        this.columns = new byte[columnCount][];
        for (int i = 0; i < columnCount; i++) {
            columns[i] = ascii(CellReference.convertNumToColString(i));
        }
        this.buf = chunk();
        raw(ascii("<sheetData>"));
    }

    /** Starts row {@code index} (0-based, as POI counts). */
    void startRow(int index) {
        int number = index + 1;
        rowLength = 0;
        for (int n = number; n > 0; n /= 10) {
            rowLength++;
        }
        for (int i = rowLength - 1, n = number; i >= 0; i--, n /= 10) {
            row[i] = (byte) ('0' + n % 10);
        }
        room(ROW_START.length + rowLength + 2);
        put(ROW_START);
        System.arraycopy(row, 0, buf, pos, rowLength);
        pos += rowLength;
        buf[pos++] = '"';
        buf[pos++] = '>';
    }

    void endRow() {
        raw(ROW_END);
    }

    /** A text cell, as an inline string. */
    void text(int column, int style, String value) {
        cell(column, style);
        boolean preserve = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
        raw(preserve ? INLINE_STRING_PRESERVE : INLINE_STRING);
        escaped(value);
        raw(INLINE_STRING_END);
    }

    void number(int column, int style, long value) {
        cell(column, style);
        raw(VALUE);
        room(20);
        if (value < 0) {
            buf[pos++] = '-';
        }
        int start = pos;
        long n = value;
        do {
            buf[pos++] = (byte) ('0' + Math.abs(n % 10));
            n /= 10;
        } while (n != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte b = buf[i];
            buf[i] = buf[j];
            buf[j] = b;
        }
        raw(VALUE_END);
    }

    void number(int column, int style, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            number(column, style, (long) value);
            return;
        }
        cell(column, style);
        raw(VALUE);
        raw(ascii(Double.toString(value)));
        raw(VALUE_END);
    }

    void formula(int column, int style, String formula) {
        cell(column, style);
        raw(FORMULA);
        escaped(formula);
        raw(FORMULA_END);
    }

    /** An empty cell that still carries its style (locked or not, its format for what staff type). */
    void blank(int column, int style) {
        cell(column, style);
        raw(BLANK_END);
    }

    /** Ends the sheet data and hands the last bytes to the part. */
    void finish() {
        raw(ascii("</sheetData>"));
        try {
            part.write(buf, pos);
            buf = null;
            part.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(int column, int style) {
        byte[] ref = columns[column];
        room(CELL_START.length + ref.length + rowLength + STYLE.length + 6);
        put(CELL_START);
        put(ref);
        System.arraycopy(row, 0, buf, pos, rowLength);
        pos += rowLength;
        if (style != 0) {
            put(STYLE);
            put(styleDigits(style));
        }
        buf[pos++] = '"';
    }

    private byte[] styleDigits(int style) {
        if (style >= styles.length) {
            return ascii(Integer.toString(style));
        }
        byte[] digits = styles[style];
        if (digits == null) {
            digits = ascii(Integer.toString(style));
            styles[style] = digits;
        }
        return digits;
    }

    private void escaped(String s) {
        int length = s.length();
        int i = 0;
        while (i < length) {
            // as many characters as surely fit in the chunk, without a check each
            int end = Math.min(length, i + (buf.length - pos) / MAX_CHAR_BYTES);
            if (end == i) {
                flush();
                continue;
            }
            byte[] b = buf;
            int p = pos;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"') {
                        b[p++] = (byte) c;
                    } else {
                        p = special(b, p, c);
                    }
                } else if (c < 0x800) {
                    if (c == '\u00A0') {
                        p = put(b, p, "&#xa0;");
                    } else {
                        b[p++] = (byte) (0xC0 | c >> 6);
                        b[p++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        b[p++] = (byte) (0xF0 | cp >> 18);
                        b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[p++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        b[p++] = '?';
                    }
                } else if (c >= '\uFFFE') {
                    b[p++] = '?';
                } else {
                    b[p++] = (byte) (0xE0 | c >> 12);
                    b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                }
            }
            pos = p;
        }
    }

    private static int special(byte[] b, int p, char c) {
        return switch (c) {
            case '<' -> put(b, p, "&lt;");
            case '>' -> put(b, p, "&gt;");
            case '&' -> put(b, p, "&amp;");
            case '"' -> put(b, p, "&quot;");
            case '\n' -> put(b, p, "&#xa;");
            case '\r' -> put(b, p, "&#xd;");
            case '\t' -> put(b, p, "&#x9;");
            default -> {
                b[p] = '?';
                yield p + 1;
            }
        };
    }

    private static int put(byte[] b, int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[p++] = (byte) ascii.charAt(i);
        }
        return p;
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void raw(byte[] bytes) {
        if (bytes.length > buf.length - pos) {
            flush();
            if (bytes.length > buf.length) {
                throw new IllegalArgumentException("longer than a chunk");
            }
        }
        put(bytes);
    }

    private void room(int n) {
        if (n > buf.length - pos) {
            flush();
        }
    }

    private void flush() {
        try {
            part.write(buf, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf = chunk();
        pos = 0;
    }

    private byte[] chunk() {
        try {
            return part.chunk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
