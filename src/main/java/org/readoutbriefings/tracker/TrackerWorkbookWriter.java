package org.readoutbriefings.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.output.AtomicFiles;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.rollup.RollupRow;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code tracker.xlsx}: every commitment, follow-up and meeting, and the partner-country-by-topic
 * summary. Streams rows (POI SXSSF, inline strings) so the heap stays small however many rows there are,
 * and replaces the file in one step.
 */
public class TrackerWorkbookWriter implements Tasklet {

    public static final String FILE_NAME = "tracker.xlsx";

    private static final Logger log = LoggerFactory.getLogger(TrackerWorkbookWriter.class);
    private static final int WINDOW = 200;

    private final JdbcTemplate jdbc;
    private final RollupQueries rollup;
    private final CountryDirectory countries;
    private final TopicTaxonomy topics;
    private final String homeCountry;
    private final Path output;

    public TrackerWorkbookWriter(JdbcTemplate jdbc, RollupQueries rollup, CountryDirectory countries,
                                 TopicTaxonomy topics, String homeCountry, Path output) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.countries = countries;
        this.topics = topics;
        this.homeCountry = homeCountry;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Map<String, String> partners = partnersByReadout();
        Path target = output.resolve(FILE_NAME);
        int[] rows = new int[1];
        AtomicFiles.write(target, out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
            try {
                TrackerStyles styles = new TrackerStyles(workbook);
                rows[0] += commitments(workbook, styles, partners);
                rows[0] += followUps(workbook, styles, partners);
                rows[0] += meetings(workbook, styles, partners);
                rows[0] += summary(workbook, styles);
                workbook.write(out);
            } finally {
                workbook.close();
                workbook.dispose();
            }
        });
        contribution.incrementWriteCount(rows[0]);
        log.info("Tracker: {} rows written to {}", rows[0], target);
        return RepeatStatus.FINISHED;
    }

    private int commitments(SXSSFWorkbook workbook, TrackerStyles styles, Map<String, String> partners) {
        TrackerSheet sheet = new TrackerSheet(workbook.createSheet("Commitments"), styles, List.of(
                new Column("ID", 20), new Column("Date", 11), new Column("Partner", 18), new Column("Topic", 22),
                new Column("Commitment", 70), new Column("Source", 40), new Column("Status", 12),
                new Column("Owner", 16), new Column("Due date", 11), new Column("Notes", 40)));
        jdbc.query("SELECT k.id, r.meeting_date, r.id AS readout_id, k.topic, k.text, r.title, k.status, k.due_date"
                + " FROM commitment k JOIN readout r ON r.id = k.readout_id"
                + " ORDER BY r.meeting_date DESC, r.id, k.position", rs -> {
            sheet.newRow().text(rs.getString("id")).date(date(rs, "meeting_date"))
                    .text(partners.get(rs.getString("readout_id"))).text(topics.label(rs.getString("topic")))
                    .wrapped(rs.getString("text")).wrapped(rs.getString("title")).text(status(rs))
                    .text(null).date(date(rs, "due_date")).text(null);
        });
        sheet.finish();
        return sheet.dataRows();
    }

    private int followUps(SXSSFWorkbook workbook, TrackerStyles styles, Map<String, String> partners) {
        TrackerSheet sheet = new TrackerSheet(workbook.createSheet("Follow-ups"), styles, List.of(
                new Column("ID", 20), new Column("Date", 11), new Column("Partner", 18), new Column("Topic", 22),
                new Column("Follow-up", 60), new Column("When", 24), new Column("Source", 40),
                new Column("Status", 12), new Column("Owner", 16), new Column("Due date", 11), new Column("Notes", 40)));
        jdbc.query("SELECT f.id, r.meeting_date, r.id AS readout_id, f.topic, f.text, f.due_text, r.title, f.status,"
                + " f.due_date FROM follow_up f JOIN readout r ON r.id = f.readout_id"
                + " ORDER BY r.meeting_date DESC, r.id, f.position", rs -> {
            sheet.newRow().text(rs.getString("id")).date(date(rs, "meeting_date"))
                    .text(partners.get(rs.getString("readout_id"))).text(topics.label(rs.getString("topic")))
                    .wrapped(rs.getString("text")).text(rs.getString("due_text")).wrapped(rs.getString("title"))
                    .text(status(rs)).text(null).date(date(rs, "due_date")).text(null);
        });
        sheet.finish();
        return sheet.dataRows();
    }

    private int meetings(SXSSFWorkbook workbook, TrackerStyles styles, Map<String, String> partners) {
        Map<String, String> topicsByReadout = new HashMap<>();
        jdbc.query("SELECT readout_id, topic FROM readout_topic ORDER BY readout_id, position",
                rs -> {
                    topicsByReadout.merge(rs.getString(1), topics.label(rs.getString(2)), (a, b) -> a + ", " + b);
                });
        TrackerSheet sheet = new TrackerSheet(workbook.createSheet("Meetings"), styles, List.of(
                new Column("ID", 20), new Column("Date", 11), new Column("Partner", 18), new Column("Format", 16),
                new Column("Title", 60), new Column("Topics", 40), new Column("Issuer", 30), new Column("Source URL", 40),
                new Column("Input file", 30)));
        jdbc.query("SELECT id, meeting_date, format, title, issuer, source_url, source_file FROM readout"
                + " ORDER BY meeting_date DESC, id", rs -> {
            sheet.newRow().text(rs.getString("id")).date(date(rs, "meeting_date")).text(partners.get(rs.getString("id")))
                    .text(MeetingFormat.parse(rs.getString("format")).orElse(MeetingFormat.UNKNOWN).label())
                    .wrapped(rs.getString("title")).wrapped(topicsByReadout.get(rs.getString("id")))
                    .text(rs.getString("issuer")).text(rs.getString("source_url")).text(rs.getString("source_file"));
        });
        sheet.finish();
        return sheet.dataRows();
    }

    private int summary(SXSSFWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = new TrackerSheet(workbook.createSheet("Summary"), styles, List.of(
                new Column("Partner", 22), new Column("Topic", 30), new Column("Meetings", 10),
                new Column("First meeting", 13), new Column("Last meeting", 13), new Column("Open commitments", 12),
                new Column("Total commitments", 12), new Column("Open follow-ups", 12),
                new Column("Follow-ups due", 12)));
        List<RollupRow> rows = new ArrayList<>(RollupQueries.sum(rollup.all().stream()
                .filter(r -> !r.topic().equals("*") && !r.partnerCountry().equals("*")).toList(),
                r -> r.partnerCountry() + "\n" + r.topic()).values());
        for (RollupRow r : rows) {
            sheet.newRow().text(countries.name(r.partnerCountry())).text(topics.label(r.topic())).number(r.meetings())
                    .date(r.firstDate()).date(r.lastDate()).number(r.commitmentsOpen()).number(r.commitmentsTotal())
                    .number(r.followUpsOpen()).number(r.followUpsDue());
        }
        sheet.finish();
        return sheet.dataRows();
    }

    /** Partner country names per readout, e.g. "Australia, India". */
    private Map<String, String> partnersByReadout() {
        Map<String, List<String>> codes = new HashMap<>();
        jdbc.query("SELECT readout_id, country FROM readout_country WHERE country <> ? ORDER BY readout_id, country",
                rs -> {
                    codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2).strip());
                }, homeCountry);
        Map<String, String> names = new HashMap<>();
        codes.forEach((id, list) -> names.put(id, list.stream().map(countries::name).collect(Collectors.joining(", "))));
        return names;
    }

    private static String status(ResultSet rs) throws SQLException {
        return TrackingStatus.valueOf(rs.getString("status")).label();
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
