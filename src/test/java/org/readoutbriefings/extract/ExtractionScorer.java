package org.readoutbriefings.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.readoutbriefings.cli.ExtractCommand;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores what {@code extract} prints against annotations made by the rules of docs/annotation-guide.md: a
 * {@code NAME.gold.json} beside each readout file (or, in the older sets, a {@code NAME.json} whose
 * {@code file} names it). It scores the command's JSON, so the figures are those of what users see, and
 * it can score another build's jar the same way (the figures before a change).
 * <p>
 * A predicted commitment or follow-up matches at most one annotated one, and the other way round: pairs are
 * taken best first while their word sets overlap by at least {@value #OVERLAP} of the smaller set. So one
 * long prediction spanning a list cannot stand for each item of it.
 * <p>
 * Run it on any folder of annotated readouts:
 * {@code mvn -B -q test-compile exec:java -Pscore -Dscore.args="DIR... [--jar JAR] [--misses FILE]"}.
 */
public final class ExtractionScorer {

    static final double OVERLAP = 0.6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractionScorer() {
    }

    /** One annotated readout: its file and its annotation. */
    public record Annotated(Path file, JsonNode gold) {

        String publisherKind() {
            String kind = gold.path("publisherKind").asString("");
            return kind.isEmpty() ? "unlabelled" : kind;
        }
    }

    /** Counts of true positives, predictions and annotated items. */
    public static final class Score {
        int matchedPredicted;
        int predicted;
        int gold;
        int matchedGold;

        public double precision() {
            return predicted == 0 ? 1 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Score other) {
            matchedPredicted += other.matchedPredicted;
            predicted += other.predicted;
            gold += other.gold;
            matchedGold += other.matchedGold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d predicted, %d annotated)",
                    precision(), recall(), f1(), predicted, gold);
        }
    }

    /** A ratio of right answers. */
    public static final class Ratio {
        int right;
        int of;

        void count(boolean isRight) {
            of++;
            if (isRight) {
                right++;
            }
        }

        public double value() {
            return of == 0 ? 1 : (double) right / of;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f (%d of %d)", value(), right, of);
        }
    }

    /** Every measure over a set of annotated readouts. */
    public static final class Scores {
        public final Score commitments = new Score();
        public final Score followUps = new Score();
        public final Score countries = new Score();
        public final Score participants = new Score();
        public final Score topics = new Score();
        /** Readouts whose annotation has a meeting date: how many got that date. */
        public final Ratio meetingDate = new Ratio();
        /** Readouts annotated as undated: how many the extractor left undated rather than guessing. */
        public final Ratio undatedLeftOpen = new Ratio();
        public final Ratio dateSource = new Ratio();
        public final Ratio format = new Ratio();
        public final Ratio strength = new Ratio();
        public final Ratio due = new Ratio();
        public final Ratio nativeNames = new Ratio();
        int readouts;
        int unread;

        void add(Scores o) {
            commitments.add(o.commitments);
            followUps.add(o.followUps);
            countries.add(o.countries);
            participants.add(o.participants);
            topics.add(o.topics);
            for (Ratio[] pair : new Ratio[][]{{meetingDate, o.meetingDate}, {undatedLeftOpen, o.undatedLeftOpen},
                    {dateSource, o.dateSource}, {format, o.format}, {strength, o.strength}, {due, o.due},
                    {nativeNames, o.nativeNames}}) {
                pair[0].right += pair[1].right;
                pair[0].of += pair[1].of;
            }
            readouts += o.readouts;
            unread += o.unread;
        }

        public String summary() {
            return String.format(Locale.ROOT, """
                            readouts               %d (%d gave no readout)
                            commitments            %s
                            follow-ups             %s
                            countries              %s
                            meeting date           %s of those that carry one
                            undated left undated   %s
                            date source            %s
                            participants           %s
                            native-script names    %s
                            format                 %s
                            topics                 %s
                            strength (matched)     %s
                            due wording (matched)  %s
                            """, readouts, unread, commitments, followUps, countries, meetingDate, undatedLeftOpen,
                    dateSource, participants, nativeNames, format, topics, strength, due);
        }
    }

    /** The scores of a whole set and of each kind of publisher in it. */
    public record Report(Scores all, Map<String, Scores> byPublisherKind, String misses) {

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append("| publisher kind | readouts | commitments P / R | follow-ups P / R | countries F1 | meeting date |\n");
            out.append("|---|---:|---|---|---:|---:|\n");
            Map<String, Scores> rows = new LinkedHashMap<>(byPublisherKind);
            rows.put("**all**", all);
            rows.forEach((kind, s) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f | %.2f |%n",
                    kind, s.readouts, s.commitments.precision(), s.commitments.recall(), s.followUps.precision(),
                    s.followUps.recall(), s.countries.f1(), s.meetingDate.value())));
            return out.toString();
        }
    }

    /** Every annotated readout under these folders, sorted by path. */
    public static List<Annotated> annotated(List<Path> folders) throws IOException {
        List<Annotated> found = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path annotation : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode gold = JSON.readTree(annotation.toFile());
                    String file = gold.path("file").asString("");
                    if (!file.isEmpty() && Files.isRegularFile(annotation.resolveSibling(file))) {
                        found.add(new Annotated(annotation.resolveSibling(file), gold));
                    }
                }
            }
        }
        return found;
    }

    /** What {@code extract} prints for these files, run in this JVM, keyed by the file's path. */
    public static Map<String, JsonNode> extractHere(List<Path> files) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ExtractCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));
        command.execute(files.stream().map(Path::toString).toArray(String[]::new));
        return byFile(out.toString());
    }

    /** What another build's {@code extract} prints for these files. */
    public static Map<String, JsonNode> extractWithJar(Path jar, List<Path> files) throws IOException, InterruptedException {
        Map<String, JsonNode> results = new HashMap<>();
        for (int from = 0; from < files.size(); from += 50) {
            List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "extract"));
            files.subList(from, Math.min(files.size(), from + 50)).forEach(f -> command.add(f.toString()));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            process.waitFor();
            String text = out.toString(StandardCharsets.UTF_8);
            results.putAll(byFile(text.substring(text.indexOf('['))));
        }
        return results;
    }

    private static Map<String, JsonNode> byFile(String json) {
        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode node : JSON.readTree(json)) {
            results.putIfAbsent(node.path("file").asString(), node);
        }
        return results;
    }

    /** Scores the extracted readouts against their annotations. */
    public static Report score(List<Annotated> set, Map<String, JsonNode> extracted) {
        Scores all = new Scores();
        Map<String, Scores> byKind = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (Annotated a : set) {
            Scores one = new Scores();
            JsonNode got = extracted.get(a.file().toString());
            misses.append("\n== ").append(a.file()).append('\n');
            scoreOne(one, a.gold(), got, misses);
            all.add(one);
            byKind.computeIfAbsent(a.publisherKind(), k -> new Scores()).add(one);
        }
        return new Report(all, byKind, misses.toString());
    }

    private static void scoreOne(Scores x, JsonNode gold, JsonNode got, StringBuilder misses) {
        x.readouts++;
        boolean read = got != null && !got.has("error");
        if (!read) {
            x.unread++;
            misses.append("  NO READOUT: ").append(got == null ? "not extracted" : got.path("error").asString()).append('\n');
            got = JSON.createObjectNode();
        }
        String goldDate = gold.path("meetingDate").asString("");
        String gotDate = got.path("meetingDate").asString("");
        if (goldDate.isEmpty()) {
            x.undatedLeftOpen.count(read && gotDate.isEmpty());
        } else {
            x.meetingDate.count(goldDate.equals(gotDate));
        }
        if (!goldDate.equals(gotDate)) {
            misses.append("  DATE: got ").append(gotDate).append(", want ").append(goldDate).append('\n');
        }
        String goldSource = gold.path("dateSource").asString("");
        if (!goldSource.isEmpty()) {
            String gotSource = got.path("dateSource").asString("none");
            x.dateSource.count(goldSource.equals(gotSource));
            if (!goldSource.equals(gotSource)) {
                misses.append("  DATE SOURCE: got ").append(gotSource).append(", want ").append(goldSource).append('\n');
            }
        }
        if (gold.has("format")) {
            boolean same = gold.path("format").asString().equals(got.path("format").asString());
            x.format.count(same);
            if (!same) {
                misses.append("  FORMAT: got ").append(got.path("format").asString("")).append(", want ")
                        .append(gold.path("format").asString()).append('\n');
            }
        }
        compareSets("COUNTRIES", x.countries, strings(got.path("countries")), strings(gold.path("countries")), misses);
        compareSets("TOPICS", x.topics, strings(got.path("topics")), strings(gold.path("topics")), misses);
        compareItems("PARTICIPANT", x.participants, names(got.path("participants")), names(gold.path("participants")),
                0.5, misses);
        for (JsonNode p : gold.path("participants")) {
            String nativeName = p.path("nativeName").asString("");
            if (!nativeName.isEmpty()) {
                boolean found = false;
                for (JsonNode q : got.path("participants")) {
                    found |= nativeName.equals(q.path("nativeName").asString("")) || q.path("name").asString("").contains(nativeName);
                }
                x.nativeNames.count(found);
            }
        }
        List<int[]> commitmentPairs = compareItems("COMMITMENT", x.commitments, texts(got.path("commitments")),
                texts(gold.path("commitments")), OVERLAP, misses);
        for (int[] pair : commitmentPairs) {
            x.strength.count(gold.path("commitments").get(pair[1]).path("strength").asString("")
                    .equals(got.path("commitments").get(pair[0]).path("strength").asString("")));
        }
        List<int[]> followUpPairs = compareItems("FOLLOW-UP", x.followUps, texts(got.path("followUps")),
                texts(gold.path("followUps")), OVERLAP, misses);
        for (int[] pair : followUpPairs) {
            String want = gold.path("followUps").get(pair[1]).path("due").asString("");
            String have = got.path("followUps").get(pair[0]).path("due").asString("");
            boolean right = want.isEmpty() || want.equals("unspecified") ? have.isEmpty() || have.equals("unspecified")
                    : !have.isEmpty() && (overlap(want, have) >= OVERLAP || have.matches("\\d{4}-\\d{2}-\\d{2}") && want.contains(have));
            x.due.count(right);
            if (!right) {
                misses.append("  DUE: got '").append(have).append("', want '").append(want).append("'\n");
            }
        }
    }

    private static void compareSets(String what, Score score, Set<String> predicted, Set<String> gold, StringBuilder misses) {
        Set<String> common = new HashSet<>(predicted);
        common.retainAll(gold);
        score.matchedPredicted += common.size();
        score.matchedGold += common.size();
        score.predicted += predicted.size();
        score.gold += gold.size();
        if (!predicted.equals(gold)) {
            misses.append("  ").append(what).append(": got ").append(predicted).append(", want ").append(gold).append('\n');
        }
    }

    /**
     * Pairs predictions with annotated items one to one, best overlap first, and counts them.
     *
     * @return the pairs, as {prediction index, annotation index}
     */
    static List<int[]> compareItems(String what, Score score, List<String> predicted, List<String> gold, double threshold,
                                    StringBuilder misses) {
        record Candidate(int p, int g, double overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                double o = overlap(predicted.get(p), gold.get(g));
                if (o >= threshold) {
                    candidates.add(new Candidate(p, g, o));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
        boolean[] pTaken = new boolean[predicted.size()];
        boolean[] gTaken = new boolean[gold.size()];
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!pTaken[c.p()] && !gTaken[c.g()]) {
                pTaken[c.p()] = true;
                gTaken[c.g()] = true;
                pairs.add(new int[]{c.p(), c.g()});
            }
        }
        score.predicted += predicted.size();
        score.gold += gold.size();
        score.matchedPredicted += pairs.size();
        score.matchedGold += pairs.size();
        for (int p = 0; p < predicted.size(); p++) {
            if (!pTaken[p]) {
                misses.append("  EXTRA ").append(what).append(": ").append(predicted.get(p)).append('\n');
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!gTaken[g]) {
                misses.append("  MISSED ").append(what).append(": ").append(gold.get(g)).append('\n');
            }
        }
        return pairs;
    }

    /** Shared words over the words of the shorter text. */
    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.isString() ? n.asString() : n.path("text").asString("")));
        return texts;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("name").asString("") + " " + n.path("country").asString("")));
        return names;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> strings = new TreeSet<>();
        list.forEach(n -> strings.add(n.asString()));
        return strings;
    }

    /**
     * A second annotator's annotations of the same files, in another folder (same names), in place of what
     * {@code extract} prints: scoring them against the first measures how far two annotators agree, the
     * ceiling of any extractor scored against one of them.
     */
    public static Map<String, JsonNode> secondAnnotation(Path folder, List<Path> files) throws IOException {
        Map<String, JsonNode> results = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path second = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
            if (Files.exists(second)) {
                results.put(file.toString(), JSON.readTree(Files.readString(second)));
            }
        }
        return results;
    }

    /**
     * {@code DIR... [--jar JAR | --against DIR] [--misses FILE]}: prints the scores of each folder and of all
     * together.
     */
    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        Path jar = null;
        Path missesFile = null;
        Path against = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--misses" -> missesFile = Path.of(args[++i]);
                case "--against" -> against = Path.of(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        StringBuilder misses = new StringBuilder();
        Scores total = new Scores();
        Map<String, Scores> totalByKind = new TreeMap<>();
        for (Path folder : folders) {
            List<Annotated> set = annotated(List.of(folder));
            List<Path> files = set.stream().map(Annotated::file).toList();
            Map<String, JsonNode> extracted = against != null ? secondAnnotation(against, files)
                    : jar == null ? extractHere(files) : extractWithJar(jar, files);
            Report report = score(set, extracted);
            System.out.printf("## %s%n%n%s%n%s%n", folder, report.all().summary(), report.table());
            misses.append(report.misses());
            total.add(report.all());
            report.byPublisherKind().forEach((kind, scores) -> totalByKind.computeIfAbsent(kind, k -> new Scores()).add(scores));
        }
        if (folders.size() > 1) {
            System.out.printf("## all%n%n%s%n%s%n", total.summary(), new Report(total, totalByKind, "").table());
        }
        if (missesFile != null) {
            Files.writeString(missesFile, misses);
        }
    }
}
