package org.readoutbriefings.extract;

/**
 * A person at the meeting as the text names them.
 *
 * @param nativeName the name in its own script when the text gives it beside the romanised one, else null
 * @param country    ISO alpha-2, or null
 */
public record Participant(String name, String nativeName, String title, String country, String sentence) {
}
