package org.readoutbriefings.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.tracker.WorkbookRows.UnreadableWorkbookException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes what staff typed in {@code tracker.xlsx} (statuses, owners, due dates, compliance, notes) into the
 * database, early in the night, so that the rollup, the memos and the digest count and show them the same
 * night, as the new tracker will. Skipped when the file is byte for byte what the last run wrote and no
 * row would be kept. An unreadable tracker is kept aside and reported. Then gives undated readouts the
 * meeting dates staff typed on Needs review, which the ingest may just have stored undated again.
 * <p>
 * The file's SHA-256, as it was when read, goes into the job's execution context: the tracker step reads
 * the file again before replacing it only if staff saved it since.
 */
public class TrackerReadBack implements Tasklet {

    /** Job execution context key: SHA-256 of the tracker when its edits were taken ("" when there was none). */
    static final String READ_SHA256 = "briefings.trackerReadSha256";

    private static final Logger log = LoggerFactory.getLogger(TrackerReadBack.class);
    /** The shared strings of a tracker staff saved in Excel are held in memory while it is read. */
    private static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

    private final TrackerEditStore store;
    private final ReadoutStore readouts;
    private final Path output;
    private final long runId;
    private final Clock clock;
    private final int backups;
    private final OutputFiles files;

    public TrackerReadBack(JdbcTemplate jdbc, Path output, long runId, Clock clock, int backups, OutputFiles files) {
        this.store = new TrackerEditStore(jdbc);
        this.readouts = new ReadoutStore(jdbc, clock);
        this.output = output;
        this.runId = runId;
        this.clock = clock;
        this.backups = backups;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        List<TrackerIssue> issues = new ArrayList<>();
        String read = readBack(new TrackerFiles(output.resolve(TrackerWorkbookWriter.FILE_NAME), backups, now, files), now, issues);
        jobContext(chunkContext).putString(READ_SHA256, read);
        report(issues, now);
        int dated = readouts.applyStaffMeetingDates(runId);
        if (dated > 0) {
            log.info("Tracker: {} readouts took the meeting date staff gave them on {}", dated, TrackerWorkbookWriter.NEEDS_REVIEW);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Takes the tracker's edits unless the file is as the last run wrote it, adding what could not be taken
     * to {@code issues}; returns the file's SHA-256 as it was read ("" when there is no tracker).
     */
    String readBack(TrackerFiles files, LocalDateTime now, List<TrackerIssue> issues) throws IOException {
        Path tracker = files.tracker();
        if (!Files.exists(tracker)) {
            return "";
        }
        // hashed before reading: a save in between shows as a changed file, and is read again before replacing
        String sha256 = TrackerFiles.sha256(tracker);
        Optional<String> written = store.writtenSha256(tracker.getFileName().toString());
        if (written.isPresent() && written.get().equals(sha256) && !store.anyShownItemLeftTheInput()) {
            log.info("Tracker: {} is as the last run wrote it; no edits to read back", tracker);
            return sha256;
        }
        try {
            TrackerEditsReader.Outcome outcome = new TrackerEditsReader(store,
                    new WorkbookRows(MAX_SHARED_STRINGS_BYTES), runId, now).read(tracker);
            log.info("Tracker: read {} rows of {}, {} with staff edits", outcome.rows(), tracker, outcome.edits());
            issues.addAll(outcome.issues());
        } catch (UnreadableWorkbookException e) {
            Path kept = files.keepUnreadable();
            issues.add(new TrackerIssue(TrackerWorkbookWriter.FILE_NAME, 0, "", "cannot be read (" + e.getMessage()
                    + "): kept as " + output.relativize(kept) + ", and a new tracker was written"));
        }
        return sha256;
    }

    /** Records the issues for the run report and logs them. */
    void report(List<TrackerIssue> issues, LocalDateTime now) {
        store.report(issues, runId, now).forEach(i -> log.warn("Tracker {}{}{}: {}", i.sheet(), i.row() > 0 ? " row " + i.row() : "",
                i.column().isEmpty() ? "" : " [" + i.column() + "]", i.reason()));
    }

    static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
