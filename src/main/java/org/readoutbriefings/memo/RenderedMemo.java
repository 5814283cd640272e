package org.readoutbriefings.memo;

/** A memo's PDF, ready to be put in place under the output folder. */
public record RenderedMemo(MemoSubject subject, byte[] pdf) {
}
