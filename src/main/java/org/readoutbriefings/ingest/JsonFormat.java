package org.readoutbriefings.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * {@code .json}: one readout object, or an array of them. Arrays are streamed element by element, so a
 * file of a million readouts never sits in memory. A syntax error ends the file with one rejected
 * record that names the line and column; the elements before it are kept.
 */
public final class JsonFormat implements InputFormat {

    private final ObjectMapper mapper;

    public JsonFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return new Cursor(mapper, in, name);
    }

    /** The parser's message without its pointers into Jackson's configuration and source, which mean nothing to a reader. */
    static String problem(JacksonException e) {
        return e.getOriginalMessage().replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll(",? from `[A-Za-z.]+\\(\\)`", "").replaceAll(" ?\\[Source: [^\\]]*\\]", "");
    }

    private static final class Cursor extends AdvancingCursor {
        private final ObjectMapper mapper;
        /** Reads one element at a time, so the elements after it are not "trailing tokens". */
        private final ObjectReader elementReader;
        private final InputStream in;
        private final String name;
        private JsonParser parser;
        private boolean inArray;
        private int element;

        Cursor(ObjectMapper mapper, InputStream in, String name) {
            this.mapper = mapper;
            this.elementReader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            this.in = in;
            this.name = name;
        }



        @Override
        protected SourceRecord advance() {
            int line = 1;
            try {
                if (parser == null) {
                    parser = mapper.createParser(in);
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        finish();
                        return SourceRecord.unreadable(new RecordOrigin(name, 1), "the file is empty");
                    }
                    if (first == JsonToken.START_ARRAY) {
                        inArray = true;
                    } else {
                        finish();
                        return record(parser.currentTokenLocation().getLineNr());
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY || token == null) {
                    finish();
                    return null;
                }
                element++;
                line = parser.currentTokenLocation().getLineNr();
                return record(line);
            } catch (JacksonException e) {
                finish();
                int errorLine = e.getLocation() == null ? line : e.getLocation().getLineNr();
                String column = e.getLocation() == null ? "" : " column " + e.getLocation().getColumnNr();
                return SourceRecord.unreadable(new RecordOrigin(name, errorLine),
                        "malformed JSON at line " + errorLine + column + ": " + problem(e)
                                + (inArray && element > 1 ? " (the " + (element - 1) + " readouts before it were read)" : ""));
            }
        }

        private SourceRecord record(int line) {
            RecordOrigin origin = new RecordOrigin(name, line);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return SourceRecord.unreadable(origin, inArray
                        ? "element " + element + " of the array is not a JSON object"
                        : "expected a JSON object or an array of objects");
            }
            JsonNode node = inArray ? elementReader.readTree(parser) : mapper.readTree(parser);
            return SourceRecord.of(origin, node, null);
        }

        @Override
        public void close() {
            try {
                if (parser != null) {
                    parser.close();
                }
                in.close();
            } catch (IOException | JacksonException e) {
                // nothing was written; a failed close of an input file loses nothing
            }
        }
    }
}
