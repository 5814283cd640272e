package org.readoutbriefings.memo;

/**
 * What a memo template is filled with, as the variable {@code memo}; the template is
 * {@code <kind>-memo.html}.
 */
public sealed interface MemoContent permits MemoView, DigestView {

    /** {@code country}, {@code topic} or {@code digest}. */
    String kind();

    /** The ISO code, topic id or run date the memo is about. */
    String subjectKey();
}
