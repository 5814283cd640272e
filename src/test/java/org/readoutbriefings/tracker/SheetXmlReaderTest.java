package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SheetXmlReader hands a handler the same elements, namespaces, attributes and text as the JDK's SAX
 * parser with POI's settings, and refuses what that parser refuses.
 */
class SheetXmlReaderTest {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void readsAsTheSaxParserDoes() throws Exception {
        List<String> documents = new ArrayList<>(List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" s=\"3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a &amp; b &lt;c&gt; "
                        + "&quot;&apos; &#xa;&#13;&#x1F600; &#233;</t></is></c><c r=\"B1\"><v>1.5</v></c></row></sheetData></worksheet>",
                "\uFEFF<x:worksheet xmlns:x=\"" + NS + "\" xmlns:r=\"urn:r\"><x:sheetData><x:row r=\"2\" r:id='7'>"
                        + "<x:c r = 'C2'  t=\"s\" ><x:v>12</x:v></x:c><!-- a comment --><?pi data?>"
                        + "<x:c r=\"D2\"><x:f>SUM(A1)</x:f><x:v><![CDATA[<3 & ]] >]]></x:v></x:c></x:row></x:sheetData>"
                        + "</x:worksheet>\n<!-- after -->\n",
                "<a xmlns=\"urn:one\"><b xmlns=\"urn:two\" attr=\"line\r\nbreak\ttab &#10; &#x9;\"><c/></b><d>text\r\nmore\rend"
                        + "]x</d><e xmlns=\"\">no namespace</e></a>",
                "<?xml version='1.0'?><root>\u65e5\u672c\u8a9e \uD83D\uDE00 caf\u00e9 \u0085 \u2028</root>",
                "<r><![CDATA[]]><![CDATA[x]]]]><![CDATA[>]]></r>",
                "<r a=\"1\" b='2' c=\"&lt;&amp;\"/>"));
        documents.add(new String(trackerSheet(), StandardCharsets.UTF_8));
        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertThat(SheetXmlReader.reads(new BufferedInputStream(new ByteArrayInputStream(bytes)))).as(document).isTrue();
            assertThat(ours(bytes)).as(document.length() > 300 ? document.substring(0, 300) : document)
                    .isEqualTo(sax(bytes));
        }
    }

    @Test
    void refusesWhatTheSaxParserRefuses() throws Exception {
        List<String> bad = List.of("<a><b></a></b>", "<a>", "<a></a><b/>", "text<a/>", "<a/>text",
                "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "<a>&nope;</a>", "<a>&#1;</a>", "<a>&#xD800;</a>",
                "<a>\u0001</a>", "<a x=\"1\" x=\"2\"/>", "<p:a/>", "<a x=\"<\"/>", "<a>]]></a>", "<a x=1/>", "<a",
                "<a><!-- never closed", "<a><![CDATA[ never closed", "", "<a b=\"1\"c=\"2\"/>",
                "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>", "<a>&#x;</a>", "<a>\uFFFE</a>");
        for (String document : bad) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> sax(bytes)).as("SAX on " + document).isNotNull();
            assertThatThrownBy(() -> ours(bytes)).as(document).isNotNull();
        }
        // bytes that are not UTF-8
        byte[] latin1 = "<a>caf\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ours(latin1)).isNotNull();
    }

    @Test
    void leavesOtherEncodingsAndVersionsToTheSaxParser() throws Exception {
        for (byte[] bytes : new byte[][]{"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".getBytes(StandardCharsets.UTF_16),
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>".getBytes(StandardCharsets.ISO_8859_1),
                "<?xml version=\"1.1\"?><a/>".getBytes(StandardCharsets.UTF_8)}) {
            assertThat(SheetXmlReader.reads(new BufferedInputStream(new ByteArrayInputStream(bytes)))).isFalse();
        }
    }

    /** The worksheet part of a small tracker sheet, as the run writes it. */
    private static byte[] trackerSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TrackerWorkbook workbook = new TrackerWorkbook()) {
            TrackerSheet sheet = new TrackerSheet(workbook, "S", new TrackerStyles(workbook.poi()),
                    List.of(Column.generated("Text", 20), Column.date("Due"), Column.generated("N", 5),
                            Column.generated("Link", 5)), List.of(), "", 100);
            for (String text : List.of("a & b", " <x> ", "line\r\nbreak", "\u0001\uFFFF \uD800", "\u00a0\u65e5")) {
                sheet.newRow().text(text).date(LocalDate.of(2026, 5, 1)).number(-3L).webLink("https://e.org/?a=1&b=\"2\"", "R");
            }
            sheet.finish();
            workbook.write(out);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no sheet");
    }

    private static List<String> ours(byte[] bytes) throws Exception {
        Recorder recorder = new Recorder();
        SheetXmlReader.parse(new ByteArrayInputStream(bytes), recorder);
        return recorder.events;
    }

    private static List<String> sax(byte[] bytes) throws Exception {
        Recorder recorder = new Recorder();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(recorder);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            reader.parse(new InputSource(in));
        }
        return recorder.events;
    }

    /** Every event, consecutive text merged; attributes sorted by name. */
    private static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flush();
            TreeMap<String, String> sorted = new TreeMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                sorted.put(attributes.getQName(i), "{" + attributes.getURI(i) + "}" + attributes.getLocalName(i) + "="
                        + attributes.getValue(i));
                assertThat(attributes.getValue(attributes.getQName(i))).isEqualTo(attributes.getValue(i));
            }
            events.add("start {" + uri + "}" + localName + " " + qName + " " + sorted);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            events.add("end {" + uri + "}" + localName + " " + qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endDocument() {
            flush();
            events.add("end of document");
        }

        private void flush() {
            if (text.length() > 0) {
                events.add("text [" + text + "]");
                text.setLength(0);
            }
        }
    }
}
