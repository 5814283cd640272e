package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * WorkbookRows reads what POI's XSSFSheetXMLHandler read before (the reference here is that reader, as
 * the tracker had it): a tracker as the run writes it (inline strings) and as a spreadsheet program saves
 * it back (shared strings), with the values staff type: numbers, dates, text where a date belongs,
 * booleans, errors, formula results, rich text, Excel's _xHHHH_ escapes, a repeated header.
 */
class WorkbookRowsTest {

    @TempDir
    Path folder;

    @Test
    void readsAsPoisSheetHandlerDid() throws Exception {
        Path written = folder.resolve("written.xlsx");
        try (TrackerWorkbook workbook = new TrackerWorkbook(); OutputStream out = Files.newOutputStream(written)) {
            List<Column> columns = List.of(Column.generated("ID", 20), Column.generated("Date", 11),
                    Column.free("Notes", 30), Column.choice("Status", 12, List.of("Open", "Done")),
                    Column.date("Due date"), Column.generated("Days open", 10), Column.generated("Link", 10),
                    Column.free("Notes", 20), Column.generated("", 5));
            TrackerSheet sheet = new TrackerSheet(workbook, "Commitments", new TrackerStyles(workbook.poi()), columns,
                    List.of(), "", 1000);
            String[] texts = {"plain", " padded ", "tab\there", "line\nbreak\r\n", "escaped _x000D_ and _x0041_",
                    "not _x00G1_ escaped", "\u65e5\u672c \uD83D\uDE00", "=1+1", "", null};
            for (int i = 0; i < 40; i++) {
                sheet.newRow().text(i == 7 ? null : "c-" + i).date(LocalDate.of(2026, 1, 1).plusDays(i * 17L))
                        .wrapped(texts[i % texts.length]).text(i % 3 == 0 ? "Open" : null)
                        .date(i % 4 == 0 ? LocalDate.of(2027, 3, 31) : null).number(i % 5 == 0 ? null : (long) i)
                        .webLink("https://example.org/" + i, "Readout").text(texts[(i + 3) % texts.length])
                        .text(i == 9 ? "only here" : null);
            }
            sheet.finish();
            workbook.write(out);
        }
        assertThat(ours(written)).isEqualTo(reference(written)).hasSizeGreaterThan(30);

        // saved back by a spreadsheet program: shared strings, and values typed as staff type them
        Path saved = folder.resolve("saved.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written))) {
            Sheet sheet = workbook.getSheet("Commitments");
            CellStyle date = sheet.getRow(1).getCell(1).getCellStyle();
            CellStyle general = workbook.createCellStyle();
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            set(sheet, 2, 3).setCellValue("Done");
            set(sheet, 3, 3).setCellValue(42);                           // a number where a status belongs
            set(sheet, 4, 4).setCellValue("next week");                  // text where a date belongs
            set(sheet, 5, 4).setCellValue(46000);                        // a date's number without a date format
            set(sheet, 5, 4).setCellStyle(general);
            set(sheet, 6, 4).setCellValue(LocalDate.of(2027, 12, 24));
            set(sheet, 6, 4).setCellStyle(date);
            set(sheet, 7, 2).setCellValue(true);
            set(sheet, 8, 2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            Cell formula = set(sheet, 9, 2);
            formula.setCellFormula("\"a\"&\"b\"");
            Cell number = set(sheet, 10, 5);
            number.setCellValue(0.256);
            number.setCellStyle(percent);
            XSSFRichTextString rich = new XSSFRichTextString("rich and plain");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            set(sheet, 11, 2).setCellValue(rich);
            set(sheet, 12, 7).setCellValue("second notes column");
            set(sheet, 13, 0).setCellValue("   ");                       // a blanked ID
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            try (OutputStream out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
        }
        assertThat(ours(saved)).isEqualTo(reference(saved)).hasSizeGreaterThan(30);
    }

    @Test
    void unescapesAsPoisRichText() {
        for (String s : new String[]{"plain", "_x000D_", "a_x0041_b_x004a_c", "_x00G1_", "_x12345_", "__x0041__", "_x",
                "x_x263A_"}) {
            assertThat(WorkbookRows.unescape(s)).as(s).isEqualTo(new XSSFRichTextString(s).getString());
        }
    }

    private static Cell set(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r.getCell(column);
        return cell != null ? cell : r.createCell(column);
    }

    /** Every row as sheet!row -> header -> shown value, through WorkbookRows. */
    private static Map<String, Map<String, String>> ours(Path file) throws Exception {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> headers = List.of("ID", "Date", "Notes", "Status", "Due date", "Days open", "Link", "", "Other");
        new WorkbookRows(1 << 20).read(file, name -> true, row -> {
            Map<String, String> cells = new TreeMap<>();
            headers.forEach(h -> cells.put(h, String.valueOf(row.get(h))));
            rows.put(row.sheet() + "!" + row.row(), cells);
        });
        return rows;
    }

    /** The reader as the tracker had it: POI's XSSFSheetXMLHandler and a row collector. */
    private static Map<String, Map<String, String>> reference(Path file) throws Exception {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> headerNames = List.of("ID", "Date", "Notes", "Status", "Due date", "Days open", "Link", "", "Other");
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    Map<Integer, String> headers = new HashMap<>();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                Map<String, String> cells;
                                int rowNum;

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
                                        Map<String, String> shown = new TreeMap<>();
                                        headerNames.forEach(h -> {
                                            String v = cells.get(h);
                                            shown.put(h, String.valueOf(v == null || v.isBlank() ? null : v.strip()));
                                        });
                                        rows.put(name + "!" + (rowNum + 1), shown);
                                    }
                                }
                            }, new IsoDates(), false));
                    parser.parse(new InputSource(in));
                }
            }
        }
        return rows;
    }

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
