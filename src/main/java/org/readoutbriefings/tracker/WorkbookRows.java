package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

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
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a workbook's sheets, each as its cells' displayed text by column header, with
 * SAX: the heap holds one row at a time, whatever the number of rows. Dates read as {@code yyyy-MM-dd}
 * whatever their display format. The zip is opened with POI's zip-bomb guards, and a shared-strings
 * table (the one part that must be held in memory) larger than a limit is refused.
 */
final class WorkbookRows {

    /** A data row: sheet name, row number as Excel shows it, and its non-blank cells by header. */
    record SheetRow(String sheet, int row, Map<String, String> cells) {

        String get(String header) {
            String value = cells.get(header);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

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
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (part.getSize() > maxSharedStringsBytes) {
                    throw new UnreadableWorkbookException("its shared strings (" + part.getSize()
                            + " bytes) exceed the limit of " + maxSharedStringsBytes + " bytes", null);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (wanted.test(name)) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                                new RowCollector(name, rows), new IsoDates(), false));
                        parser.parse(new InputSource(in));
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

    /** Gathers one row's cells, names them by the header row, hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final Consumer<SheetRow> rows;
        private final Map<Integer, String> headers = new HashMap<>();
        private Map<String, String> cells;
        private int rowNum;

        RowCollector(String sheet, Consumer<SheetRow> rows) {
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells = new LinkedHashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (rowNum == 0) {
                headers.put(column, value == null ? "" : value.strip());
            } else if (headers.containsKey(column) && value != null && !value.isBlank()) {
                cells.put(headers.get(column), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum > 0 && !cells.isEmpty()) {
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
