package org.readoutbriefings.tracker;

import java.time.LocalDate;

/**
 * When each commitment's wording was last mentioned: the latest meeting date among all commitments with
 * the same letters and digits (case, spacing and punctuation ignored). The commitments come latest
 * meeting first, as the tracker lists them, so the first meeting seen for a wording is its latest: one
 * pass, no query of its own. Held as one {@code long} per wording, a 39-bit hash of the wording above a
 * 24-bit day number, in an open-addressing table: about 11 MB for a million different wordings.
 */
final class LastMentions {

    private static final int DAY_BITS = 24;
    private static final long DAY_MASK = (1L << DAY_BITS) - 1;
    /** Day numbers are kept from 1970 plus this, so that dates from about 21,000 BC to 24,900 AD fit. */
    private static final long DAY_OFFSET = 1L << DAY_BITS - 1;
    private static final double LOAD = 0.7;

    private long[] slots;
    private int size;

    /** @param expected commitments to come (the table grows if there are more wordings) */
    LastMentions(int expected) {
        slots = new long[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, (long) (expected / LOAD) + 1))];
    }

    /**
     * The latest meeting of the text's wording: this one's date, or that of a commitment passed before.
     * Call in order of meeting date, latest first.
     */
    LocalDate latest(String text, LocalDate meetingDate) {
        long key = hash(text) + 1; // never 0, the empty slot
        int slot = find(slots, key);
        long found = slots[slot];
        if (found != 0) {
            return LocalDate.ofEpochDay((found & DAY_MASK) - DAY_OFFSET);
        }
        slots[slot] = key << DAY_BITS | meetingDate.toEpochDay() + DAY_OFFSET & DAY_MASK;
        if (++size > slots.length * LOAD) {
            grow();
        }
        return meetingDate;
    }

    /** The slot holding the key, or the empty one where it belongs. */
    private static int find(long[] slots, long key) {
        int slot = (int) Math.floorMod(key * 0x9E3779B97F4A7C15L >>> 1, (long) slots.length);
        while (slots[slot] != 0 && slots[slot] >>> DAY_BITS != key) {
            slot = slot + 1 == slots.length ? 0 : slot + 1;
        }
        return slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[(int) Math.min(Integer.MAX_VALUE - 8, old.length * 2L)];
        for (long entry : old) {
            if (entry != 0) {
                slots[find(slots, entry >>> DAY_BITS)] = entry;
            }
        }
    }

    /** A 39-bit hash of the text's letters and digits, case folded. */
    private static long hash(String text) {
        long hash = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                // ASCII, most of it: what Character.isLetterOrDigit and toLowerCase say, without the look-ups
                char folded = ASCII_FOLDED[c];
                if (folded != 0) {
                    hash = 31 * hash + folded;
                }
            } else if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
            }
        }
        return (hash ^ hash >>> 39) & (1L << 39) - 1;
    }

    /** An ASCII letter or digit, lower-cased; 0 for any other character. */
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLDED[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }
}
