package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Night after night: unchanged files are not parsed again; changed and removed files lose nothing. */
class IncrementalRunFunctionalTests {

    @TempDir
    Path folder;

    private JsonNode report(Path output) throws Exception {
        return JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
    }

    /** The run of a test's nights, on its own database, and their output folder. */
    private BriefingsRun briefings;
    private Path output;

    @org.junit.jupiter.api.BeforeEach
    void nights() {
        briefings = new BriefingsRun(folder);
        output = folder.resolve("output");
    }

    /** An input folder holding the seed readout, a Japan-US meeting. */
    private Path inputWithTheSeed() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        return input;
    }

    private static String memoText(Path output, String memo) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(output.resolve("memos").resolve(memo).toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anUnchangedNightParsesNoFileAndChangesAreReadByFile() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"title\": \"Japan-Australia call\", \"meetingDate\": \"2026-03-01\", \"countries\": [\"JP\", \"AU\"],"
                        + " \"commitments\": [\"They agreed to deepen cooperation on energy.\"]}",
                "{\"id\": \"b\", \"title\": \"Japan-India call\", \"meetingDate\": \"2026-03-02\", \"countries\": [\"JP\", \"IN\"]}",
                ""));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();
        assertThat(report(output).path("files").path("parsed").asLong()).isEqualTo(2);

        // the next night, nothing changed: no file is parsed
        assertThat(briefings.run(input, output, "2026-11-02").exitCode()).isZero();
        JsonNode quiet = report(output);
        assertThat(quiet.path("files").path("parsed").asLong()).isZero();
        assertThat(quiet.path("files").path("unchanged").asLong()).isEqualTo(2);
        assertThat(quiet.path("readouts").path("read").asLong()).isZero();
        assertThat(output.resolve("tracker.xlsx")).exists();
        // ... and every memo is current for the night: dated it, its window and due flags the night's
        assertThat(quiet.path("written").path("memos").asLong()).isGreaterThan(3);
        assertThat(output.resolve("memos/digest-2026-11-02.pdf")).exists();
        assertThat(memoText(output, "country/IN.pdf")).contains("DATE: 2 November 2026");

        // a changed file is read again: 'a' edited, 'b' gone from it, 'c' added; the other file is not parsed
        Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"title\": \"Japan-Australia call\", \"meetingDate\": \"2026-03-01\", \"countries\": [\"JP\", \"AU\"],"
                        + " \"commitments\": [\"They agreed to deepen cooperation on energy security.\"]}",
                "{\"id\": \"c\", \"title\": \"Japan-France call\", \"meetingDate\": \"2026-03-03\", \"countries\": [\"JP\", \"FR\"]}",
                ""));
        assertThat(briefings.run(input, output, "2026-11-03").exitCode()).isZero();
        JsonNode changed = report(output);
        assertThat(changed.path("files").path("parsed").asLong()).isEqualTo(1);
        assertThat(changed.path("readouts").path("read").asLong()).isEqualTo(2);
        assertThat(briefings.query("SELECT id, source_missing FROM readout WHERE id IN ('a', 'b', 'c') ORDER BY id"))
                .containsExactly(List.of("a", "false"), List.of("b", "true"), List.of("c", "false"));
        assertThat(briefings.query("SELECT text FROM commitment WHERE readout_id = 'a'"))
                .containsExactly(List.of("They agreed to deepen cooperation on energy security."));
        // every memo is the night's: France's is new, India's (untouched) is dated the night too
        assertThat(output.resolve("memos/country/FR.pdf")).exists();
        assertThat(memoText(output, "country/IN.pdf")).contains("DATE: 3 November 2026");
        assertThat(memoText(output, "country/AU.pdf")).contains("energy security");

        // a removed file leaves its readouts, marked
        Files.delete(input.resolve("seed.md"));
        assertThat(briefings.run(input, output, "2026-11-04").exitCode()).isZero();
        JsonNode removed = report(output);
        assertThat(removed.path("files").path("removed").asLong()).isEqualTo(1);
        assertThat(briefings.query("SELECT source_missing FROM readout WHERE id = 'jp-us-2021-12-22-hayashi-tai'"))
                .containsExactly(List.of("true"));
        assertThat(removed.path("files").path("readoutsWithoutSource").asLong()).isEqualTo(2);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(4);

        // --full parses everything again and changes nothing
        List<List<String>> before = briefings.query("SELECT id, content_hash, source_missing FROM readout ORDER BY id");
        assertThat(briefings.run(input, output, "2026-11-05", "--full").exitCode()).isZero();
        assertThat(report(output).path("files").path("parsed").asLong()).isEqualTo(1);
        assertThat(briefings.query("SELECT id, content_hash, source_missing FROM readout ORDER BY id")).isEqualTo(before);

        // the person on call sees every night, newest first
        BriefingsRun.Result status = briefings.command("status", "--limit", "3");
        assertThat(status.exitCode()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("EXECUTION RUN DATE");
        assertThat(lines.get(1)).contains("2026-11-05").contains("COMPLETED");
        assertThat(lines.get(3)).contains("2026-11-03");
    }

    @Test
    void aChangedAccountOfALinkedMeetingStaysLinkedInEveryMemoScope() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        for (String file : List.of("2026-09-01-uk-japan-cooper-motegi-call-fcdo.json",
                "2026-09-02-japan-uk-motegi-cooper-mofa.md")) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();
        String meeting = "SELECT DISTINCT engagement_id FROM %s WHERE readout_id = 'jp-gb-2026-09-02-motegi-cooper-mofa'";
        List<List<String>> linked =
                briefings.query("SELECT engagement_id FROM readout WHERE id = 'jp-gb-2026-09-02-motegi-cooper-mofa'");
        assertThat(linked).hasSize(1).doesNotContain(List.of("jp-gb-2026-09-02-motegi-cooper-mofa"));

        // Japan's account is republished with a changed text: its rows are replaced, its meeting kept
        Path mofa = input.resolve("2026-09-02-japan-uk-motegi-cooper-mofa.md");
        Files.writeString(mofa, Files.readString(mofa) + "\nThe two ministers also exchanged views on Ukraine.\n");
        assertThat(briefings.run(input, output, "2026-11-02").exitCode()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE id = 'jp-gb-2026-09-02-motegi-cooper-mofa'"
                + " AND body LIKE '%Ukraine%'")).isEqualTo(1);
        assertThat(briefings.query(meeting.formatted("readout_country"))).isEqualTo(linked);
        assertThat(briefings.query(meeting.formatted("readout_topic"))).isEqualTo(linked);
        assertThat(briefings.query("SELECT meetings FROM rollup_month WHERE partner_country = 'GB' AND topic = '*'"))
                .containsExactly(List.of("1"));
    }

    @Test
    void aRepublishedReadoutNamingAnotherCountryShowsItsNewPartnersInTheTracker() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Path mofa = input.resolve("2026-09-02-japan-uk-motegi-cooper-mofa.md");
        Files.copy(Path.of("input", mofa.getFileName().toString()), mofa);
        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        String id = "jp-gb-2026-09-02-motegi-cooper-mofa";
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();
        assertThat(meetingsRow(output, id)).contains("United Kingdom").doesNotContain("Ukraine");

        // the same readout, republished with Ukraine among its countries
        Files.writeString(mofa, Files.readString(mofa).replace("countries:\n  - JP\n  - GB\n",
                "countries:\n  - JP\n  - GB\n  - UA\n"));
        assertThat(briefings.run(input, output, "2026-11-02").exitCode()).isZero();

        assertThat(briefings.query("SELECT countries FROM readout WHERE id = '" + id + "'"))
                .containsExactly(List.of("GB JP UA"));
        assertThat(briefings.query("SELECT country FROM readout_country WHERE readout_id = '" + id + "' ORDER BY country"))
                .containsExactly(List.of("GB"), List.of("JP"), List.of("UA"));
        assertThat(meetingsRow(output, id)).contains("United Kingdom, Ukraine");
        assertThat(briefings.count("SELECT COUNT(*) FROM rollup_month WHERE partner_country = 'UA' AND topic = '*'"))
                .isEqualTo(1);
    }

    /** The cells of the readout's row on the tracker's Meetings sheet, as Excel shows them. */
    private static List<String> meetingsRow(Path output, String readoutId) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            DataFormatter excel = new DataFormatter();
            for (Row row : workbook.getSheet("Meetings")) {
                if (excel.formatCellValue(row.getCell(0)).equals(readoutId)) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(excel.formatCellValue(cell)));
                    return cells;
                }
            }
        }
        throw new AssertionError(readoutId + " is not on the Meetings sheet");
    }

    @Test
    void aMemoWhoseSubjectIsNoLongerAPartnerIsRemoved() throws Exception {
        Path input = inputWithTheSeed();
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();
        assertThat(output.resolve("memos/country/US.pdf")).exists();
        assertThat(output.resolve("memos/country/JP.pdf")).doesNotExist();

        // the home country is now the United States: Japan is the partner, and no memo of the US is left behind
        assertThat(briefings.run(input, output, "2026-11-02", "--briefings.home-country=US").exitCode()).isZero();
        assertThat(output.resolve("memos/country/JP.pdf")).exists();
        assertThat(output.resolve("memos/country/US.pdf")).doesNotExist();
        assertThat(output.resolve("memos/digest-2026-11-01.pdf")).as("digests are each night's record").exists();
    }

    @Test
    void aVanishedInputIsAWarningAndNothingIsMarkedRemovedUntilAccepted() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Files.copy(Path.of("input/2025-01-13-japan-rok-iwaya-cho.md"), input.resolve("rok.md"));
        Files.copy(Path.of("input/2024-03-07-india-japan-strategic-dialogue-mea.md"), input.resolve("india.md"));
        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();

        // the share is not mounted: an empty folder. A warning (exit 3), and every readout keeps its source
        for (String file : List.of("seed.md", "rok.md", "india.md")) {
            Files.delete(input.resolve(file));
        }
        BriefingsRun.Result empty = briefings.run(input, output, "2026-11-02");
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(3);
        assertThat(empty.err()).contains("warning: 3 known input files are missing from").contains("--accept-removals");
        assertThat(report(output).path("files").path("missing").asLong()).isEqualTo(3);
        assertThat(report(output).path("files").path("removed").asLong()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE source_missing")).isZero();

        // one file back: two of three still gone is most of them, still not taken as removed
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        assertThat(briefings.run(input, output, "2026-11-03").exitCode()).isEqualTo(3);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE source_missing")).isZero();

        // staff confirm the removals: now they are, and the readouts are kept, marked
        BriefingsRun.Result accepted = briefings.run(input, output, "2026-11-03", "--force", "--accept-removals");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(report(output).path("files").path("removed").asLong()).isEqualTo(2);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE source_missing")).isEqualTo(2);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(3);
    }

    @Test
    void reRunsMakeNoTrackerBackupAndAVersionStaffSavedIsKeptOnce() throws Exception {
        Path input = inputWithTheSeed();
        assertThat(briefings.run(input, output, "2026-11-01").exitCode()).isZero();
        assertThat(briefings.run(input, output, "2026-11-01", "--force").exitCode()).isZero();
        assertThat(briefings.run(input, output, "2026-11-02").exitCode()).isZero();
        assertThat(backups(output)).as("nothing staff typed: nothing to back up").isEmpty();

        // staff save the tracker: the next run keeps that version once, however often it runs
        UnattendedRunFunctionalTests.savedByStaff(output.resolve("tracker.xlsx"));
        byte[] saved = Files.readAllBytes(output.resolve("tracker.xlsx"));
        assertThat(briefings.run(input, output, "2026-11-02", "--force").exitCode()).isZero();
        assertThat(briefings.run(input, output, "2026-11-02", "--force").exitCode()).isZero();
        assertThat(backups(output)).singleElement().satisfies(b -> assertThat(Files.readAllBytes(b)).isEqualTo(saved));
    }

    private static List<Path> backups(Path output) throws IOException {
        if (!Files.isDirectory(output.resolve("tracker-backups"))) {
            return List.of();
        }
        try (var files = Files.list(output.resolve("tracker-backups"))) {
            return files.toList();
        }
    }

    @Test
    void aBackDatedRunWritesBesideTheLiveFilesAndLeavesThemAlone() throws Exception {
        Path input = inputWithTheSeed();
        assertThat(briefings.run(input, output, "2026-12-05").exitCode()).isZero();
        java.util.Map<Path, byte[]> live = new java.util.TreeMap<>();
        try (var files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                live.put(output.relativize(file), Files.readAllBytes(file));
            }
        }

        BriefingsRun.Result earlier = briefings.run(input, output, "2026-11-28");
        assertThat(earlier.exitCode()).as(earlier.err()).isZero();
        assertThat(earlier.out()).contains("is earlier than the latest completed one (2026-12-05)");
        // the live files byte for byte as they were; the earlier night's files in their own folder
        live.forEach((file, bytes) -> assertThat(output.resolve(file)).as(file.toString()).hasBinaryContent(bytes));
        Path asOf = output.resolve("as-of-2026-11-28");
        assertThat(asOf.resolve("tracker.xlsx")).exists();
        assertThat(asOf.resolve("run-report.json")).exists();
        assertThat(memoText(asOf, "country/US.pdf")).contains("DATE: 28 November 2026");
    }

    @Test
    void statusNamesWhatStoppedAFailedNight() throws Exception {
        Path input = inputWithTheSeed();
        // a folder where the United States memo must go: the memo step cannot replace it
        Files.createDirectories(output.resolve("memos/country/US.pdf/in-the-way"));
        BriefingsRun.Result failed = briefings.run(input, output, "2026-11-01");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);

        BriefingsRun.Result status = briefings.command("status", "--limit", "1");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out().lines().toList().get(1)).contains("FAILED").contains("step memos: FileSystemException:")
                .contains("US.pdf").doesNotContain("Unable to process chunk");
    }
}
