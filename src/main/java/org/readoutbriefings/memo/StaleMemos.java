package org.readoutbriefings.memo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes the country and topic memos whose subject is gone: a country that is no longer a partner (the home
 * country changed, its readouts were removed) or a topic no readout has any more. A memo left behind would
 * be read as current. Digests are kept: each is the record of its night.
 */
public final class StaleMemos {

    private StaleMemos() {
    }

    /** Deletes the memos under {@code output} of subjects not in {@code current}. */
    public static void remove(Path output, List<MemoSubject> current) throws IOException {
        Set<Path> kept = new HashSet<>();
        current.forEach(s -> kept.add(output.resolve(s.relativePath()).normalize()));
        for (MemoSubject.Kind kind : List.of(MemoSubject.Kind.COUNTRY, MemoSubject.Kind.TOPIC)) {
            Path folder = output.resolve("memos").resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList()) {
                    if (!kept.contains(file.normalize())) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
