package org.readoutbriefings.domain;

/**
 * Something about a readout that staff should check although it was accepted: no meeting date found, a
 * text and metadata that disagree on the date, a counterpart whose country is unknown, no partner country.
 *
 * @param field   the field it concerns ("meetingDate", "countries", "participants")
 * @param message one line for a person
 */
public record ReadoutWarning(String field, String message) {

    /**
     * How the warning on a prose readout in which no participating country was recognised begins (field
     * "countries"): such a readout is listed on the tracker's Needs review sheet, where staff give its countries.
     */
    public static final String NO_COUNTRY_RECOGNISED = "no participating country recognised in the text";
}
