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
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.tracker.WorkbookRows.UnreadableWorkbookException;
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

    /** The shared strings of a tracker staff saved in Excel are held in memory while it is read. */
    private static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

    private final TrackerEditStore store;
    private final ReadoutStore readouts;
    private final Path output;
    private final long runId;
    private final Clock clock;
    private final int backups;
    private final OutputFiles outputFiles;

    public TrackerReadBack(JdbcTemplate jdbc, Path output, long runId, Clock clock, int backups, OutputFiles files) {
        this.store = new TrackerEditStore(jdbc);
        this.readouts = new ReadoutStore(jdbc, clock);
        this.output = output;
        this.runId = runId;
        this.clock = clock;
        this.backups = backups;
        this.outputFiles = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        List<TrackerIssue> issues = new ArrayList<>();
        ReadBack read = readBack(new TrackerFiles(output.resolve(TrackerWorkbookWriter.FILE_NAME), backups, now, outputFiles),
                now, issues);
        jobContext(chunkContext).putString(READ_SHA256, read.sha256());
        int reported = report(issues, now);
        int dated = readouts.applyStaffMeetingDates(runId);
        ProgressReporter.summarise(contribution, read.summary() + (reported == 0 ? "" : "; issues: " + reported)
                + (dated == 0 ? "" : "; " + dated + " readouts took the meeting date staff gave them on "
                + TrackerWorkbookWriter.NEEDS_REVIEW));
        return RepeatStatus.FINISHED;
    }

    /** What reading the tracker back found: its SHA-256 as it was read ("" when there is none), and what was done. */
    record ReadBack(String sha256, String summary) {
    }

    /**
     * Takes the tracker's edits unless the file is as the last run wrote it, adding what could not be taken
     * to {@code issues}.
     */
    ReadBack readBack(TrackerFiles files, LocalDateTime now, List<TrackerIssue> issues) throws IOException {
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
        try {
            TrackerEditsReader.Outcome outcome = new TrackerEditsReader(store,
                    new WorkbookRows(MAX_SHARED_STRINGS_BYTES), runId, now).read(tracker);
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

    /** Records the issues for the run report, whose summary at the end of the log lists them; returns how many were new. */
    int report(List<TrackerIssue> issues, LocalDateTime now) {
        return store.report(issues, runId, now).size();
    }

    static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
