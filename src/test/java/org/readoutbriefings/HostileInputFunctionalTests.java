package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}, plus the large, deep and PDF files generated
 * here) in one folder with good readouts, run by the real job in a child JVM with a 256 MB heap: the run
 * finishes, names every bad file with a reason, stores every good readout, keeps what was stored before,
 * writes only to its output and data folders, and connects to nothing.
 */
@Tag("child-jvm")
class HostileInputFunctionalTests {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    /** Corpus files with nothing wrong in them (line ends, byte-order marks, names, hostile but inert text). */
    private static final Set<String> GOOD = Set.of("bom.json", "bom.jsonl", "crlf.jsonl", "crlf-bom.md", "cr-only.md",
            "utf16-bom.txt", "ünïcödé 読み出し.json", "excel-injection.jsonl", "external-references.html");
    private static final int MB = 1024 * 1024;

    @TempDir
    Path folder;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("ok".getBytes(StandardCharsets.US_ASCII));
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void theCorpusIsRejectedFileByFileAndNothingElseIsHarmed() throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder.resolve("data"));
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        for (String sample : List.of("2021-12-22-japan-us-hayashi-tai.md", "2024-07-28-japan-us-2plus2-security-consultative-committee.json",
                "2024-quad-and-philippines-readouts.jsonl")) {
            Files.copy(Path.of("input", sample), input.resolve(sample));
        }
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        String earlierRows = "SELECT id, meeting_date, title, content_hash FROM readout ORDER BY id";
        List<List<String>> earlier = briefings.query(earlierRows);
        List<List<String>> earlierCommitments = briefings.query("SELECT id, text FROM commitment ORDER BY id");

        for (String sample : List.of("2023-11-07-us-japan-blinken-kamikawa-state.md", "2026-09-01-uk-japan-cooper-motegi-call-fcdo.json",
                "2026-readouts-feed.jsonl")) {
            Files.copy(Path.of("input", sample), input.resolve(sample));
        }
        Path hostile = Files.createDirectories(input.resolve("hostile"));
        copyCorpus(hostile, "http://127.0.0.1:" + server.getAddress().getPort());
        Set<String> generated = generate(hostile);
        Files.write(output.resolve("tracker.xlsx"), "PK\u0003\u0004 a truncated workbook".getBytes(StandardCharsets.ISO_8859_1));
        Path childLog = Files.createFile(folder.resolve("child.log"));
        Set<String> before = files(folder);

        Process child = runInChildJvm(briefings, input, output);
        boolean finished = child.waitFor(4, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(finished).as("the run finishes: " + tail(Files.readString(childLog))).isTrue();
        String log = Files.readString(childLog);
        assertThat(child.exitValue()).as(tail(log)).isEqualTo(3);
        assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");

        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        Map<String, List<String>> reasons = new HashMap<>();
        report.path("rejected").forEach(r -> reasons.computeIfAbsent(r.path("file").asString(), f -> new ArrayList<>())
                .add(r.path("field").asString("") + ": " + r.path("reason").asString()));
        Set<String> bad = new TreeSet<>(generated);
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.map(p -> p.getFileName().toString()).filter(n -> isInput(n) && !GOOD.contains(n)).forEach(bad::add);
        }
        assertThat(bad.stream().filter(f -> !reasons.containsKey("hostile/" + f))).as("bad files without a reject").isEmpty();
        // reasons written for a person: no exception class names, no stack traces
        assertThat(reasons.values().stream().flatMap(List::stream)
                .filter(r -> r.contains("Exception") || r.contains("java.") || r.contains("\tat ") || r.contains("StreamRead")
                        || r.length() > 2000))
                .as("reasons for programmers").isEmpty();
        assertThat(reasons.keySet()).as("only bad files are reported").allSatisfy(f -> assertThat(f).startsWith("hostile/")
                .satisfies(n -> assertThat(GOOD).doesNotContain(n.substring("hostile/".length()))));
        assertThat(reasons.get("hostile/feed-10000.jsonl")).hasSize(10_000 / 7);
        assertThat(reasons.get("hostile/country-georgia.json")).singleElement().asString().contains("ambiguous");
        assertThat(reasons.get("hostile/country-congo.json")).singleElement().asString().contains("ambiguous");
        assertThat(reasons.get("hostile/date-feb-30.json")).singleElement().asString().contains("'2021-02-30' is not a valid date");
        assertThat(reasons.get("hostile/id-dot-dot.json")).singleElement().asString().startsWith("id: ");
        assertThat(reasons.get("hostile/source-file-url.json")).singleElement().asString().contains("not an http or https address");

        // every good readout was stored, the earlier ones unchanged
        assertThat(briefings.query(earlierRows)).containsAll(earlier);
        assertThat(briefings.query("SELECT id, text FROM commitment ORDER BY id")).containsAll(earlierCommitments);
        List<String> ids = briefings.query("SELECT id FROM readout").stream().map(r -> r.get(0)).toList();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE meeting_date = DATE '2023-11-07'")).isEqualTo(1);
        assertThat(ids).contains("fr-jp-2026-03-19-barrot-motegi", "fcdo-uk-japan-call-2026-09-01", "hostile-crlf-bom",
                "hostile-cr-only", "hostile-crlf-jsonl", "hostile-bom-json", "hostile-bom-jsonl", "hostile-unicode-name",
                "hostile-injection-0", "hostile-injection-5");
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE id LIKE 'hostile-feed-%'")).isEqualTo(10_000 - 10_000 / 7);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE title LIKE '%Kenya%'")).isEqualTo(1);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout WHERE title LIKE '%Chile%' OR body LIKE '%Chile%'")).isEqualTo(1);

        assertThat(requests).as("requests to the local server").hasValue(0);
        // the only formulas are the tracker's own links: a checked http(s) address or a memo path, and a fixed
        // label; no text from a readout ever becomes a formula
        assertThat(trackerFormulas(output)).as("formula cells in the tracker").allSatisfy(f -> assertThat(f)
                .matches("\\S+ HYPERLINK\\(\"(https?://[^\"]+|memos/country/[A-Z]{2}\\.pdf)\",\"(Readout|Evidence|Memo [A-Z]{2})\"\\)"));
        Set<String> written = new TreeSet<>(files(folder));
        written.removeAll(before);
        assertThat(written).as("files written by the run").allSatisfy(f -> assertThat(f).matches("(output|data)/.*"));
        assertThat(files(folder.resolve("tmp"))).as("temporary files left behind").isEmpty();
        assertThat(Path.of("/tmp/escaped")).doesNotExist();
    }

    @Test
    void aZipBombInPlaceOfTheTrackerIsReplacedAndTheRunCompletes() throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder.resolve("data"));
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path output = Files.createDirectories(folder.resolve("output"));
        zipBomb(output.resolve("tracker.xlsx"));

        BriefingsRun.Result result = briefings.run(input, output, "2026-11-27");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // the tracker step reads the workbook in place for staff edits: the bomb is refused, kept aside, and a
        // new tracker written
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isPositive();
        }
        assertThat(output.resolve("tracker-backups")).isDirectoryContaining("glob:**/tracker-unreadable-*.xlsx");
        // its zeros are refused at the first bytes of the content types part, before they inflate
        assertThat(Files.readString(output.resolve("run-report.json")))
                .contains("cannot be read (not an xlsx workbook: Can't read content types part !: Content is not allowed in prolog.");
    }

    private static void copyCorpus(Path target, String serverUrl) throws IOException {
        byte[] placeholder = "SERVER_URL".getBytes(StandardCharsets.US_ASCII);
        byte[] url = serverUrl.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            for (Path file : corpus.filter(p -> isInput(p.getFileName().toString())).toList()) {
                // byte by byte: the invalid UTF-8 files must stay exactly as invalid
                Files.write(target.resolve(file.getFileName().toString()), replace(Files.readAllBytes(file), placeholder, url));
            }
        }
    }

    /** Corpus files, not the folder's README and .gitattributes. */
    private static boolean isInput(String name) {
        return !name.equals("README.md") && !name.startsWith(".");
    }

    private static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
        var out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (i + from.length <= bytes.length && Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                out.writeBytes(to);
                i += from.length - 1;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    /** The files too large, too deep or too binary to commit; all of them bad. */
    private static Set<String> generate(Path dir) throws IOException {
        String fifty = "Tokyo, 1 May 2024. Japan and France agreed to cooperate. ".repeat(50 * MB / 57 + 1);
        Files.writeString(dir.resolve("fifty-megabytes.txt"), fifty);
        Files.writeString(dir.resolve("fifty-megabytes-one-line.jsonl"), "{\"title\": \"" + fifty + "\"}");
        Files.writeString(dir.resolve("fifty-megabytes-body.json"), "{\"title\": \"Big\", \"meetingDate\": \"2024-05-01\","
                + " \"countries\": [\"JP\", \"FR\"], \"body\": \"" + fifty + "\"}");
        Files.writeString(dir.resolve("long-line.txt"), "Tokyo, 1 May 2024. "
                + "Japan and France agreed that the committee would meet and agree to discuss cooperation ".repeat(20_000));
        Files.writeString(dir.resolve("nested-arrays.json"), "[".repeat(100_000));
        Files.writeString(dir.resolve("nested-objects.jsonl"), "{\"a\":".repeat(100_000) + "\n");
        Files.writeString(dir.resolve("nested-flow.md"), "---\ntitle: " + "[".repeat(100_000) + "\n---\n");
        Files.writeString(dir.resolve("nested-block.md"), "---\n" + nestedBlockYaml(5_000) + "---\n");
        try (BufferedWriter feed = Files.newBufferedWriter(dir.resolve("feed-10000.jsonl"))) {
            for (int i = 1; i <= 10_000; i++) {
                feed.write(i % 7 == 0 ? "{\"id\": \"hostile-feed-" + i + "\", \"title\": \"cut off"
                        : "{\"id\": \"hostile-feed-" + i + "\", \"title\": \"Japan-France working call " + i
                        + "\", \"meetingDate\": \"2024-0" + (i % 9 + 1) + "-1" + (i % 9) + "\", \"countries\": [\"JP\", \"FR\"]}");
                feed.write('\n');
            }
        }
        textPdf(dir.resolve("encrypted.pdf"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("encrypted.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(dir.resolve("encrypted.pdf").toFile());
        }
        try (PDDocument pdf = new PDDocument()) {
            pdf.save(dir.resolve("zero-pages.pdf").toFile());
        }
        textPdf(dir.resolve("truncated.pdf"));
        byte[] whole = Files.readAllBytes(dir.resolve("truncated.pdf"));
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).forEach(names::add);
            try (Stream<Path> corpus = Files.list(CORPUS)) {
                corpus.map(p -> p.getFileName().toString()).forEach(names::remove);
            }
            return names;
        }
    }

    private static String nestedBlockYaml(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.toString();
    }

    private static void textPdf(Path file) throws IOException {
        TextPdfs.write(file, "Tokyo, 12 January 2024. The foreign ministers of Japan and Australia agreed to meet again.");
    }

    /** A small file that inflates to gigabytes, named like a workbook. */
    private static void zipBomb(Path file) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String entry : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                byte[] zeros = new byte[MB];
                for (int i = 0; i < 200; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
    }

    private Process runInChildJvm(BriefingsRun db, Path input, Path output) throws IOException {
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss512k", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                ReadoutBriefingsApplication.class.getName(), "run", "--input", input.toString(), "--output", output.toString(),
                "--as-of", "2026-11-28", "--briefings.templates=" + Path.of("templates").toAbsolutePath()));
        command.addAll(db.databaseArguments());
        // run from inside the folder, so a relative path the job might resolve lands where the test looks
        return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile()).start();
    }

    private static Set<String> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(names::add);
            return names;
        }
    }

    private static List<String> trackerFormulas(Path output) throws IOException {
        List<String> formulas = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("tracker.xlsx")))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
                        }
                    }
                }
            }
        }
        return formulas;
    }

    private static String tail(String log) {
        String shown = log.lines().filter(l -> !l.contains("rejected hostile/")).collect(Collectors.joining("\n"));
        return shown.length() > 20_000 ? shown.substring(shown.length() - 20_000) : shown;
    }
}
