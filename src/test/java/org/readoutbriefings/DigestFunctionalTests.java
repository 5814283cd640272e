package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly digest reports what is new since the last successful run, night after night. */
class DigestFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void reportsOnlyWhatArrivedSinceTheLastCompletedRun() throws IOException {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));

        assertThat(briefings.run(input, output, "2026-11-25").exitCode()).isZero();
        assertThat(digest(output, "2026-11-25")).contains("first run: everything stored is new")
                .contains("1 new readout(s) and 2 new commitment(s)")
                .contains("Japan-U.S. Video Teleconference Meeting");

        // a night with nothing new
        assertThat(briefings.run(input, output, "2026-11-26").exitCode()).isZero();
        assertThat(digest(output, "2026-11-26")).contains("0 new readout(s) and 0 new commitment(s), new since")
                .contains("No new readouts.").doesNotContain("Japan-U.S. Video Teleconference Meeting");

        // a new readout, with a follow-up due within the window and one overdue
        Files.writeString(input.resolve("call.json"), """
                {"title": "Japan-Australia Foreign Ministers' Call", "meetingDate": "2026-11-26",
                 "countries": ["JP", "AU"], "topics": ["trade"],
                 "commitments": [{"text": "The ministers will sign the agreement.", "actors": ["JP", "AU"], "topic": "trade"}],
                 "followUps": [{"text": "Officials will meet in Canberra.", "actors": ["JP", "AU"], "topic": "trade", "dueDate": "2026-12-05"},
                   {"text": "A report was due.", "actors": ["AU"], "topic": "trade", "dueDate": "2026-11-20"}]}
                """);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        String digest = digest(output, "2026-11-27");
        assertThat(digest).contains("1 new readout(s) and 1 new commitment(s), new since")
                .contains("Japan-Australia Foreign Ministers' Call")
                .contains("The ministers will sign the agreement.")
                .doesNotContain("Japan-U.S. Video Teleconference Meeting");
        assertThat(digest.substring(digest.indexOf("Follow-ups due within 14 days"), digest.indexOf("Overdue follow-ups")))
                .contains("2026-12-05 8 Officials will meet in Canberra.");
        assertThat(digest.substring(digest.indexOf("Overdue follow-ups"), digest.indexOf("Sources")))
                .contains("2026-11-20 -7 A report was due.");
    }

    private static String digest(Path output, String date) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("memos/digest-" + date + ".pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);  // inline spans are not drawn in reading order
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
