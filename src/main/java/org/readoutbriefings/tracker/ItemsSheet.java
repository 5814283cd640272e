package org.readoutbriefings.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.readoutbriefings.tracker.TrackerSheet.Highlight;

/**
 * The Commitments or the Follow-ups sheet: its columns, its highlight, and one row per item, whether the
 * item comes from the input or is kept from an earlier tracker. Knows nothing of the database, so that a
 * benchmark can drive it with rows from memory.
 */
final class ItemsSheet {

    static final String EVIDENCE = "Evidence";
    static final List<String> STATUSES = Arrays.stream(TrackingStatus.values()).map(TrackingStatus::label).toList();
    private static final String OPEN_STATUS = "OR({Status}=\"Open\",{Status}=\"In progress\")";

    /**
     * One row of the sheet, from the input or kept from an earlier tracker; {@code evidence}: the later
     * readout that shows the item kept, as the row says it, and {@code evidenceUrl} its page (or nulls).
     */
    record Item(String id, LocalDate date, String partner, String topic, String text, String when,
                String source, String sourceUrl, String memoCountry, TrackingStatus status, String owner,
                LocalDate due, Integer compliance, String notes, LocalDate lastMentioned, String evidence,
                String evidenceUrl, String kept) {
    }

    private final TrackedKind kind;
    private final boolean commitments;
    private final LocalDate runDate;
    private final TrackerSheet sheet;

    ItemsSheet(TrackerWorkbook workbook, TrackerStyles styles, TrackedKind kind, TrackerSettings settings,
               LocalDate runDate) {
        this.kind = kind;
        this.commitments = kind == TrackedKind.COMMITMENT;
        this.runDate = runDate;
        List<Column> columns = new ArrayList<>(List.of(Column.generated("ID", 20), Column.generated("Date", 11),
                Column.generated("Partner", 18), Column.generated("Topic", 22),
                Column.generated(kind.textHeader, commitments ? 70 : 60)));
        if (!commitments) {
            columns.add(Column.generated("When", 24));
        }
        columns.addAll(List.of(Column.generated("Source", 40), Column.choice("Status", 12, STATUSES),
                Column.free("Owner", 16), Column.date("Due date")));
        if (commitments) {
            columns.add(Column.choice("Compliance", 12, TrackerEditsReader.COMPLIANCE));
        }
        columns.addAll(List.of(Column.free("Notes", 40), Column.generated("Days open", 10)));
        if (commitments) {
            columns.add(Column.generated("Last mentioned", 15));
        }
        // the job's, like every generated column: what staff type in it is not kept (Status is theirs to confirm it)
        columns.addAll(List.of(Column.generated(EVIDENCE, 50), Column.generated("Source link", 12),
                Column.generated("Evidence link", 12), Column.generated("Memo", 10), Column.generated("Kept", 18)));
        // a follow-up a later meeting likely fulfilled is not shown as overdue, as in the memos and the digest
        Highlight highlight = commitments
                ? new Highlight("AND(" + OPEN_STATUS + ",{Date}<>\"\",TODAY()-{Date}>" + settings.staleAfterDays() + ")",
                TrackerStyles.STALE)
                : new Highlight("AND(" + OPEN_STATUS + ",{Due date}<>\"\",{Due date}<TODAY(),{Evidence}=\"\")",
                TrackerStyles.OVERDUE);
        this.sheet = new TrackerSheet(workbook, kind.sheet, styles, columns, List.of(highlight),
                settings.protectionPassword(), settings.maxRowsPerSheet());
    }

    TrackedKind kind() {
        return kind;
    }

    void write(Item r) {
        sheet.newRow().text(r.id()).date(r.date()).text(r.partner()).text(r.topic()).wrapped(r.text());
        if (!commitments) {
            sheet.text(r.when());
        }
        sheet.wrapped(r.source()).text(r.status() == null ? null : r.status().label()).text(r.owner()).date(r.due());
        if (commitments) {
            sheet.text(r.compliance() == null ? null : TrackerEditsReader.COMPLIANCE.get(r.compliance() + 1));
        }
        boolean open = r.status() == null || r.status().isOpen();
        // counted to the night the tracker was written: alone, it does not make a night rewrite the tracker
        sheet.wrapped(r.notes()).ofTheNight().number(open && r.date() != null ? ChronoUnit.DAYS.between(r.date(), runDate) : null);
        if (commitments) {
            sheet.date(r.lastMentioned());
        }
        sheet.wrapped(r.evidence()).webLink(r.sourceUrl(), "Readout").webLink(r.evidenceUrl(), "Evidence")
                .fileLink(memo(r.memoCountry()), "Memo " + r.memoCountry()).text(r.kept());
    }

    /** Table, validations, highlight and protection; returns the data rows written. */
    long finish() {
        sheet.finish();
        return sheet.dataRows();
    }

    static String memo(String country) {
        return country == null ? null : "memos/country/" + country + ".pdf";
    }
}
