package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.extract.KeyTerms;
import org.readoutbriefings.rollup.RollupBuilder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The link, fulfilment, rollup, tracker-edits and tracker steps on what the ingest stored, without memos, digest
 * or index: two sides' readouts of one meeting are one engagement, counted once in the month's rollup; a status
 * staff type into the tracker is read back the next night, counts in the rollup and stays in the rewritten
 * tracker; a commitment's key terms are cut once, and its evidence follows the readouts from night to night,
 * written as a difference (a night that changes nothing rewrites none).
 */
@SpringBatchTest
@SpringBootTest(classes = ReadoutBriefingsApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:link-rollup-step-tests;DB_CLOSE_DELAY=-1")
class LinkAndRollupStepTests {

    private static final AtomicLong NIGHT = new AtomicLong();
    private static final LocalDate RUN_DATE = LocalDate.of(2024, 6, 3);
    private static final String HYDROGEN = "They will build supply chains for clean hydrogen and ammonia.";

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("scanStep")
    Step scanStep;
    @Autowired
    @Qualifier("ingestStep")
    Step ingestStep;
    @Autowired
    @Qualifier("recordFilesStep")
    Step recordFilesStep;
    @Autowired
    @Qualifier("linkStep")
    Step linkStep;
    @Autowired
    @Qualifier("fulfilmentStep")
    Step fulfilmentStep;
    @Autowired
    @Qualifier("rollupStep")
    Step rollupStep;
    @Autowired
    @Qualifier("trackerEditsStep")
    Step trackerEditsStep;
    @Autowired
    @Qualifier("trackerStep")
    Step trackerStep;

    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("commitment", "follow_up", "readout_participant", "readout_country",
                "readout_organisation", "readout_topic", "readout_evidence", "readout_warning", "readout", "input_file",
                "rollup_month", "tracker_edit")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** A night of reading the input, then the link step, then the rollup; the steps' names in the order they ran. */
    private List<String> night() {
        return night(RUN_DATE).stream().map(s -> s.getStepName()).toList();
    }

    /** A night for the given date; its steps. (Not a JobExecution: @SpringBatchTest would take that for its own.) */
    private List<StepExecution> night(LocalDate runDate) {
        jobs.setJob(new JobBuilder("linkRollupNights", jobRepository).start(scanStep).next(ingestStep).next(recordFilesStep)
                .next(trackerEditsStep).next(linkStep).next(fulfilmentStep).next(rollupStep).next(trackerStep).build());
        try {
            JobExecution execution = jobs.startJob(new JobParametersBuilder()
                    .addLong("night", NIGHT.incrementAndGet())
                    .addString(JobParameterNames.INPUT, input.toString(), false)
                    .addString(JobParameterNames.OUTPUT, output.toString(), false)
                    .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                    .toJobParameters());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            return List.copyOf(execution.getStepExecutions());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void readout(String file, String id, String issuer, String date, String participant) throws IOException {
        Files.writeString(input.resolve(file), """
                {"id": "%s", "title": "Japan and France foreign ministers", "meetingDate": "%s", "issuer": "%s",
                 "countries": ["JP", "FR"], "topics": ["trade"],
                 "participants": [{"name": "%s", "country": "FR"}],
                 "commitments": [{"text": "The ministers agreed to open talks on a trade agreement.", "topic": "trade"}]}
                """.formatted(id, date, issuer, participant));
    }

    private String engagementOf(String id) {
        return jdbc.queryForObject("SELECT engagement_id FROM readout WHERE id = ?", String.class, id);
    }

    private Map<String, Object> rollup(String partner, String topic, String month) {
        return jdbc.queryForMap("SELECT meetings, commitments_total, commitments_open FROM rollup_month"
                + " WHERE partner_country = ? AND topic = ? AND period_month = ?", partner, topic, month);
    }

    @Test
    void twoSidesAccountsOfOneMeetingAreOneEngagementCountedOnce() throws IOException {
        readout("jp.json", "jp-2024-05-01", "Ministry of Foreign Affairs of Japan", "2024-05-01", "Stéphane Séjourné");
        readout("fr.json", "fr-2024-05-02", "Ministère de l'Europe et des Affaires étrangères", "2024-05-02", "Stéphane Séjourné");
        readout("jp-later.json", "jp-2024-05-20", "Ministry of Foreign Affairs of Japan", "2024-05-20", "Stéphane Séjourné");

        assertThat(night()).containsSubsequence("scan", "ingest", "record-files", "tracker-edits", "link", "fulfilment", "rollup", "tracker");

        assertThat(engagementOf("jp-2024-05-01")).isEqualTo(engagementOf("fr-2024-05-02"));
        assertThat(engagementOf("jp-2024-05-20")).isNotEqualTo(engagementOf("jp-2024-05-01"));
        // three readouts, two meetings; each readout's commitment counted
        assertThat(rollup("FR", RollupBuilder.ALL, "2024-05")).containsEntry("MEETINGS", 2).containsEntry("COMMITMENTS_TOTAL", 3);
        assertThat(rollup("FR", "trade", "2024-05")).containsEntry("MEETINGS", 2);
    }

    @Test
    void readoutsOfTheSameIssuerOrDaysApartAreNotLinked() throws IOException {
        readout("jp.json", "jp-2024-05-01", "Ministry of Foreign Affairs of Japan", "2024-05-01", "Stéphane Séjourné");
        readout("jp-again.json", "jp-2024-05-01-b", "Ministry of Foreign Affairs of Japan", "2024-05-01", "Stéphane Séjourné");
        readout("fr.json", "fr-2024-05-04", "Ministère de l'Europe et des Affaires étrangères", "2024-05-04", "Stéphane Séjourné");
        readout("fr-other.json", "fr-2024-05-01", "Ministère de l'Europe et des Affaires étrangères", "2024-05-01", "Jean-Noël Barrot");

        night();

        assertThat(List.of(engagementOf("jp-2024-05-01"), engagementOf("jp-2024-05-01-b"), engagementOf("fr-2024-05-04"),
                engagementOf("fr-2024-05-01"))).doesNotHaveDuplicates();
        assertThat(rollup("FR", RollupBuilder.ALL, "2024-05")).containsEntry("MEETINGS", 4);
    }

    @Test
    void aStatusStaffTypeIntoTheTrackerCountsInTheNextNightsRollupAndStays() throws IOException {
        readout("jp.json", "jp-2024-05-01", "Ministry of Foreign Affairs of Japan", "2024-05-01", "Stéphane Séjourné");
        night();
        assertThat(rollup("FR", "trade", "2024-05")).containsEntry("COMMITMENTS_OPEN", 1);

        Path tracker = output.resolve("tracker.xlsx");
        String id = jdbc.queryForObject("SELECT id FROM commitment", String.class);
        assertThat(commitmentStatus(tracker, id, "Done")).as("before the edit").isEqualTo("Open");
        readout("fr.json", "fr-2024-05-02", "Ministère de l'Europe et des Affaires étrangères", "2024-05-02", "Stéphane Séjourné");
        night();

        assertThat(rollup("FR", "trade", "2024-05")).containsEntry("MEETINGS", 1).containsEntry("COMMITMENTS_TOTAL", 2)
                .containsEntry("COMMITMENTS_OPEN", 1);
        assertThat(commitmentStatus(tracker, id, null)).as("the night kept what staff typed").isEqualTo("Done");
    }

    // --- the tracker-edits step: what staff give a readout on Needs review ---

    @Test
    void aReadoutWithNeitherDateNorCountryTakesBothFromNeedsReviewAndLeavesWhatNeedsReview() throws IOException {
        Files.writeString(input.resolve("call.txt"), String.join("\n", "Minister's call with a counterpart", "",
                "The Minister held a call with a counterpart.",
                "The two ministers agreed to set up a working group on energy security."));
        night();
        String id = jdbc.queryForObject("SELECT id FROM readout", String.class);
        Path tracker = output.resolve("tracker.xlsx");
        assertThat(needsReview(tracker, id, Map.of())).containsEntry("Missing", "no meeting date in the text, a dateline,"
                + " the file's metadata or its name; no participating country recognised in the text")
                .containsEntry("Meeting date", "").containsEntry("Countries", "");
        assertThat(about(tracker)).containsEntry("Readouts without a meeting date (Needs review)", "1")
                .containsEntry("Readouts without a country (Needs review)", "1");

        // staff give the date, and the countries as they come to mind
        needsReview(tracker, id, Map.of("Meeting date", LocalDate.of(2024, 5, 20), "Countries", "fr; Germany"));
        night();
        assertThat(jdbc.queryForMap("SELECT meeting_date, countries FROM readout")).containsEntry("COUNTRIES", "DE FR")
                .containsEntry("MEETING_DATE", java.sql.Date.valueOf("2024-05-20"));
        assertThat(jdbc.queryForList("SELECT country, meeting_date FROM readout_country ORDER BY country").toString())
                .isEqualTo("[{COUNTRY=DE, MEETING_DATE=2024-05-20}, {COUNTRY=FR, MEETING_DATE=2024-05-20}]");
        assertThat(rollup("FR", RollupBuilder.ALL, "2024-05")).containsEntry("MEETINGS", 1).containsEntry("COMMITMENTS_TOTAL", 1);
        // nothing is missing any more; the row stays, with what staff gave, so that they can change it
        assertThat(about(tracker)).containsEntry("Readouts without a meeting date (Needs review)", "0")
                .containsEntry("Readouts without a country (Needs review)", "0");
        assertThat(needsReview(tracker, id, Map.of())).containsEntry("Meeting date", "2024-05-20")
                .containsEntry("Countries", "Germany, France").containsEntry("Partner", "Germany, France");

        // a night that reads the tracker again changes nothing; clearing the cell takes the countries back
        needsReview(tracker, id, Map.of("Notes", "checked"));
        night();
        assertThat(jdbc.queryForObject("SELECT countries FROM readout", String.class)).isEqualTo("DE FR");
        needsReview(tracker, id, Map.of("Countries", ""));
        night();
        assertThat(jdbc.queryForObject("SELECT countries FROM readout", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM readout_country", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rollup_month WHERE partner_country = 'FR'", Integer.class)).isZero();
        assertThat(about(tracker)).containsEntry("Readouts without a country (Needs review)", "1");
    }

    /**
     * A readout's row of the tracker's Needs review sheet, as Excel shows it; with {@code typed}, what staff type
     * into its cells, saved as Excel saves (a new cell in the old one's style; "" empties it).
     */
    private static Map<String, String> needsReview(Path tracker, String id, Map<String, Object> typed) throws IOException {
        try (InputStream in = Files.newInputStream(tracker); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Needs review");
            int row = 1;
            while (!id.equals(sheet.getRow(row).getCell(0).getStringCellValue())) {
                row++;
            }
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            for (Cell header : sheet.getRow(0)) {
                Cell cell = sheet.getRow(row).getCell(header.getColumnIndex());
                shown.put(header.getStringCellValue(), new DataFormatter().formatCellValue(cell));
                Object value = typed.get(header.getStringCellValue());
                if (value != null) {
                    // the style taken before the cell is replaced: the old cell object then reads the new one's
                    CellStyle style = cell.getCellStyle();
                    Cell replaced = cell.getRow().createCell(cell.getColumnIndex());
                    replaced.setCellStyle(style);
                    if (value instanceof LocalDate date) {
                        replaced.setCellValue(date);
                    } else if (!value.equals("")) {
                        replaced.setCellValue((String) value);
                    }
                }
            }
            if (!typed.isEmpty()) {
                try (OutputStream out = Files.newOutputStream(tracker)) {
                    workbook.write(out);
                }
            }
            return shown;
        }
    }

    /** The tracker's About sheet: item to value, as shown. */
    private static Map<String, String> about(Path tracker) throws IOException {
        try (InputStream in = Files.newInputStream(tracker); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Map<String, String> items = new java.util.LinkedHashMap<>();
            workbook.getSheet("About").forEach(r -> items.put(new DataFormatter().formatCellValue(r.getCell(0)),
                    new DataFormatter().formatCellValue(r.getCell(1))));
            return items;
        }
    }

    // --- the fulfilment step: reaffirmed commitments across nights ---

    /** A night up to the fulfilment step and on; the evidence rows the fulfilment step wrote. */
    private long evidenceWritten(LocalDate runDate) {
        return night(runDate).stream().filter(s -> s.getStepName().equals("fulfilment"))
                .mapToLong(StepExecution::getWriteCount).sum();
    }

    private void committing(String id, String date, String... commitments) throws IOException {
        StringBuilder items = new StringBuilder();
        for (String text : commitments) {
            items.append(items.isEmpty() ? "" : ", ").append("{\"text\": \"").append(text).append("\", \"topic\": \"energy-climate\"}");
        }
        Files.writeString(input.resolve(id + ".json"), """
                {"id": "%s", "title": "Japan-Australia Foreign Ministers' Meeting", "meetingDate": "%s",
                 "countries": ["JP", "AU"], "topics": ["energy-climate"], "commitments": [%s]}
                """.formatted(id, date, items));
    }

    /** Each reaffirmed commitment's readout and the readout that reaffirms it. */
    private Map<String, String> evidence() {
        Map<String, String> byReadout = new TreeMap<>();
        jdbc.query("SELECT c.readout_id, v.readout_id FROM commitment_evidence v JOIN commitment c ON c.id = v.commitment_id",
                rs -> {
                    byReadout.put(rs.getString(1), rs.getString(2));
                });
        return byReadout;
    }

    @Test
    void evidenceFollowsTheReadoutsFromNightToNightAndANightThatChangesNothingRewritesNone() throws IOException {
        LocalDate runDate = LocalDate.of(2025, 6, 3);
        committing("first", "2024-01-10", HYDROGEN, "They will open a consulate in Osaka.");
        committing("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        assertThat(evidenceWritten(runDate)).isEqualTo(1);
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));

        assertThat(evidenceWritten(runDate)).as("nothing changed, nothing written").isZero();
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));

        // corrected: the later readout no longer says it again, and its evidence goes with it
        committing("again", "2024-06-10", "They agreed to fund a hospital in Darwin.");
        assertThat(evidenceWritten(runDate)).isEqualTo(1);
        assertThat(evidence()).isEmpty();

        // a later readout says it again, then the corrected one says it once more: the earliest is the evidence
        committing("later", "2025-02-10", "Both sides will continue clean hydrogen and ammonia supply chains.");
        evidenceWritten(runDate);
        assertThat(evidence()).isEqualTo(Map.of("first", "later"));
        committing("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        evidenceWritten(runDate);
        assertThat(evidence()).isEqualTo(Map.of("first", "again", "again", "later"));

        // a night run for an earlier date cites no meeting that had not yet happened
        evidenceWritten(LocalDate.of(2024, 12, 31));
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));
    }

    @Test
    void commitmentsStoredWithoutKeyTermsGetThemOnceAndMatchAsTheOthers() throws IOException {
        LocalDate runDate = LocalDate.of(2025, 6, 3);
        committing("first", "2024-01-10", HYDROGEN);
        committing("again", "2024-06-10", "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        evidenceWritten(runDate);
        assertThat(jdbc.queryForList("SELECT key_terms FROM commitment WHERE text = ?", String.class, HYDROGEN))
                .containsExactly(KeyTerms.stored(HYDROGEN)).doesNotContain("");

        // as the rows stored before the terms were cut at ingest (V27)
        jdbc.update("UPDATE commitment SET key_terms = NULL");
        jdbc.update("DELETE FROM commitment_evidence");
        evidenceWritten(runDate);

        assertThat(jdbc.queryForList("SELECT text, key_terms FROM commitment")).allSatisfy(row ->
                assertThat(row.get("KEY_TERMS")).isEqualTo(KeyTerms.stored((String) row.get("TEXT"))));
        assertThat(evidence()).isEqualTo(Map.of("first", "again"));
    }

    /**
     * The Status of a commitment's row of the tracker, as Excel shows it; with {@code typed}, what staff type
     * over it, saved as Excel saves (a new cell in the old one's style).
     */
    private static String commitmentStatus(Path tracker, String id, String typed) throws IOException {
        try (InputStream in = Files.newInputStream(tracker); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Commitments");
            int status = 0;
            while (!"Status".equals(sheet.getRow(0).getCell(status).getStringCellValue())) {
                status++;
            }
            int row = 1;
            while (!id.equals(sheet.getRow(row).getCell(0).getStringCellValue())) {
                row++;
            }
            Cell cell = sheet.getRow(row).getCell(status);
            String shown = new DataFormatter().formatCellValue(cell);
            if (typed != null) {
                Cell replaced = cell.getRow().createCell(status);
                replaced.setCellStyle(cell.getCellStyle());
                replaced.setCellValue(typed);
                try (OutputStream out = Files.newOutputStream(tracker)) {
                    workbook.write(out);
                }
            }
            return shown;
        }
    }
}
