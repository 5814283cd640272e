package org.readoutbriefings.domain;

/**
 * A person at the meeting.
 *
 * @param nativeName the name in its own script when the readout gives it beside the romanised one
 *                   ("Park Jin (박진)"), else null
 * @param country    ISO 3166-1 alpha-2, or null when unknown
 */
public record Participant(String name, String nativeName, String title, String country, String organisation) {

    /** The name as a memo shows it: both forms when there are two. */
    public String displayName() {
        return nativeName == null || nativeName.isBlank() ? name : name + " (" + nativeName + ")";
    }
}
