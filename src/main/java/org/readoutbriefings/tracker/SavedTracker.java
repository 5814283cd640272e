package org.readoutbriefings.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.tracker.WorkbookRows.UnreadableWorkbookException;

/**
 * The tracker on disk as staff left it: the one place it is read. Takes what they typed into the database
 * ({@link TrackerEditsReader}) unless those edits were taken already, and keeps an unreadable file aside.
 * Read early in the night ({@link TrackerReadBack}) and, only if staff saved it since, again just before it
 * is replaced ({@link TrackerWorkbookWriter}), so that nothing they saved is overwritten.
 */
final class SavedTracker {

    /** The shared strings of a tracker staff saved in Excel are held in memory while it is read. */
    private static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

    /** What reading found: the file's SHA-256 as it was read ("" when there is none), and what was done. */
    record ReadBack(String sha256, String summary) {
    }

    private final TrackerEditStore store;
    private final CountriesCell countriesCell;
    private final TrackerFiles files;
    private final Path output;
    private final long runId;
    private final LocalDateTime now;

    SavedTracker(TrackerEditStore store, CountriesCell countriesCell, TrackerFiles files, Path output, long runId,
                 LocalDateTime now) {
        this.store = store;
        this.countriesCell = countriesCell;
        this.files = files;
        this.output = output;
        this.runId = runId;
        this.now = now;
    }

    /**
     * Early in the night: takes the edits, unless the file is byte for byte what the last run wrote (it
     * holds nothing typed) and no row it shows has left the input (reading it is what keeps that row).
     */
    ReadBack takeEdits(List<TrackerIssue> issues) throws IOException {
        Path tracker = files.tracker();
        if (!Files.exists(tracker)) {
            return new ReadBack("", "no tracker to read back yet");
        }
        // hashed before reading: a save in between shows as a changed file, and is read again before replacing
        String sha256 = TrackerFiles.sha256(tracker);
        Optional<String> written = store.writtenSha256(tracker.getFileName().toString());
        if (written.isPresent() && written.get().equals(sha256) && !store.anyShownItemLeftTheInput()) {
            return new ReadBack(sha256, tracker + " is as the last run wrote it; no edits to read back");
        }
        return read(sha256, issues);
    }

    /**
     * Before the tracker is replaced: takes the edits again if the file is no longer the one read early in
     * the night ({@code readSha256}; null when it was not read), i.e. staff saved it during the run.
     *
     * @return what was read, or empty when the file is as it was read
     */
    Optional<ReadBack> takeEditsSavedSince(String readSha256, String onDiskSha256, List<TrackerIssue> issues)
            throws IOException {
        if (onDiskSha256.equals(readSha256)) {
            return Optional.empty();
        }
        return Optional.of(takeEdits(issues));
    }

    private ReadBack read(String sha256, List<TrackerIssue> issues) throws IOException {
        Path tracker = files.tracker();
        try {
            TrackerEditsReader.Outcome outcome = new TrackerEditsReader(store,
                    new WorkbookRows(MAX_SHARED_STRINGS_BYTES), countriesCell, runId, now).read(tracker);
            issues.addAll(outcome.issues());
            return new ReadBack(sha256, "read " + outcome.rows() + " rows of " + tracker + ", " + outcome.edits()
                    + " with staff edits");
        } catch (UnreadableWorkbookException e) {
            Path kept = files.keepUnreadable();
            issues.add(TrackerIssue.ofFile("cannot be read (" + e.getMessage()
                    + "): kept as " + output.relativize(kept) + ", and a new tracker was written"));
            return new ReadBack(sha256, tracker + " cannot be read: kept as " + output.relativize(kept));
        }
    }
}
