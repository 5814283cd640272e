package org.readoutbriefings.tracker;

import java.time.LocalDate;

import org.readoutbriefings.domain.TrackingStatus;

/**
 * What staff set on one tracker row, keyed by its ID; a null value is one left to the input. A row
 * whose item is no longer in the input also keeps what the workbook showed, and why it is kept.
 *
 * @param compliance the G7/G20 Research Group's scale: -1 no action or contrary action, 0 partial or in
 *                   progress, +1 full
 */
record TrackerEdit(
        TrackedKind kind,
        String itemId,
        TrackingStatus status,
        String owner,
        LocalDate dueDate,
        Integer compliance,
        String notes,
        String keptReason,
        Shown shown) {

    /** The generated cells of a row as the workbook showed them. */
    record Shown(LocalDate date, String partner, String topic, String text, String source) {
    }
}
