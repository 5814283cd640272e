package org.readoutbriefings.tracker;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.store.CodeColumn;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff edits, the items the tracker has shown, and the issues of a run, in the database. */
final class TrackerEditStore {

    /** The status and due date of an item, in the input or as a tracker showed it. */
    record ItemState(TrackingStatus status, LocalDate dueDate) {

        /** A stored state; a null status (an item shown before they were recorded) gives null. */
        static ItemState of(String status, LocalDate dueDate) {
            return status == null ? null : new ItemState(TrackingStatus.valueOf(status), dueDate);
        }
    }

    private final JdbcTemplate jdbc;

    TrackerEditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the database holds of some row IDs: their items in the input, the IDs an earlier tracker showed
     * with what it showed ({@code shownAs}, where recorded), their stored edits.
     */
    record Known(Map<String, ItemState> input, Set<String> shown, Map<String, ItemState> shownAs,
                 Map<String, TrackerEdit> edits) {
    }

    /**
     * For these (distinct) ids: the input's status and due date of those in the input, those an earlier
     * tracker showed and what it showed, and the stored edits of those that have some; in one query.
     */
    Known lookUp(TrackedKind kind, Collection<String> ids) {
        Known known = new Known(new HashMap<>(), new HashSet<>(), new HashMap<>(), new HashMap<>());
        jdbc.query("SELECT i.id AS looked_up, x.status AS input_status, x.due_date AS input_due, t.item_id AS shown_id,"
                + " t.shown_status, t.shown_due, e.*"
                + " FROM " + IdTable.of(ids.size(), "i") + " LEFT JOIN " + kind.table + " x ON x.id = i.id"
                + " LEFT JOIN tracker_item t ON t.kind = ? AND t.item_id = i.id"
                + " LEFT JOIN tracker_edit e ON e.kind = ? AND e.item_id = i.id", rs -> {
            String id = rs.getString("looked_up");
            String inputStatus = rs.getString("input_status");
            if (inputStatus != null) {
                known.input().put(id, ItemState.of(inputStatus, localDate(rs, "input_due")));
            }
            if (rs.getString("shown_id") != null) {
                known.shown().add(id);
                ItemState shownAs = ItemState.of(rs.getString("shown_status"), localDate(rs, "shown_due"));
                if (shownAs != null) {
                    known.shownAs().put(id, shownAs);
                }
            }
            if (rs.getString("item_id") != null) {
                known.edits().put(id, edit(kind, rs));
            }
        }, IdTable.args(ids, kind.code, kind.code));
        return known;
    }

