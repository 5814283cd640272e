package org.readoutbriefings.rollup;

/**
 * A later readout that is evidence for a follow-up or commitment ({@code itemId}): the follow-up's meeting
 * held, the commitment reaffirmed. {@code matched}: what they share, to show why (the meeting's name, the
 * key terms).
 */
record EvidenceMatch(String itemId, String readoutId, String matched) {
}
