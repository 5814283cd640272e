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
 * be read as current. Digests are kept: each is the record of its night. So are the temporary files a process
 * killed while writing a memo left behind (a worker's SIGKILL): only whole memos are ever moved into place.
 */
public final class StaleMemos {

    private StaleMemos() {
    }

    /** Deletes the memos under {@code output} of subjects not in {@code current}, and memos' temporary files. */
    public static void remove(Path output, List<MemoSubject> current) throws IOException {
        Set<Path> kept = new HashSet<>();
        current.forEach(s -> kept.add(output.resolve(s.relativePath()).normalize()));
        Path memos = output.resolve("memos");
        for (Path folder : List.of(memos, memos.resolve(MemoSubject.Kind.COUNTRY.folder()), memos.resolve(MemoSubject.Kind.TOPIC.folder()))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    // OutputFiles' temporary files: ".<name>.pdf<random>.tmp"
                    boolean temporary = name.startsWith(".") && name.contains(".pdf") && name.endsWith(".tmp");
                    boolean stale = !folder.equals(memos) && name.endsWith(".pdf") && !kept.contains(file.normalize());
                    if ((temporary || stale) && Files.isRegularFile(file)) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
