package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.bench.BenchCommand;
import org.readoutbriefings.cli.BriefingsCommandLine;
import org.readoutbriefings.reference.TopicTaxonomy;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's data: the same seed writes the same files, and the nightly job accepts every readout. */
class SyntheticReadoutsFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameFilesAndTheJobAcceptsThemAll() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertThat(new CommandLine(new BenchCommand()).execute("generate", "--readouts", "600", "--seed", "7",
                "--prose-share", "0.25", "--output", first.toString())).isZero();
        assertThat(new CommandLine(new BenchCommand()).execute("generate", "--readouts", "600", "--seed", "7",
                "--prose-share", "0.25", "--output", second.toString())).isZero();
        // the benchmark is no command of the product
        assertThat(BriefingsCommandLine.execute("bench", "generate", "--readouts", "1", "--output", folder.resolve("no").toString()))
                .isEqualTo(2);
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        // every kind of file the benchmark claims to write is there
        assertThat(a.keySet().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("jsonl", "json", "md", "txt", "html");

        BriefingsRun briefings = new BriefingsRun(folder);
        Path output = folder.resolve("output");
        assertThat(briefings.run(first, output, "2026-11-27").exitCode()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("readouts").path("accepted").asLong()).isEqualTo(600);
        assertThat(report.path("rejected").size()).isZero();

        // about forty partners, every topic, three commitments a readout, names in several scripts
        long partners = Long.parseLong(briefings.query(
                "SELECT COUNT(DISTINCT country) FROM readout_country WHERE country <> 'JP'").get(0).get(0));
        assertThat(partners).isBetween(30L, 40L);
        assertThat(briefings.query("SELECT DISTINCT topic FROM readout_topic").stream().map(r -> r.get(0)).toList())
                .containsExactlyInAnyOrderElementsOf(TopicTaxonomy.builtIn().ids());
        long commitments = Long.parseLong(briefings.query("SELECT COUNT(*) FROM commitment").get(0).get(0));
        assertThat(commitments).isBetween(1_500L, 2_100L);
        // prose readouts went through the extractor and gave their commitments too
        assertThat(briefings.query("SELECT COUNT(*) FROM readout r WHERE r.provenance = 'extracted'"
                + " AND EXISTS (SELECT 1 FROM commitment k WHERE k.readout_id = r.id)").get(0).get(0))
                .isEqualTo(briefings.query("SELECT COUNT(*) FROM readout WHERE provenance = 'extracted'").get(0).get(0));
        // some meetings are reported by both sides, and linked as one engagement
        assertThat(Long.parseLong(briefings.query("SELECT COUNT(*) FROM readout WHERE engagement_id <> id").get(0).get(0)))
                .isGreaterThan(5);
        String names = briefings.query("SELECT name FROM readout_participant").stream().map(r -> r.get(0))
                .collect(Collectors.joining(" "));
        assertThat(names).containsPattern("\\p{IsHangul}").containsPattern("\\p{IsHan}")
                .containsPattern("\\p{IsCyrillic}").containsPattern("\\p{IsGreek}").contains("ł");
    }

    private static Map<String, byte[]> contents(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
