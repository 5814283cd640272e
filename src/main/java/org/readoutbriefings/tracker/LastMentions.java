package org.readoutbriefings.tracker;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * When each commitment's wording was last mentioned: the latest meeting date among all commitments with
 * the same letters and digits (case, spacing and punctuation ignored). Held as one sorted {@code long} per
 * commitment, a 40-bit hash of the wording above a 24-bit day number, so a million commitments take 8 MB.
 */
final class LastMentions {

    private static final int DAY_BITS = 24;
    private static final long DAY_MASK = (1L << DAY_BITS) - 1;

    private long[] keys;
    private int size;
    private boolean sorted;

    LastMentions(int expected) {
        keys = new long[Math.max(16, expected)];
    }

    void add(String text, LocalDate meetingDate) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = hash(text) << DAY_BITS | meetingDate.toEpochDay() & DAY_MASK;
        sorted = false;
    }

    /** The latest meeting date of the text's wording, or null if it was never added. */
    LocalDate latest(String text) {
        if (!sorted) {
            Arrays.sort(keys, 0, size);
            sorted = true;
        }
        long hash = hash(text);
        // the last key of this hash holds its latest day: search for the greatest key the hash can have
        int found = Arrays.binarySearch(keys, 0, size, hash << DAY_BITS | DAY_MASK);
        int last = found >= 0 ? found : -found - 2;
        if (last < 0 || keys[last] >>> DAY_BITS != hash) {
            return null;
        }
        return LocalDate.ofEpochDay(keys[last] & DAY_MASK);
    }

    /** A 39-bit hash of the text's letters and digits, case folded. */
    private static long hash(String text) {
        long hash = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
            }
        }
        return (hash ^ hash >>> 39) & (1L << 39) - 1;
    }
}
