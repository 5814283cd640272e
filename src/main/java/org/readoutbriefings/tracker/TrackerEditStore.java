package org.readoutbriefings.tracker;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.readoutbriefings.domain.TrackingStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff edits, the items the tracker has shown, and the issues of a run, in the database. */
final class TrackerEditStore {

    /** The status and due date an item has in the input. */
    record InputItem(TrackingStatus status, LocalDate dueDate) {
    }

    private final JdbcTemplate jdbc;

    TrackerEditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The input's status and due date of those of the ids that are in the input. */
    Map<String, InputItem> inputItems(TrackedKind kind, Collection<String> ids) {
        Map<String, InputItem> items = new HashMap<>();
        jdbc.query("SELECT x.id, x.status, x.due_date FROM " + IdTable.of(ids.size(), "i") + " JOIN " + kind.table
                + " x ON x.id = i.id", rs -> {
            items.put(rs.getString(1), new InputItem(TrackingStatus.valueOf(rs.getString(2)), localDate(rs, 3)));
        }, IdTable.args(ids));
        return items;
    }

    /** Those of the ids that an earlier tracker showed. */
    Set<String> shownItems(TrackedKind kind, Collection<String> ids) {
        return new HashSet<>(jdbc.queryForList("SELECT t.item_id FROM " + IdTable.of(ids.size(), "i")
                + " JOIN tracker_item t ON t.kind = ? AND t.item_id = i.id", String.class, IdTable.args(ids, kind.code)));
    }

    /** The stored edits of those of the ids that have some. */
    Map<String, TrackerEdit> edits(TrackedKind kind, Collection<String> ids) {
        Map<String, TrackerEdit> edits = new HashMap<>();
        jdbc.query("SELECT e.* FROM " + IdTable.of(ids.size(), "i") + " JOIN tracker_edit e ON e.kind = ?"
                + " AND e.item_id = i.id", rs -> {
            TrackerEdit edit = edit(kind, rs);
            edits.put(edit.itemId(), edit);
        }, IdTable.args(ids, kind.code));
        return edits;
    }

    /** Stores edits as seen now: replaces the stored ones of {@code existing} ids, adds the others. */
    void save(List<TrackerEdit> edits, Set<String> existing, long runId, LocalDateTime seenAt) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (TrackerEdit e : edits) {
            TrackerEdit.Shown s = e.shown() == null ? new TrackerEdit.Shown(null, null, null, null, null) : e.shown();
            Object[] values = {e.status() == null ? null : e.status().name(), e.owner(), date(e.dueDate()),
                    e.compliance(), e.notes(), e.keptReason(), date(s.date()), s.partner(), s.topic(), s.text(),
                    s.source(), Timestamp.valueOf(seenAt), runId, e.kind().code, e.itemId()};
            (existing.contains(e.itemId()) ? updates : inserts).add(values);
        }
        jdbc.batchUpdate("UPDATE tracker_edit SET status = ?, owner_name = ?, due_date = ?, compliance = ?, notes = ?,"
                + " kept_reason = ?, shown_date = ?, shown_partner = ?, shown_topic = ?, shown_text = ?, shown_source = ?,"
                + " seen_at = ?, seen_run = ? WHERE kind = ? AND item_id = ?", updates);
        jdbc.batchUpdate("INSERT INTO tracker_edit (status, owner_name, due_date, compliance, notes, kept_reason,"
                + " shown_date, shown_partner, shown_topic, shown_text, shown_source, seen_at, seen_run, kind, item_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
    }

    /** Remembers every item the tracker now shows, so that one leaving the input is recognised later. */
    void rememberShownItems(long runId) {
        for (TrackedKind kind : TrackedKind.values()) {
            jdbc.update("INSERT INTO tracker_item (kind, item_id, first_run) SELECT ?, x.id, ? FROM " + kind.table
                    + " x WHERE NOT EXISTS (SELECT 1 FROM tracker_item t WHERE t.kind = ? AND t.item_id = x.id)",
                    kind.code, runId, kind.code);
        }
    }

    void report(List<TrackerIssue> issues, long runId, LocalDateTime at) {
        jdbc.batchUpdate("INSERT INTO tracker_issue (job_execution_id, sheet, sheet_row, column_name, reason, reported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", issues.stream().map(i -> new Object[]{runId, i.sheet(), i.row(),
                i.column(), i.reason().length() > 2000 ? i.reason().substring(0, 2000) : i.reason(),
                Timestamp.valueOf(at)}).toList());
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

    private static Date date(LocalDate date) {
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
