package org.readoutbriefings.tracker;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of what a tracker shows: every sheet, column, cell style and value, fed as the workbook is
 * written, less the cells only the night's date moves (Days open, the Summary's overdue count, the About
 * sheet's run date): two nights whose trackers would show the same give the same fingerprint, whatever
 * their dates, so the later one need not write the file. Values go through a buffer, not one digest call a
 * cell: a tracker has millions of cells.
 */
final class ContentFingerprint {

    /** Bumped when the workbook's layout changes in a way its cells do not show (styles, protection, chart). */
    static final String FORMAT = "tracker-format-1";

    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte BLANK = 3;
    private static final byte ROW = 4;
    private static final byte OF_THE_NIGHT = 5;

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    ContentFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        text(FORMAT);
    }

    void row() {
        room(1);
        buffer.put(ROW);
    }

    void text(int column, int style, String value) {
        cell(TEXT, column, style);
        text(value);
    }

    void number(int column, int style, double value) {
        cell(NUMBER, column, style);
        room(8);
        buffer.putDouble(value);
    }

    void blank(int column, int style) {
        cell(BLANK, column, style);
    }

    /** A cell whose value only the night's date moves: its place counts, not its value. */
    void ofTheNight(int column) {
        cell(OF_THE_NIGHT, column, 0);
    }

    /** Anything else the workbook shows: a sheet's name, its columns, its highlights, the chart's data. */
    void text(String value) {
        room(4);
        buffer.putInt(value.length());
        for (int i = 0; i < value.length(); i++) {
            room(2);
            buffer.putChar(value.charAt(i));
        }
    }

    /** The fingerprint, in hex; the fingerprint is spent. */
    String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void cell(byte kind, int column, int style) {
        room(9);
        buffer.put(kind).putInt(column).putInt(style);
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
