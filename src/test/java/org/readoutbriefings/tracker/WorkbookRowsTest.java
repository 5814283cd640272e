package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.readoutbriefings.tracker.WorkbookRows.SheetRow;
import org.readoutbriefings.tracker.WorkbookRows.UnreadableWorkbookException;

/**
 * WorkbookRows reads a tracker as the run writes it (inline strings) and as a spreadsheet program saves it
 * back (shared strings), with the values staff type: dates in any display format, text where a date
 * belongs, numbers, booleans, errors, formula results, rich text, a repeated header, columns in any order.
 * It refuses, each for its own reason, what is not a workbook or is built to exhaust the machine.
 */
class WorkbookRowsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path folder;

    @Test
    void readsWhatTheRunWritesAndWhatAProgramSavesBack() throws Exception {
        Path written = folder.resolve("written.xlsx");
        try (TrackerWorkbook workbook = new TrackerWorkbook(); OutputStream out = Files.newOutputStream(written)) {
            List<Column> columns = List.of(Column.generated("ID", 20), Column.generated("Date", 11),
                    Column.free("Notes", 30), Column.choice("Status", 12, List.of("Open", "Done")),
                    Column.date("Due date"), Column.generated("Days open", 10), Column.generated("Link", 10),
                    Column.free("Notes", 20), Column.generated("", 5));
            TrackerSheet sheet = new TrackerSheet(workbook, "Commitments", new TrackerStyles(workbook.poi()), columns,
                    List.of(), "", 1000);
            for (int i = 0; i < 20; i++) {
                sheet.newRow().text("c-" + i).date(LocalDate.of(2026, 1, 1).plusDays(i * 17L))
                        .wrapped(i == 1 ? " padded \u65e5\u672c \uD83D\uDE00\nline " : null).text(i % 3 == 0 ? "Open" : null)
                        .date(i % 4 == 0 ? LocalDate.of(2027, 3, 31) : null).number(i % 5 == 0 ? null : (long) i)
                        .webLink("https://example.org/" + i, "Readout").text(i == 2 ? "=1+1" : null)
                        .text(i == 9 ? "only here" : null);
            }
            sheet.finish();
            workbook.write(out);
        }
        Map<String, SheetRow> rows = rows(written);
        assertThat(rows).hasSize(20);
        assertThat(rows.get("Commitments!2").cells()).containsEntry("ID", "c-0").containsEntry("Date", "2026-01-01")
                .containsEntry("Status", "Open").containsEntry("Due date", "2027-03-31");
        assertThat(rows.get("Commitments!2").get("Days open")).isNull();
        assertThat(rows.get("Commitments!3").cells()).containsEntry("Notes", " padded \u65e5\u672c \uD83D\uDE00\nline ")
                .containsEntry("Days open", "1").containsEntry("Date", "2026-01-18");
        assertThat(rows.get("Commitments!3").get("Notes")).isEqualTo("padded \u65e5\u672c \uD83D\uDE00\nline");
        assertThat(rows.get("Commitments!4").get("Notes")).as("the second Notes column, the last non-blank").isEqualTo("=1+1");
        assertThat(rows.get("Commitments!11").get("")).isEqualTo("only here");

        // saved back by a spreadsheet program: shared strings, and values typed as staff type them
        Path saved = folder.resolve("saved.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written))) {
            Sheet sheet = workbook.getSheet("Commitments");
            CellStyle isoDate = sheet.getRow(1).getCell(1).getCellStyle();
            CellStyle general = workbook.createCellStyle();
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle usDate = workbook.createCellStyle();
            usDate.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            CellStyle longDate = workbook.createCellStyle();
            longDate.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
            set(sheet, 2, 3).setCellValue("Done");
            set(sheet, 3, 3).setCellValue(42);                           // a number where a status belongs
            set(sheet, 4, 4).setCellValue("next week");                  // text where a date belongs
            set(sheet, 5, 4, general).setCellValue(46000);               // a date's number without a date format
            set(sheet, 6, 4, isoDate).setCellValue(LocalDate.of(2027, 12, 24));
            set(sheet, 7, 4, usDate).setCellValue(LocalDate.of(2027, 12, 25)); // the same dates in other formats
            set(sheet, 8, 4, longDate).setCellValue(LocalDate.of(2027, 12, 26));
            set(sheet, 9, 4).setCellValue("2027-12-27");                 // a date typed as text
            set(sheet, 7, 2).setCellValue(true);
            set(sheet, 8, 2).setCellErrorValue(FormulaError.DIV0.getCode());
            set(sheet, 9, 2).setCellFormula("\"a\"&\"b\"");
            set(sheet, 10, 5, percent).setCellValue(0.256);
            XSSFRichTextString rich = new XSSFRichTextString("rich and plain");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            set(sheet, 11, 2).setCellValue(rich);
            set(sheet, 13, 0).setCellValue("   ");                       // a blanked ID
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            try (OutputStream out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
        }
        rows = rows(saved);
        assertThat(rows).hasSize(20);
        assertThat(rows.get("Commitments!3").get("Status")).isEqualTo("Done");
        assertThat(rows.get("Commitments!4").get("Status")).isEqualTo("42");
        assertThat(rows.get("Commitments!5").get("Due date")).isEqualTo("next week");
        assertThat(rows.get("Commitments!6").get("Due date")).isEqualTo("46000");
        assertThat(rows.get("Commitments!7").get("Due date")).isEqualTo("2027-12-24");
        assertThat(rows.get("Commitments!8").get("Due date")).isEqualTo("2027-12-25");
        assertThat(rows.get("Commitments!9").get("Due date")).isEqualTo("2027-12-26");
        assertThat(rows.get("Commitments!10").get("Due date")).isEqualTo("2027-12-27");
        assertThat(rows.get("Commitments!8").get("Notes")).isEqualTo("TRUE");
        assertThat(rows.get("Commitments!9").get("Notes")).isEqualTo("ERROR:#DIV/0!");
        assertThat(rows.get("Commitments!10").get("Notes")).isEqualTo("ab");
        assertThat(rows.get("Commitments!11").get("Days open")).isEqualTo("25.6%");
        assertThat(rows.get("Commitments!12").get("Notes")).isEqualTo("rich and plain");
        assertThat(rows.get("Commitments!14").get("ID")).isNull();
        assertThat(rows.get("Commitments!3").get("Notes")).isEqualTo("padded \u65e5\u672c \uD83D\uDE00\nline");
    }

    @Test
    void readsInlineStringsSharedStringsAndCellsWithoutReferencesWithColumnsInAnyOrder() throws Exception {
        // as other programs write: shared and inline strings, a cell without its reference, a custom date
        // format, a 1904 date system left aside, columns in another order than the run writes them
        Path file = xlsx(folder.resolve("other.xlsx"), Map.of(
                "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"5\" uniqueCount=\"5\"><si><t>Status</t></si>"
                        + "<si><r><rPr><b/></rPr><t>In </t></r><r><t>progress</t></r></si><si><t>ID</t></si>"
                        + "<si><t>Notes</t></si><si><t>typed _x005F_x000D_ and_x000D_</t></si></sst>",
                "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\""
                        + " formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                        + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                        + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"),
                sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Due date</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                        + "<c t=\"s\"><v>2</v></c><c r=\"E1\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46387</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                        + "<c t=\"inlineStr\"><is><t>c-1</t></is></c><c r=\"E2\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>c-2</t></is></c><c r=\"A3\" s=\"2\"><v>46388</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t> </t></is></c></row>"));
        Map<String, SheetRow> rows = rows(file);
        assertThat(rows.keySet()).containsExactly("Commitments!2", "Commitments!3");
        assertThat(rows.get("Commitments!2").cells()).containsEntry("ID", "c-1").containsEntry("Status", "In progress")
                .containsEntry("Due date", "2026-12-31").containsEntry("Notes", "typed _x000D_ and\r");
        assertThat(rows.get("Commitments!3").cells()).containsEntry("ID", "c-2").containsEntry("Due date", "2027-01-01");
    }

    @Test
    void readsAHugeCellAndNothingOfAWorkbookWithoutTheSheetsWanted() throws Exception {
        // random letters: a run of one letter would compress past the zip-bomb ratio
        java.util.Random random = new java.util.Random(19);
        StringBuilder letters = new StringBuilder(4 << 20);
        for (int i = 0; i < 4 << 20; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        String huge = letters.toString();
        Path file = xlsx(folder.resolve("huge.xlsx"), Map.of(), sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes"
                + "</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>"));
        assertThat(rows(file).get("Commitments!2").get("Notes")).hasSize(huge.length());

        List<SheetRow> none = new ArrayList<>();
        new WorkbookRows(1 << 20).read(file, name -> name.equals("Follow-ups"), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "staff notes saved under the wrong name");
        assertRefused(text, "not an xlsx workbook");

        Path zip = folder.resolve("other.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("a zip, not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip, "not an xlsx workbook: Package should contain a content type part");

        Path whole = xlsx(folder.resolve("whole.xlsx"), Map.of(), sheet("<row r=\"1\"/>"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, "Failed to find sheet package");
    }

    @Test
    void refusesAZipBombAHugeSharedStringsTableAndTooManyEntries() throws Exception {
        // a sheet of 50 MB of blanks, compressed about 1000 to 1
        Path bomb = xlsx(folder.resolve("bomb.xlsx"), Map.of(), sheet(" ".repeat(50 << 20)));
        assertRefused(bomb, "Zip bomb detected");

        Path strings = xlsx(folder.resolve("strings.xlsx"), Map.of("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN
                + "\">" + "<si><t>a fairly long string of text, repeated</t></si>".repeat(30_000) + "</sst>"),
                sheet("<row r=\"1\"/>"));
        assertRefused(strings, "its shared strings (");

        // a table that declares two billion strings is read as the strings it has
        Path declared = xlsx(folder.resolve("declared.xlsx"), Map.of("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN
                + "\" count=\"2147483647\" uniqueCount=\"2147483647\"><si><t>ID</t></si><si><t>c-1</t></si></sst>"),
                sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"));
        assertThat(rows(declared).get("Commitments!2").get("ID")).isEqualTo("c-1");

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 1001; i++) {
            many.put("xl/media/image" + i + ".txt", "x");
        }
        assertRefused(xlsx(folder.resolve("many.xlsx"), many, sheet("<row r=\"1\"/>")),
                "embeds more internal file entries than expected");
    }

    @Test
    void refusesXmlThatIsNotWellFormedOrDeclaresEntities() throws Exception {
        Path entities = xlsx(folder.resolve("entities.xlsx"), Map.of(), "<?xml version=\"1.0\"?><!DOCTYPE worksheet"
                + " [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>");
        assertRefused(entities, "DOCTYPE is disallowed");

        Path unclosed = xlsx(folder.resolve("unclosed.xlsx"), Map.of(), "<worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\"></sheetData></worksheet>");
        assertRefused(unclosed, "must be terminated by the matching end-tag");

        Path badIndex = xlsx(folder.resolve("index.xlsx"), Map.of("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN
                + "\"><si><t>ID</t></si></sst>"), sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"));
        assertRefused(badIndex, "Cannot get item at 7");
    }

    private static void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> rows(file)).as(file.getFileName().toString())
                .isInstanceOf(UnreadableWorkbookException.class).hasMessageContaining(reason);
    }

    /** A new cell in place of the one there: XSSF keeps an inline string's text beside a value set on it. */
    private static Cell set(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return set(sheet, row, column, cell == null ? null : cell.getCellStyle());
    }

    private static Cell set(Sheet sheet, int row, int column, CellStyle style) {
        Row r = sheet.getRow(row);
        if (r.getCell(column) != null) {
            r.removeCell(r.getCell(column));
        }
        Cell cell = r.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Every row, by sheet!row. */
    private static Map<String, SheetRow> rows(Path file) throws IOException {
        Map<String, SheetRow> rows = new LinkedHashMap<>();
        new WorkbookRows(1 << 20).read(file, name -> true, row -> rows.put(row.sheet() + "!" + row.row(), row));
        return rows;
    }

    private static String sheet(String rows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /**
     * A workbook of one sheet, "Commitments", written part by part: its package parts, {@code parts} (shared
     * strings, styles, anything else) and the sheet's XML.
     */
    private static Path xlsx(Path file, Map<String, String> parts, String sheet) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        String sharedStrings = parts.containsKey("xl/sharedStrings.xml") ? "<Override PartName=\"/xl/sharedStrings.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "";
        String styles = parts.containsKey("xl/styles.xml") ? "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : "";
        all.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"txt\" ContentType=\"text/plain\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + sharedStrings + styles + "</Types>");
        all.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        all.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Commitments\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        all.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings.isEmpty() ? "" : "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + (styles.isEmpty() ? "" : "<Relationship Id=\"rId3\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>")
                + "</Relationships>");
        all.put("xl/worksheets/sheet1.xml", sheet);
        all.putAll(parts);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : all.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
