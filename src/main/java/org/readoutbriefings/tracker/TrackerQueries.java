package org.readoutbriefings.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.store.CodeColumn;
import org.readoutbriefings.tracker.TrackerEditStore.ItemState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The SQL that finds the tracker's rows, in the tracker's order, with what staff set on them and what an
 * earlier tracker showed; it writes nothing. The readouts stream from an index in the tracker's order
 * (latest meeting first, then by id, an order an index gives without a sort), {@value #CHUNK} at a time,
 * and the rows of a chunk are looked up in one query.
 */
final class TrackerQueries {

    /** Readouts whose rows are looked up in one query. */
    private static final int CHUNK = 250;
    /** Rows a query hands over at a time where the driver streams them (PostgreSQL in a transaction). */
    private static final int FETCH_SIZE = 1000;

    /** A readout as the tracker's rows show it; {@code partners}: its countries but the home country, in code order. */
    record Readout(String id, LocalDate date, String dateSource, String title, String sourceUrl, String format,
                   String issuer, String sourceFile, List<String> partners) {
    }

    /**
     * A commitment or follow-up of the input, with its status and due date as staff set them (else as the
     * input has them), their owner, compliance and notes; {@code shownBefore}: an earlier tracker showed
     * it, {@code shownAs} what it showed (null when that was before V10 recorded it).
     */
    record ItemRow(Readout readout, String id, String topic, String text, String dueText, TrackingStatus status,
                   LocalDate due, String owner, Integer compliance, String notes, boolean shownBefore,
                   ItemState shownAs, Evidence evidence) {
    }

    /**
     * The later readout that is an item's evidence (its follow-up's meeting held, its commitment said again),
     * as the job found it that night; {@code matched}: what they share.
     */
    record Evidence(String readoutId, LocalDate date, String title, String sourceUrl, String matched) {
    }

    /** A readout with its topics (codes, in the readout's order), for the Meetings sheet. */
    record MeetingRow(Readout readout, List<String> topics) {
    }

    /**
     * A readout without a meeting date or without a recognised country, or one staff dated on Needs review;
     * {@code missingDate}: why it has no date, as the ingest warned (null when it has one from its document);
     * {@code noCountry}: no participating country was recognised in its document; {@code partners} as they are
     * now (with those staff gave); {@code documentDate} the date its document gives, if any; {@code meetingDate},
     * {@code countries} and {@code countriesTyped} what staff gave.
     */
    record ReviewRow(String id, String sourceFile, String title, List<String> partners, LocalDate meetingDate,
                     LocalDate documentDate, List<String> countries, String countriesTyped, String notes,
                     String missingDate, boolean noCountry) {
    }

    private final JdbcTemplate jdbc;
    /** Streams the readouts, while {@link #jdbc} looks up their rows. */
    private final JdbcTemplate reader;
    private final String homeCountry;

    TrackerQueries(JdbcTemplate jdbc, String homeCountry) {
        this.jdbc = jdbc;
        this.reader = new JdbcTemplate(jdbc.getDataSource());
        reader.setFetchSize(FETCH_SIZE);
        this.homeCountry = homeCountry;
    }

    /**
     * Passes all dated readouts in the tracker's order, {@value #CHUNK} at a time. Undated ones are on the
     * Needs review sheet only, until staff give them a date.
     */
    private void readouts(Consumer<List<Readout>> chunks) {
        List<Readout> chunk = new ArrayList<>(CHUNK);
        reader.query("SELECT id, meeting_date, title, source_url, format, issuer, source_file, countries, date_source"
                + " FROM readout WHERE meeting_date IS NOT NULL ORDER BY meeting_date DESC, id", rs -> {
            chunk.add(new Readout(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(9), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), partners(rs.getString(8))));
            if (chunk.size() == CHUNK) {
                chunks.accept(chunk);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            chunks.accept(chunk);
        }
    }

    /** The commitments or follow-ups of the input, readout by readout in the tracker's order. */
    void items(TrackedKind kind, Consumer<ItemRow> rows) {
        boolean commitments = kind == TrackedKind.COMMITMENT;
        readouts(chunk -> {
            List<String> ids = ids(chunk);
            Map<String, List<ItemRow>> byReadout = new HashMap<>();
            Map<String, Readout> readouts = new HashMap<>();
            chunk.forEach(r -> readouts.put(r.id(), r));
            // what a row showed, looked up item by item: on a first night tracker_item fills up within the
            // tracker step's transaction, and PostgreSQL, planning a join for the empty table its statistics
            // describe, scanned every row inserted so far for each chunk
            String shown = " FROM tracker_item t WHERE t.kind = ? AND t.item_id = x.id)";
            Object[] args = new Object[ids.size() + 3];
            args[0] = kind.code;
            args[1] = kind.code;
            System.arraycopy(IdTable.args(ids, kind.code), 0, args, 2, ids.size() + 1);
            jdbc.query("SELECT x.readout_id, x.id, x.topic, x.text, x.status, x.due_date, "
                    + (commitments ? "NULL" : "x.due_text") + " AS due_text, e.status AS edit_status, e.owner_name,"
                    + " e.due_date AS edit_due, e.compliance, e.notes,"
                    + " v.readout_id AS evidence_id, vr.meeting_date AS evidence_date, vr.title AS evidence_title,"
                    + " vr.source_url AS evidence_url, v.matched,"
                    + " (SELECT COALESCE(t.shown_status, '')" + shown + " AS shown, (SELECT t.shown_due" + shown + " AS shown_due"
                    + " FROM " + IdTable.of(ids.size(), "r") + " JOIN " + kind.table + " x ON x.readout_id = r.id"
                    + " LEFT JOIN tracker_edit e ON e.kind = ? AND e.item_id = x.id"
                    + " LEFT JOIN " + kind.evidenceTable + " v ON v." + kind.table + "_id = x.id"
                    + " LEFT JOIN readout vr ON vr.id = v.readout_id"
                    + " ORDER BY x.readout_id, x.position", rs -> {
                String editStatus = rs.getString(8);
                LocalDate editDue = date(rs, 10);
                String showed = rs.getString(18);
                String evidence = rs.getString(13);
                byReadout.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ItemRow(
                        readouts.get(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(7), TrackingStatus.valueOf(editStatus != null ? editStatus : rs.getString(5)),
                        editDue != null ? editDue : date(rs, 6), rs.getString(9), compliance(rs, 11), rs.getString(12),
                        showed != null, showed == null ? null : ItemState.of(showed.isEmpty() ? null : showed, date(rs, 19)),
                        evidence == null ? null : new Evidence(evidence, date(rs, 14), rs.getString(15), rs.getString(16),
                                rs.getString(17))));
            }, args);
            for (Readout readout : chunk) {
                byReadout.getOrDefault(readout.id(), List.of()).forEach(rows);
            }
        });
    }

    /** The rows kept from earlier trackers whose item is no longer in the input, latest meeting first. */
    void keptItems(TrackedKind kind, Consumer<TrackerEdit> rows) {
        jdbc.query("SELECT * FROM tracker_edit e WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM " + kind.table
                + " x WHERE x.id = e.item_id) ORDER BY e.shown_date DESC, e.item_id",
                (RowCallbackHandler) rs -> rows.accept(TrackerEditStore.edit(kind, rs)), kind.code);
    }

    /** Every dated readout, in the tracker's order, with its topics. */
    void meetings(Consumer<MeetingRow> rows) {
        readouts(chunk -> {
            List<String> ids = ids(chunk);
            Map<String, List<String>> topics = new HashMap<>();
            jdbc.query("SELECT t.readout_id, t.topic FROM " + IdTable.of(ids.size(), "r")
                    + " JOIN readout_topic t ON t.readout_id = r.id ORDER BY t.readout_id, t.position", rs -> {
                topics.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }, IdTable.args(ids));
            chunk.forEach(r -> rows.accept(new MeetingRow(r, topics.getOrDefault(r.id(), List.of()))));
        });
    }

    /**
     * Readouts whose document carries no meeting date, found by the index on the date; those in which no
     * participating country was recognised, found by their warning; and those staff have dated on Needs review,
     * so what they typed stays in view and can be changed. Each once, by input file, then id.
     */
    List<ReviewRow> needsReview() {
        String columns = "SELECT r.id, r.source_file, r.title, r.countries, e.meeting_date, e.countries, e.countries_typed,"
                + " e.notes, (SELECT w.message FROM readout_warning w WHERE w.readout_id = r.id AND w.field = 'meetingDate'"
                + " ORDER BY w.position FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT COUNT(*) FROM readout_warning w WHERE w.readout_id = r.id AND w.field = 'countries'"
                + " AND w.message LIKE ?), " + TrackerEditStore.DOCUMENT_DATE;
        String staff = " LEFT JOIN tracker_edit e ON e.kind = 'R' AND e.item_id = r.id";
        String noCountry = ReadoutWarning.NO_COUNTRY_RECOGNISED + "%";
        Map<String, ReviewRow> rows = new HashMap<>();
        RowCallbackHandler row = rs -> rows.putIfAbsent(rs.getString(1), new ReviewRow(rs.getString(1), rs.getString(2),
                rs.getString(3), partners(rs.getString(4)), date(rs, 5), date(rs, 11),
                rs.getString(6) == null ? null : CodeColumn.split(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getInt(10) > 0));
        jdbc.query(columns + " FROM readout r" + staff + " WHERE r.meeting_date IS NULL", row, noCountry);
        jdbc.query(columns + " FROM readout_warning n JOIN readout r ON r.id = n.readout_id" + staff
                + " WHERE n.field = 'countries' AND n.message LIKE ? AND r.provenance = 'extracted'", row, noCountry, noCountry);
        jdbc.query(columns + " FROM tracker_edit e JOIN readout r ON r.id = e.item_id WHERE e.kind = 'R'"
                + " AND r.meeting_date IS NOT NULL AND r.date_source = 'given'", row, noCountry);
        List<ReviewRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(ReviewRow::sourceFile).thenComparing(ReviewRow::id));
        return sorted;
    }

    static final String REJECTED_THIS_RUN = "Input records rejected this run";

    /** The About sheet's counts, by label, in order. */
    Map<String, Long> inputCounts(long runId) {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("Readouts (meetings)", "SELECT COUNT(*) FROM readout WHERE meeting_date IS NOT NULL");
        counts.put("Readouts without a meeting date (Needs review)", "SELECT COUNT(*) FROM readout WHERE meeting_date IS NULL");
        counts.put("Readouts without a country (Needs review)", "SELECT COUNT(*) FROM readout_warning w JOIN readout r"
                + " ON r.id = w.readout_id WHERE w.field = 'countries' AND w.message LIKE '"
                + ReadoutWarning.NO_COUNTRY_RECOGNISED + "%' AND r.countries = ''");
        counts.put("Commitments", "SELECT COUNT(*) FROM commitment");
        counts.put("Follow-ups", "SELECT COUNT(*) FROM follow_up");
        counts.put("Rows kept (no longer in input, or ID not found)", "SELECT COUNT(*) FROM tracker_edit e WHERE kept_reason IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.id = e.item_id)"
                + " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.id = e.item_id)");
        counts.put(REJECTED_THIS_RUN, "SELECT COUNT(*) FROM ingest_reject WHERE job_execution_id = " + runId);
        Map<String, Long> values = new LinkedHashMap<>();
        counts.forEach((label, sql) -> values.put(label, jdbc.queryForObject(sql, Long.class)));
        return values;
    }

    int commitmentCount() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM commitment", Integer.class);
        return n == null ? 0 : n;
    }

    private List<String> partners(String countries) {
        List<String> partners = new ArrayList<>(CodeColumn.split(countries));
        partners.remove(homeCountry);
        return partners;
    }

    private static List<String> ids(List<Readout> readouts) {
        List<String> ids = new ArrayList<>(readouts.size());
        readouts.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Integer compliance(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
