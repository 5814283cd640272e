package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input is reported with its file, line, field and reason; everything else is processed and kept. */
class RejectedInputFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void reportsEachBadRecordAndKeepsTheRest() throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path output = folder.resolve("output");
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();

        Files.writeString(input.resolve("broken.json"), "{\"title\": \"Call\", \"meetingDate\": \"2024-01-02\",\n  \"countries\": [\"JP\", ");
        Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
                "{\"title\": \"Japan-Australia call\", \"meetingDate\": \"2024-03-01\", \"countries\": [\"Japan\", \"Australia\"]}",
                "{\"title\": \"A call without a date\", \"countries\": [\"JP\", \"GB\"]}",
                "{\"title\": \"Japan-Narnia talks\", \"meetingDate\": \"2024-03-02\", \"countries\": [\"JP\", \"Narnia\"]}",
                "{\"title\": \"Impossible date\", \"meetingDate\": \"2021-02-30\", \"countries\": [\"JP\", \"FR\"]}",
                ""));
        Files.writeString(input.resolve("minutes.docx"), "not a readout");

        BriefingsRun.Result result = briefings.run(input, output, "2026-11-28");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        List<String> rejects = new ArrayList<>();
        report.path("rejected").forEach(r -> rejects.add(r.path("file").asString() + ":" + r.path("line").asInt()
                + " [" + r.path("field").asString("") + "] " + r.path("reason").asString()));
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(0)).startsWith("broken.json:2 [] malformed JSON at line 2");
        assertThat(rejects.get(1)).isEqualTo("feed.jsonl:2 [meetingDate] is missing: every readout needs the date"
                + " of its meeting (YYYY-MM-DD)");
        assertThat(rejects.get(2)).startsWith("feed.jsonl:3 [countries[1]] unknown country 'Narnia'");
        assertThat(rejects.get(3)).startsWith("feed.jsonl:4 [meetingDate] '2021-02-30' is not a valid date");
        assertThat(rejects.get(4)).startsWith("minutes.docx:0 [] unsupported file type");
        // the seed's file did not change since the first run, so it was not parsed again
        assertThat(report.path("readouts").path("accepted").asLong()).isEqualTo(1);
        assertThat(report.path("files").path("unchanged").asLong()).isEqualTo(1);

        // the earlier run's readout is still there, the new good record was added, nothing else
        assertThat(briefings.query("SELECT title FROM readout ORDER BY meeting_date")).extracting(r -> r.get(0))
                .containsExactly("Japan-U.S. Video Teleconference Meeting between Foreign Minister HAYASHI and"
                        + " United States Trade Representative Tai", "Japan-Australia call");
        assertThat(output.resolve("memos/country/AU.pdf")).exists();
    }

    @Test
    void aMissingInputFolderIsAOneLineUsageError() {
        BriefingsRun.Result result = new BriefingsRun(folder).run(folder.resolve("nowhere"), folder.resolve("out"), "2026-11-27");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("error: the input folder").contains("nowhere").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aBadOptionIsAUsageError() {
        BriefingsRun.Result result = new BriefingsRun(folder).command("run", "--as-of", "27/11/2026");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'27/11/2026' is not a date in the form YYYY-MM-DD").contains("Usage:");
    }
}
