package org.readoutbriefings;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The application's executable jar, built from the compiled classes and the class path by the Spring Boot
 * repackager that {@code spring-boot-maven-plugin} uses for {@code target/readout-briefings.jar}: the same
 * layout (classes and resources under {@code BOOT-INF/classes}, libraries nested under {@code BOOT-INF/lib}),
 * so a test can run the jar alone, as {@code mvn test} has not packaged it yet. The libraries are the test
 * class path's, as for the other tests that start the application in a child JVM.
 */
final class PackagedJar {

    private PackagedJar() {
    }

    /** Writes the jar to {@code target}. */
    static Path build(Path target) throws IOException {
        Path classes = classesFolder();
        Path plain = Files.createTempFile(target.toAbsolutePath().getParent(), "plain", ".jar");
        try {
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plain)); Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                    // folders get entries of their own, as Maven's jar has them: resources are listed by folder
                    String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                    jar.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                    if (Files.isRegularFile(file)) {
                        Files.copy(file, (OutputStream) jar);
                    }
                    jar.closeEntry();
                }
            }
            Repackager repackager = new Repackager(plain.toFile());
            repackager.setMainClass(ReadoutBriefingsApplication.class.getName());
            List<Path> libraries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(Path::of).filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).toList();
            repackager.repackage(target.toFile(), callback -> {
                for (Path library : libraries) {
                    callback.library(new Library(library.toFile(), LibraryScope.RUNTIME));
                }
            });
            return target;
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** {@code target/classes}: where the application's own classes and resources were compiled to. */
    private static Path classesFolder() {
        try {
            return Path.of(ReadoutBriefingsApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
