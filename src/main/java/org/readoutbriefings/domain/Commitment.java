package org.readoutbriefings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A forward-looking statement of intent or agreement to act, as written in a readout.
 *
 * @param text   the verbatim sentence or clause
 * @param actors   the committing countries, ISO 3166-1 alpha-2
 * @param strength how binding its wording is; null when not graded (given without one)
 */
public record Commitment(
        String id,
        String readoutId,
        String text,
        List<String> actors,
        String topic,
        CommitmentStrength strength,
        LocalDate dueDate,
        TrackingStatus status) {

    public Commitment {
        actors = List.copyOf(actors);
    }
}
