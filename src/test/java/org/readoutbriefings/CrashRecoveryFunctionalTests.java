package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of the memo step, then run again, ends with the same database
 * content and the same outputs as a run that was never interrupted.
 */
@Tag("child-jvm")
class CrashRecoveryFunctionalTests {

    private static final String RUN_DATE = "2026-11-27";

    @TempDir
    Path folder;

    @Test
    void aRunKilledDuringTheMemoStepRestartsAndEndsAsIfNothingHappened() throws Exception {
        BriefingsRun crashed = new BriefingsRun(folder.resolve("crashed"));
        Path crashedOut = folder.resolve("crashed/out");
        Process child = runInChildJvm(crashed, crashedOut);
        StringBuilder childLog = new StringBuilder();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = log.readLine()) != null; ) {
                childLog.append(line).append('\n');
                if (line.contains("INFO  rollup: ")) {  // the step before the memos has ended
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();
        assertThat(crashed.query("SELECT status FROM batch_job_execution")).as(childLog.toString())
                .containsExactly(List.of("STARTED"));

        BriefingsRun.Result restarted = crashed.run(Path.of("input"), crashedOut, RUN_DATE);
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.err()).contains("left unfinished by a process that stopped");
        // the crashed attempt is marked failed; the instance was restarted, not run anew
        assertThat(crashed.query("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
        assertThat(crashed.count("SELECT COUNT(*) FROM batch_job_instance")).isEqualTo(1);

        BriefingsRun clean = new BriefingsRun(folder.resolve("clean"));
        Path cleanOut = folder.resolve("clean/out");
        assertThat(clean.run(Path.of("input"), cleanOut, RUN_DATE).exitCode()).isZero();

        assertThat(tables(crashed)).isEqualTo(tables(clean));
        assertThat(memoTexts(crashedOut)).isEqualTo(memoTexts(cleanOut));
        assertThat(trackerCells(crashedOut)).isEqualTo(trackerCells(cleanOut));
        try (Stream<Path> leftovers = Files.walk(crashedOut)) {
            assertThat(leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("temporary files").isEmpty();
        }
    }

    private static Process runInChildJvm(BriefingsRun db, Path output) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadoutBriefingsApplication.class.getName(),
                "run", "--input", "input", "--output", output.toString(), "--as-of", RUN_DATE));
        command.addAll(db.databaseArguments());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Domain tables without the columns that record when and by which execution a row was written. */
    static Map<String, List<List<String>>> tables(BriefingsRun db) {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        tables.put("readout", db.query("SELECT id, meeting_date, title, content_hash, engagement_id, source_missing FROM readout ORDER BY id"));
        tables.put("commitment", db.query("SELECT id, readout_id, text, topic, status FROM commitment ORDER BY id"));
        tables.put("follow_up", db.query("SELECT id, readout_id, text, due_date, due_text FROM follow_up ORDER BY id"));
        tables.put("rollup_month", db.query("SELECT * FROM rollup_month ORDER BY 1, 2, 3"));
        return tables;
    }

    static Map<String, String> memoTexts(Path output) throws Exception {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output.resolve("memos"))) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    texts.put(output.relativize(pdf).toString(), new PDFTextStripper().getText(document));
                }
            }
        }
        return texts;
    }

    static List<String> trackerCells(Path output) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell)));
                }
            }
        }
        return cells;
    }
}
