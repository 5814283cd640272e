package org.readoutbriefings.tracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.readoutbriefings.tracker.TrackerEditStore.ItemState;
import org.readoutbriefings.tracker.TrackerQueries.ItemRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each row of the tracker showed (table tracker_item), so that reading the workbook back can tell
 * staff edits from the input having moved, and a row whose item leaves the input is recognised on a later
 * night. Written in batches of {@value #BATCH} sorted by item id rather than as the rows come: the ids are
 * hashes, and on a first night half a million inserts in the rows' order dirtied an index page each, a
 * third of the tracker step's time. An item is shown once per sheet, so no query of the step needs a state
 * before it is written; {@link #flush} when the sheet is done.
 */
final class ShownStates {

    private static final int BATCH = 50_000;

    private final JdbcTemplate jdbc;
    private final TrackedKind kind;
    private final long runId;
    private final List<Object[]> first = new ArrayList<>();
    private final List<Object[]> changed = new ArrayList<>();

    ShownStates(JdbcTemplate jdbc, TrackedKind kind, long runId) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.runId = runId;
    }

    /** Records what the row shows: a first showing, or a status or due date other than it showed before. */
    void shown(ItemRow row) {
        if (!row.shownBefore()) {
            first.add(new Object[]{kind.code, row.id(), runId, row.status().name(), TrackerEditStore.date(row.due())});
        } else if (!new ItemState(row.status(), row.due()).equals(row.shownAs())) {
            changed.add(new Object[]{row.status().name(), TrackerEditStore.date(row.due()), kind.code, row.id()});
        }
        if (first.size() == BATCH || changed.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        first.sort(Comparator.comparing(row -> (String) row[1]));
        changed.sort(Comparator.comparing(row -> (String) row[3]));
        jdbc.batchUpdate("INSERT INTO tracker_item (kind, item_id, first_run, shown_status, shown_due)"
                + " VALUES (?, ?, ?, ?, ?)", first);
        jdbc.batchUpdate("UPDATE tracker_item SET shown_status = ?, shown_due = ? WHERE kind = ? AND item_id = ?",
                changed);
        first.clear();
        changed.clear();
    }
}
