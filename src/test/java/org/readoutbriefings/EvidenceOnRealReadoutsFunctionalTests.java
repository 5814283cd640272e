package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of reaffirmation and fulfilment matching on the real-readouts corpus, against the pairs
 * annotated by hand in {@code corpus/evidence-pairs.tsv} (how they were chosen is in its head): the whole job
 * reads the corpus, as it would a night's input, and its evidence tables are scored. The figures are printed
 * and documented in docs/fulfilment.md; the test fails if they fall below what that page states.
 */
class EvidenceOnRealReadoutsFunctionalTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path folder;

    /** An annotated pair: the earlier readout's file, the item's text as it begins, the later readout's file. */
    record Pair(String kind, String earlier, String item, String later) {
    }

    @Test
    void scoresTheEvidenceTheJobFindsAgainstTheAnnotatedPairs() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).toList()) {
                Files.copy(f, input.resolve(flat(CORPUS.relativize(f).toString())));
            }
        }
        BriefingsRun briefings = new BriefingsRun(folder);
        BriefingsRun.Result run = briefings.run(input, folder.resolve("output"), "2026-12-05");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Pair> gold = Files.readAllLines(CORPUS.resolve("evidence-pairs.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(c -> new Pair(c[0], flat(c[1]), normal(c[2]), flat(c[3]))).toList();
        String[] score = {score(briefings, gold, "reaffirmed", "commitment_evidence", "commitment"),
                score(briefings, gold, "fulfilled", "follow_up_evidence", "follow_up")};
        System.out.println("Real readouts (corpus, " + briefings.count("SELECT COUNT(*) FROM readout") + " readouts):");
        System.out.println("  reaffirmation: " + score[0]);
        System.out.println("  fulfilment:    " + score[1]);
        // what docs/fulfilment.md states
        assertThat(score[0]).startsWith("15 annotated, 5 found, 3 right");
        assertThat(score[1]).startsWith("0 annotated, 0 found");
    }

    /** "N annotated, F found, R right: precision P, recall Q" for one kind of evidence. */
    private static String score(BriefingsRun briefings, List<Pair> gold, String kind, String table, String items) {
        Set<String> truth = new HashSet<>();
        gold.stream().filter(p -> p.kind().equals(kind)).forEach(p -> truth.add(p.earlier() + "\n" + p.item() + "\n" + p.later()));
        List<List<String>> found = briefings.query("SELECT a.source_file, x.text, b.source_file FROM " + table + " v JOIN " + items
                + " x ON x.id = v." + items + "_id JOIN readout a ON a.id = x.readout_id JOIN readout b ON b.id = v.readout_id");
        long right = found.stream().filter(row -> truth.stream().anyMatch(t -> {
            String[] g = t.split("\n");
            return row.get(0).endsWith(g[0]) && normal(row.get(1)).startsWith(g[1]) && row.get(2).endsWith(g[2]);
        })).count();
        return String.format("%d annotated, %d found, %d right: precision %s, recall %s", truth.size(), found.size(), right,
                found.isEmpty() ? "-" : String.format("%.2f", (double) right / found.size()),
                truth.isEmpty() ? "-" : String.format("%.2f", (double) right / truth.size()));
    }

    private static String flat(String corpusPath) {
        return corpusPath.replace('/', '_').replace('\\', '_');
    }

    private static String normal(String text) {
        return text.replace('\u2019', '\'');
    }
}
