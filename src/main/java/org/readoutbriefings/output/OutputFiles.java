package org.readoutbriefings.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Writes output files so that nobody ever opens a half-written one: the content goes to a temporary file
 * beside the target, which is then moved over it in one step. The temporary file is made private by Java
 * (rw-------), and a move keeps that, so it is given the mode any program's new file gets: the configured
 * mode (666 by default) less the process umask, so 644 under umask 022. On a file system without POSIX
 * permissions the file is left as the system makes it.
 */
public final class OutputFiles {

    /** Writes the content of a file to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The mode before the umask, as for {@code open(2)}: what every program's new files get. */
    public static final String DEFAULT_MODE = "666";

    /** What the umask leaves of 666: the same for the whole process, so found once, by creating a file. */
    private static volatile Set<PosixFilePermission> umaskLeaves;

    private final Set<PosixFilePermission> mode;

    /** @param mode three octal digits, e.g. 666 or 640 (briefings.output-file-mode) */
    public OutputFiles(String mode) {
        this.mode = permissions(mode);
    }

    public void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Copies a file, e.g. a backup, as it writes any other. */
    public void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    public void write(Path target, Content content) throws IOException {
        write(target, content, () -> true);
    }

    /**
     * Writes the content to a temporary file beside the target, then moves it into place only if
     * {@code replace}, asked once the content is written, says so: a file that would say what it says already
     * is left as it is, its time included.
     *
     * @return whether the target was replaced
     */
    public boolean write(Path target, Content content, BooleanSupplier replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = new HashSet<>(mode);
                permissions.retainAll(umaskLeaves(dir));
                posix.setPermissions(permissions);
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            if (!replace.getAsBoolean()) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Java cannot read the umask: a file created with no mode given shows what it leaves of 666. */
    private static Set<PosixFilePermission> umaskLeaves(Path dir) throws IOException {
        Set<PosixFilePermission> leaves = umaskLeaves;
        if (leaves == null) {
            Path probe = Files.createFile(dir.resolve(".umask-probe-" + UUID.randomUUID()));
            try {
                leaves = Files.getPosixFilePermissions(probe);
            } finally {
                Files.delete(probe);
            }
            umaskLeaves = leaves;
        }
        return leaves;
    }

    /** 640 (or 0640) as rw-r-----. */
    private static Set<PosixFilePermission> permissions(String octal) {
        if (octal == null || !octal.strip().matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("'" + octal + "' is not a file mode of three octal digits, such as 644");
        }
        StringBuilder rwx = new StringBuilder();
        String digits = octal.strip();
        for (char digit : digits.substring(digits.length() - 3).toCharArray()) {
            int bits = digit - '0';
            rwx.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }
}
