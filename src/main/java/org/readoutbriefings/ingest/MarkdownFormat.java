package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * {@code .md}: one readout per file. YAML front matter between two {@code ---} lines holds the fields;
 * the Markdown after it is the readout's text.
 */
public final class MarkdownFormat implements InputFormat {

    private final YAMLMapper yaml;
    private final long maxBytes;

    /**
     * @param yaml     a YAML mapper; Jackson reads an alias as its anchor's name and never expands it,
     *                 so a "billion laughs" file stays small, and a front matter with aliases is rejected
     *                 rather than read with anchor names for values
     * @param maxBytes files larger than this are rejected unread
     */
    public MarkdownFormat(YAMLMapper yaml, long maxBytes) {
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
            Integer aliasLine = firstAliasLine(frontMatter);
            if (aliasLine != null) {
                return SourceRecord.unreadable(new RecordOrigin(name, aliasLine), "the YAML front matter uses an alias (*name)"
                        + " at line " + aliasLine + "; write the value out instead");
            }
            JsonNode fields = yaml.readTree(frontMatter);
            if (fields == null || !fields.isObject()) {
                return SourceRecord.unreadable(origin, "the YAML front matter is not a mapping of field names to values");
            }
            return SourceRecord.of(origin, fields, body);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            return SourceRecord.unreadable(new RecordOrigin(name, line),
                    "malformed YAML front matter at line " + line + ": " + JsonFormat.problem(e));
        }
    }

    /** The file line of the front matter's first alias, or null when it has none. */
    private Integer firstAliasLine(String frontMatter) {
        try (YAMLParser parser = (YAMLParser) yaml.createParser(frontMatter)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    return parser.currentTokenLocation().getLineNr() + 1;
                }
            }
            return null;
        }
    }
}
