package org.readoutbriefings.tracker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of a workbook's sheets, each as its cells' displayed text by column header, with
 * SAX: the heap holds one row at a time, whatever the number of rows. Dates read as {@code yyyy-MM-dd}
 * whatever their display format. The zip is opened with POI's zip-bomb guards, and a shared-strings
 * table (the one part that must be held in memory) larger than a limit is refused.
 * <p>
 * A cell shows as with POI's {@link XSSFSheetXMLHandler} (formula cells by their results, shared strings
 * as POI's read-only table gives them), but the cell styles are looked up once per style rather than once
 * per cell, shared and inline strings are not made rich-text objects, and numbers are formatted only when
 * the reader asks for their column. A sheet in UTF-8 (as Excel and this run write them) is parsed by
 * {@link SheetXmlReader}, any other by the JDK's SAX parser with POI's safe settings.
 */
final class WorkbookRows {

    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Excel's escape of a character in a string: {@code _x000D_}. */
    private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Thrown when a workbook cannot be read; the message says why, for the run report. */
    static final class UnreadableWorkbookException extends IOException {
        UnreadableWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final long maxSharedStringsBytes;

    WorkbookRows(long maxSharedStringsBytes) {
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /** Passes the data rows of every sheet whose name {@code wanted} accepts to {@code rows}. */
    void read(Path file, Predicate<String> wanted, Consumer<SheetRow> rows)
            throws UnreadableWorkbookException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            List<PackagePart> sharedStrings = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            for (PackagePart part : sharedStrings) {
                if (part.getSize() > maxSharedStringsBytes) {
                    throw new UnreadableWorkbookException("its shared strings (" + part.getSize()
                            + " bytes) exceed the limit of " + maxSharedStringsBytes + " bytes", null);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings.isEmpty() ? null : SharedStrings.read(sharedStrings.get(0));
            Formats formats = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (wanted.test(name)) {
                        if (formats == null) {
                            formats = new Formats(reader.getStylesTable(), strings);
                        }
                        SheetHandler handler = new SheetHandler(name, formats, rows);
                        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
                        if (SheetXmlReader.reads(buffered)) {
                            SheetXmlReader.parse(buffered, handler);
                        } else {
                            XMLReader parser = XMLHelper.newXMLReader();
                            parser.setContentHandler(handler);
                            parser.parse(new InputSource(buffered));
                        }
                    }
                }
            }
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports zip bombs, truncated zips and bad XML each its own way; all mean "not a readable tracker"
            throw new UnreadableWorkbookException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * A data row: sheet name, row number as Excel shows it, and its cells by header. A number's displayed
     * text is worked out when it is asked for: a reader asks for a few columns of most rows.
     */
    static final class SheetRow {
        private final String sheet;
        private final int row;
        private final Map<String, Object> cells;

        SheetRow(String sheet, int row, Map<String, Object> cells) {
            this.sheet = sheet;
            this.row = row;
            this.cells = cells;
        }

        String sheet() {
            return sheet;
        }

        int row() {
            return row;
        }

        /** The cell's displayed text, stripped, or null for a blank or missing cell. */
        String get(String header) {
            String value = text(cells.get(header));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static String text(Object cell) {
        return cell instanceof NumberCell number ? number.text() : (String) cell;
    }

    /** A number, or a formula's result, shown through its cell's format once asked for. */
    private static final class NumberCell {
        private final DataFormatter formatter;
        private final Format format;
        private final String raw;
        private String text;

        NumberCell(DataFormatter formatter, Format format, String raw) {
            this.formatter = formatter;
            this.format = format;
            this.raw = raw;
        }

        String text() {
            if (text == null) {
                text = raw;
                if (format != null && format.string() != null && !raw.isEmpty()) {
                    try {
                        text = formatter.formatRawCellContents(Double.parseDouble(raw.trim()), format.index(),
                                format.string());
                    } catch (RuntimeException e) {
                        // as POI's handler: the raw value, e.g. a formula's text result in a number cell
                    }
                }
            }
            return text;
        }
    }

    /** A cell style's number format: its index and format string. */
    private record Format(int index, String string) {
    }

    /** Cell styles' number formats, looked up once each, and the shared strings. */
    private static final class Formats {
        private final StylesTable styles;
        private final List<String> sharedStrings;
        private final DataFormatter formatter = new IsoDates();
        private final Map<Integer, Format> byStyle = new HashMap<>();

        Formats(StylesTable styles, List<String> sharedStrings) {
            this.styles = styles;
            this.sharedStrings = sharedStrings;
        }

        /** The format of a number cell with this style attribute (null: none), as POI's handler finds it. */
        Format of(String styleAttribute) {
            if (styles == null) {
                return null;
            }
            int index;
            if (styleAttribute != null) {
                index = Integer.parseInt(styleAttribute.trim());
            } else if (styles.getNumCellStyles() > 0) {
                index = 0;
            } else {
                return null;
            }
            Format format = byStyle.get(index);
            if (format == null && !byStyle.containsKey(index)) {
                XSSFCellStyle style = styles.getStyleAt(index);
                if (style != null) {
                    int formatIndex = style.getDataFormat();
                    String string = style.getDataFormatString();
                    format = new Format(formatIndex, string != null ? string : BuiltinFormats.getBuiltinFormat(formatIndex));
                }
                byStyle.put(index, format);
            }
            return format;
        }

        /** A shared string by its index, as POI's read-only table gives it (null for an index that is not a number). */
        String sharedString(String indexText) {
            String index = indexText.trim();
            if (index.isEmpty()) {
                return null;
            }
            int i;
            try {
                i = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                return null;
            }
            if (sharedStrings == null || i < 0 || i >= sharedStrings.size()) {
                throw new IllegalStateException("Cannot get item at " + i + " with "
                        + (sharedStrings == null ? 0 : sharedStrings.size()) + " shared strings");
            }
            return unescape(sharedStrings.get(i));
        }
    }

    /**
     * A string cell's text as POI's rich text gives it: Excel's {@code _xHHHH_} escapes turned back into
     * their characters.
     */
    static String unescape(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPED_CHARACTER.matcher(value);
        StringBuilder text = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            text.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : text.append(value, at, value.length()).toString();
    }

    /**
     * The shared strings, read as POI's {@code ReadOnlySharedStringsTable} (without phonetic runs) reads
     * them, but kept as plain strings.
     */
    private static final class SharedStrings extends DefaultHandler {
        private List<String> strings;
        private StringBuilder characters;
        private boolean tIsOpen;
        private boolean inPhonetic;

        static List<String> read(PackagePart part) throws IOException, SAXException, ParserConfigurationException {
            SharedStrings handler = new SharedStrings();
            try (InputStream in = part.getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(in));
            }
            return handler.strings == null ? List.of() : handler.strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(SPREADSHEETML)) {
                return;
            }
            switch (localName) {
                case "sst" -> {
                    String unique = attributes.getValue("uniqueCount");
                    if (attributes.getValue("count") != null) {
                        Long.parseLong(attributes.getValue("count"));
                    }
                    strings = new ArrayList<>(unique == null ? 10 : (int) Math.min(Long.parseLong(unique), 100_000));
                    characters = new StringBuilder(64);
                }
                case "si" -> {
                    if (characters != null) {
                        characters.setLength(0);
                    }
                }
                case "t" -> tIsOpen = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(SPREADSHEETML)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    if (strings != null && characters != null) {
                        strings.add(characters.toString());
                    }
                }
                case "t" -> tIsOpen = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (tIsOpen && !inPhonetic && characters != null) {
                characters.append(ch, start, length);
            }
        }
    }

    /**
     * One sheet's rows: names the cells by the header row and hands each row with a non-blank cell on.
     * Follows POI's {@link XSSFSheetXMLHandler} in what it takes as a cell's value.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final Formats formats;
        private final Consumer<SheetRow> rows;
        /** Header by column; null for a column without one. */
        private String[] headers = new String[32];
        private final Set<String> repeatedHeaders = new HashSet<>();
        private final StringBuilder value = new StringBuilder(64);
        private int[] rowColumns = new int[32];
        private final List<Object> rowCells = new ArrayList<>();
        private int rowNum;
        private int nextRowNum;
        private int column;
        private int nextColumn;
        private String reference;
        private char type;
        private Format format;
        private boolean valueOpen;
        private boolean inlineOpen;

        SheetHandler(String sheet, Formats formats, Consumer<SheetRow> rows) {
            this.sheet = sheet;
            this.formats = formats;
            this.rows = rows;
        }

        /** v, or t inside an inline string (and POI's odd "inlineStr"). */
        private boolean isText(String name) {
            return "v".equals(name) || "inlineStr".equals(name) || "t".equals(name) && inlineOpen;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(SPREADSHEETML)) {
                return;
            }
            if (isText(localName)) {
                valueOpen = true;
                if (!inlineOpen) {
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                inlineOpen = true;
            } else if ("row".equals(localName)) {
                String r = attributes.getValue("r");
                rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
                nextColumn = 0;
                rowCells.clear();
            } else if ("c".equals(localName)) {
                reference = attributes.getValue("r");
                column = reference != null ? column(reference) : nextColumn;
                nextColumn = column + 1;
                String t = attributes.getValue("t");
                format = null;
                if ("b".equals(t)) {
                    type = 'b';
                } else if ("e".equals(t)) {
                    type = 'e';
                } else if ("inlineStr".equals(t)) {
                    type = 'i';
                } else if ("s".equals(t)) {
                    type = 's';
                } else if ("str".equals(t)) {
                    type = 'r'; // a formula's text result: shown as it is
                } else {
                    type = 'n';
                    format = formats.of(attributes.getValue("s"));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(SPREADSHEETML)) {
                return;
            }
            if (isText(localName)) {
                valueOpen = false;
                if (!inlineOpen) {
                    cell();
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                inlineOpen = false;
                cell();
                value.setLength(0);
            } else if ("row".equals(localName)) {
                endRow();
                nextRowNum = rowNum + 1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (valueOpen) {
                value.append(ch, start, length);
            }
        }

        /** A cell's value is complete: keep it if its column has a header (or this is the header row). */
        private void cell() {
            if (rowNum != 0 && header(column) == null) {
                return;
            }
            Object cell = switch (type) {
                case 'b' -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
                case 'e' -> "ERROR:" + value;
                case 'i' -> unescape(value.toString());
                case 's' -> formats.sharedString(value.toString());
                default -> new NumberCell(formats.formatter, format, value.toString());
            };
            if (rowCells.size() == rowColumns.length) {
                rowColumns = java.util.Arrays.copyOf(rowColumns, rowColumns.length * 2);
            }
            rowColumns[rowCells.size()] = column;
            rowCells.add(cell);
        }

        private String header(int column) {
            return column >= 0 && column < headers.length ? headers[column] : null;
        }

        private void endRow() {
            if (rowNum == 0) {
                Set<String> names = new HashSet<>();
                for (String header : headers) {
                    if (header != null) {
                        names.add(header);
                    }
                }
                for (int i = 0; i < rowCells.size(); i++) {
                    String header = text(rowCells.get(i));
                    String name = header == null ? "" : header.strip();
                    if (!names.add(name)) {
                        repeatedHeaders.add(name);
                    }
                    int column = rowColumns[i];
                    if (column < 0) {
                        continue; // a reference without a column: no header
                    }
                    if (column >= headers.length) {
                        headers = java.util.Arrays.copyOf(headers, Math.max(column + 1, headers.length * 2));
                    }
                    headers[column] = name;
                }
                return;
            }
            Map<String, Object> cells = new HashMap<>(rowCells.size() * 2);
            boolean any = false;
            for (int i = 0; i < rowCells.size(); i++) {
                String header = headers[rowColumns[i]];
                Object cell = rowCells.get(i);
                if (repeatedHeaders.contains(header)) {
                    // of columns under one header, the last non-blank one counts
                    String text = text(cell);
                    if (text != null && !text.isBlank()) {
                        cells.put(header, text);
                        any = true;
                    }
                } else {
                    cells.put(header, cell);
                }
            }
            for (int i = 0; i < rowCells.size() && !any; i++) {
                String text = text(rowCells.get(i));
                any = text != null && !text.isBlank();
            }
            if (any) {
                rows.accept(new SheetRow(sheet, rowNum + 1, cells));
            }
        }

        /** The column of a cell reference such as "AB12" (0-based). */
        private static int column(String reference) {
            int column = 0;
            int i = 0;
            while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z' && i < 4) {
                column = column * 26 + reference.charAt(i) - 'A' + 1;
                i++;
            }
            if (i == 0 || i == reference.length()) {
                return new CellReference(reference).getCol();
            }
            for (int j = i; j < reference.length(); j++) {
                if (reference.charAt(j) < '0' || reference.charAt(j) > '9') {
                    return new CellReference(reference).getCol();
                }
            }
            return column - 1;
        }
    }

    /** Shows every date as ISO yyyy-MM-dd, whatever format staff or their locale gave the cell. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
