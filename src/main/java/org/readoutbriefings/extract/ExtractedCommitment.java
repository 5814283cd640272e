package org.readoutbriefings.extract;

import java.util.List;

import org.readoutbriefings.domain.CommitmentStrength;

/** A commitment found in prose: the verbatim sentence, who commits, its topic, and its strength. */
public record ExtractedCommitment(String text, List<String> actors, String topic, CommitmentStrength strength) {
}
