package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A readout as a foreign ministry publishes it, through the nightly job into the memos: a name given in its
 * own script keeps both forms, and a sentence that is a commitment and a follow-up is listed once.
 */
class ProseMemoFunctionalTests {

    private static final String READOUT = String.join("\n",
            "Foreign Minister Park Jin Holds Talks with Australian Foreign Minister",
            "",
            "Date: 2023-03-14",
            "",
            "1. Minister of Foreign Affairs Park Jin (박진) held talks with Minister for Foreign Affairs of Australia"
                    + " Penny Wong today in Seoul.",
            "2. The two ministers agreed to hold the next Korea-Australia 2+2 meeting in Canberra in the second half of the year.",
            "3. The two ministers discussed the situation on the Korean Peninsula.");

    @TempDir
    Path folder;

    @Test
    void aNativeNameReachesTheMemoAndATwoRoleItemIsListedOnce() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("kr-au-talks.txt"), READOUT, StandardCharsets.UTF_8);
        BriefingsRun briefings = new BriefingsRun(folder);
        BriefingsRun.Result run = briefings.run(input, folder.resolve("output"), "2023-03-20", "--briefings.home-country=KR");
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(briefings.query("SELECT name, native_name, country FROM readout_participant ORDER BY position"))
                .contains(java.util.List.of("Park Jin", "박진", "KR"));
        assertThat(briefings.count("SELECT COUNT(*) FROM commitment WHERE text LIKE '%next Korea-Australia 2+2%'")).isEqualTo(1);
        assertThat(briefings.count("SELECT COUNT(*) FROM follow_up WHERE text LIKE '%next Korea-Australia 2+2%'"
                + " AND due_text = 'in the second half of the year' AND due_date = DATE '2023-12-31'")).isEqualTo(1);

        String memo = text(folder.resolve("output/memos/country/AU.pdf"));
        assertThat(memo).contains("Park Jin (박진)");
        assertThat(memo.split("next Korea-Australia", -1)).as("listed once").hasSize(2);
        assertThat(memo).contains("in the second half of the year");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
