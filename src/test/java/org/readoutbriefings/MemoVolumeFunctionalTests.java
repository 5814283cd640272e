package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year of heavy traffic with one partner still gives memos of about ten pages, key points first. */
class MemoVolumeFunctionalTests {

    private static final int READOUTS = 200;

    @TempDir
    Path folder;

    @Test
    void memosStayBriefingsWhateverTheVolume() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < READOUTS; i++) {
            LocalDate date = LocalDate.of(2025, 12, 1).plusDays(i * 360L / READOUTS);
            lines.add(("{\"id\": \"v%d\", \"title\": \"Japan-U.S. working meeting %d on economic security\", \"meetingDate\": \"%s\","
                    + " \"countries\": [\"JP\", \"US\"], \"issuer\": \"Ministry of Foreign Affairs of Japan\","
                    + " \"participants\": [{\"name\": \"Motegi Toshimitsu\", \"country\": \"JP\"}, {\"name\": \"Marco Rubio\", \"country\": \"US\"}],"
                    + " \"topics\": [\"trade\", \"economic-security\"],"
                    + " \"commitments\": [{\"text\": \"The two sides agreed to continue close coordination on item %d.\", \"actors\": [\"JP\", \"US\"], \"topic\": \"trade\"},"
                    + " {\"text\": \"They would strengthen supply chain resilience for item %d.\", \"actors\": [\"JP\", \"US\"], \"topic\": \"economic-security\"}],"
                    + " \"followUps\": [{\"text\": \"Officials will meet on item %d.\", \"actors\": [\"JP\", \"US\"], \"topic\": \"trade\", \"dueDate\": \"%s\"}]}")
                    .formatted(i, i, date, i, i, i, date.plusDays(60)));
        }
        Files.write(input.resolve("feed.jsonl"), lines);

        BriefingsRun.Result run = new BriefingsRun(folder).run(input, folder.resolve("output"), "2026-11-27");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path memos = folder.resolve("output/memos");
        for (String memo : List.of("country/US.pdf", "topic/trade.pdf", "digest-2026-11-27.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(memos.resolve(memo).toFile())) {
                assertThat(pdf.getNumberOfPages()).as(memo).isBetween(2, 12);
                PDFTextStripper firstPage = new PDFTextStripper();
                firstPage.setEndPage(1);
                assertThat(firstPage.getText(pdf)).as(memo).contains("Key points");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(memos.resolve("country/US.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("175 earlier meetings in the period are listed in the tracker.")
                    .contains("further open commitments are listed in the tracker.")
                    .contains("160 further follow-ups are listed in the tracker.");
        }
    }
}
