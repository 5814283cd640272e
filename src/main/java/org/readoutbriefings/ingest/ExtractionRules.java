package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A fingerprint of everything that turns an input file into a stored readout: the code of the formats, the
 * extractor and the reference data it reads, and the domain records between them. The scan parses a file read
 * under another fingerprint again, as after an upgrade to a build with other rules, so that no stored readout
 * keeps what an older build made of it (until then users had to remember {@code run --full}).
 * <p>
 * Taken from the compiled classes and resources themselves, not from a version number, so that it changes exactly
 * when they do: a build that leaves them byte for byte re-reads nothing, and one that changes them, even without
 * changing a result (a refactoring), re-reads every file once. Hashing them (124 classes and 10 reference files in
 * round 18's jar) is done once per JVM, within the scan step: a night of 14 files scanned in 0.1 s in all.
 */
public final class ExtractionRules {

    private static final String ROOT = "org/readoutbriefings/";
    private static final String[] PATTERNS = {
            "classpath*:" + ROOT + "ingest/**/*.class", "classpath*:" + ROOT + "extract/**/*.class",
            "classpath*:" + ROOT + "reference/**/*.class", "classpath*:" + ROOT + "domain/**/*.class",
            "classpath*:reference/**/*.*"};

    private static volatile String fingerprint;

    private ExtractionRules() {
    }

    /** The SHA-256 of the rules' classes and resources, in hex; the same wherever the application is installed. */
    public static String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = of(ExtractionRules.class.getClassLoader());
            fingerprint = known;
        }
        return known;
    }

    /** The fingerprint of the rules a class loader holds. */
    static String of(ClassLoader loader) {
        // by name inside the application, not by where it is installed (a folder of classes, a jar, a jar in a jar)
        Map<String, Resource> byName = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf(pattern.contains(ROOT) ? ROOT : "/reference/");
                    byName.putIfAbsent(url.substring(at), resource);
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Resource> entry : byName.entrySet()) {
                sha.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = entry.getValue().getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's extraction rules", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
