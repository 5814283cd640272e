package org.readoutbriefings.domain;

/**
 * Where a record was read: the file's path relative to the input folder, and the 1-based line
 * (for JSON Lines the record's line; for other formats the line where the record starts, or 1).
 */
public record RecordOrigin(String file, int line) {

    /** The order one reader meets records in: by file (its path as the input folder lists it), then line. */
    public static final java.util.Comparator<RecordOrigin> READING_ORDER =
            java.util.Comparator.comparing(RecordOrigin::file).thenComparingInt(RecordOrigin::line);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
