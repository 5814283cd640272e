package org.readoutbriefings.ingest;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every input format the job reads, structured and prose. */
public final class InputFormats {

    private InputFormats() {
    }

    /** @param maxBytes files read whole (Markdown, text, HTML, PDF) larger than this are rejected */
    public static List<InputFormat> all(long maxBytes) {
        JsonMapper json = JsonMapper.builder().build();
        return List.of(new JsonFormat(json), new JsonLinesFormat(json), new MarkdownFormat(YAMLMapper.builder().build(), maxBytes),
                new PlainTextFormat(maxBytes), new HtmlFormat(maxBytes), new PdfFormat(maxBytes));
    }
}
