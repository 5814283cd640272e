package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of the input folder, in a fixed order (by relative path) so that a restarted step finds its
 * place again. Hidden files and folders are ignored; symbolic links are not followed, so input cannot
 * point the job at files outside the folder.
 */
public final class InputFolder {

    private final Path root;
    private final Map<String, InputFormat> formatsByExtension;

    public InputFolder(Path root, List<InputFormat> formats) {
        this.root = root;
        this.formatsByExtension = formats.stream()
                .flatMap(f -> f.extensions().stream().map(ext -> Map.entry(ext, f)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Path root() {
        return root;
    }

    /** Every regular, non-hidden file under the folder, sorted by relative path. */
    public List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>(walk
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .toList());
            files.sort((a, b) -> relativeName(a).compareTo(relativeName(b)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + root, e);
        }
    }

    /** The file's path relative to the input folder, with '/' separators: how reports name it. */
    public String relativeName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public Optional<InputFormat> formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(formatsByExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public List<String> supportedExtensions() {
        return formatsByExtension.keySet().stream().sorted().map(e -> "." + e).toList();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
