package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.util.List;

/** A planned next step found in prose; {@code dueDate} when one can be resolved, else {@code dueText}. */
public record ExtractedFollowUp(String text, List<String> actors, String topic, LocalDate dueDate, String dueText) {
}
