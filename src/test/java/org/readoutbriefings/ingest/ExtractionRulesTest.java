package org.readoutbriefings.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionRulesTest {

    @TempDir
    Path installs;

    /** An installation holding one extractor class and one reference file, as a folder of classes. */
    private Path installed(String name, String classBytes, String countries) throws IOException {
        Path root = installs.resolve(name);
        Path cls = root.resolve("org/readoutbriefings/extract/Rules.class");
        Files.createDirectories(cls.getParent());
        Files.writeString(cls, classBytes);
        Path ref = root.resolve("reference/countries.tsv");
        Files.createDirectories(ref.getParent());
        Files.writeString(ref, countries);
        Path other = root.resolve("org/readoutbriefings/memo/Layout.class");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "memo code " + name);
        return root;
    }

    private static String fingerprint(Path root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{root.toUri().toURL()}, null)) {
            return ExtractionRules.of(loader);
        }
    }

    @Test
    void theSameRulesWhereverInstalledAndOtherRulesWhenAClassOrAReferenceFileChanges() throws IOException {
        String here = fingerprint(installed("here", "rules v1", "FR\tFrance"));
        // another folder, and code outside ingest and extraction that differs: the same rules
        assertThat(fingerprint(installed("there", "rules v1", "FR\tFrance"))).isEqualTo(here).matches("[0-9a-f]{64}");
        assertThat(fingerprint(installed("new-class", "rules v2", "FR\tFrance"))).isNotEqualTo(here);
        assertThat(fingerprint(installed("new-reference", "rules v1", "FR\tFrance\nDE\tGermany"))).isNotEqualTo(here);
    }

    @Test
    void thisBuildHasAFingerprintThatStaysTheSame() {
        assertThat(ExtractionRules.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(ExtractionRules.fingerprint());
    }
}
