package org.readoutbriefings.domain;

/** Whether a readout's fields were given in a structured record or extracted from prose. */
public enum Provenance {
    GIVEN, EXTRACTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
