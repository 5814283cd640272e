package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a memo template is filled with, as the variable {@code memo}; the template is
 * {@code <kind>-memo.html}.
 */
public sealed interface MemoContent permits MemoView, DigestView {

    /** {@code country}, {@code topic} or {@code digest}. */
    String kind();

    /** The ISO code, topic id or run date the memo is about. */
    String subjectKey();

    /** The one way memos write a day: "5 Dec 2026". */
    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A day as memos write it; empty for none. */
    default String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * A list of names ("Japan, United States") that a narrow column may break after a comma but never inside a
     * name: the spaces within each name do not break.
     */
    default String unbroken(String names) {
        return names == null ? "" : names.replace(' ', '\u00a0').replace(",\u00a0", ", ");
    }

    /** A count with its noun: "1 meeting", "3 meetings", "0 meetings". */
    default String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
