package org.readoutbriefings.ingest;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.databind.JsonNode;

/**
 * One record as read from an input file, before validation: its fields as given, or the reason the
 * file or record could not be read at all.
 *
 * @param fields  the record's fields (for Markdown, the YAML front matter), null when unreadable
 * @param body    the readout text when it comes apart from the fields (Markdown), else null
 * @param problem why the record could not be read, else null
 */
public record SourceRecord(RecordOrigin origin, JsonNode fields, String body, String problem) {

    public static SourceRecord of(RecordOrigin origin, JsonNode fields, String body) {
        return new SourceRecord(origin, fields, body, null);
    }

    public static SourceRecord unreadable(RecordOrigin origin, String problem) {
        return new SourceRecord(origin, null, null, problem);
    }
}
