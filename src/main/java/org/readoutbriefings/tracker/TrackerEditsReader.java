package org.readoutbriefings.tracker;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.tracker.TrackerEditStore.ItemState;
import org.readoutbriefings.tracker.TrackerEditStore.ReviewEdit;
import org.readoutbriefings.tracker.WorkbookRows.SheetRow;
import org.readoutbriefings.tracker.WorkbookRows.UnreadableWorkbookException;

/**
 * Takes what staff typed in the editable columns of the previous tracker and stores it by row ID, a few
 * hundred rows at a time. A value that cannot be taken (a status not in the list, a due date that is not
 * a date, a compliance score off the scale) is reported and kept in the row's notes; a row whose ID the
 * tracker never showed is reported and kept as it is. A status or due date equal to what the tracker
 * showed is not an edit, so the input can still move it, unless staff had set it before.
 */
final class TrackerEditsReader {

    static final String NO_LONGER_IN_INPUT = "no longer in input";
    static final String ID_NOT_FOUND = "ID not found";
    static final List<String> COMPLIANCE = List.of("-1", "0", "+1");
    /** The column of Needs review where staff type a readout's meeting date. */
    static final String MEETING_DATE = "Meeting date";
    /** The column of Needs review where staff type the countries of a readout in which none was recognised. */
    static final String COUNTRIES = "Countries";

    private static final int BATCH = 500;

    /** What reading found. */
    record Outcome(long rows, long edits, List<TrackerIssue> issues) {
    }

    private final TrackerEditStore store;
    private final WorkbookRows workbook;
    private final CountriesCell countriesCell;
    private final long runId;
    private final LocalDateTime now;
    private final List<SheetRow> pending = new ArrayList<>();
    private final List<TrackerIssue> issues = new ArrayList<>();
    private long rows;
    private long edits;

    TrackerEditsReader(TrackerEditStore store, WorkbookRows workbook, CountriesCell countriesCell, long runId,
                       LocalDateTime now) {
        this.store = store;
        this.workbook = workbook;
        this.countriesCell = countriesCell;
        this.runId = runId;
        this.now = now;
    }

    Outcome read(Path tracker) throws UnreadableWorkbookException {
        workbook.read(tracker, name -> TrackedKind.ofSheet(name).isPresent() || needsReview(name), row -> {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        });
        flush();
        return new Outcome(rows, edits, List.copyOf(issues));
    }

    private void flush() {
        List<SheetRow> review = pending.stream().filter(r -> needsReview(r.sheet())).toList();
        if (!review.isEmpty()) {
            takeReviewEdits(review);
        }
        pending.removeAll(review);
        rows += review.size();
        for (TrackedKind kind : TrackedKind.values()) {
            List<SheetRow> batch = pending.stream()
                    .filter(r -> TrackedKind.ofSheet(r.sheet()).orElseThrow() == kind).toList();
            if (!batch.isEmpty()) {
                take(kind, batch);
            }
        }
        rows += pending.size();
        pending.clear();
    }

    private void take(TrackedKind kind, List<SheetRow> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(r -> ids.add(id(r)));
        TrackerEditStore.Known known = store.lookUp(kind, ids);
        Map<String, ItemState> input = known.input();
        Set<String> shown = known.shown();
        Map<String, TrackerEdit> stored = known.edits();
        List<TrackerEdit> taken = new ArrayList<>();
        for (SheetRow row : batch) {
            // what the tracker showed; the input for items shown before that was recorded (V10)
            ItemState showed = known.shownAs().getOrDefault(id(row), input.get(id(row)));
            edit(kind, row, input.get(id(row)) != null, showed, shown.contains(id(row)), stored.get(id(row)))
                    .ifPresent(taken::add);
        }
        store.save(taken, stored.keySet(), runId, now);
        edits += taken.size();
    }

    private static boolean needsReview(String sheet) {
        return sheet.equals(TrackerWorkbookWriter.NEEDS_REVIEW) || sheet.startsWith(TrackerWorkbookWriter.NEEDS_REVIEW + " (");
    }

    /**
     * The meeting dates and countries staff typed on Needs review, with the row's notes, by readout ID. A value
     * that is not a date, or a date after today, is reported and kept in the notes; the date taken before stays.
     * Countries the list cannot resolve are reported and stay in the cell as typed; the countries taken before
     * stay.
     */
    private void takeReviewEdits(List<SheetRow> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(r -> ids.add(id(r)));
        Map<String, TrackerEditStore.UnderReview> stored = store.readoutsUnderReview(ids);
        List<ReviewEdit> taken = new ArrayList<>();
        for (SheetRow row : batch) {
            if (!stored.containsKey(id(row))) {
                issues.add(new TrackerIssue(row.sheet(), row.row(), row.get("ID"), "ID", (row.get("ID") == null ? "the ID was deleted"
                        : "ID '" + row.get("ID") + "' is not a readout the tracker listed (changed?)") + ": the row was not taken"));
                continue;
            }
            ReviewEdit before = stored.get(id(row)).staff();
            List<String> notTaken = new ArrayList<>();
            // a date the document gives is shown, locked, not typed
            String value = stored.get(id(row)).documentDated() ? null : row.get(MEETING_DATE);
            LocalDate date = date(value);
            if (value != null && date == null) {
                reject(row, MEETING_DATE, value, "is not a date", notTaken);
                date = before == null ? null : before.meetingDate();
            } else if (date != null && date.isAfter(now.toLocalDate())) {
                reject(row, MEETING_DATE, value, "is after today: a readout reports a meeting that took place", notTaken);
                date = before == null ? null : before.meetingDate();
            }
            String typed = limit(row.get(COUNTRIES));
            List<String> countries = null;
            String refused = null;
            if (typed != null) {
                CountriesCell.Reading reading = countriesCell.read(typed);
                if (reading instanceof CountriesCell.Taken t) {
                    countries = t.codes();
                } else {
                    issues.add(new TrackerIssue(row.sheet(), row.row(), row.get("ID"), COUNTRIES,
                            ((CountriesCell.Refused) reading).reason() + ": not taken, kept in the cell"));
                    countries = before == null ? null : before.countries();
                    refused = typed;
                }
            }
            String notes = notes(row.get("Notes"), notTaken);
            if (date != null || countries != null || refused != null || notes != null || before != null) {
                taken.add(new ReviewEdit(id(row), date, countries, refused, notes));
            }
        }
        store.saveReviewEdits(taken, runId, now);
        edits += taken.size();
    }

