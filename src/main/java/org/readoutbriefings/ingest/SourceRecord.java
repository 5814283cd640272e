package org.readoutbriefings.ingest;

import java.time.LocalDate;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.databind.JsonNode;

/**
 * One record as read from an input file, before validation: its fields as given, or the reason the
 * file or record could not be read at all.
 *
 * @param fields  the record's fields (for Markdown, the YAML front matter); null for prose, or when unreadable
 * @param body    the readout text when it comes apart from the fields (Markdown, prose), else null
 * @param title   for prose, the title its file gives (an HTML page's heading, a PDF's title), else null
 * @param metadataDate for prose, the publication date its file's metadata gives (an HTML page's meta tags or
 *                     JSON-LD, a PDF's document information or XMP), else null
 * @param problem why the record could not be read, else null
 */
public record SourceRecord(RecordOrigin origin, JsonNode fields, String body, String title, LocalDate metadataDate,
                           String problem) {

    /** A structured record. */
    public static SourceRecord of(RecordOrigin origin, JsonNode fields, String body) {
        return new SourceRecord(origin, fields, body, null, null, null);
    }

    /** A readout in prose, whose fields the extractor must find. */
    public static SourceRecord prose(RecordOrigin origin, String text, String title) {
        return prose(origin, text, title, null);
    }

    /** A readout in prose whose file's metadata gives its publication date. */
    public static SourceRecord prose(RecordOrigin origin, String text, String title, LocalDate metadataDate) {
        return new SourceRecord(origin, null, text, title, metadataDate, null);
    }

    public static SourceRecord unreadable(RecordOrigin origin, String problem) {
        return new SourceRecord(origin, null, null, null, null, problem);
    }

    public boolean isProse() {
        return fields == null && problem == null;
    }
}
