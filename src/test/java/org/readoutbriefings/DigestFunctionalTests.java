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

/** The nightly digest reports what is new since the previous night, night after night, and the same again when forced. */
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
                .contains("1 new readout and 2 new commitments")
                .contains("Japan-U.S. Video Teleconference Meeting");

        // a night with nothing new
        assertThat(briefings.run(input, output, "2026-11-26").exitCode()).isZero();
        assertThat(digest(output, "2026-11-26")).contains("0 new readouts and 0 new commitments, new since the night of 25 Nov 2026")
                .contains("No new readouts.").doesNotContain("Japan-U.S. Video Teleconference Meeting");

        // a new readout, with a follow-up due within the window and one overdue
        Files.writeString(input.resolve("call.json"), """
                {"title": "Japan-Australia Foreign Ministers' Call", "meetingDate": "2026-11-26",
                 "countries": ["JP", "AU"], "topics": ["trade"],
                 "commitments": [{"text": "The ministers will sign the agreement.", "actors": ["JP", "AU"], "topic": "trade"}],
                 "followUps": [{"text": "Officials will meet in Canberra.", "actors": ["JP", "AU"], "topic": "trade", "dueDate": "2026-12-05"},
                   {"text": "A report was due.", "actors": ["AU"], "topic": "trade", "dueDate": "2026-11-20"},
                   {"text": "A reply was due yesterday.", "actors": ["AU"], "topic": "trade", "dueDate": "2026-11-26"},
                   {"text": "A study was due long ago.", "actors": ["AU"], "topic": "trade", "dueDate": "2026-05-01"}]}
                """);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        String digest = digest(output, "2026-11-27");
        assertThat(digest).contains("1 new readout and 1 new commitment, new since the night of 26 Nov 2026")
                .contains("Japan-Australia Foreign Ministers' Call")
                .contains("The ministers will sign the agreement.")
                .doesNotContain("Japan-U.S. Video Teleconference Meeting");
        assertThat(digest.substring(digest.indexOf("Follow-ups due within 14 days"), digest.indexOf("Follow-ups overdue by up to")))
                .contains("5 Dec 2026 in 8 days Officials will meet in Canberra.");
        // overdue by up to 90 days, under their partner, with how late; older ones counted for the tracker
        assertThat(digest.substring(digest.indexOf("Follow-ups overdue by up to 90 days, by partner"), digest.indexOf("Sources")))
                .contains("Australia")
                .contains("20 Nov 2026 overdue 7 days A report was due.")
                .contains("26 Nov 2026 overdue 1 day (new) A reply was due yesterday.")
                .doesNotContain("A study was due long ago.")
                .contains("1 follow-up overdue by more than 90 days is listed in the tracker.");

        // forced again the same night: the same news, never an empty replacement
        assertThat(briefings.run(input, output, "2026-11-27", "--force").exitCode()).isZero();
        String forced = digest(output, "2026-11-27");
        assertThat(forced).contains("1 new readout and 1 new commitment, new since the night of 26 Nov 2026")
                .contains("Japan-Australia Foreign Ministers' Call");
    }

    private static String digest(Path output, String date) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("memos/digest-" + date + ".pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);  // inline spans are not drawn in reading order
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
