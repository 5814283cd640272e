package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.readoutbriefings.tracker.TrackerSheet.Highlight;

class TrackerSheetTest {

    private static final List<Column> COLUMNS = List.of(Column.generated("Text", 20),
            Column.choice("Status", 12, List.of("Open", "Done")), Column.date("Due date"), Column.free("Notes", 30),
            Column.generated("Link", 10));

    @Test
    void textThatLooksLikeAFormulaStaysTextAndLongTextIsCutVisibly() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "=cmd|' /C calc'!A0");
        try (XSSFWorkbook read = write(10, sheet -> {
            hostile.forEach(text -> sheet.newRow().text(text).text(text).date(null).wrapped(text));
            sheet.newRow().wrapped("x".repeat(40_000));
        })) {
            XSSFSheet sheet = read.getSheet("S");
            for (int i = 0; i < hostile.size(); i++) {
                for (int column : new int[]{0, 1, 3}) {
                    var cell = sheet.getRow(i + 1).getCell(column);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                }
            }
            String cut = sheet.getRow(hostile.size() + 1).getCell(0).getStringCellValue();
            assertThat(cut).hasSize(TrackerSheet.MAX_CELL_TEXT).endsWith(TrackerSheet.CUT_MARKER);
        }
    }

    @Test
    void isAProtectedTableWithValidatedEditableColumnsAndHighlights() throws Exception {
        try (XSSFWorkbook read = write(100, sheet -> sheet.newRow().text("a").text("Open").date(LocalDate.of(2026, 1, 2))
                .text("note").webLink("https://example.org/readout?id=1", "Readout"))) {
            XSSFSheet sheet = read.getSheet("S");
            assertThat(sheet.getTables()).singleElement().satisfies(t -> {
                assertThat(t.getName()).isEqualTo("S");
                assertThat(t.getColumns()).extracting(c -> c.getName())
                        .containsExactly("Text", "Status", "Due date", "Notes", "Link");
            });
            assertThat(sheet.getProtect()).isTrue();
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(row.getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(2).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .extracting(DataValidationConstraint::getValidationType)
                    .containsExactlyInAnyOrder(DataValidationConstraint.ValidationType.LIST,
                            DataValidationConstraint.ValidationType.DATE);
            assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("Open", "Done"));
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getFormula1())
                    .isEqualTo("AND($B2=\"Open\",$C2<TODAY())");
            assertThat(row.getCell(4).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://example.org/readout?id=1\",\"Readout\")");
        }
    }

    @Test
    void aConfiguredPasswordProtectsTheSheet() throws Exception {
        try (XSSFWorkbook read = write(100, "s3cret", sheet -> sheet.newRow().text("a"))) {
            XSSFSheet sheet = read.getSheet("S");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.validateSheetPassword("s3cret")).isTrue();
            assertThat(sheet.validateSheetPassword("guess")).isFalse();
        }
    }

    @Test
    void rowsBeyondTheSheetLimitContinueOnANewSheet() throws Exception {
        try (XSSFWorkbook read = write(4, sheet -> {
            for (int i = 1; i <= 7; i++) {
                sheet.newRow().text("row " + i);
            }
        })) {
            assertThat(read.getNumberOfSheets()).isEqualTo(3);
            assertThat(read.getSheetName(1)).isEqualTo("S (2)");
            assertThat(read.getSheet("S").getLastRowNum()).isEqualTo(3);
            assertThat(read.getSheet("S (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Text");
            assertThat(read.getSheet("S (2)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("row 4");
            assertThat(read.getSheet("S (3)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("row 7");
            assertThat(read.getSheet("S (3)").getTables()).singleElement()
                    .satisfies(t -> assertThat(t.getName()).isEqualTo("S_3"));
        }
    }

    @Test
    void linksOnlyToWebPagesAndRelativeFiles() {
        assertThat(TrackerSheet.linkable("https://www.mofa.go.jp/a_o/na/page.html", true)).isNotNull();
        assertThat(TrackerSheet.linkable("javascript:alert(1)", true)).isNull();
        assertThat(TrackerSheet.linkable("file:///etc/passwd", true)).isNull();
        assertThat(TrackerSheet.linkable("https://x.org/\",\"y", true)).isNull();
        assertThat(TrackerSheet.linkable("memos/country/US.pdf", false)).isEqualTo("memos/country/US.pdf");
        assertThat(TrackerSheet.linkable("../secret.pdf", false)).isNull();
        assertThat(TrackerSheet.linkable("/etc/passwd", false)).isNull();
    }

    @Test
    void theFingerprintIsOfWhatTheSheetShowsLessTheCellsOfTheNight() throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 1);
        String tonight = fingerprint(sheet -> sheet.newRow().text("a").text("Open").ofTheNight().date(due).text("note"));

        // the same cells, a cell of the night holding another value: the same tracker for the fingerprint
        assertThat(fingerprint(sheet -> sheet.newRow().text("a").text("Open").ofTheNight().date(due.plusDays(3))
                .text("note"))).isEqualTo(tonight);
        // any other cell changed, emptied, or the rows in another order: another tracker
        assertThat(fingerprint(sheet -> sheet.newRow().text("a").text("Done").ofTheNight().date(due).text("note")))
                .isNotEqualTo(tonight);
        assertThat(fingerprint(sheet -> sheet.newRow().text("a").text("Open").ofTheNight().date(due).text(null)))
                .isNotEqualTo(tonight);
        assertThat(fingerprint(sheet -> sheet.newRow().text("a").text("Open").date(due).text("note")))
                .isNotEqualTo(tonight);
        assertThat(fingerprint(sheet -> {
            sheet.newRow().text("a");
            sheet.newRow().text("b");
        })).isNotEqualTo(fingerprint(sheet -> {
            sheet.newRow().text("b");
            sheet.newRow().text("a");
        }));
    }

    private static String fingerprint(Consumer<TrackerSheet> rows) throws IOException {
        try (TrackerWorkbook workbook = new TrackerWorkbook()) {
            TrackerSheet sheet = new TrackerSheet(workbook, "S", new TrackerStyles(workbook.poi()), COLUMNS, List.of(), "", 100);
            rows.accept(sheet);
            sheet.finish();
            return workbook.fingerprint().hex();
        }
    }

    private static XSSFWorkbook write(int maxRows, Consumer<TrackerSheet> rows) throws IOException {
        return write(maxRows, "", rows);
    }

    private static XSSFWorkbook write(int maxRows, String password, Consumer<TrackerSheet> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TrackerWorkbook workbook = new TrackerWorkbook()) {
            TrackerSheet sheet = new TrackerSheet(workbook, "S", new TrackerStyles(workbook.poi()), COLUMNS,
                    List.of(new Highlight("AND({Status}=\"Open\",{Due date}<TODAY())", IndexedColors.ROSE)), password,
                    maxRows);
            rows.accept(sheet);
            sheet.finish();
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
