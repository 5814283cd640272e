package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole nightly job on the sample input/ folder, through the real command line, on an H2 file
 * database: stored rows, the rollup of one partner country counted by hand, a memo read back with
 * PDFBox, the tracker read back with POI, the run report, and a second run that changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRunFunctionalTests {

    private static final Path SAMPLES = Path.of("input");
    private static final String RUN_DATE = "2026-11-27";

    Path output;
    BriefingsRun briefings;
    BriefingsRun.Result first;
    /** The first run's report, kept before a later test's rerun replaces the file. */
    JsonNode firstReport;

    @BeforeAll
    void runOnSamples(@TempDir Path folder) {
        briefings = new BriefingsRun(folder);
        output = folder.resolve("output");
        first = briefings.run(SAMPLES, output, RUN_DATE);
        firstReport = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
    }

    @Test
    void completesWithEveryRecordAccepted() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(18);
        assertThat(briefings.count("SELECT COUNT(*) FROM ingest_reject")).isZero();
        // the seed meeting, given as a structured record, with its countries normalised from names
        assertThat(briefings.query("SELECT meeting_date, format, title FROM readout WHERE id = 'jp-us-2021-12-22-hayashi-tai'"))
                .containsExactly(List.of("2021-12-22", "video", "Japan-U.S. Video Teleconference Meeting between"
                        + " Foreign Minister HAYASHI and United States Trade Representative Tai"));
        assertThat(briefings.query("SELECT country FROM readout_country WHERE readout_id = 'jp-us-2021-12-22-hayashi-tai'"
                + " ORDER BY country")).containsExactly(List.of("JP"), List.of("US"));
        // "Republic of Korea" and "United States" given as names in the trilateral readout
        assertThat(briefings.query("SELECT c.country FROM readout_country c JOIN readout r ON r.id = c.readout_id"
                + " WHERE r.meeting_date = DATE '2023-07-14' ORDER BY c.country"))
                .containsExactly(List.of("JP"), List.of("KR"), List.of("US"));
    }

    @Test
    void rollsUpAustraliaAsCountedByHand() {
        // Australia appears in two readouts: a bilateral call of 2022-06-23 (4 topics, 2 commitments of
        // which one is done, 1 follow-up due 2022-12-31) and the Quad meeting of 2024-07-29 (6 topics,
        // 3 open commitments, 1 follow-up due 2024-12-31).
        assertThat(briefings.query("SELECT period_month, meetings, commitments_total, commitments_open,"
                + " follow_ups_open, follow_ups_due FROM rollup_month WHERE partner_country = 'AU' AND topic = '*'"
                + " ORDER BY period_month")).containsExactly(
                List.of("2022-06", "1", "2", "1", "1", "1"),
                List.of("2024-07", "1", "3", "3", "1", "1"));
        assertThat(briefings.query("SELECT topic, SUM(meetings) FROM rollup_month WHERE partner_country = 'AU'"
                + " AND topic <> '*' GROUP BY topic ORDER BY topic")).containsExactly(
                List.of("alliance-defence", "1"), List.of("development-humanitarian", "2"),
                List.of("digital-technology", "1"), List.of("energy-climate", "1"), List.of("health", "1"),
                List.of("multilateral", "1"), List.of("regional-security", "2"), List.of("terrorism-crime", "1"));
        assertThat(briefings.query("SELECT commitments_total, commitments_open FROM rollup_month"
                + " WHERE partner_country = 'AU' AND topic = 'alliance-defence'")).containsExactly(List.of("1", "0"));
    }

    @Test
    void countsAMeetingReportedByBothSidesOnce() {
        // the UK-Japan call of 1-2 September 2026 was published by the FCDO and by MOFA Japan (a day apart,
        // across time zones): two readouts, one engagement
        assertThat(briefings.query("SELECT issuer, meeting_date FROM readout r WHERE EXISTS (SELECT 1 FROM readout_country c"
                + " WHERE c.readout_id = r.id AND c.country = 'GB') AND meeting_month = '2026-09' ORDER BY meeting_date"))
                .extracting(r -> r.get(1)).containsExactly("2026-09-01", "2026-09-02");
        assertThat(briefings.count("SELECT COUNT(DISTINCT engagement_id) FROM readout WHERE meeting_month = '2026-09'"
                + " AND id IN (SELECT readout_id FROM readout_country WHERE country = 'GB')")).isEqualTo(1);
        assertThat(briefings.query("SELECT meetings FROM rollup_month WHERE partner_country = 'GB' AND topic = '*'"
                + " AND period_month = '2026-09'")).containsExactly(List.of("1"));
        // and readouts of different meetings stay apart
        assertThat(briefings.count("SELECT COUNT(DISTINCT engagement_id) FROM readout")).isEqualTo(17);
        // the memos' scope rows carry the same engagements as their readouts
        for (String scope : List.of("readout_country", "readout_topic")) {
            assertThat(briefings.count("SELECT COUNT(*) FROM " + scope + " s JOIN readout r ON r.id = s.readout_id"
                    + " WHERE s.engagement_id <> r.engagement_id")).isZero();
        }
        // and each readout's row lists the countries of its scope rows (V14)
        assertThat(briefings.count("SELECT COUNT(*) FROM readout r WHERE r.countries <> COALESCE((SELECT"
                + " STRING_AGG(c.country, ' ' ORDER BY c.country) FROM readout_country c WHERE c.readout_id = r.id), '')"))
                .isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE countries = ''")).isZero();
        assertThat(briefings.count("SELECT COUNT(DISTINCT engagement_id) FROM readout_country WHERE country = 'GB'"
                + " AND meeting_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'")).isEqualTo(1);
    }

    @Test
    void writesCountryMemoWithEmbeddedFontsAndCitedCommitments() throws Exception {
        Path memo = output.resolve("memos/country/US.pdf");
        try (PDDocument pdf = Loader.loadPDF(memo.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Country briefing: United States")
                    .contains("UNCLASSIFIED")
                    .contains("Page 1 of " + pdf.getNumberOfPages())
                    .contains("2 meetings in the period")
                    .contains("Japan-U.S. Foreign Ministers' Telephone Talk")
                    .contains("Ambassador Greer and Minister Akazawa committed to continue full and timely implementation")
                    .contains("Sources");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Country briefing: United States");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Readout Briefings");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(output.resolve("memos/country")).isDirectoryContaining("glob:**/AU.pdf")
                .isDirectoryContaining("glob:**/KR.pdf").isDirectoryNotContaining("glob:**/JP.pdf");
        assertThat(output.resolve("memos/topic/trade.pdf")).exists();
    }

    @Test
    void writesTrackerWithEveryCommitmentAndRealDates() throws Exception {
        long commitments = briefings.count("SELECT COUNT(*) FROM commitment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4), workbook.getSheetName(5)))
                    .containsExactly("Commitments", "Follow-ups", "Meetings", "Needs review", "Summary", "About");
            assertThat(texts(workbook.getSheet("Meetings").getRow(0))).startsWith("ID", "Date", "Date from", "Partner");
            assertThat(texts(workbook.getSheet("Needs review").getRow(0))).containsExactly("ID", "Input file", "Title",
                    "Partner", "Missing", "Meeting date", "Countries", "Notes");
            XSSFSheet sheet = workbook.getSheet("Commitments");
            assertThat(texts(sheet.getRow(0))).containsExactly("ID", "Date", "Partner", "Topic", "Commitment", "Source",
                    "Status", "Owner", "Due date", "Compliance", "Notes", "Days open", "Last mentioned", "Evidence",
                    "Source link", "Evidence link", "Memo", "Kept");
            assertThat(sheet.getLastRowNum()).isEqualTo(commitments);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getName()).isEqualTo("Commitments");
                assertThat(table.getStyleName()).isNotBlank();
                assertThat(table.getCTTable().isSetAutoFilter()).isTrue();
                assertThat(table.getEndRowIndex()).isEqualTo((int) commitments);
            });

            Row seed = rowWithText(sheet, 4, "discussions at the WTO would not be impeded");
            Cell date = seed.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(new DataFormatter().formatCellValue(date)).isEqualTo("2021-12-22");
            assertThat(seed.getCell(2).getStringCellValue()).isEqualTo("United States");
            assertThat(seed.getCell(3).getStringCellValue()).isEqualTo("Trade and market access");
            assertThat(seed.getCell(6).getStringCellValue()).isEqualTo("Open");
            assertThat(seed.getCell(0).getStringCellValue()).isEqualTo(briefings.query(
                    "SELECT id FROM commitment WHERE readout_id = 'jp-us-2021-12-22-hayashi-tai' AND topic = 'trade'")
                    .get(0).get(0));
        }
    }

    @Test
    void theFollowUpTheSamplesLaterMeetingKeptIsLikelyFulfilledWithItsEvidenceInTheTracker() throws Exception {
        // November 2023: "take stock ... at the next Security Consultative Committee (2+2) meeting"; held July 2024
        assertThat(briefings.query("SELECT r.meeting_date, l.title FROM follow_up_evidence v JOIN follow_up f ON f.id = v.follow_up_id"
                + " JOIN readout r ON r.id = f.readout_id JOIN readout l ON l.id = v.readout_id"))
                .containsExactly(List.of("2023-11-07", "Japan-U.S. Security Consultative Committee (Japan-U.S. \"2+2\")"));
        // and so the tracker says, with a link to that readout; the 2023 commitment the 2026 readout says again, too
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            Row followUp = rowWithText(workbook.getSheet("Follow-ups"), 4, "take stock of progress on Alliance modernization");
            int evidence = texts(workbook.getSheet("Follow-ups").getRow(0)).indexOf("Evidence");
            assertThat(followUp.getCell(evidence).getStringCellValue()).isEqualTo("Likely fulfilled 2024-07-28: Japan-U.S."
                    + " Security Consultative Committee (Japan-U.S. \"2+2\") (readout jp-us-scc-2024-07-28; meeting: security"
                    + " consultative committee)");
            assertThat(followUp.getCell(evidence + 2).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://www.mofa.go.jp/na/st/page4e_001612.html\",\"Evidence\")");
            Row commitment = rowWithText(workbook.getSheet("Commitments"), 4, "deterrence and response capabilities of the U.S.-Japan");
            assertThat(commitment.getCell(texts(workbook.getSheet("Commitments").getRow(0)).indexOf("Evidence")).getStringCellValue())
                    .startsWith("Reaffirmed 2026-10-29: Japan-U.S. Foreign Ministers' Telephone Talk (readout jp-us-2026-10-29-motegi-rubio;")
                    .contains("deterrence").endsWith("capabilities alliance)");
        }
    }

    @Test
    void writesRunReport() throws Exception {
        JsonNode report = firstReport;
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.path("runDate").asString()).isEqualTo(RUN_DATE);
        assertThat(report.path("readouts").path("read").asLong()).isEqualTo(18);
        assertThat(report.path("readouts").path("rejected").asLong()).isZero();
        // country and topic memos, and the digest
        assertThat(report.path("written").path("memos").asLong()).isEqualTo(
                Files.list(output.resolve("memos/country")).count() + Files.list(output.resolve("memos/topic")).count() + 1);
        List<String> steps = new ArrayList<>();
        report.path("steps").forEach(s -> steps.add(s.path("name").asString()));
        assertThat(steps).containsExactly("scan", "ingest", "record-files", "tracker-edits", "link", "fulfilment", "rollup", "memos", "tracker", "index", "mail");
        assertThat(report.path("files").path("parsed").asLong()).isEqualTo(12);
    }

    @Test
    void aCompletedDateIsNotRunAgainButASecondForcedRunChangesNothing() {
        BriefingsRun.Result again = briefings.run(SAMPLES, output, RUN_DATE);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed");

        Map<String, List<List<String>>> before = snapshot();
        BriefingsRun.Result forced = briefings.run(SAMPLES, output, RUN_DATE, "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every domain table's rows, in key order. */
    private Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        for (String table : List.of("readout", "readout_participant", "readout_country", "readout_organisation",
                "readout_topic", "commitment", "follow_up", "rollup_month")) {
            tables.put(table, briefings.query("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return tables;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static Row rowWithText(Sheet sheet, int column, String fragment) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column).getStringCellValue().contains(fragment)) {
                return row;
            }
        }
        throw new AssertionError("no row whose column " + column + " contains " + fragment);
    }
}
