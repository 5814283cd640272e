package org.readoutbriefings.memo;

/**
 * A memo's PDF, ready to be put in place under the output folder, with its page count and the fingerprint of
 * what it says ({@link MemoFingerprint}).
 */
public record RenderedMemo(MemoSubject subject, byte[] pdf, int pages, String fingerprint) {
}
