package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.readoutbriefings.output.OutputFiles;

/**
 * Where the tracker lives and its dated copies: backups of the previous tracker under
 * {@code tracker-backups/} (the newest few kept), and the dated file written when the tracker cannot be
 * replaced.
 */
final class TrackerFiles {

    static final String BACKUPS = "tracker-backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path tracker;
    private final int keep;
    private final LocalDateTime now;
    private final OutputFiles files;

    TrackerFiles(Path tracker, int keep, LocalDateTime now, OutputFiles files) {
        this.tracker = tracker;
        this.keep = keep;
        this.now = now;
        this.files = files;
    }

    Path tracker() {
        return tracker;
    }

    /** {@code tracker-2026-11-27-213000.xlsx} beside the tracker, for a night it could not be replaced. */
    Path dated() {
        return sibling(tracker, "tracker-" + now.format(STAMP) + ".xlsx");
    }

    /**
     * Copies the tracker to a dated backup, unless the newest backup is the same file, and removes backups
     * beyond the newest {@code keep}: the last {@code keep} distinct versions stay.
     *
     * @param trackerSha256 the tracker's SHA-256, as the caller has it already
     */
    void backUp(String trackerSha256) throws IOException {
        if (keep <= 0) {
            return;
        }
        List<Path> backups = backupFiles();
        if (!backups.isEmpty() && sha256(backups.get(backups.size() - 1)).equals(trackerSha256)) {
            return;
        }
        copy("tracker-" + now.format(STAMP) + ".xlsx");
        backups = backupFiles();
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.deleteIfExists(backups.get(i));
        }
    }

    /** The dated backups, oldest first (their stamp sorts by time). */
    private List<Path> backupFiles() throws IOException {
        List<Path> backups = new ArrayList<>();
        if (!Files.isDirectory(backups())) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(backups(), "tracker-[0-9]*.xlsx")) {
            files.forEach(backups::add);
        }
        backups.sort(null);
        return backups;
    }

    /** Keeps an unreadable tracker for good (never pruned): staff may have typed in it. */
    Path keepUnreadable() throws IOException {
        return copy("tracker-unreadable-" + now.format(STAMP) + ".xlsx");
    }

    private Path copy(String name) throws IOException {
        Files.createDirectories(backups());
        Path copy = backups().resolve(name);
        files.copy(tracker, copy);
        return copy;
    }

    private Path backups() {
        return sibling(tracker, BACKUPS);
    }

    /**
     * Whether the tracker is marked read-only. On Windows a tracker open in Excel cannot be replaced
     * either; that shows only when the move fails.
     */
    boolean isReadOnly() throws IOException {
        if (!Files.exists(tracker)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(tracker, PosixFileAttributeView.class);
        if (posix != null) {
            // not Files.isWritable: it says yes to root, who can write anything
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return Files.readAttributes(tracker, DosFileAttributes.class).isReadOnly();
    }

    /** The file's SHA-256, in hex. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Path sibling(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(name);
    }
}
