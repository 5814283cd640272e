package org.readoutbriefings.tracker;

/**
 * An edit the run could not take as typed (kept in the row's notes), or a problem with the tracker file itself
 * (row 0, no ID); the run report lists them.
 *
 * @param row the row number as Excel shows it
 * @param id  the row's ID as the row shows it, null for the file itself or a row whose ID was deleted
 */
public record TrackerIssue(String sheet, int row, String id, String column, String reason) {

    /** The longest ID the database keeps (V17): a cell staff typed in may hold more. */
    private static final int MAX_ID = 500;

    public TrackerIssue {
        id = id == null || id.length() <= MAX_ID ? id : id.substring(0, MAX_ID);
    }

    /** An issue with the tracker file itself, not one of its rows. */
    static TrackerIssue ofFile(String reason) {
        return new TrackerIssue(TrackerWorkbookWriter.FILE_NAME, 0, null, "", reason);
    }
}
