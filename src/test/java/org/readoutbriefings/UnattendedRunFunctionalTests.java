package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scheduler needs of a run it starts unattended, through the real command line in a child JVM
 * started the way cron or systemd start it: its own working directory, umask 022.
 */
@Tag("child-jvm")
class UnattendedRunFunctionalTests {

    private static final String RUN_DATE = "2026-11-27";

    @TempDir
    Path folder;

    /** What a child JVM printed (stdout and stderr together), its exit code and how long it took. */
    record Exit(int code, String log, Duration took) {
    }

    /** Runs the application from the test class path, in {@code workingDir}, under umask 022. */
    static Exit launch(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), ReadoutBriefingsApplication.class.getName()));
        command.addAll(List.of(args));
        return underUmask022(workingDir, command);
    }

    /** Runs a command as a scheduler's shell would: umask 022, then exec, with the arguments passed as they are. */
    static Exit underUmask022(Path workingDir, List<String> command) throws IOException, InterruptedException {
        List<String> shell = new ArrayList<>(List.of("sh", "-c", "umask 022; exec \"$0\" \"$@\""));
        shell.addAll(command);
        Path log = Files.createTempFile(workingDir, "child", ".log");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(shell).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child finished").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Exit(child.exitValue(), printed, took);
    }

    // --- the jar runs alone, from any working directory ---

    @Test
    void theJarAloneRunsFromAFolderOfItsOwn() throws Exception {
        Path workingDir = Files.createDirectories(folder.resolve("opt"));
        Path jar = PackagedJar.build(workingDir.resolve("readout-briefings.jar"));
        Path input = copyOfSampleInput();

        Exit run = underUmask022(workingDir, List.of(java(), "-jar", jar.getFileName().toString(), "run",
                "--input", input.toString(), "--output", "out", "--as-of", RUN_DATE));

        assertThat(run.code()).as(run.log()).isZero();
        assertThat(pdfText(workingDir.resolve("out/memos/country/US.pdf"))).contains("Commitments by topic")
                .contains("Page 1 of");
        assertThat(workingDir.resolve("out/memos/digest-" + RUN_DATE + ".pdf")).isNotEmptyFile();
        assertThat(workingDir.resolve("data")).isDirectoryContaining("glob:**/briefings.mv.db");
        // what anyone's program writes under umask 022: colleagues reading the shared folder can open them
        assertThat(modes(workingDir.resolve("out"))).hasSizeGreaterThan(20)
                .allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-r--r--"));
        assertQuietLog(run.log(), input, workingDir.resolve("out"));
    }

    /** One line to start, one short line per step with what it did and its seconds, and no dump of the job's parameters. */
    private static void assertQuietLog(String log, Path input, Path output) {
        List<String> lines = log.lines().toList();
        assertThat(lines).as(log)
                .anyMatch(line -> line.endsWith(" INFO  Night " + RUN_DATE + ": starting (input " + input + ", output " + output + ")"))
                .noneMatch(line -> line.contains("JobParameter") || line.contains("launched with"));
        for (String step : List.of("scan", "ingest", "record-files", "tracker-edits", "link", "fulfilment", "rollup", "memos", "tracker", "index", "mail")) {
            assertThat(lines).as(log).filteredOn(line -> line.matches("\\d\\d:\\d\\d:\\d\\d INFO  " + Pattern.quote(step)
                    + ": .+ \\(\\d+\\.\\d s\\)")).hasSize(1);
        }
        assertThat(lines).as(log).allMatch(line -> line.length() < 200);
    }

    // --- output files follow the umask, or a stricter mode of the settings ---

    @Test
    void aStricterModeInTheSettingsAppliesToEveryFileANightWrites() throws Exception {
        Path input = copyOfSampleInput();
        Path output = folder.resolve("out");
        String database = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db/briefings");
        Exit first = launch(folder, "run", "--input", input.toString(), "--output", output.toString(), "--as-of", RUN_DATE,
                database);
        assertThat(first.code()).as(first.log()).isZero();
        assertThat(modes(output)).allSatisfy((file, mode) -> assertThat(mode).as(file).isEqualTo("rw-r--r--"));
        savedByStaff(output.resolve("tracker.xlsx"));

        Exit next = launch(folder, "run", "--input", input.toString(), "--output", output.toString(), "--as-of", "2026-11-28",
                database, "--briefings.output-file-mode=640");

        assertThat(next.code()).as(next.log()).isZero();
        Map<String, String> modes = modes(output);
        // the night's digest, the new tracker, the backup of the previous one, the run report
        for (String written : List.of("memos/digest-2026-11-28.pdf", "tracker.xlsx", "run-report.json")) {
            assertThat(modes).containsEntry(written, "rw-r-----");
        }
        assertThat(modes).hasEntrySatisfying(backup(output), mode -> assertThat(mode).isEqualTo("rw-r-----"));
        assertThat(modes).containsEntry("memos/digest-" + RUN_DATE + ".pdf", "rw-r--r--");  // not rewritten
    }

    @Test
    void aModeThatWouldLockTheRunOutOfItsFilesIsAOneLineUsageError() {
        BriefingsRun.Result result = new BriefingsRun(folder).run(Path.of("input"), folder.resolve("out"), RUN_DATE,
                "--briefings.output-file-mode=444");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly("error: briefings.output-file-mode: '444' is not a mode such as"
                + " 666, 640 or 600: three octal digits, the first 6 (the run reads and replaces its own files), no execute bits");
    }

    /** The permissions of every file under a folder, by its path relative to it. */
    private static Map<String, String> modes(Path root) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                modes.put(root.relativize(file).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
        return modes;
    }

    /** The tracker opened and saved again, as staff do in Excel: a version worth a backup. */
    static void savedByStaff(Path tracker) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(tracker))) {
            Path saved = tracker.resolveSibling("saved.xlsx");
            try (var out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
            Files.move(saved, tracker, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String backup(Path output) throws IOException {
        try (Stream<Path> backups = Files.list(output.resolve("tracker-backups"))) {
            return output.relativize(backups.findFirst().orElseThrow()).toString();
        }
    }

    @Test
    void aTemplateInTheWorkingDirectoryOverridesOnlyItsOwnFile() throws Exception {
        Path workingDir = Files.createDirectories(folder.resolve("run"));
        Path templates = Files.createDirectories(workingDir.resolve("templates"));
        String css = Files.readString(Path.of("templates/memo.css"));
        assertThat(css).contains("content: \"Page \" counter(page)");
        Files.writeString(templates.resolve("memo.css"), css.replace("content: \"Page \"", "content: \"Folio \""));

        Exit run = launch(workingDir, "run", "--input", copyOfSampleInput().toString(), "--output", "out", "--as-of", RUN_DATE);

        assertThat(run.code()).as(run.log()).isZero();
        assertThat(run.log()).contains("Templates: memo.css from " + templates + ", the others the application's");
        // the style sheet is the folder's; the memo templates that use it are the application's
        assertThat(pdfText(workingDir.resolve("out/memos/country/US.pdf"))).contains("Folio 1 of")
                .doesNotContain("Page 1 of").contains("Commitments by topic");
    }

    private Path copyOfSampleInput() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("sample-input"));
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(Path.of("input").relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    // --- an output or database folder that cannot be written stops the run before anything starts ---

    @Test
    void anOutputUnderARegularFileStopsTheRunAtOnceWithOneLine() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        Path output = file.resolve("out");

        Exit run = launch(folder, "run", "--input", Path.of("input").toAbsolutePath().toString(), "--output",
                output.toString(), "--as-of", RUN_DATE, "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db/briefings"));

        assertThat(run.code()).as(run.log()).isEqualTo(2);
        assertThat(run.log().lines()).containsExactly("error: briefings.output: cannot write to " + output + " ("
                + file + " is a file, not a folder)");
        assertThat(run.took()).isLessThan(quickAnswer());
        // the database was never opened: nothing ran
        assertThat(folder.resolve("db")).doesNotExist();
    }

    /**
     * The bound, 3 s from the command to its answer on a quiet machine; on a machine busy with other
     * builds, four times what a bare start of the command line (--version: the JVM and picocli) takes now.
     * Opening the database and starting the job's beans, as a run did before checking, takes several times more.
     * The slower of two bare starts: one sample on a machine whose load swings is too often a lucky one.
     */
    private Duration quickAnswer() throws IOException, InterruptedException {
        Duration first = launch(folder, "--version").took();
        Duration second = launch(folder, "--version").took();
        Duration bound = (first.compareTo(second) > 0 ? first : second).multipliedBy(4);
        return bound.compareTo(Duration.ofSeconds(3)) > 0 ? bound : Duration.ofSeconds(3);
    }

    @Test
    void aReadOnlyOutputFolderStopsTheRunAtOnce() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeFalse(Files.isWritable(readOnly), "permission bits do not stop this user (root) from writing");
        Path output = readOnly.resolve("out");

        Exit run = launch(folder, "run", "--input", Path.of("input").toAbsolutePath().toString(), "--output",
                output.toString(), "--as-of", RUN_DATE, "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db/briefings"));

        assertThat(run.code()).as(run.log()).isEqualTo(2);
        assertThat(run.log().lines()).containsExactly("error: briefings.output: cannot write to " + output
                + " (permission denied on " + readOnly + ")");
        assertThat(folder.resolve("db")).doesNotExist();
    }

    @Test
    void anH2DatabaseFolderUnderARegularFileStopsEveryCommandAtOnce() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");

        Exit status = launch(folder, "status", "--spring.datasource.url=jdbc:h2:file:" + file.resolve("data/briefings"));

        assertThat(status.code()).as(status.log()).isEqualTo(2);
        assertThat(status.log().lines()).containsExactly("error: spring.datasource.url: cannot write the H2 database to "
                + file.resolve("data") + " (" + file + " is a file, not a folder)");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAOneLineUsageErrorWithoutItsPassword() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/briefings?password=secret-in-url";

        Exit run = launch(folder, "run", "--input", Path.of("input").toAbsolutePath().toString(), "--output",
                folder.resolve("out").toString(), "--as-of", RUN_DATE, "--spring.datasource.url=" + url);

        assertThat(run.code()).as(run.log()).isEqualTo(2);
        assertThat(run.log().lines()).containsExactly("error: spring.datasource.url: cannot use the database at jdbc:postgresql://127.0.0.1:"
                + closedPort + "/briefings?password=*** (Connection refused); check that it is running and its URL, user and password");
        assertThat(folder.resolve("out").resolve("tracker.xlsx")).doesNotExist();

        Exit status = launch(folder, "status", "--spring.datasource.url=" + url);
        assertThat(status.code()).as(status.log()).isEqualTo(2);
        assertThat(status.log().lines()).containsExactlyElementsOf(run.log().lines().toList());
    }

    @Test
    void statusOnADatabaseNoNightHasUsedSaysSoAndCreatesNoTables() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("fresh/briefings");

        Exit status = launch(folder, "status", "--spring.datasource.url=" + url);

        assertThat(status.code()).as(status.log()).isZero();
        assertThat(status.log().lines()).containsExactly("No runs yet.");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "BATCH_JOB_EXECUTION", null)) {
            assertThat(tables.next()).as("status made the job tables").isFalse();
        }
    }

    // --- an unchanged night leaves the tracker and its backups alone; an edit staff saved is written back ---

    @Test
    void anUnchangedNightLeavesTheTrackerAndItsBackupsAsTheyWereAndAStaffEditIsWrittenBack() throws Exception {
        Path input = copyOfSampleInput();
        Path output = folder.resolve("out");
        Path tracker = output.resolve("tracker.xlsx");
        String database = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db/briefings");
        Exit first = launch(folder, "run", "--input", input.toString(), "--output", output.toString(), "--as-of", RUN_DATE,
                database);
        assertThat(first.code()).as(first.log()).isZero();

        // staff type an owner in Excel (here POI) and save: the next night takes it, writes it back, backs up their file
        String id = typeOwner(tracker, "A. N. Officer");
        String saved = sha256(tracker);
        Exit edited = launch(folder, "run", "--input", input.toString(), "--output", output.toString(), "--as-of",
                "2026-11-28", database);
        assertThat(edited.code()).as(edited.log()).isZero();
        assertThat(sha256(tracker)).as("the tracker written again").isNotEqualTo(saved);
        assertThat(owner(tracker, id)).isEqualTo("A. N. Officer");
        assertThat(backups(output)).singleElement().satisfies(b -> assertThat(sha256(b)).isEqualTo(saved));

        // a night later: the same input, no edits since
        String before = sha256(tracker);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(tracker);
        Map<String, String> backupsBefore = listing(output.resolve("tracker-backups"));
        Exit unchanged = launch(folder, "run", "--input", input.toString(), "--output", output.toString(), "--as-of",
                "2026-11-29", database);

        assertThat(unchanged.code()).as(unchanged.log()).isZero();
        assertThat(sha256(tracker)).as("the tracker's bytes").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(tracker)).as("the tracker's time").isEqualTo(time);
        assertThat(listing(output.resolve("tracker-backups"))).isEqualTo(backupsBefore);
        assertThat(unchanged.log().lines()).as(unchanged.log())
                .anyMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d INFO  tracker: " + Pattern.quote(tracker.toString())
                        + " left as it was: .+ \\(\\d+\\.\\d s\\)"))
                .anyMatch(line -> line.contains("tracker.xlsx left as it was (nothing it shows changed)"));
        // the memos are the night's, as every night
        assertThat(output.resolve("memos/digest-2026-11-29.pdf")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("run-report.json"))).contains("\"trackerLeft\" : \"tracker.xlsx\"");
    }

    /** Types an owner on the first commitment, as staff do, and saves the workbook; returns that row's ID. */
    private static String typeOwner(Path tracker, String owner) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(tracker))) {
            org.apache.poi.xssf.usermodel.XSSFSheet commitments = workbook.getSheet("Commitments");
            org.apache.poi.xssf.usermodel.XSSFRow row = commitments.getRow(1);
            row.getCell(column(commitments, "Owner")).setCellValue(owner);
            String id = row.getCell(column(commitments, "ID")).getStringCellValue();
            Path saved = tracker.resolveSibling("saved.xlsx");
            try (var out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
            Files.move(saved, tracker, StandardCopyOption.REPLACE_EXISTING);
            return id;
        }
    }

    /** The owner the tracker shows on the commitment with this ID. */
    private static String owner(Path tracker, String id) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(tracker))) {
            org.apache.poi.xssf.usermodel.XSSFSheet commitments = workbook.getSheet("Commitments");
            int idColumn = column(commitments, "ID");
            for (int r = 1; r <= commitments.getLastRowNum(); r++) {
                if (id.equals(commitments.getRow(r).getCell(idColumn).getStringCellValue())) {
                    return commitments.getRow(r).getCell(column(commitments, "Owner")).getStringCellValue();
                }
            }
            throw new AssertionError("no row " + id);
        }
    }

    private static int column(org.apache.poi.xssf.usermodel.XSSFSheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static List<Path> backups(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output.resolve("tracker-backups"))) {
            return files.toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each file of a folder with its size and time. */
    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                listing.put(file.getFileName().toString(), Files.size(file) + " " + Files.getLastModifiedTime(file));
            }
        }
        return listing;
    }

    // --- help ---

    @Test
    void helpExitsZeroAndListsTheCommands() throws Exception {
        Exit help = launch(folder, "--help");

        assertThat(help.code()).as(help.log()).isZero();
        assertThat(help.log()).contains("Usage: readout-briefings");
        for (String command : List.of("run", "schedule", "worker", "broker", "status", "extract", "templates")) {
            assertThat(help.log().lines()).as(help.log()).anyMatch(line -> line.strip().startsWith(command + " "));
        }
    }
}
