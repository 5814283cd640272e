package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second spreadsheet client: LibreOffice Calc, headless, opens the sample tracker a real run wrote (with an
 * edit staff typed) and saves it again as xlsx, as staff who use LibreOffice do. It must load without error,
 * keep every cell, table, validation, highlight and the protection, and the next night must take the edit
 * from the file LibreOffice saved (shared strings, its own styles). Skipped where {@code soffice} is not
 * installed; CI installs it ({@code .ci/libreoffice.sh}). One LibreOffice start for the class.
 */
@Tag("libreoffice")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeFunctionalTests {

    private static final Path SAMPLES = Path.of("input");

    Path folder;
    Path output;
    BriefingsRun briefings;
    /** The tracker the run wrote, with staff's edit typed in through POI. */
    Path edited;
    /** The same, opened and saved by LibreOffice. */
    Path saved;
    String editedId;
    String conversionLog;

    @BeforeAll
    void runThenConvert(@TempDir Path folder) throws Exception {
        Optional<Path> soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice.isPresent(),
                "LibreOffice's soffice is not on the PATH: bash .ci/libreoffice.sh installs it, as CI does");
        this.folder = folder;
        briefings = new BriefingsRun(folder);
        output = folder.resolve("output");
        BriefingsRun.Result first = briefings.run(SAMPLES, output, "2026-11-27");
        assertThat(first.exitCode()).as(first.err()).isZero();

        edited = Files.createDirectories(folder.resolve("staff")).resolve("tracker.xlsx");
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            Sheet commitments = workbook.getSheet("Commitments");
            editedId = commitments.getRow(1).getCell(0).getStringCellValue();
            type(commitments.getRow(1), header(commitments, "Status"), "Done");
            type(commitments.getRow(1), header(commitments, "Owner"), "Ana Lima");
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }

        Path converted = Files.createDirectories(folder.resolve("libreoffice"));
        // a profile of its own, so that runs side by side do not share (and lock) one
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "xlsx",
                "--outdir", converted.toString(), edited.toString())
                .redirectErrorStream(true).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        conversionLog = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("LibreOffice finished within 3 minutes: " + conversionLog).isTrue();
        assertThat(process.exitValue()).as(conversionLog).isZero();
        saved = converted.resolve("tracker.xlsx");
    }

    @Test
    void opensTheTrackerWithoutAnErrorAndKeepsEveryCell() throws IOException {
        // a file LibreOffice cannot load, or loads only by repairing it, is reported here and not saved
        assertThat(conversionLog).doesNotContainIgnoringCase("error").contains("Calc MS Excel 2007 XML");
        assertThat(saved).isRegularFile();
        try (XSSFWorkbook ours = open(edited); XSSFWorkbook theirs = open(saved)) {
            assertThat(names(theirs)).containsExactlyElementsOf(names(ours));
            DataFormatter shown = new DataFormatter();
            int compared = 0;
            for (Sheet sheet : ours) {
                Sheet other = theirs.getSheet(sheet.getSheetName());
                assertThat(other.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(sheet.getLastRowNum());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String at = sheet.getSheetName() + "!" + cell.getAddress();
                        Cell same = other.getRow(row.getRowNum()) == null ? null
                                : other.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        if (cell.getCellType() == CellType.BLANK) {
                            assertThat(same == null || same.getCellType() == CellType.BLANK).as(at).isTrue();
                            continue;
                        }
                        assertThat(same).as(at).isNotNull();
                        assertThat(same.getCellType()).as(at).isEqualTo(cell.getCellType());
                        // dates keep a date format (shown the same), formulas their text
                        assertThat(shown.formatCellValue(same)).as(at).isEqualTo(shown.formatCellValue(cell));
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(500);
            assertThat(shown.formatCellValue(cell(theirs.getSheet("Commitments"), editedId, "Status"))).isEqualTo("Done");
        }
    }

    @Test
    void keepsTablesValidationsHighlightsAndProtection() throws IOException {
        try (XSSFWorkbook ours = open(edited); XSSFWorkbook theirs = open(saved)) {
            for (Sheet sheet : ours) {
                XSSFSheet mine = (XSSFSheet) sheet;
                XSSFSheet other = theirs.getSheet(sheet.getSheetName());
                String name = sheet.getSheetName();
                assertThat(areas(other)).as(name).isEqualTo(areas(mine)).isNotEmpty();
                assertThat(validations(other)).as(name).isEqualTo(validations(mine));
                assertThat(other.getSheetConditionalFormatting().getNumConditionalFormattings()).as(name)
                        .isEqualTo(mine.getSheetConditionalFormatting().getNumConditionalFormattings());
                assertThat(other.getProtect()).as(name).isTrue();
            }
            assertThat(validations(theirs.getSheet("Commitments"))).anySatisfy(v -> assertThat(v)
                    .contains("[Open, In progress, Done, Dropped, Superseded]"));
            assertThat(theirs.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void theNextNightTakesTheEditsFromATrackerLibreOfficeSaved() throws IOException {
        Files.copy(saved, output.resolve("tracker.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BriefingsRun.Result next = briefings.run(SAMPLES, output, "2026-11-28");
        assertThat(next.exitCode()).as(next.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("trackerIssues").size()).as(report.path("trackerIssues").toString()).isZero();
        try (XSSFWorkbook tracker = open(output.resolve("tracker.xlsx"))) {
            Sheet commitments = tracker.getSheet("Commitments");
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(cell(commitments, editedId, "Status"))).isEqualTo("Done");
            assertThat(shown.formatCellValue(cell(commitments, editedId, "Owner"))).isEqualTo("Ana Lima");
        }
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> areas(XSSFSheet sheet) {
        return sheet.getTables().stream().map(t -> t.getArea().formatAsString()).sorted().toList();
    }

    /** Each validation as its ranges, type and list (dates have none). */
    private static List<String> validations(XSSFSheet sheet) {
        return sheet.getDataValidations().stream().map(v -> {
            XSSFDataValidation validation = (XSSFDataValidation) v;
            String[] list = validation.getValidationConstraint().getExplicitListValues();
            return List.of(validation.getRegions().getCellRangeAddresses()).stream().map(Object::toString).toList()
                    + " type " + validation.getValidationConstraint().getValidationType()
                    + (list == null ? "" : " " + List.of(list));
        }).sorted().toList();
    }

    private static int header(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    private static Cell cell(Sheet sheet, String id, String header) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 0 && first != null && id.equals(first.getStringCellValue())) {
                return row.getCell(header(sheet, header));
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }

    /** Types text into a cell as a spreadsheet program does: a new cell with the old one's style. */
    private static void type(Row row, int column, String text) {
        Cell old = row.getCell(column);
        CellStyle style = old == null ? null : old.getCellStyle();
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(text);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }
}
