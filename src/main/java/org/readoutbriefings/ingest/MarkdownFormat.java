package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code .md}: one readout per file. YAML front matter between two {@code ---} lines holds the fields;
 * the Markdown after it is the readout's text.
 */
public final class MarkdownFormat implements InputFormat {

    private final ObjectMapper yaml;
    private final long maxBytes;

    /**
     * @param yaml     a YAML mapper; Jackson reads an alias as its anchor's name and never expands it,
     *                 so a "billion laughs" file stays small
     * @param maxBytes files larger than this are rejected unread
     */
    public MarkdownFormat(ObjectMapper yaml, long maxBytes) {
        this.yaml = yaml;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        return SingleRecordCursor.of(() -> read(file, name));
    }

    private SourceRecord read(Path file, String name) throws IOException {
        RecordOrigin origin = new RecordOrigin(name, 1);
        WholeFile.Text text = WholeFile.text(file, maxBytes);
        if (text.problem() != null) {
            return SourceRecord.unreadable(origin, text.problem());
        }
        List<String> lines = text.text().lines().toList();
        if (!lines.get(0).strip().equals("---")) {
            return SourceRecord.unreadable(origin, "no YAML front matter: the file must start with a line '---'");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return SourceRecord.unreadable(origin, "the YAML front matter has no closing '---' line");
        }
        String frontMatter = String.join("\n", lines.subList(1, end));
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        try {
            JsonNode fields = yaml.readTree(frontMatter);
            if (fields == null || !fields.isObject()) {
                return SourceRecord.unreadable(origin, "the YAML front matter is not a mapping of field names to values");
            }
            return SourceRecord.of(origin, fields, body);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            return SourceRecord.unreadable(new RecordOrigin(name, line),
                    "malformed YAML front matter at line " + line + ": " + e.getOriginalMessage());
        }
    }
}
