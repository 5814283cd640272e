package org.readoutbriefings.tracker;

/**
 * @param backups            dated copies of the previous tracker kept
 * @param protectionPassword password of the sheet protection; empty for protection without a password
 * @param staleAfterDays     open commitments older than this are highlighted
 * @param maxRowsPerSheet    rows per sheet, header included, before a sheet continues on the next
 */
public record TrackerSettings(int backups, String protectionPassword, int staleAfterDays, int maxRowsPerSheet) {

    /** Excel's limit on the rows of one sheet, header included. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
}
