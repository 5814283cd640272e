package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follow-up whose meeting a later readout records is likely fulfilled: memos say so, the digest lets it go. */
class FulfilmentFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void aNightRunForAnEarlierDateCitesNoMeetingThatHadNotYetHappened() {
        BriefingsRun briefings = new BriefingsRun(folder);
        // the sample's November 2023 follow-up was kept by the 2+2 of 28 July 2024; its 2023 commitment was said
        // again on 29 October 2026, after this night's date
        BriefingsRun.Result run = briefings.run(Path.of("input"), folder.resolve("output"), "2024-08-15");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(briefings.query("SELECT l.meeting_date FROM follow_up_evidence v JOIN readout l ON l.id = v.readout_id"))
                .containsExactly(List.of("2024-07-28"));
        assertThat(briefings.count("SELECT COUNT(*) FROM commitment_evidence")).isZero();
    }

    @Test
    void theLaterMeetingOfTheSamePartnersAndNameIsTheEvidence() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("nights.jsonl"), String.join("\n",
                "{\"id\": \"fr-1\", \"title\": \"Japan-France Foreign Ministers' Call\", \"meetingDate\": \"2026-10-01\","
                        + " \"countries\": [\"JP\", \"FR\"], \"followUps\": ["
                        + "{\"text\": \"They agreed to hold the next Foreign and Defence Ministers' Meeting (2+2) in Paris in November.\","
                        + " \"topic\": \"alliance-defence\", \"dueDate\": \"2026-11-30\"},"
                        + "{\"text\": \"They agreed to hold the Economic Dialogue by mid-November.\", \"topic\": \"trade\","
                        + " \"dueDate\": \"2026-11-15\"}]}",
                "{\"id\": \"gb-1\", \"title\": \"Japan-UK Foreign and Defence Ministers' Meeting (2+2)\", \"meetingDate\": \"2026-11-18\","
                        + " \"countries\": [\"JP\", \"GB\"]}",
                "{\"id\": \"fr-2\", \"title\": \"Japan-France Foreign and Defence Ministers' Meeting (\\\"2+2\\\")\","
                        + " \"meetingDate\": \"2026-11-20\", \"countries\": [\"JP\", \"FR\"]}",
                ""));
        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        BriefingsRun.Result run = briefings.run(input, output, "2026-12-05");
        assertThat(run.exitCode()).as(run.err()).isZero();

        // France's later 2+2 keeps the first promise; the UK's 2+2 is another partner's, the dialogue never met
        assertThat(briefings.query("SELECT f.text, v.readout_id FROM follow_up_evidence v JOIN follow_up f ON f.id = v.follow_up_id"))
                .containsExactly(List.of("They agreed to hold the next Foreign and Defence Ministers' Meeting (2+2) in Paris in"
                        + " November.", "fr-2"));
        String memo = text(output.resolve("memos/country/FR.pdf"));
        // only the dialogue that never met is due or overdue
        assertThat(memo).contains("2 open follow-ups, 1 due or overdue.");
        // cited as the memo's first source, the later meeting
        assertThat(memo).contains("Open; likely").contains("fulfilled [1]")
                .contains("1. Japan-France Foreign and Defence Ministers' Meeting (\"2+2\"), 20 Nov 2026.");
        String digest = text(output.resolve("memos/digest-2026-12-05.pdf"));
        String overdue = digest.substring(digest.indexOf("Follow-ups overdue by up to"), digest.indexOf("Sources"));
        assertThat(overdue).contains("They agreed to hold the Economic").doesNotContain("in Paris");

        // the tracker names the evidence and does not colour the follow-up as past due, nor count it so
        try (XSSFWorkbook tracker = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            XSSFSheet followUps = tracker.getSheet("Follow-ups");
            List<String> headers = new ArrayList<>();
            followUps.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            String evidence = CellReference.convertNumToColString(headers.indexOf("Evidence"));
            assertThat(followUps.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1())
                    .contains(evidence + "2=\"\"");
            List<String> shown = new ArrayList<>();
            followUps.forEach(r -> shown.add(r.getCell(headers.indexOf("Evidence")).getStringCellValue()));
            assertThat(shown).containsOnlyOnce("").anyMatch(e -> e.startsWith("Likely fulfilled 2026-11-20: Japan-France"
                    + " Foreign and Defence Ministers' Meeting (\"2+2\") (readout fr-2; meeting: foreign defence minister)"));
            long overdueCounted = 0;
            XSSFSheet summary = tracker.getSheet("Summary");
            for (int i = 1; i <= summary.getLastRowNum(); i++) {
                if (summary.getRow(i).getCell(0).getStringCellValue().equals("France")) {
                    overdueCounted += (long) summary.getRow(i).getCell(8).getNumericCellValue();
                }
            }
            assertThat(overdueCounted).isEqualTo(1);
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
