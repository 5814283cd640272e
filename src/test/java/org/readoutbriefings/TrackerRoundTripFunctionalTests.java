package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker's round trip through the real command line: staff edit a generated tracker with POI as
 * they would in Excel, the next nights run with new input, and every edit is still there; edits that
 * cannot be taken are reported and kept in Notes; a locked or unreadable tracker does not fail the run.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrackerRoundTripFunctionalTests {

    private static final String US_READOUT = "{\"id\": \"jp-us-2026-05-10\", \"title\": \"Japan-U.S. trade call\","
            + " \"meetingDate\": \"2026-05-10\", \"sourceUrl\": \"https://example.org/readouts/jp-us-2026-05-10\","
            + " \"countries\": [\"JP\", \"US\"], \"topics\": [\"trade\"],"
            + " \"commitments\": ["
            + "{\"text\": \"Both sides agreed to hold a trade dialogue.\", \"topic\": \"trade\", \"dueDate\": \"2026-12-01\"},"
            + "{\"text\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\") both sides agreed to talk.\", \"topic\": \"trade\"},"
            + "{\"text\": \"@SUM(1) the sides will review tariffs.\", \"topic\": \"trade\"}],"
            + " \"followUps\": [{\"text\": \"Officials will meet again.\", \"topic\": \"trade\", \"dueDate\": \"2026-06-01\"}]}";
    private static final String AU_READOUT = "{\"id\": \"jp-au-2026-07-01\", \"title\": \"Japan-Australia meeting\","
            + " \"meetingDate\": \"2026-07-01\", \"countries\": [\"JP\", \"AU\"], \"topics\": [\"regional-security\"],"
            + " \"commitments\": ["
            + "{\"text\": \"They agreed to deepen maritime cooperation.\", \"topic\": \"regional-security\"},"
            + "{\"text\": \"They agreed to hold joint exercises.\", \"topic\": \"regional-security\"},"
            + "{\"text\": \"They agreed to share satellite data.\", \"topic\": \"regional-security\"},"
            + "{\"text\": \"%s\", \"topic\": \"regional-security\"}]}";
    private static final String KR_READOUT = "{\"id\": \"jp-kr-2026-11-20\", \"title\": \"Japan-ROK meeting\","
            + " \"meetingDate\": \"2026-11-20\", \"countries\": [\"JP\", \"KR\"], \"topics\": [\"bilateral-relations\"],"
            + " \"commitments\": [{\"text\": \"They agreed to resume shuttle diplomacy.\", \"topic\": \"bilateral-relations\"}]}";

    @TempDir
    Path folder;

    @Test
    void staffEditsSurviveNightAfterNightAndNewRowsAppear(CapturedOutput log) throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path tracker = output.resolve("tracker.xlsx");
        BriefingsRun briefings = new BriefingsRun(folder);
        writeInput(input, "They agreed to open a consulate.", false);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();

        String dialogue;
        String maritime;
        String exercises;
        String satellite;
        String consulate;
        String injected;
        String meetAgain;
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            dialogue = idOf(commitments, "Both sides agreed to hold a trade dialogue.");
            maritime = idOf(commitments, "They agreed to deepen maritime cooperation.");
            exercises = idOf(commitments, "They agreed to hold joint exercises.");
            satellite = idOf(commitments, "They agreed to share satellite data.");
            consulate = idOf(commitments, "They agreed to open a consulate.");
            injected = idOf(commitments, "@SUM(1) the sides will review tariffs.");
            meetAgain = idOf(workbook.getSheet("Follow-ups"), "Officials will meet again.");

            set(commitments, dialogue, "Status", "Done");
            set(commitments, dialogue, "Owner", "Aiko Tanaka");
            set(commitments, dialogue, "Due date", LocalDate.of(2027, 1, 15));
            set(commitments, dialogue, "Compliance", "+1");
            set(commitments, dialogue, "Notes", "Confirmed with the embassy.");
            set(commitments, maritime, "Status", "Finished");              // not in the list
            set(commitments, exercises, "Due date", "next week");          // not a date
            set(commitments, satellite, "Notes", "Ask MOD.");
            set(commitments, satellite, "ID", "my-own-id");                // ID changed
            set(commitments, consulate, "Owner", "Ben Ito");               // will leave the input
            set(commitments, injected, "Notes", "=1+1");
            set(workbook.getSheet("Follow-ups"), meetAgain, "Status", "In progress");
            save(workbook, tracker);
        }

        // the next night: a new readout, and the consulate commitment reworded (its old row leaves the input)
        Files.writeString(input.resolve("kr.json"), KR_READOUT);
        writeInput(input, "They agreed to open a consulate in Perth.", false);
        BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
        assertThat(second.exitCode()).as(second.err()).isZero();

        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        List<String> issues = new ArrayList<>();
        report.path("trackerIssues").forEach(i -> issues.add(i.path("sheet").asString() + "!" + i.path("row").asInt()
                + " " + i.path("id").asString() + " " + i.path("column").asString() + ": " + i.path("reason").asString()));
        // each names the row by its ID too: the row number changes when staff sort the sheet
        assertThat(issues).hasSize(3);
        assertThat(issues).anySatisfy(i -> assertThat(i).matches("Commitments!\\d+ " + maritime
                + " Status: 'Finished' is not one of .*"));
        assertThat(issues).anySatisfy(i -> assertThat(i).matches("Commitments!\\d+ " + exercises
                + " Due date: 'next week' is not a date.*"));
        assertThat(issues).anySatisfy(i -> assertThat(i).matches("Commitments!\\d+ my-own-id ID: ID 'my-own-id' .*"));
        assertThat(log.getOut()).containsPattern("    tracker Commitments row \\d+ \\(ID " + maritime
                + "\\) \\[Status]: 'Finished' is not one of the statuses in the list: kept in Notes");

        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            Map<String, String> edited = row(commitments, dialogue);
            assertThat(edited).containsEntry("Status", "Done").containsEntry("Owner", "Aiko Tanaka")
                    .containsEntry("Due date", "2027-01-15").containsEntry("Compliance", "+1")
                    .containsEntry("Notes", "Confirmed with the embassy.").containsEntry("Days open", "")
                    .containsEntry("Kept", "");
            assertThat(row(commitments, maritime)).containsEntry("Status", "Open")
                    .hasEntrySatisfying("Notes", n -> assertThat(n).contains("Status 'Finished' not taken"));
            assertThat(row(commitments, exercises)).containsEntry("Due date", "")
                    .hasEntrySatisfying("Notes", n -> assertThat(n).contains("Due date 'next week' not taken"));
            assertThat(row(commitments, satellite)).containsEntry("Kept", "");   // the real row is back
            assertThat(row(commitments, "my-own-id")).containsEntry("Kept", "ID not found")
                    .containsEntry("Notes", "Ask MOD.");
            assertThat(row(commitments, consulate)).containsEntry("Kept", "no longer in input")
                    .containsEntry("Owner", "Ben Ito").containsEntry("Commitment", "They agreed to open a consulate.");
            assertThat(idOf(commitments, "They agreed to resume shuttle diplomacy.")).isNotBlank();
            assertThat(idOf(commitments, "They agreed to open a consulate in Perth.")).isNotBlank();
            assertThat(row(workbook.getSheet("Follow-ups"), meetAgain)).containsEntry("Status", "In progress");
            // the summary counts with the staff's statuses: one of the three US trade commitments is done
            Row usTrade = rowWhere(workbook.getSheet("Summary"), "United States", "Trade and market access");
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(usTrade.getCell(headers(workbook.getSheet("Summary")).get("Open commitments"))))
                    .isEqualTo("2");

            // what staff typed and readout text alike stay text, never formulas
            Cell note = cell(commitments, injected, "Notes");
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=1+1");
            Cell text = cell(commitments, idOf(commitments, "both sides agreed to talk."), "Commitment");
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).startsWith("=HYPERLINK(\"http://evil.example\"");
        }
        assertThat(output.resolve("tracker-backups")).isDirectoryContaining("glob:**/tracker-*.xlsx");

        // a third night with no edits: everything typed is still there
        BriefingsRun.Result third = briefings.run(input, output, "2026-11-29");
        assertThat(third.exitCode()).as(third.err()).isZero();
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            assertThat(row(commitments, dialogue)).containsEntry("Status", "Done").containsEntry("Owner", "Aiko Tanaka")
                    .containsEntry("Due date", "2027-01-15");
            assertThat(row(commitments, consulate)).containsEntry("Owner", "Ben Ito");
            assertThat(row(commitments, "my-own-id")).containsEntry("Notes", "Ask MOD.");
            assertThat(row(commitments, maritime).get("Notes")).containsOnlyOnce("Finished");
        }
        // and so does the rollup behind the memos, from the edits stored the night before
        assertThat(briefings.query("SELECT SUM(commitments_open) FROM rollup_month WHERE partner_country = 'US'"
                + " AND topic = 'trade'")).containsExactly(List.of("2"));
        JsonNode thirdReport = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(thirdReport.path("trackerIssues").size()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM tracker_edit WHERE kind = 'C' AND owner_name = 'Aiko Tanaka'"
                + " AND status = 'DONE'")).isEqualTo(1);
    }

    @Test
    void theMemosTheDigestAndTheRollupShowWhatStaffSetTheSameNight() throws Exception {
        staffEditsReachTheMemosTheSameNight(new BriefingsRun(folder), folder);
    }

    /** Also run on PostgreSQL ({@link PostgresFunctionalTests}). */
    static void staffEditsReachTheMemosTheSameNight(BriefingsRun briefings, Path folder) throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path tracker = output.resolve("tracker.xlsx");
        writeInput(input, "They agreed to open a consulate.", false);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        assertThat(pdfText(output.resolve("memos/country/US.pdf"))).contains("Both sides agreed to hold a trade dialogue.");
        // overdue since June: too old for the digest's list, counted for the tracker
        assertThat(section(pdfText(output.resolve("memos/digest-2026-11-27.pdf")), "Follow-ups overdue by up to", "Sources"))
                .contains("1 follow-up overdue by more than 90 days is listed in the tracker.");

        // during the day, staff close one commitment and give the overdue follow-up a new date
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            set(commitments, idOf(commitments, "Both sides agreed to hold a trade dialogue."), "Status", "Done");
            Sheet followUps = workbook.getSheet("Follow-ups");
            set(followUps, idOf(followUps, "Officials will meet again."), "Due date", LocalDate.of(2026, 12, 4));
            save(workbook, tracker);
        }

        // the next night, with the input unchanged, counts and shows their values everywhere
        BriefingsRun.Result night = briefings.run(input, output, "2026-11-28");
        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(briefings.query("SELECT SUM(commitments_open), SUM(follow_ups_due) FROM rollup_month"
                + " WHERE partner_country = 'US' AND topic = 'trade'")).containsExactly(List.of("2", "0"));
        for (String memo : List.of("memos/country/US.pdf", "memos/topic/trade.pdf")) {
            String text = pdfText(output.resolve(memo));
            // no longer among the open commitments: listed as completed that night
            assertThat(text.substring(0, text.indexOf("Completed in the last 30 days"))).as(memo)
                    .doesNotContain("hold a trade dialogue");
            assertThat(section(text, "Completed in the last 30 days", "Follow-ups")).as(memo)
                    .contains("Both sides agreed to hold a trade dialogue.").contains("marked Done");
            assertThat(text).as(memo)
                    .contains("@SUM(1) the sides will review tariffs.")
                    .contains("Officials will meet again.").contains("4 Dec 2026").doesNotContain("1 Jun 2026");
        }
        String digest = pdfText(output.resolve("memos/digest-2026-11-28.pdf"));
        assertThat(section(digest, "Follow-ups due within 14 days", "Follow-ups overdue by up to"))
                .contains("4 Dec 2026 in 6 days Officials will meet again.");
        assertThat(section(digest, "Follow-ups overdue by up to", "Sources")).doesNotContain("Officials will meet again.");
        // and the tracker, written after them, still has what staff typed
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            assertThat(row(commitments, idOf(commitments, "Both sides agreed to hold a trade dialogue.")))
                    .containsEntry("Status", "Done");
            // a third night: the stored edit changes again, and the memos follow
            Sheet followUps = workbook.getSheet("Follow-ups");
            set(followUps, idOf(followUps, "Officials will meet again."), "Due date", LocalDate.of(2026, 12, 24));
            save(workbook, tracker);
        }
        BriefingsRun.Result third = briefings.run(input, output, "2026-11-29");
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(pdfText(output.resolve("memos/country/US.pdf"))).contains("24 Dec 2026").doesNotContain(" 4 Dec 2026");
        // a tracker saved again with the same values is read, and changes nothing but the memos' night
        try (XSSFWorkbook workbook = open(tracker)) {
            save(workbook, tracker);
        }
        BriefingsRun.Result fourth = briefings.run(input, output, "2026-11-30");
        assertThat(fourth.exitCode()).as(fourth.err()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM tracker_edit WHERE seen_run ="
                + " (SELECT MAX(job_execution_id) FROM batch_job_execution)")).isEqualTo(2);
        assertThat(pdfText(output.resolve("memos/country/US.pdf"))).contains("DATE: 30 November 2026").contains("24 Dec 2026");
    }

    @Test
    void aTrackerSavedDuringTheRunIsReadAgainBeforeItIsReplaced() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path tracker = output.resolve("tracker.xlsx");
        BriefingsRun briefings = new BriefingsRun(folder);
        writeInput(input, "They agreed to open a consulate.", false);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();

        // the next night fails after taking the tracker's edits, in the rollup (its table gone missing)
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            set(commitments, idOf(commitments, "They agreed to hold joint exercises."), "Status", "Finished");
            save(workbook, tracker);
        }
        briefings.execute("ALTER TABLE rollup_month RENAME TO rollup_month_away");
        BriefingsRun.Result failed = briefings.run(input, output, "2026-11-28");
        assertThat(failed.exitCode()).isEqualTo(1);
        briefings.execute("ALTER TABLE rollup_month_away RENAME TO rollup_month");
        // meanwhile staff save again: the restarted night takes that edit before replacing the tracker
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            set(commitments, idOf(commitments, "They agreed to share satellite data."), "Owner", "Mika Sato");
            save(workbook, tracker);
        }
        BriefingsRun.Result resumed = briefings.run(input, output, "2026-11-28");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            assertThat(row(commitments, idOf(commitments, "They agreed to share satellite data.")))
                    .containsEntry("Owner", "Mika Sato");
            assertThat(row(commitments, idOf(commitments, "They agreed to hold joint exercises.")).get("Notes"))
                    .containsOnlyOnce("Finished");
        }
    }

    @Test
    void theInputStillMovesAStatusAndDueDateStaffLeftAlone() throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        BriefingsRun briefings = firstNight(input, output);
        String dialogue;
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            dialogue = idOf(workbook.getSheet("Commitments"), "Both sides agreed to hold a trade dialogue.");
            assertThat(row(workbook.getSheet("Commitments"), dialogue)).containsEntry("Status", "Open")
                    .containsEntry("Due date", "2026-12-01");
            set(workbook.getSheet("Commitments"), dialogue, "Owner", "Aiko Tanaka");
            save(workbook, output.resolve("tracker.xlsx"));
        }

        // the ministry republishes the readout: the dialogue is done and another due date moved; staff had
        // only given the dialogue an owner
        Files.writeString(input.resolve("readouts.jsonl"), US_READOUT
                .replace("\"dueDate\": \"2026-12-01\"}", "\"dueDate\": \"2026-12-01\", \"status\": \"done\"}")
                .replace("\"dueDate\": \"2026-06-01\"", "\"dueDate\": \"2026-07-01\"") + "\n"
                + AU_READOUT.formatted("They agreed to open a consulate.") + "\n");
        BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
        assertThat(second.exitCode()).as(second.err()).isZero();
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            assertThat(row(workbook.getSheet("Commitments"), dialogue)).containsEntry("Status", "Done")
                    .containsEntry("Due date", "2026-12-01").containsEntry("Owner", "Aiko Tanaka");
            assertThat(row(workbook.getSheet("Follow-ups"), idOf(workbook.getSheet("Follow-ups"), "Officials will meet again.")))
                    .containsEntry("Due date", "2026-07-01");
        }
        assertThat(briefings.query("SELECT owner_name, status, due_date FROM tracker_edit"))
                .containsExactly(Arrays.asList("Aiko Tanaka", null, null));
    }

    @Test
    void aDatabaseFromBeforeShownValuesWereRecordedGoesOn() throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        BriefingsRun briefings = firstNight(input, output);
        // as V10 left the rows of trackers written before it
        briefings.execute("UPDATE tracker_item SET shown_status = NULL, shown_due = NULL");

        BriefingsRun.Result next = briefings.run(input, output, "2026-11-28");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM tracker_item WHERE shown_status IS NULL")).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM tracker_edit")).isZero();
    }

    @Test
    void anUntouchedTrackerIsNotReadBackUnlessARowHasLeftTheInput(CapturedOutput log) throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        BriefingsRun briefings = firstNight(input, output);
        assertThat(log.getOut()).doesNotContain("no edits to read back");

        // nobody opened the tracker, and nothing left the input: it is not read back
        Files.writeString(input.resolve("kr.json"), KR_READOUT);
        assertThat(briefings.run(input, output, "2026-11-28").exitCode()).isZero();
        assertThat(log.getOut()).containsOnlyOnce("as the last run wrote it; no edits to read back")
                .doesNotContain("tracker-edits: read ");
        String consulate;
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            consulate = idOf(workbook.getSheet("Commitments"), "They agreed to open a consulate.");
            assertThat(idOf(workbook.getSheet("Commitments"), "They agreed to resume shuttle diplomacy.")).isNotBlank();
        }

        // the consulate commitment is reworded: its untouched row must be read back to be kept
        writeInput(input, "They agreed to open a consulate in Perth.", false);
        assertThat(briefings.run(input, output, "2026-11-29").exitCode()).isZero();
        assertThat(log.getOut()).containsOnlyOnce("as the last run wrote it").contains("tracker-edits: read ");
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            assertThat(row(workbook.getSheet("Commitments"), consulate)).containsEntry("Kept", "no longer in input")
                    .containsEntry("Commitment", "They agreed to open a consulate.");
        }
    }

    @Test
    void showsWhatStaffSeeTablesValidationsProtectionHighlightsAndChart() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        writeInput(input, "They agreed to open a consulate.", true);
        BriefingsRun briefings = new BriefingsRun(folder);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            for (String name : List.of("Commitments", "Follow-ups", "Meetings", "Summary", "About")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getTables()).as(name).hasSize(1);
                assertThat(sheet.getProtect()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            }
            XSSFSheet commitments = workbook.getSheet("Commitments");
            String id = idOf(commitments, "Both sides agreed to hold a trade dialogue.", "United States");
            assertThat(cell(commitments, id, "ID").getCellStyle().getLocked()).isTrue();
            assertThat(cell(commitments, id, "Commitment").getCellStyle().getLocked()).isTrue();
            for (String editable : List.of("Status", "Owner", "Due date", "Compliance", "Notes")) {
                assertThat(cell(commitments, id, editable).getCellStyle().getLocked()).as(editable).isFalse();
            }
            assertThat(commitments.getDataValidations()).hasSize(3);
            assertThat(commitments.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Open", "In progress", "Done", "Dropped", "Superseded"));
            assertThat(commitments.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("-1", "0", "+1"));
            assertThat(commitments.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1())
                    .contains("TODAY()-$B2>180");
            assertThat(workbook.getSheet("Follow-ups").getSheetConditionalFormatting().getConditionalFormattingAt(0)
                    .getRule(0).getFormula1()).contains("$J2<TODAY()");

            Map<String, String> row = row(commitments, id);
            assertThat(row).containsEntry("Date", "2026-05-10").containsEntry("Partner", "United States")
                    .containsEntry("Due date", "2026-12-01").containsEntry("Days open", "201")
                    .containsEntry("Last mentioned", "2026-07-01");   // repeated in the Australia readout
            assertThat(cell(commitments, id, "Source link").getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://example.org/readouts/jp-us-2026-05-10\",\"Readout\")");
            assertThat(cell(commitments, id, "Memo").getCellFormula())
                    .isEqualTo("HYPERLINK(\"memos/country/US.pdf\",\"Memo US\")");

            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch().getCharts()).singleElement().satisfies(chart ->
                    assertThat(chart.getChartSeries()).singleElement()
                            .satisfies(data -> assertThat(data.getSeriesCount()).isEqualTo(2)));
            assertThat(texts(workbook.getSheet("About"), 0)).contains("Run date", "Commitments", "Status: Done",
                    "Compliance +1");
        }
    }

    @Test
    void aReadOnlyTrackerLeadsToADatedNewFile() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        writeInput(input, "They agreed to open a consulate.", false);
        BriefingsRun briefings = new BriefingsRun(folder);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        Path tracker = output.resolve("tracker.xlsx");
        byte[] before = Files.readAllBytes(tracker);
        assertThat(tracker.toFile().setWritable(false, false)).isTrue();
        try {
            BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(Files.readAllBytes(tracker)).isEqualTo(before);
            List<Path> dated;
            try (var files = Files.list(output)) {
                dated = files.filter(p -> p.getFileName().toString().matches("tracker-2\\d{3}-.*\\.xlsx")).toList();
            }
            assertThat(dated).hasSize(1);
            JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
            assertThat(report.path("written").path("tracker").asString()).isEqualTo(dated.get(0).getFileName().toString());
            assertThat(report.path("trackerIssues").get(0).path("reason").asString()).contains("could not be replaced");
            try (XSSFWorkbook workbook = open(dated.get(0))) {
                assertThat(workbook.getSheet("Commitments").getLastRowNum()).isEqualTo(7);
            }
        } finally {
            tracker.toFile().setWritable(true, false);
        }
    }

    @Test
    void anUnreadableTrackerIsKeptAsideReportedAndReplaced() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = Files.createDirectories(folder.resolve("output"));
        writeInput(input, "They agreed to open a consulate.", false);
        Path tracker = output.resolve("tracker.xlsx");
        Files.writeString(tracker, "staff notes saved under the wrong name");
        BriefingsRun briefings = new BriefingsRun(folder);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        assertUnreadableKept(output, "staff notes saved under the wrong name".getBytes(), "not an xlsx workbook");

        // a zip bomb posing as a tracker: a sheet of 200 MB of blanks, compressed about 1000 to 1
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipFile real = new ZipFile(tracker.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(real.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
                    byte[] blanks = " ".repeat(1 << 20).getBytes();
                    for (int i = 0; i < 200; i++) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    try (InputStream in = real.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.copy(bomb, tracker, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(trackerIssue(output)).contains("cannot be read (Zip bomb detected!");
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isEqualTo(7);
        }
    }

    /** The reason of the run report's first tracker issue. */
    private static String trackerIssue(Path output) throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        return report.path("trackerIssues").get(0).path("reason").asString();
    }

    private static void assertUnreadableKept(Path output, byte[] content, String why) throws IOException {
        assertThat(trackerIssue(output)).contains("cannot be read (" + why);
        List<Path> kept;
        try (var files = Files.list(output.resolve("tracker-backups"))) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("tracker-unreadable-")).toList();
        }
        assertThat(kept).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(content));
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isEqualTo(7);
        }
    }

    /** The first night on the US and Australia readouts. */
    private BriefingsRun firstNight(Path input, Path output) throws IOException {
        Files.createDirectories(input);
        BriefingsRun briefings = new BriefingsRun(folder);
        writeInput(input, "They agreed to open a consulate.", false);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        return briefings;
    }

    /** The US and Australia readouts; the Australia one optionally repeats the US trade dialogue. */
    private static void writeInput(Path input, String lastAustralianCommitment, boolean repeatDialogue) throws IOException {
        String au = AU_READOUT.formatted(lastAustralianCommitment);
        if (repeatDialogue) {
            au = au.replace("They agreed to share satellite data.", "Both sides agreed to hold a trade dialogue.");
        }
        Files.writeString(input.resolve("readouts.jsonl"), US_READOUT + "\n" + au + "\n");
    }

    private static final String UNDATED = String.join("\n",
            "Foreign Minister's meeting with the External Affairs Minister of India",
            "",
            "The Foreign Minister met External Affairs Minister Subrahmanyam Jaishankar of India in Tokyo.",
            "The two ministers agreed to launch a dialogue on maritime security.");

    /** A first night on the U.S. readout and one prose readout in {@code file}; the database it ran on. */
    private BriefingsRun firstNightWithProse(Path input, Path output, String file, String text) throws IOException {
        Files.createDirectories(input);
        Files.writeString(input.resolve("us.json"), US_READOUT);
        Files.writeString(input.resolve(file), text);
        BriefingsRun briefings = new BriefingsRun(folder);
        BriefingsRun.Result first = briefings.run(input, output, "2026-11-27");
        assertThat(first.exitCode()).as(first.err()).isZero();
        return briefings;
    }

    @Test
    void anUndatedReadoutIsKeptForReviewAndTakesTheDateStaffGiveIt() throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        Path tracker = output.resolve("tracker.xlsx");
        BriefingsRun briefings = firstNightWithProse(input, output, "fm-meeting-india.txt", UNDATED);

        // stored with everything extracted, listed for review, and in no memo, rollup or item sheet
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("rejected")).isEmpty();
        assertThat(report.path("needsReview")).singleElement().satisfies(r -> {
            assertThat(r.path("file").asString()).isEqualTo("fm-meeting-india.txt");
            assertThat(r.path("missing").asString()).isEqualTo("no meeting date in the text, a dateline, the file's metadata or its name");
        });
        assertThat(briefings.query("SELECT r.meeting_date, r.date_source, k.text FROM readout r JOIN commitment k"
                + " ON k.readout_id = r.id WHERE r.source_file = 'fm-meeting-india.txt'"))
                .containsExactly(java.util.Arrays.asList(null, null, "The two ministers agreed to launch a dialogue on maritime security."));
        assertThat(output.resolve("memos/country/IN.pdf")).doesNotExist();
        assertThat(briefings.count("SELECT COUNT(*) FROM rollup_month WHERE partner_country = 'IN'")).isZero();
        String id;
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(texts(workbook.getSheet("Commitments"), headers(workbook.getSheet("Commitments")).get("Commitment"))).noneMatch(t -> t.contains("maritime security"));
            Sheet review = workbook.getSheet("Needs review");
            assertThat(review.getPhysicalNumberOfRows()).isEqualTo(2);
            id = review.getRow(1).getCell(0).getStringCellValue();
            assertThat(row(review, id)).containsEntry("Input file", "fm-meeting-india.txt").containsEntry("Partner", "India")
                    .containsEntry("Meeting date", "");
            assertThat(row(workbook.getSheet("Meetings"), "jp-us-2026-05-10")).containsEntry("Date from", "given");
            set(review, id, "Meeting date", LocalDate.of(2026, 11, 20));
            save(workbook, tracker);
        }

        // the next night the date is taken: the readout is in the memos, the rollup and the item sheets
        BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(briefings.query("SELECT meeting_date, date_source FROM readout WHERE id = '" + id + "'"))
                .containsExactly(List.of("2026-11-20", "given"));
        assertThat(output.resolve("memos/country/IN.pdf")).exists();
        assertThat(pdfText(output.resolve("memos/country/IN.pdf"))).contains("maritime security");
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("needsReview")).isEmpty();
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(texts(workbook.getSheet("Commitments"), headers(workbook.getSheet("Commitments")).get("Commitment"))).anyMatch(t -> t.contains("maritime security"));
            // still listed, with the date staff gave, so they can change it
            assertThat(row(workbook.getSheet("Needs review"), id)).containsEntry("Missing",
                    "no meeting date in the text, a dateline, the file's metadata or its name")
                    .containsEntry("Meeting date", "2026-11-20");
            assertThat(row(workbook.getSheet("Meetings"), id)).containsEntry("Date from", "given");
            set(workbook.getSheet("Needs review"), id, "Meeting date", "last autumn");
            save(workbook, tracker);
        }

        // a value that is not a date is reported and kept in Notes; the date taken before stays, also when
        // the file changes and is read again undated
        Files.writeString(input.resolve("fm-meeting-india.txt"), UNDATED + "\nThey exchanged views on the Indo-Pacific.");
        BriefingsRun.Result third = briefings.run(input, output, "2026-11-29");
        assertThat(third.exitCode()).as(third.err()).isZero();
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("trackerIssues")).singleElement().satisfies(i -> assertThat(i.path("sheet").asString()
                + " " + i.path("column").asString() + ": " + i.path("reason").asString())
                .isEqualTo("Needs review Meeting date: 'last autumn' is not a date: kept in Notes"));
        assertThat(briefings.query("SELECT meeting_date, date_source FROM readout WHERE id = '" + id + "'"))
                .containsExactly(List.of("2026-11-20", "given"));
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(row(workbook.getSheet("Needs review"), id).get("Notes"))
                    .matches("\\[Meeting date 'last autumn' not taken on \\d{4}-\\d{2}-\\d{2}: is not a date]");
        }
    }

    private static final String NO_COUNTRY = String.join("\n",
            "Minister's meeting with a visiting trade delegation",
            "",
            "12 November 2026",
            "",
            "The Minister met the visiting trade delegation in the capital.",
            "The two sides agreed to launch a dialogue on critical minerals.");

    @Test
    void aReadoutWithNoCountryTakesTheCountriesStaffTypeOnNeedsReview(CapturedOutput log) throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        Path tracker = output.resolve("tracker.xlsx");
        BriefingsRun briefings = firstNightWithProse(input, output, "minister-delegation.txt", NO_COUNTRY);

        // kept, dated by its document, in no country memo; listed for staff to give its countries
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("needsReview")).singleElement().satisfies(r -> {
            assertThat(r.path("file").asString()).isEqualTo("minister-delegation.txt");
            assertThat(r.path("needs").toString()).isEqualTo("[\"countries\"]");
        });
        String id = briefings.query("SELECT id FROM readout WHERE source_file = 'minister-delegation.txt'").get(0).get(0);
        assertThat(output.resolve("memos/country/AT.pdf")).doesNotExist();
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet review = workbook.getSheet("Needs review");
            assertThat(review.getPhysicalNumberOfRows()).isEqualTo(2);
            assertThat(row(review, id)).containsEntry("Missing", "no participating country recognised in the text")
                    .containsEntry("Meeting date", "2026-11-12").containsEntry("Countries", "").containsEntry("Partner", "");
            // the date is the document's, locked; the countries are for staff to type
            assertThat(cell(review, id, "Meeting date").getCellStyle().getLocked()).isTrue();
            assertThat(cell(review, id, "Countries").getCellStyle().getLocked()).isFalse();
            set(review, id, "Countries", "AT; Poland");
            save(workbook, tracker);
        }

        // the next night the readout is in those countries' memos and rollups
        BriefingsRun.Result second = briefings.run(input, output, "2026-11-28");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(briefings.query("SELECT countries FROM readout WHERE id = '" + id + "'")).containsExactly(List.of("AT PL"));
        for (String partner : List.of("AT", "PL")) {
            assertThat(pdfText(output.resolve("memos/country/" + partner + ".pdf"))).contains("critical minerals");
            assertThat(briefings.count("SELECT SUM(meetings) FROM rollup_month WHERE partner_country = '" + partner
                    + "' AND topic = '*'")).isEqualTo(1);
        }
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("needsReview")).isEmpty();
        assertThat(report.path("trackerIssues")).isEmpty();
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(row(workbook.getSheet("Needs review"), id)).containsEntry("Countries", "Austria, Poland")
                    .containsEntry("Partner", "Austria, Poland");
            assertThat(row(workbook.getSheet("Meetings"), id)).containsEntry("Partner", "Austria, Poland");
            set(workbook.getSheet("Needs review"), id, "Countries", "Austria; Narnia");
            save(workbook, tracker);
        }

        // a value the country list cannot take is reported in one line with the row's ID, and stays in the cell;
        // the countries taken before stay, also when the unchanged file is read again
        BriefingsRun.Result third = briefings.run(input, output, "2026-11-29", "--full");
        assertThat(third.exitCode()).as(third.err()).isZero();
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        String refused = "'Austria; Narnia': 'Narnia' is not a country the list knows: give an ISO code (such as AT) or"
                + " the English name: not taken, kept in the cell";
        assertThat(report.path("trackerIssues")).singleElement().satisfies(i -> {
            assertThat(i.path("id").asString()).isEqualTo(id);
            assertThat(i.path("column").asString() + ": " + i.path("reason").asString()).isEqualTo("Countries: " + refused);
        });
        assertThat(log.getOut()).containsOnlyOnce("    tracker Needs review row 2 (ID " + id + ") [Countries]: " + refused);
        assertThat(briefings.query("SELECT countries FROM readout WHERE id = '" + id + "'")).containsExactly(List.of("AT PL"));
        assertThat(output.resolve("memos/country/AT.pdf")).exists();
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(row(workbook.getSheet("Needs review"), id)).containsEntry("Countries", "Austria; Narnia");
            set(workbook.getSheet("Needs review"), id, "Countries", "AT, PL");
            save(workbook, tracker);
        }

        // the file changes and names its countries itself: the document wins, staff's countries are dropped with a note
        Files.writeString(input.resolve("minister-delegation.txt"), NO_COUNTRY
                + "\nThe delegation was led by Trade Minister Don Farrell of Australia.");
        BriefingsRun.Result fourth = briefings.run(input, output, "2026-11-30");
        assertThat(fourth.exitCode()).as(fourth.err()).isZero();
        assertThat(briefings.query("SELECT countries FROM readout WHERE id = '" + id + "'")).containsExactly(List.of("AU"));
        assertThat(output.resolve("memos/country/AT.pdf")).doesNotExist();
        assertThat(pdfText(output.resolve("memos/country/AU.pdf"))).contains("critical minerals");
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("trackerIssues")).singleElement().satisfies(i -> assertThat(i.path("reason").asString())
                .isEqualTo("'Austria, Poland' dropped: the readout's document names its countries itself (Australia);"
                        + " noted in the row's Notes"));
        assertThat(briefings.query("SELECT countries, notes FROM tracker_edit WHERE item_id = '" + id + "'"))
                .singleElement().satisfies(r -> assertThat(r.get(0)).isNull())
                .satisfies(r -> assertThat(r.get(1)).matches("\\[Countries 'Austria, Poland' dropped on \\d{4}-\\d{2}-\\d{2}:"
                        + " the readout's document names its countries itself \\(Australia\\)]"));
        try (XSSFWorkbook workbook = open(tracker)) {
            assertThat(workbook.getSheet("Needs review").getPhysicalNumberOfRows()).as("nothing left to review").isEqualTo(1);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);  // inline spans are not drawn in reading order
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String section(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> headers = new HashMap<>();
        sheet.getRow(0).forEach(c -> headers.put(c.getStringCellValue(), c.getColumnIndex()));
        return headers;
    }

    private static String idOf(Sheet sheet, String text) {
        return idOf(sheet, text, "");
    }

    /** The ID of the first row whose text contains {@code text} and whose partner contains {@code partner}. */
    private static String idOf(Sheet sheet, String text, String partner) {
        int column = headers(sheet).get(sheet.getSheetName().startsWith("Follow") ? "Follow-up" : "Commitment");
        int partnerColumn = headers(sheet).get("Partner");
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getStringCellValue().contains(text)
                    && row.getCell(partnerColumn).getStringCellValue().contains(partner)) {
                return row.getCell(0).getStringCellValue();
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static Row rowOf(Sheet sheet, String id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && id.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " in " + sheet.getSheetName());
    }

    private static Row rowWhere(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(first) && row.getCell(1).getStringCellValue().equals(second)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + ", " + second);
    }

    private static Cell cell(Sheet sheet, String id, String header) {
        Row row = rowOf(sheet, id);
        int column = headers(sheet).get(header);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    /** A row as Excel shows it, by header. */
    private static Map<String, String> row(Sheet sheet, String id) {
        Row row = rowOf(sheet, id);
        DataFormatter shown = new DataFormatter();
        Map<String, String> values = new LinkedHashMap<>();
        headers(sheet).forEach((header, column) -> values.put(header, shown.formatCellValue(row.getCell(column))));
        return values;
    }

    private static List<String> texts(Sheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(r -> texts.add(new DataFormatter().formatCellValue(r.getCell(column))));
        return texts;
    }

    /** Types a value into a cell, as Excel would: a new cell with the old one's style. */
    private static void set(Sheet sheet, String id, String header, Object value) {
        Cell old = cell(sheet, id, header);
        // POI would keep an inline string cell's type and text; Excel replaces the cell
        CellStyle style = old.getCellStyle();
        Cell cell = old.getRow().createCell(old.getColumnIndex());
        cell.setCellStyle(style);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue((String) value);
        }
    }
}
