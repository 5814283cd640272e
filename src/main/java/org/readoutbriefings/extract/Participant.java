package org.readoutbriefings.extract;

/** A person at the meeting as the text names them; {@code country} is ISO alpha-2 or null. */
public record Participant(String name, String title, String country, String sentence) {
}