    private Optional<TrackerEdit> edit(TrackedKind kind, SheetRow row, boolean inInput, ItemState showed,
                                       boolean shown, TrackerEdit stored) {
        List<String> notTaken = new ArrayList<>();
        TrackingStatus status = status(row, notTaken, stored);
        LocalDate due = due(row, notTaken, stored);
        if (inInput) {
            // a status or due date left as the tracker showed it stays the input's, even in a row with other
            // edits, unless staff had set it before
            if (status != null && status == showed.status() && (stored == null || stored.status() == null)) {
                status = null;
            }
            if (due != null && due.equals(showed.dueDate()) && (stored == null || stored.dueDate() == null)) {
                due = null;
            }
        }
        Integer compliance = kind == TrackedKind.COMMITMENT ? compliance(row, notTaken, stored) : null;
        String owner = limit(row.get("Owner"));
        String notes = notes(row.get("Notes"), notTaken);
        boolean typed = owner != null || notes != null || compliance != null;

        if (inInput) {
            boolean edited = stored != null || typed || status != null || due != null;
            return edited ? Optional.of(new TrackerEdit(kind, id(row), status, owner, due, compliance, notes, null, null))
                    : Optional.empty();
        }
        String reason;
        if (shown || stored != null) {
            reason = stored != null && stored.keptReason() != null ? stored.keptReason() : NO_LONGER_IN_INPUT;
        } else {
            issues.add(new TrackerIssue(row.sheet(), row.row(), row.get("ID"), "ID", row.get("ID") == null
                    ? "the ID was deleted: the row is kept, marked '" + ID_NOT_FOUND + "'"
                    : "ID '" + row.get("ID") + "' is not one the tracker wrote (changed?): the row is kept, marked '"
                    + ID_NOT_FOUND + "'"));
            if (!typed && status == null && due == null) {
                return Optional.empty();
            }
            reason = ID_NOT_FOUND;
        }
        TrackerEdit.Shown showing = new TrackerEdit.Shown(date(row.get("Date")), limit(row.get("Partner")), limit(row.get("Topic")),
                row.get(kind.textHeader), row.get("Source"));
        return Optional.of(new TrackerEdit(kind, id(row), status, owner, due, compliance, notes, reason, showing));
    }

    private TrackingStatus status(SheetRow row, List<String> notTaken, TrackerEdit stored) {
        String value = row.get("Status");
        if (value == null) {
            return null;
        }
        Optional<TrackingStatus> status = TrackingStatus.parse(value);
        if (status.isPresent()) {
            return status.get();
        }
        reject(row, "Status", value, "is not one of the statuses in the list", notTaken);
        return stored == null ? null : stored.status();
    }

    private LocalDate due(SheetRow row, List<String> notTaken, TrackerEdit stored) {
        String value = row.get("Due date");
        if (value == null) {
            return null;
        }
        LocalDate due = date(value);
        if (due != null) {
            return due;
        }
        reject(row, "Due date", value, "is not a date", notTaken);
        return stored == null ? null : stored.dueDate();
    }

    private Integer compliance(SheetRow row, List<String> notTaken, TrackerEdit stored) {
        String value = row.get("Compliance");
        if (value == null) {
            return null;
        }
        String v = value.replace('\u2212', '-');
        switch (v) {
            case "-1":
                return -1;
            case "0":
                return 0;
            case "1":
            case "+1":
                return 1;
            default:
                reject(row, "Compliance", value, "is not -1, 0 or +1", notTaken);
                return stored == null ? null : stored.compliance();
        }
    }

    private void reject(SheetRow row, String column, String value, String why, List<String> notTaken) {
        issues.add(new TrackerIssue(row.sheet(), row.row(), row.get("ID"), column, "'" + value + "' " + why + ": kept in Notes"));
        notTaken.add(column + " '" + value + "' not taken on " + now.toLocalDate() + ": " + why);
    }

    private static String notes(String typed, List<String> notTaken) {
        if (notTaken.isEmpty()) {
            return typed;
        }
        String kept = "[" + String.join("; ", notTaken) + "]";
        return typed == null ? kept : typed + "\n" + kept;
    }

    private static String id(SheetRow row) {
        String id = row.get("ID");
        // a row whose ID was deleted is still kept, under a key of its place
        return id != null ? id : "(no ID) " + row.sheet() + " row " + row.row();
    }

    /** Cuts a value to its database column (500 characters). */
    private static String limit(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
