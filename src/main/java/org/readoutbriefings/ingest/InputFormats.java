package org.readoutbriefings.ingest;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every input format the job reads, structured and prose. */
public final class InputFormats {

    private InputFormats() {
    }

    /** @param maxBytes files read whole (Markdown, text, HTML, PDF) larger than this are rejected */
    public static List<InputFormat> all(long maxBytes) {
        // a string longer than any field may be is refused by the parser before it fills the heap; a field
        // given twice is refused rather than one of its values silently kept
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(ReadoutRecordMapper.BODY).build())
                .build();
        JsonMapper json = JsonMapper.builder(factory).build();
        return List.of(new JsonFormat(json), new JsonLinesFormat(json, maxBytes), new MarkdownFormat(YAMLMapper.builder().build(), maxBytes),
                new PlainTextFormat(maxBytes), new HtmlFormat(maxBytes), new PdfFormat(maxBytes));
    }
}
