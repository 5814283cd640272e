package org.readoutbriefings.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a commitment or follow-up stands; staff set it in the tracker. */
public enum TrackingStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped"),
    SUPERSEDED("Superseded");

    private final String label;

    TrackingStatus(String label) {
        this.label = label;
    }

    /** The wording shown in memos and the tracker's drop-down. */
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** Accepts the label ("In progress"), the enum name and the hyphenated code ("in-progress"). */
    public static Optional<TrackingStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (TrackingStatus s : values()) {
            if (s.name().equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
