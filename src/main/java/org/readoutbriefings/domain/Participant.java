package org.readoutbriefings.domain;

/** A person at the meeting; {@code country} is ISO 3166-1 alpha-2 or null when unknown. */
public record Participant(String name, String title, String country, String organisation) {
}
