package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prose readouts (.txt, .html, .pdf) through the real nightly job, and the PDFs it must refuse. */
class ProseInputFunctionalTests {

    private static final String CALL = String.join("\n",
            "Readout: Foreign Secretary call with Japanese Foreign Minister",
            "",
            "London, 3 March 2025",
            "",
            "Foreign Secretary David Lammy spoke today with Japanese Foreign Minister Iwaya Takeshi.",
            "The Foreign Secretary and the Foreign Minister agreed to deepen cooperation on economic security, including"
                    + " resilient supply chains for critical minerals.",
            "They welcomed progress on the Global Combat Air Programme.",
            "The two ministers agreed to remain in close communication at the working level.");

    @TempDir
    Path folder;

    @Test
    void proseIsExtractedStoredAndReadAgainWithTheSameIds() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("call.txt"), CALL, StandardCharsets.UTF_8);
        Files.write(input.resolve("call-utf16.txt"), ("\uFEFF" + CALL.replace("3 March 2025", "4 March 2025")
                .replace("Iwaya Takeshi", "Iwaya Takeshi in Tokyo")).getBytes(StandardCharsets.UTF_16BE));
        Files.writeString(input.resolve("page.html"), "<html><head><title>Readout | Department</title>"
                + "<script>alert('x')</script></head><body><nav><a href='/'>Home</a> Menu</nav><article><h1>Secretary's"
                + " Meeting with Indian External Affairs Minister</h1><p>WASHINGTON, June 5, 2024</p><p>Secretary of State"
                + " Antony J. Blinken met today with Indian External Affairs Minister Dr. S. Jaishankar.</p><p>They"
                + " committed to expand cooperation on critical and emerging technologies.</p></article>"
                + "<footer>Cookies help us. Accept</footer></body></html>");
        textPdf(input.resolve("note.pdf"), "Tokyo, 12 January 2024", "Minister for Foreign Affairs KAMIKAWA Yoko held a",
                "video teleconference with Minister for Foreign Affairs of Australia Penny Wong.",
                "The two ministers decided to launch a joint study on energy security.");
        textPdf(input.resolve("secret.pdf"), "Tokyo, 12 January 2024", "A readout behind a password.");
        encrypt(input.resolve("secret.pdf"));
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.save(input.resolve("scan.pdf").toFile());
        }
        try (PDDocument empty = new PDDocument()) {
            empty.save(input.resolve("empty.pdf").toFile());
        }
        Files.write(input.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(input.resolve("no-date.txt"), "The Foreign Minister of Japan met the Foreign Minister of India."
                + " They agreed to meet again.");
        Files.writeString(input.resolve("no-country.txt"), "On 3 March 2025 the committee met and agreed to adjourn.");

        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        BriefingsRun.Result run = briefings.run(input, output, "2026-11-27");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);

        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        List<String> rejects = new ArrayList<>();
        report.path("rejected").forEach(r -> rejects.add(r.path("file").asString() + ": " + r.path("reason").asString()));
        assertThat(rejects).containsExactlyInAnyOrder(
                "broken.pdf: not a readable PDF: " + reason(rejects, "broken.pdf"),
                "empty.pdf: the PDF has no pages",
                "scan.pdf: the PDF has no text layer (a scanned image?); run OCR on it first",
                "secret.pdf: the PDF is encrypted with a password");

        assertThat(briefings.query("SELECT source_file, meeting_date, format, provenance FROM readout ORDER BY source_file"))
                .containsExactly(
                        List.of("call-utf16.txt", "2025-03-04", "call", "extracted"),
                        List.of("call.txt", "2025-03-03", "call", "extracted"),
                        List.of("no-country.txt", "2025-03-03", "in-person", "extracted"),
                        java.util.Arrays.asList("no-date.txt", null, "in-person", "extracted"),
                        List.of("note.pdf", "2024-01-12", "video", "extracted"),
                        List.of("page.html", "2024-06-05", "in-person", "extracted"));
        // no country the rules know: kept, with what was found and a warning, in no country memo
        List<String> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(w.path("file").asString() + " [" + w.path("field").asString() + "]: "
                + w.path("message").asString()));
        assertThat(warnings).contains("no-country.txt [countries]: no participating country recognised in the text: the readout"
                + " is kept, in topic memos and the tracker, but in no country memo until staff give its countries on the"
                + " tracker's Needs review sheet");
        assertThat(briefings.query("SELECT k.text FROM commitment k JOIN readout r ON r.id = k.readout_id"
                + " WHERE r.source_file = 'no-country.txt'")).containsExactly(List.of("On 3 March 2025 the committee met and agreed to adjourn."));
        // no date anywhere, or no country: kept, with what was found, for staff to date or place on the tracker's
        // Needs review sheet
        List<String> needsReview = new ArrayList<>();
        report.path("needsReview").forEach(r -> needsReview.add(r.path("file").asString() + " " + r.path("needs")));
        assertThat(needsReview).containsExactly("no-country.txt [\"countries\"]", "no-date.txt [\"meetingDate\"]");
        assertThat(briefings.query("SELECT f.text FROM follow_up f JOIN readout r ON r.id = f.readout_id"
                + " WHERE r.source_file = 'no-date.txt'")).containsExactly(List.of("They agreed to meet again."));
        assertThat(briefings.query("SELECT c.country FROM readout_country c JOIN readout r ON r.id = c.readout_id"
                + " WHERE r.source_file = 'page.html' ORDER BY 1")).containsExactly(List.of("IN"), List.of("US"));
        assertThat(briefings.query("SELECT k.text, k.strength FROM commitment k JOIN readout r ON r.id = k.readout_id"
                + " WHERE r.source_file = 'call.txt' ORDER BY k.position")).containsExactly(List.of("The Foreign Secretary and the Foreign"
                + " Minister agreed to deepen cooperation on economic security, including resilient supply chains for"
                + " critical minerals.", "STRONG"),
                // keeping in touch: a weak commitment and a follow-up, due at no time ("at the working level" is a channel)
                List.of("The two ministers agreed to remain in close communication at the working level.", "WEAK"));
        assertThat(briefings.query("SELECT f.text, f.due_text, f.due_date FROM follow_up f JOIN readout r ON r.id = f.readout_id"
                + " WHERE r.source_file = 'call.txt'")).containsExactly(java.util.Arrays.asList(
                "The two ministers agreed to remain in close communication at the working level.", null, null));
        // the sentence behind the meeting date is kept, so a memo can cite it
        assertThat(briefings.query("SELECT e.sentence FROM readout_evidence e JOIN readout r ON r.id = e.readout_id"
                + " WHERE r.source_file = 'call.txt' AND e.field = 'meetingDate'"))
                .containsExactly(List.of("Foreign Secretary David Lammy spoke today with Japanese Foreign Minister Iwaya Takeshi."));

        List<List<String>> ids = briefings.query("SELECT id FROM readout ORDER BY id");
        List<List<String>> commitmentIds = briefings.query("SELECT id FROM commitment ORDER BY id");
        BriefingsRun.Result again = briefings.run(input, output, "2026-11-27", "--force", "--full");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(briefings.query("SELECT id FROM readout ORDER BY id")).isEqualTo(ids);
        assertThat(briefings.query("SELECT id FROM commitment ORDER BY id")).isEqualTo(commitmentIds);
    }

    private static String reason(List<String> rejects, String file) {
        return rejects.stream().filter(r -> r.startsWith(file + ": not a readable PDF: ")).findFirst()
                .map(r -> r.substring((file + ": not a readable PDF: ").length())).orElse("(missing)");
    }

    private static void textPdf(Path file, String... lines) throws IOException {
        TextPdfs.write(file, lines);
    }

    private static void encrypt(Path file) throws IOException {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }
}