    /**
     * Stores edits as seen now: replaces the stored ones of {@code existing} ids, adds the others. A new
     * status or due date records the run in {@code changed_run}, so the memos showing the item are rewritten.
     */
    void save(List<TrackerEdit> edits, Set<String> existing, long runId, LocalDateTime seenAt) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (TrackerEdit e : edits) {
            TrackerEdit.Shown s = e.shown() == null ? new TrackerEdit.Shown(null, null, null, null, null) : e.shown();
            String status = e.status() == null ? null : e.status().name();
            Date due = date(e.dueDate());
            Object[] values = {status, e.owner(), due, e.compliance(), e.notes(), e.keptReason(), date(s.date()),
                    s.partner(), s.topic(), s.text(), s.source(), Timestamp.valueOf(seenAt), runId, e.kind().code, e.itemId()};
            if (existing.contains(e.itemId())) {
                Object[] update = new Object[values.length + 3];
                update[0] = status;
                update[1] = due;
                update[2] = runId;
                System.arraycopy(values, 0, update, 3, values.length);
                updates.add(update);
            } else {
                Object[] insert = Arrays.copyOf(values, values.length + 1);
                insert[values.length] = status != null || due != null ? runId : 0L;
                inserts.add(insert);
            }
        }
        // the right-hand sides see the row as it was, so the comparison is with the stored edit
        jdbc.batchUpdate("UPDATE tracker_edit SET changed_run = CASE WHEN status IS DISTINCT FROM ?"
                + " OR due_date IS DISTINCT FROM ? THEN ? ELSE changed_run END, status = ?, owner_name = ?, due_date = ?,"
                + " compliance = ?, notes = ?, kept_reason = ?, shown_date = ?, shown_partner = ?, shown_topic = ?,"
                + " shown_text = ?, shown_source = ?, seen_at = ?, seen_run = ? WHERE kind = ? AND item_id = ?", updates);
        jdbc.batchUpdate("INSERT INTO tracker_edit (status, owner_name, due_date, compliance, notes, kept_reason,"
                + " shown_date, shown_partner, shown_topic, shown_text, shown_source, seen_at, seen_run, kind, item_id,"
                + " changed_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    /**
     * What staff typed on the Needs review sheet for a readout, with the row's notes: its meeting date, the
     * countries taken (ISO codes; null when none were given) and, when the Countries cell could not be taken,
     * what it held, which the cell shows again.
     */
    record ReviewEdit(String readoutId, LocalDate meetingDate, List<String> countries, String countriesTyped,
                      String notes) {
    }

    /**
     * A readout listed on Needs review: whether its document dates it (its Meeting date cell is then the
     * document's, not for staff), and what staff gave it before (null when nothing).
     */
    record UnderReview(boolean documentDated, ReviewEdit staff) {
    }

    /**
     * Of these ids, those of readouts, with what staff gave each before. Readouts that are no longer undated or
     * without a country keep their place: staff may still change what they gave.
     */
    Map<String, UnderReview> readoutsUnderReview(Collection<String> ids) {
        Map<String, UnderReview> found = new HashMap<>();
        jdbc.query("SELECT r.id, e.item_id, e.meeting_date, e.countries, e.countries_typed, e.notes,"
                + " " + DOCUMENT_DATE + " FROM " + IdTable.of(ids.size(), "i") + " JOIN readout r ON r.id = i.id"
                + " LEFT JOIN tracker_edit e ON e.kind = 'R' AND e.item_id = r.id", rs -> {
            String countries = rs.getString(4);
            found.put(rs.getString(1), new UnderReview(rs.getDate(7) != null, rs.getString(2) == null ? null
                    : new ReviewEdit(rs.getString(1), localDate(rs, 3), countries == null ? null : CodeColumn.split(countries),
                    rs.getString(5), rs.getString(6))));
        }, IdTable.args(ids));
        return found;
    }

    /** A readout {@code r}'s meeting date when its document gives it (not staff), else null. */
    static final String DOCUMENT_DATE = "CASE WHEN r.date_source IS NULL OR r.date_source <> 'given' THEN r.meeting_date END";

    /** Stores what staff gave on Needs review as seen now, replacing what was stored for the same readouts. */
    void saveReviewEdits(List<ReviewEdit> edits, long runId, LocalDateTime seenAt) {
        jdbc.batchUpdate("DELETE FROM tracker_edit WHERE kind = 'R' AND item_id = ?",
                edits.stream().map(e -> new Object[]{e.readoutId()}).toList());
        jdbc.batchUpdate("INSERT INTO tracker_edit (kind, item_id, meeting_date, countries, countries_typed, notes,"
                + " seen_at, seen_run, changed_run) VALUES ('R', ?, ?, ?, ?, ?, ?, ?, ?)", edits.stream().map(e -> new Object[]{
                e.readoutId(), date(e.meetingDate()), e.countries() == null ? null : CodeColumn.join(e.countries()),
                e.countriesTyped(), e.notes(), Timestamp.valueOf(seenAt), runId, runId}).toList());
    }

    /**
     * Countries staff gave (or typed and could not be given) a readout whose document names its countries itself,
     * as the extractor found them when its file changed: the document wins over what was typed.
     *
     * @param given    what staff gave, as the cell showed it
     * @param document the countries the document names (ISO codes)
     */
    record CountriesNoLongerNeeded(String readoutId, String given, List<String> document, String notes) {
    }

    List<CountriesNoLongerNeeded> countriesNoLongerNeeded(CountriesCell cell) {
        return jdbc.query("SELECT e.item_id, e.countries, e.countries_typed, e.notes, r.countries FROM tracker_edit e"
                        + " JOIN readout r ON r.id = e.item_id WHERE e.kind = 'R' AND r.provenance = 'extracted'"
                        + " AND (e.countries IS NOT NULL OR e.countries_typed IS NOT NULL)"
                        + " AND NOT EXISTS (SELECT 1 FROM readout_warning w WHERE w.readout_id = r.id AND w.field = 'countries'"
                        + " AND w.message LIKE ?)",
                (rs, i) -> new CountriesNoLongerNeeded(rs.getString(1), rs.getString(3) != null ? rs.getString(3)
                        : cell.show(CodeColumn.split(rs.getString(2))), CodeColumn.split(rs.getString(5)), rs.getString(4)),
                ReadoutWarning.NO_COUNTRY_RECOGNISED + "%");
    }

    /** Takes back countries staff gave, each row's notes now as given. */
    void dropCountries(Map<String, String> notesById) {
        jdbc.batchUpdate("UPDATE tracker_edit SET countries = NULL, countries_typed = NULL, notes = ?"
                + " WHERE kind = 'R' AND item_id = ?", notesById.entrySet().stream()
                .map(n -> new Object[]{n.getValue(), n.getKey()}).toList());
    }

    /**
     * The workbook a run last wrote under a file name: its SHA-256, the fingerprint of what it shows
     * ({@link ContentFingerprint}; null when written before there was one) and the run that wrote it.
     */
    record Written(String sha256, String contentFingerprint, long runId) {
    }

    Optional<Written> written(String fileName) {
        return jdbc.query("SELECT sha256, content_fingerprint, run_id FROM tracker_written WHERE file_name = ?",
                (rs, i) -> new Written(rs.getString(1), rs.getString(2), rs.getLong(3)), fileName).stream().findFirst();
    }

    /** The SHA-256 of the workbook a run last wrote under this file name, if any. */
    Optional<String> writtenSha256(String fileName) {
        return written(fileName).map(Written::sha256);
    }

    void recordWritten(String fileName, String sha256, String contentFingerprint, long runId, LocalDateTime at) {
        jdbc.update("DELETE FROM tracker_written WHERE file_name = ?", fileName);
        jdbc.update("INSERT INTO tracker_written (file_name, sha256, content_fingerprint, run_id, written_at)"
                + " VALUES (?, ?, ?, ?, ?)", fileName, sha256, contentFingerprint, runId, Timestamp.valueOf(at));
    }

    /**
     * Whether an item a tracker showed has since left the input without a stored edit: reading the
     * workbook back is what keeps such a row (with the text it showed), so it cannot be skipped.
     */
    boolean anyShownItemLeftTheInput() {
        for (TrackedKind kind : TrackedKind.values()) {
            List<Integer> found = jdbc.query("SELECT 1 FROM tracker_item t WHERE t.kind = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM " + kind.table + " x WHERE x.id = t.item_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM tracker_edit e WHERE e.kind = t.kind AND e.item_id = t.item_id)"
                    + " FETCH FIRST 1 ROWS ONLY", (rs, i) -> 1, kind.code);
            if (!found.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Records the issues of run {@code runId} not yet recorded, and returns those. */
    List<TrackerIssue> report(List<TrackerIssue> issues, long runId, LocalDateTime at) {
        // a tracker saved during the run is read twice: what the first reading reported is not repeated
        Set<TrackerIssue> reported = new HashSet<>(jdbc.query("SELECT sheet, sheet_row, row_id, column_name, reason"
                + " FROM tracker_issue WHERE job_execution_id = ?", (rs, i) -> new TrackerIssue(rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)), runId));
        issues = issues.stream().distinct().filter(i -> !reported.contains(i)).toList();
        jdbc.batchUpdate("INSERT INTO tracker_issue (job_execution_id, sheet, sheet_row, row_id, column_name, reason,"
                + " reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", issues.stream().map(i -> new Object[]{runId, i.sheet(),
                i.row(), i.id(), i.column(), i.reason().length() > 2000 ? i.reason().substring(0, 2000) : i.reason(),
                Timestamp.valueOf(at)}).toList());
        return issues;
    }

    static TrackerEdit edit(TrackedKind kind, ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        Integer compliance = rs.getObject("compliance") == null ? null : rs.getInt("compliance");
        return new TrackerEdit(kind, rs.getString("item_id"), status == null ? null : TrackingStatus.valueOf(status),
                rs.getString("owner_name"), localDate(rs, "due_date"), compliance,
                rs.getString("notes"), rs.getString("kept_reason"), new TrackerEdit.Shown(localDate(rs, "shown_date"),
                rs.getString("shown_partner"), rs.getString("shown_topic"), rs.getString("shown_text"),
                rs.getString("shown_source")));
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
