package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** A file of the input folder, with its name as reports give it and what the file system says of it. */
    public record Listed(Path path, String name, FileMetadata metadata) {
    }

    /**
     * Every regular, non-hidden file under the folder with its metadata, sorted by relative path: one walk,
     * one {@code stat} per file, nothing read.
     */
    public List<Listed> listing() {
        List<Listed> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // walkFileTree does not follow links: a link is visited as itself, not regular, and left out
                    if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(new Listed(file, relativeName(file), FileMetadata.of(attributes)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // a file removed while the folder is listed is not there tonight
                    if (e instanceof NoSuchFileException && !file.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + root, e);
        }
        files.sort(Comparator.comparing(Listed::name));
        return files;
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
}
