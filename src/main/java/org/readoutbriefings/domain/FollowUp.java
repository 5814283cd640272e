package org.readoutbriefings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned next step: a further meeting, working-level contact, a deadline.
 *
 * @param dueDate the due date when one is stated, else null
 * @param dueText the due wording when no date is stated ("at the working level"), else null
 */
public record FollowUp(
        String id,
        String readoutId,
        String text,
        List<String> actors,
        String topic,
        LocalDate dueDate,
        String dueText,
        TrackingStatus status) {

    public FollowUp {
        actors = List.copyOf(actors);
    }
}
