package org.readoutbriefings.tracker;

import java.util.Optional;

/** What a tracker row tracks: a commitment or a follow-up, each on its own sheet and table. */
enum TrackedKind {
    COMMITMENT("C", "Commitments", "commitment", "Commitment"),
    FOLLOW_UP("F", "Follow-ups", "follow_up", "Follow-up");

    /** Stored in tracker_item and tracker_edit. */
    final String code;
    final String sheet;
    final String table;
    /** Header of the column that holds the item's text. */
    final String textHeader;

    TrackedKind(String code, String sheet, String table, String textHeader) {
        this.code = code;
        this.sheet = sheet;
        this.table = table;
        this.textHeader = textHeader;
    }

    /** The kind of a sheet, continuation sheets ("Commitments (2)") included. */
    static Optional<TrackedKind> ofSheet(String sheetName) {
        for (TrackedKind kind : values()) {
            if (sheetName.equals(kind.sheet) || sheetName.startsWith(kind.sheet + " (")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
