package org.readoutbriefings.tracker;

/**
 * The rows of one worksheet as {@link TrackerSheet} writes them: a row at a time, its cells left to right,
 * each with the index of its cell style in the workbook. Failures to write are thrown as
 * {@link java.io.UncheckedIOException}.
 */
interface SheetRows {

    /** Starts row {@code index} (0-based, as POI counts). */
    void startRow(int index);

    void endRow();

    /** A text cell, as an inline string. */
    void text(int column, int style, String value);

    void number(int column, int style, long value);

    void number(int column, int style, double value);

    /** A formula cell, never evaluated here. */
    void formula(int column, int style, String formula);

    /** An empty cell that still carries its style (locked or not, its format for what staff type). */
    void blank(int column, int style);

    /** Ends the sheet's rows. */
    void finish();
}
