package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TrackerSheetTest {

    @Test
    void textThatLooksLikeAFormulaStaysTextAndLongTextIsCutVisibly() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "=cmd|' /C calc'!A0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, true, false)) {
            TrackerSheet sheet = new TrackerSheet(workbook.createSheet("S"), new TrackerStyles(workbook),
                    List.of(new TrackerSheet.Column("Text", 20)));
            hostile.forEach(text -> sheet.newRow().text(text));
            sheet.newRow().wrapped("x".repeat(40_000));
            sheet.finish();
            workbook.write(out);
            workbook.dispose();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("S");
            for (int i = 0; i < hostile.size(); i++) {
                var cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
            }
            String cut = sheet.getRow(hostile.size() + 1).getCell(0).getStringCellValue();
            assertThat(cut).hasSize(TrackerSheet.MAX_CELL_TEXT).endsWith(TrackerSheet.CUT_MARKER);
        }
    }
}
