package org.readoutbriefings.domain;

/**
 * Where an extracted value came from: the field ("meetingDate", "participants[0]", "format"), the value
 * as extracted, and the sentence of the readout that gave it, so a memo can cite it.
 */
public record Evidence(String field, String value, String sentence) {
}
