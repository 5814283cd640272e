package org.readoutbriefings.tracker;

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

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Streams the rows of a workbook's sheets, each as its cells' displayed text by column header, with POI's
 * event API ({@link XSSFReader}, {@link XSSFSheetXMLHandler}): the heap holds one row at a time, whatever
 * the number of rows. Dates read as {@code yyyy-MM-dd} whatever their display format, so staff's locale
 * does not matter. Columns are found by their header, in any order.
 * <p>
 * Bounded against hostile files by POI: its zip-bomb guards ({@code ZipSecureFile}: an entry that inflates
 * more than 100 times or past 4 GB, and a zip of over 1,000 entries, are refused as they are read), its XML settings (no document type
 * declarations, so no entity expansion), and here a shared-strings table (the one part held in memory,
 * {@link ReadOnlySharedStringsTable}) larger than a limit is refused before it is read, and the count of
 * strings it declares is not believed (see {@link SharedStrings}).
 */
final class WorkbookRows {

    /** Thrown when a workbook cannot be read; the message says why, for the run report. */
    static final class UnreadableWorkbookException extends IOException {
        UnreadableWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The longest reason for the run report. */
    private static final int MAX_REASON = 400;

    private final long maxSharedStringsBytes;

    WorkbookRows(long maxSharedStringsBytes) {
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /** Passes the data rows of every sheet whose name {@code wanted} accepts to {@code rows}. */
    void read(Path file, Predicate<String> wanted, Consumer<SheetRow> rows) throws UnreadableWorkbookException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (part.getSize() > maxSharedStringsBytes) {
                    throw new UnreadableWorkbookException("its shared strings (" + part.getSize()
                            + " bytes) exceed the limit of " + maxSharedStringsBytes + " bytes", null);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = null;
            StylesTable styles = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!wanted.test(name)) {
                        continue;
                    }
                    if (strings == null) {
                        strings = SharedStrings.of(pkg);
                        styles = reader.getStylesTable();
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new HeaderRows(name, rows),
                            new IsoDates(), false));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (UnsupportedFileFormatException | InvalidFormatException e) {
            throw new UnreadableWorkbookException("not an xlsx workbook: " + reason(e), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports zip bombs, too many entries, bad XML and missing parts each its own way: keep its words
            throw new UnreadableWorkbookException(reason(e), e);
        }
    }

    /**
     * POI's message and, when it wraps another, the first cause's (a zip bomb in the content types part is
     * "Can't read content types part"), cut for the run report: some quote the file's content.
     */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = message(e);
        if (root != e && !message.contains(message(root))) {
            message += ": " + message(root);
        }
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "...";
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().strip();
    }

    /**
     * POI's read-only shared strings, without phonetic runs, but not sized by the count the file declares:
     * POI allocates a list of that many entries up front, so a forged {@code uniqueCount} of two billion
     * would exhaust the heap before a single string is read. The list grows with the strings instead.
     */
    private static final class SharedStrings extends ReadOnlySharedStringsTable {

        private SharedStrings(InputStream in) throws IOException, SAXException {
            super(in, false);
        }

        static SharedStrings of(OPCPackage pkg) throws IOException, SAXException {
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                return new SharedStrings(InputStream.nullInputStream());
            }
            try (InputStream in = parts.get(0).getInputStream()) {
                return new SharedStrings(in);
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            if ("sst".equals(localName) && attributes.getIndex("uniqueCount") >= 0) {
                AttributesImpl trusted = new AttributesImpl(attributes);
                trusted.removeAttribute(attributes.getIndex("uniqueCount"));
                attributes = trusted;
            }
            super.startElement(uri, localName, name, attributes);
        }
    }

    /** A data row: sheet name, row number as Excel shows it, and its cells' displayed text by header. */
    record SheetRow(String sheet, int row, Map<String, String> cells) {

        /** The cell's displayed text, stripped, or null for a blank or missing cell. */
        String get(String header) {
            String value = cells.get(header);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * One sheet's rows as POI's handler gives them: names the cells by the first row's headers and hands on
     * each later row with a non-blank cell. Of columns under one header, the last non-blank one counts.
     */
    private static final class HeaderRows implements SheetContentsHandler {
        private final String sheet;
        private final Consumer<SheetRow> rows;
        private final Map<Integer, String> headers = new HashMap<>();
        private final Set<String> repeatedHeaders = new HashSet<>();
        private final List<Integer> rowColumns = new ArrayList<>();
        private final List<String> rowCells = new ArrayList<>();
        private int rowNum;
        private int column;

        HeaderRows(String sheet, Consumer<SheetRow> rows) {
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            column = -1;
            rowColumns.clear();
            rowCells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // a cell without a reference (some writers leave them out) follows the one before it
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            if (rowNum == 0 || headers.containsKey(column)) {
                rowColumns.add(column);
                rowCells.add(value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                Set<String> names = new HashSet<>(headers.values());
                for (int i = 0; i < rowCells.size(); i++) {
                    String name = rowCells.get(i) == null ? "" : rowCells.get(i).strip();
                    if (!names.add(name)) {
                        repeatedHeaders.add(name);
                    }
                    headers.put(rowColumns.get(i), name);
                }
                return;
            }
            Map<String, String> cells = new HashMap<>(rowCells.size() * 2);
            boolean any = false;
            for (int i = 0; i < rowCells.size(); i++) {
                String header = headers.get(rowColumns.get(i));
                String text = rowCells.get(i);
                boolean blank = text == null || text.isBlank();
                any |= !blank;
                if (!blank || !repeatedHeaders.contains(header)) {
                    cells.put(header, text);
                }
            }
            if (any) {
                rows.accept(new SheetRow(sheet, rowNum + 1, cells));
            }
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
