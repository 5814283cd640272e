package org.readoutbriefings.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.TextPdfs;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class InputFormatsTest {

    @TempDir
    Path folder;

    private final JsonMapper json = JsonMapper.builder().build();

    private List<SourceRecord> read(InputFormat format, String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        List<SourceRecord> records = new ArrayList<>();
        try (RecordCursor cursor = format.open(file, name)) {
            cursor.forEachRemaining(records::add);
        }
        return records;
    }

    private List<SourceRecord> read(InputFormat format, String name, String content) throws IOException {
        return read(format, name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonArrayIsReadElementByElementAndAnErrorKeepsTheElementsBefore() throws IOException {
        List<SourceRecord> records = read(new JsonFormat(json), "a.json",
                "[\n {\"title\": \"one\"},\n {\"title\": \"two\"},\n 3,\n {\"title\": \"four\" ]");
        assertThat(records).hasSize(4);
        assertThat(records.get(0).fields().path("title").asString()).isEqualTo("one");
        assertThat(records.get(1).origin().line()).isEqualTo(3);
        assertThat(records.get(2).problem()).isEqualTo("element 3 of the array is not a JSON object");
        assertThat(records.get(3).problem()).startsWith("malformed JSON at line 5").contains("the 3 readouts before it were read");
    }

    @Test
    void jsonObjectAndEmptyFile() throws IOException {
        assertThat(read(new JsonFormat(json), "one.json", "{\"title\": \"one\"}")).singleElement()
                .satisfies(r -> assertThat(r.problem()).isNull());
        assertThat(read(new JsonFormat(json), "two.json", "{\"a\": 1} {\"b\": 2}")).singleElement()
                .satisfies(r -> assertThat(r.problem()).startsWith("malformed JSON"));
        assertThat(read(new JsonFormat(json), "empty.json", "")).singleElement()
                .satisfies(r -> assertThat(r.problem()).isEqualTo("the file is empty"));
        assertThat(read(new JsonLinesFormat(json, 1_000), "empty.jsonl", "\n \n")).singleElement()
                .satisfies(r -> assertThat(r.problem()).isEqualTo("the file is empty"));
        JsonFormat strict = (JsonFormat) InputFormats.all(1_000_000).get(0);
        assertThat(read(strict, "twice.json", "{\"title\": \"one\", \"title\": \"two\"}")).singleElement()
                .satisfies(r -> assertThat(r.problem()).contains("Duplicate Object property \"title\""));
    }

    @Test
    void jsonLinesRejectsOnlyTheBadLine() throws IOException {
        List<SourceRecord> records = read(new JsonLinesFormat(json, 1_000), "f.jsonl",
                "{\"title\": \"one\"}\n\n{\"title\": oops}\n[1]\n{\"title\": \"four\"}\n");
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(1, 3, 4, 5);
        assertThat(records.get(1).problem()).startsWith("malformed JSON on line 3");
        assertThat(records.get(2).problem()).isEqualTo("line 4 is not a JSON object");
        assertThat(records.get(3).problem()).isNull();
    }

    @Test
    void jsonLinesRejectsALineOverTheLimitAndReadsTheNextOne() throws IOException {
        List<SourceRecord> records = read(new JsonLinesFormat(json, 1_000), "long.jsonl",
                "{\"title\": \"" + "x".repeat(5_000) + "\"}\r\n{\"title\": \"two\"}\r{\"title\": \"three\"}");
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(1, 2, 3);
        assertThat(records.get(0).problem()).isEqualTo("line 1 is longer than 1000 characters (briefings.max-input-file-bytes)");
        assertThat(records.get(2).fields().path("title").asString()).isEqualTo("three");
    }

    @Test
    void aJsonStringLongerThanABodyIsRefusedByTheParser() throws IOException {
        JsonFormat format = (JsonFormat) InputFormats.all(1_000_000).get(0);
        assertThat(read(format, "huge.json", "{\"body\": \"" + "x".repeat(ReadoutRecordMapper.BODY + 1) + "\"}"))
                .singleElement().satisfies(r -> assertThat(r.problem()).startsWith("malformed JSON at line 1")
                        .contains("exceeds the maximum allowed").doesNotContain("StreamReadConstraints"));
        assertThat(read(format, "cut.json", "[{\"title\": \"one\"}")).last()
                .satisfies(r -> assertThat(r.problem()).contains("expected close marker for Array").doesNotContain("Source"));
    }

    @Test
    void jsonLinesStopsAtBytesThatAreNotUtf8() throws IOException {
        byte[] content = "{\"title\": \"one\"}\n{\"title\": \"t\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<SourceRecord> records = read(new JsonLinesFormat(json, 1_000), "latin1.jsonl", content);
        assertThat(records.get(records.size() - 1).problem()).contains("not valid UTF-8");
    }

    @Test
    void markdownSplitsFrontMatterFromBody() throws IOException {
        MarkdownFormat markdown = new MarkdownFormat(YAMLMapper.builder().build(), 1_000_000);
        SourceRecord record = read(markdown, "r.md", "---\ntitle: \"Call: with colon\"\ncountries:\n  - JP\n---\n\n# Heading\n\nBody text.\n")
                .get(0);
        assertThat(record.problem()).isNull();
        assertThat(record.fields().path("title").asString()).isEqualTo("Call: with colon");
        assertThat(record.body()).isEqualTo("# Heading\n\nBody text.");

        assertThat(read(markdown, "none.md", "Just text").get(0).problem()).startsWith("no YAML front matter");
        assertThat(read(markdown, "open.md", "---\ntitle: x\n").get(0).problem()).contains("no closing");
        assertThat(read(markdown, "bad.md", "---\ntitle: [unclosed\n---\n").get(0).problem()).startsWith("malformed YAML");
        assertThat(read(markdown, "list.md", "---\n- a\n- b\n---\n").get(0).problem()).contains("not a mapping");
    }

    @Test
    void markdownRefusesAliasBombsAndOversizedFiles() throws IOException {
        StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev).append(",*")
                    .append(prev).append(",*").append(prev).append(",*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }
        bomb.append("---\n");
        MarkdownFormat markdown = new MarkdownFormat(YAMLMapper.builder().build(), 1_000_000);
        // aliases are never expanded, and a front matter that uses one is rejected at the first
        SourceRecord record = read(markdown, "bomb.md", bomb.toString()).get(0);
        assertThat(record.problem()).isEqualTo("the YAML front matter uses an alias (*name) at line 3; write the value out instead");
        assertThat(record.origin().line()).isEqualTo(3);
        assertThat(read(new MarkdownFormat(YAMLMapper.builder().build(), 10), "big.md", "---\ntitle: x\n---\n").get(0).problem())
                .contains("more than the limit of 10");
    }

    @Test
    void strictTextDecodesBomsAndRefusesGarbage() throws Exception {
        assertThat(StrictText.decode("\uFEFFhé".getBytes(StandardCharsets.UTF_8))).isEqualTo("hé");
        assertThat(StrictText.decode("\uFEFF林芳正".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("林芳正");
        assertThat(StrictText.decode("\uFEFF박진".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("박진");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictText.decode(new byte[]{'a', (byte) 0xC3, 'b'}))
                .hasMessageContaining("offset 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictText.decode(new byte[]{'a', 0, 'b'}))
                .hasMessageContaining("binary");
    }

    @Test
    void aPageGivesItsPublicationDateFromItsMetadata() throws IOException {
        HtmlFormat html = new HtmlFormat(1_000_000);
        String body = "<body><article><h1>Call with Kenya</h1><p>The Minister spoke with her Kenyan counterpart today.</p>"
                + "</article><aside class=\"related\"><time datetime=\"2019-01-01\">old news</time></aside></body>";
        assertThat(read(html, "og.html", "<html><head><meta property=\"article:published_time\" content=\"2023-05-09T23:30:00-04:00\">"
                + "<meta property=\"article:modified_time\" content=\"2024-01-01\"></head>" + body).get(0).metadataDate())
                .isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(read(html, "dc.html", "<html><head><meta name=\"dc.date.issued\" content=\"2023-05-08\"></head>" + body)
                .get(0).metadataDate()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(read(html, "ld.html", "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\","
                + " \"dateModified\": \"2024-02-02\", \"datePublished\": \"2023-05-07T08:00:00Z\"}]}</script></head>" + body)
                .get(0).metadataDate()).isEqualTo(LocalDate.of(2023, 5, 7));
        assertThat(read(html, "time.html", "<html><body><article><h1>Call</h1><time datetime=\"2023-05-06\">6 May</time>"
                + "<p>The Minister spoke with her Kenyan counterpart today.</p></article></body></html>").get(0).metadataDate())
                .isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(read(html, "broken.html", "<html><head><script type=\"application/ld+json\">{\"datePublished\": </script></head>"
                + body).get(0)).satisfies(r -> assertThat(r.problem()).isNull())
                .satisfies(r -> assertThat(r.metadataDate()).as("no date from a related list").isNull());
    }

    @Test
    void aPdfGivesItsPublicationDateFromItsXmpElseItsDocumentInformation() throws Exception {
        PdfFormat pdf = new PdfFormat(10_000_000);
        Calendar created = new GregorianCalendar(2023, Calendar.MAY, 9, 10, 0);
        assertThat(read(pdf, "info.pdf", pdfBytes(created, null)).get(0).metadataDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreateDate=\"2023-05-08T09:00:00+02:00\"/></rdf:RDF>"
                + "</x:xmpmeta><?xpacket end=\"w\"?>";
        assertThat(read(pdf, "xmp.pdf", pdfBytes(created, xmp)).get(0).metadataDate()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(read(pdf, "none.pdf", pdfBytes(null, null)).get(0).metadataDate()).isNull();
    }

    private static byte[] pdfBytes(Calendar created, String xmp) throws IOException {
        try (PDDocument document = TextPdfs.document(List.of(
                "The Minister spoke with her Kenyan counterpart today about trade and climate."))) {
            document.getDocumentInformation().setCreationDate(created);
            if (xmp != null) {
                PDMetadata metadata = new PDMetadata(document);
                metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
                document.getDocumentCatalog().setMetadata(metadata);
            }
            return TextPdfs.bytes(document);
        }
    }
}
