package org.readoutbriefings.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a readout's meeting date came from, so staff can tell a date the text states from one inferred from
 * when the page was published.
 */
public enum DateSource {
    /** A sentence of the readout names the day ("on 9 May", "22 December 2021"). */
    TEXT("text"),
    /** The document's dateline or date line, because the text says "today", "on Tuesday" or nothing. */
    DATELINE("dateline"),
    /** The page's or PDF's metadata: its publication date. */
    METADATA("metadata"),
    /** A date in the name of the file. */
    FILE_NAME("file-name"),
    /** Given in a structured record, or typed by staff in the tracker. */
    GIVEN("given");

    private final String code;

    DateSource(String code) {
        this.code = code;
    }

    /** The value shown in {@code extract}, the tracker and the database. */
    public String code() {
        return code;
    }

    public static Optional<DateSource> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (DateSource s : values()) {
            if (s.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
