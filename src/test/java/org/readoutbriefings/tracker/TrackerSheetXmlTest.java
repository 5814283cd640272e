package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.readoutbriefings.tracker.TrackerSheet.Column;

/**
 * The rows TrackerSheet writes as XML itself read back exactly as the same cells set through POI's own
 * streaming API (what the tracker wrote before): types, texts (escaping, white space, control characters,
 * surrogates, cut text), dates, numbers, formulas, blanks and styles.
 */
class TrackerSheetXmlTest {

    private static final List<Column> COLUMNS = List.of(Column.generated("Text", 20), Column.free("Notes", 30),
            Column.date("Due date"), Column.generated("Days", 10), Column.generated("Link", 10));
    private static final List<String> TEXTS = List.of("plain", "  leading space", "trailing\t", "tab\tinside",
            "line\nbreak", "cr\rlf\r\n", "quote\" amp& lt< gt>", "apostrophe's", "nbsp\u00a0x", "ctrl\u0001\u001f\u0000",
            "not chars \uFFFE\uFFFF", "emoji \uD83D\uDE00 and \uD83C\uDDEF\uD83C\uDDF5", "lone \uD800 high",
            "lone \uDC00 low", "end high \uD83D", "\uDE00 start low", "accents \u00e9\u00fc, \u65e5\u672c\u8a9e, \u0939\u093f",
            "nel \u0085, ls \u2028, bom \uFEFF, del \u007f", "=1+1", "@SUM(A1)", "-2+3", " ", "\n",
            "x".repeat(40_000), "y".repeat(TrackerSheet.MAX_CELL_TEXT));
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 11, 27), LocalDate.of(1900, 1, 1),
            LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1), LocalDate.of(1899, 12, 31), LocalDate.of(9999, 12, 31),
            LocalDate.of(1970, 1, 1));

    @Test
    void readsBackAsThePoiStreamingApiWroteIt() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(TEXTS.size(), DATES.size()); i++) {
            rows.add(new Object[]{TEXTS.get(i % TEXTS.size()), i % 3 == 0 ? null : TEXTS.get((i + 5) % TEXTS.size()),
                    i % 4 == 3 ? null : DATES.get(i % DATES.size()), i % 5 == 4 ? null : (long) (i * 1_000_003 - 7),
                    i % 2 == 0 ? "https://example.org/r?id=" + i + "&x=\u00e9" : i % 3 == 0 ? "memos/country/US.pdf" : "ftp://no"});
        }
        try (XSSFWorkbook ours = read(ours(rows)); XSSFWorkbook poi = read(poi(rows))) {
            Sheet expected = poi.getSheet("S");
            Sheet actual = ours.getSheet("S");
            assertThat(actual.getLastRowNum()).isEqualTo(expected.getLastRowNum());
            for (int r = 0; r <= expected.getLastRowNum(); r++) {
                Row want = expected.getRow(r);
                Row got = actual.getRow(r);
                assertThat(got.getLastCellNum()).as("row %d", r).isEqualTo(want.getLastCellNum());
                for (int c = 0; c < want.getLastCellNum(); c++) {
                    Cell w = want.getCell(c);
                    Cell g = got.getCell(c);
                    String at = "row " + r + " column " + c;
                    assertThat(g.getCellType()).as(at).isEqualTo(w.getCellType());
                    assertThat(g.getCellStyle().getIndex()).as(at).isEqualTo(w.getCellStyle().getIndex());
                    switch (w.getCellType()) {
                        case STRING -> assertThat(g.getStringCellValue()).as(at).isEqualTo(w.getStringCellValue());
                        case NUMERIC -> assertThat(g.getNumericCellValue()).as(at).isEqualTo(w.getNumericCellValue());
                        case FORMULA -> {
                            assertThat(g.getCellFormula()).as(at).isEqualTo(w.getCellFormula());
                            assertThat(g.getCachedFormulaResultType()).as(at).isEqualTo(w.getCachedFormulaResultType());
                            assertThat(g.getNumericCellValue()).as(at).isEqualTo(w.getNumericCellValue());
                        }
                        default -> assertThat(w.getCellType()).as(at).isEqualTo(CellType.BLANK);
                    }
                }
            }
            assertThat(actual.getColumnWidth(0)).isEqualTo(expected.getColumnWidth(0));
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) actual).getCTWorksheet().getDimension().getRef())
                    .isEqualTo("A1:E" + (rows.size() + 1));
        }
    }

    private static byte[] ours(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TrackerWorkbook workbook = new TrackerWorkbook()) {
            TrackerSheet sheet = new TrackerSheet(workbook, "S", new TrackerStyles(workbook.poi()), COLUMNS, List.of(),
                    "", 1000);
            for (Object[] row : rows) {
                sheet.newRow().text((String) row[0]).wrapped((String) row[1]).date((LocalDate) row[2])
                        .number((Long) row[3]).webLink((String) row[4], "Readout \"1\"");
            }
            sheet.finish();
            workbook.write(out);
        }
        return out.toByteArray();
    }

    /** The same cells through POI's streaming API, as TrackerSheet set them before it wrote XML itself. */
    private static byte[] poi(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, true, false)) {
            TrackerStyles styles = new TrackerStyles(workbook);
            Sheet sheet = workbook.createSheet("S");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                set(header, i, styles.header).setCellValue(COLUMNS.get(i).header());
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                text(set(row, 0, styles.text), (String) values[0]);
                text(set(row, 1, styles.editableWrapped), (String) values[1]);
                Cell date = set(row, 2, styles.editableDate);
                if (values[2] != null) {
                    date.setCellValue((LocalDate) values[2]);
                }
                Cell number = set(row, 3, styles.number);
                if (values[3] != null) {
                    number.setCellValue((Long) values[3]);
                }
                Cell link = set(row, 4, styles.link);
                String address = TrackerSheet.linkable((String) values[4], true);
                if (address != null) {
                    link.setCellFormula("HYPERLINK(\"" + address + "\",\"Readout \"\"1\"\"\")");
                }
            }
            sheet.setColumnWidth(0, 20 * 256);
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }

    private static Cell set(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static void text(Cell cell, String value) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(TrackerSheet.cut(value));
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
