package org.readoutbriefings.extract;

/**
 * A person at the meeting as the text names them.
 *
 * @param nativeName the name in its own script when the text gives it beside the romanised one, else null
 * @param country    ISO alpha-2, or null
 * @param noCountry  a counterpart of a place that is no known country ("President of Somaliland"), or an
 *                   international organisation's official: the country stays null rather than being guessed
 */
public record Participant(String name, String nativeName, String title, String country, String sentence, boolean noCountry) {
}
