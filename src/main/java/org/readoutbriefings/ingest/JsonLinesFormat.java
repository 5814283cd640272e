package org.readoutbriefings.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code .jsonl}: one readout object per line, UTF-8. A bad line rejects that line only; blank lines are
 * ignored. A line longer than the limit is rejected without being held in memory.
 */
public final class JsonLinesFormat implements InputFormat {

    private final ObjectMapper mapper;
    private final long maxLineChars;

    /** @param maxLineChars lines longer than this are rejected */
    public JsonLinesFormat(ObjectMapper mapper, long maxLineChars) {
        this.mapper = mapper;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        return new Cursor(reader, name);
    }

    private final class Cursor extends AdvancingCursor {
        private final BufferedReader reader;
        private final String name;
        private int lineNumber;
        /** Non-blank lines read, so that a file without any is reported. */
        private int records;

        Cursor(BufferedReader reader, String name) {
            this.reader = reader;
            this.name = name;
        }



        /** The next record, or null for a blank line or the end of the file. */
        @Override
        protected SourceRecord advance() {
            String line;
            try {
                line = readLine();
            } catch (IOException e) {
                finish();
                return SourceRecord.unreadable(new RecordOrigin(name, lineNumber + 1),
                        "line " + (lineNumber + 1) + " is not valid UTF-8 (" + e.getMessage() + "); the rest of the file was not read");
            }
            if (line == null) {
                finish();
                return records == 0 ? SourceRecord.unreadable(new RecordOrigin(name, 1), "the file is empty") : null;
            }
            lineNumber++;
            RecordOrigin origin = new RecordOrigin(name, lineNumber);
            if (line.length() > maxLineChars) {
                return SourceRecord.unreadable(origin, "line " + lineNumber + " is longer than " + maxLineChars
                        + " characters (briefings.max-input-file-bytes)");
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                return null;
            }
            records++;
            try {
                JsonNode node = mapper.readTree(line);
                if (node == null || !node.isObject()) {
                    return SourceRecord.unreadable(origin, "line " + lineNumber + " is not a JSON object");
                }
                return SourceRecord.of(origin, node, null);
            } catch (JacksonException e) {
                return SourceRecord.unreadable(origin, "malformed JSON on line " + lineNumber + ": " + JsonFormat.problem(e));
            }
        }

        /**
         * The next line without its end (\n, \r\n or \r), or null at the end of the file. Past the limit the
         * rest of the line is skipped and a line of limit + 1 characters stands for it, so a file that is one
         * huge line never sits in memory.
         */
        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int c = reader.read();
            if (c < 0) {
                return null;
            }
            while (c >= 0 && c != '\n' && c != '\r') {
                if (line.length() <= maxLineChars) {
                    line.append((char) c);
                }
                c = reader.read();
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
