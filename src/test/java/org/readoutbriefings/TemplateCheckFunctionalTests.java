package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken memo template stops the run before any step, naming the template, the line and the reason; so does
 * a templates folder that is not there. {@code templates export} gives staff the application's to start from.
 */
class TemplateCheckFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void aTagLeftOpenStopsTheRunAtStart() throws IOException {
        Path templates = copyOfTemplates();
        int line = breakLine(templates.resolve("country-memo.html"), "<h1 th:text=\"${memo.title}\">Country briefing</h1>",
                "<h1 th:text=\"${memo.title}\">Country briefing");

        BriefingsRun.Result result = runWith(templates);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: template country-memo.html line ");
        assertThat(lineIn(result.err())).isGreaterThanOrEqualTo(line);
        assertNothingRan();
    }

    @Test
    void aMisspeltExpressionStopsTheRunAtStartWithItsLine() throws IOException {
        Path templates = copyOfTemplates();
        int line = breakLine(templates.resolve("memo-parts.html"), "${memo.to}", "${memo.too}");

        BriefingsRun.Result result = runWith(templates);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: template memo-parts.html line " + line + ": ").contains("too");
        assertNothingRan();
    }

    @Test
    void aTemplatesFolderThatIsNotThereIsAOneLineUsageError() {
        BriefingsRun.Result result = new BriefingsRun(folder).run(Path.of("input"), folder.resolve("output"), "2026-11-27",
                "--templates", folder.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("error: briefings.templates: the folder '" + folder.resolve("nowhere") + "' does not exist;")
                .contains("templates export DIR");
        assertNothingRan();
    }

    @Test
    void exportWritesTheApplicationsTemplatesAndOverwritesOnlyWhenForced() throws IOException {
        Path mine = folder.resolve("my-templates");
        BriefingsRun briefings = new BriefingsRun(folder);

        BriefingsRun.Result exported = briefings.command("templates", "export", mine.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            List<Path> templates = files.toList();
            assertThat(exported.out()).startsWith("Wrote " + templates.size() + " templates to " + mine);
            for (Path file : templates) {
                assertThat(mine.resolve(file.getFileName())).hasSameBinaryContentAs(file);
            }
        }

        Files.writeString(mine.resolve("memo.css"), "/* mine */");
        BriefingsRun.Result again = briefings.command("templates", "export", mine.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; nothing was written").contains("--force");
        assertThat(mine.resolve("memo.css")).hasContent("/* mine */");

        assertThat(briefings.command("templates", "export", "--force", mine.toString()).exitCode()).isZero();
        assertThat(mine.resolve("memo.css")).hasSameBinaryContentAs(Path.of("templates/memo.css"));
    }

    private BriefingsRun.Result runWith(Path templates) {
        return new BriefingsRun(folder).run(Path.of("input"), folder.resolve("output"), "2026-11-27",
                "--briefings.templates=" + templates);
    }

    private void assertNothingRan() {
        assertThat(folder.resolve("output")).doesNotExist();
    }

    private Path copyOfTemplates() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** Replaces the first occurrence of {@code text} and returns its line number, counted from 1. */
    private static int breakLine(Path file, String text, String broken) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                lines.set(i, lines.get(i).replace(text, broken));
                Files.write(file, lines);
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static int lineIn(String message) {
        return Integer.parseInt(message.replaceFirst("(?s).*? line (\\d+).*", "$1"));
    }
}
