package org.readoutbriefings.tracker;

/**
 * An edit the run could not take as typed, or a problem with the tracker file itself (row 0).
 *
 * @param row the row number as Excel shows it
 */
record TrackerIssue(String sheet, int row, String column, String reason) {
}
