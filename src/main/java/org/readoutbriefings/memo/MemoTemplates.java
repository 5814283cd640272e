package org.readoutbriefings.memo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The memo templates a run renders with: the defaults inside the application (the repository's
 * {@code templates/} folder, packaged under {@value #DEFAULTS} on the class path), and over them, file by
 * file, those of a folder of the user's own. Both are copied into one private temporary folder, defaults
 * first, so the renderer reads a single folder and can still refuse anything outside it. Copying the five
 * small files takes tens of milliseconds, once a run; the folder is deleted when the application closes.
 */
public final class MemoTemplates implements AutoCloseable {

    /** Where the build puts the default templates on the class path. */
    static final String DEFAULTS = "templates-default/";
    /** The folder a run takes overrides from when no other is set: {@code templates/} in the working directory. */
    public static final Path WORKING_DIRECTORY_FOLDER = Path.of("templates");

    private final Path folder;
    private final List<String> overridden;

    private MemoTemplates(Path folder, List<String> overridden) {
        this.folder = folder;
        this.overridden = overridden;
    }

    /**
     * The defaults with the files of {@code overrides} over them, in a new private folder.
     *
     * @param overrides the folder of the user's own templates, or null for the defaults alone
     */
    public static MemoTemplates assemble(Path overrides) throws IOException {
        Path folder = Files.createTempDirectory("readout-briefings-templates");
        try {
            for (Map.Entry<String, Resource> template : defaults().entrySet()) {
                copy(template.getValue(), folder.resolve(template.getKey()));
            }
            List<String> overridden = new ArrayList<>();
            if (overrides != null) {
                Path from = overrides.toAbsolutePath().normalize();
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = from.relativize(file).toString();
                        Files.createDirectories(folder.resolve(name).getParent());
                        Files.copy(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        overridden.add(name);
                    }
                }
            }
            return new MemoTemplates(folder, List.copyOf(overridden));
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The folder of templates a run names in its settings, or {@code templates/} in the working directory if there is one. */
    public static Path overrides(Path configured) {
        if (configured != null && !configured.toString().isBlank()) {
            return configured;
        }
        return Files.isDirectory(WORKING_DIRECTORY_FOLDER) ? WORKING_DIRECTORY_FOLDER : null;
    }

    /**
     * Writes the default templates into {@code target} (created if need be), for staff to start their own
     * from; refuses to overwrite a file there unless {@code replace}. Returns the files written.
     */
    public static List<Path> export(Path target, boolean replace) throws IOException {
        Map<String, Resource> defaults = defaults();
        if (!replace) {
            for (String name : defaults.keySet()) {
                if (Files.exists(target.resolve(name))) {
                    throw new FileAlreadyExistsException(target.resolve(name).toString());
                }
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Resource> template : defaults.entrySet()) {
            Path file = target.resolve(template.getKey());
            Files.createDirectories(file.getParent());
            copy(template.getValue(), file);
            written.add(file);
        }
        return written;
    }

    /** The folder to render from. */
    public Path folder() {
        return folder;
    }

    /** The files that came from the user's folder rather than the defaults, relative to it. */
    public List<String> overridden() {
        return overridden;
    }

    @Override
    public void close() {
        delete(folder);
    }

    /** The default templates by their path under {@value #DEFAULTS}, sorted: from a folder or from inside the jar alike. */
    private static Map<String, Resource> defaults() throws IOException {
        Map<String, Resource> templates = new TreeMap<>();
        Resource[] found = new PathMatchingResourcePatternResolver(MemoTemplates.class.getClassLoader())
                .getResources("classpath:" + DEFAULTS + "**");
        for (Resource resource : found) {
            String url = resource.getURL().toString();
            if (!url.endsWith("/") && resource.isReadable()) {
                templates.put(url.substring(url.lastIndexOf(DEFAULTS) + DEFAULTS.length()), resource);
            }
        }
        if (templates.isEmpty()) {
            throw new IOException("the default templates are missing from the application (" + DEFAULTS + ")");
        }
        return templates;
    }

    private static void copy(Resource template, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = template.getInputStream()) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException leftBehind) {
            // a few kilobytes left in the temporary folder, which the system clears: not worth failing a run for
        }
    }
}
