package org.readoutbriefings.tracker;

import java.util.Optional;

/** What a tracker row tracks: a commitment or a follow-up, each on its own sheet and table. */
enum TrackedKind {
    COMMITMENT("C", "Commitments", "commitment", "Commitment", "commitment_evidence", "Reaffirmed"),
    FOLLOW_UP("F", "Follow-ups", "follow_up", "Follow-up", "follow_up_evidence", "Likely fulfilled");

    /** Stored in tracker_item and tracker_edit. */
    final String code;
    final String sheet;
    final String table;
    /** Header of the column that holds the item's text. */
    final String textHeader;
    /** The later readouts that are evidence for items of this kind (key: {@code table + "_id"}), and what they show. */
    final String evidenceTable;
    final String evidenceLabel;

    TrackedKind(String code, String sheet, String table, String textHeader, String evidenceTable, String evidenceLabel) {
        this.code = code;
        this.sheet = sheet;
        this.table = table;
        this.textHeader = textHeader;
        this.evidenceTable = evidenceTable;
        this.evidenceLabel = evidenceLabel;
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
