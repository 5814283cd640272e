package org.readoutbriefings.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.ReadoutStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes what staff typed in {@code tracker.xlsx} (statuses, owners, due dates, compliance, notes) into the
 * database ({@link SavedTracker}), early in the night, so that the rollup, the memos and the digest count
 * and show them the same night, as the new tracker will. Skipped when the file is byte for byte what the last run wrote and no
 * row would be kept. An unreadable tracker is kept aside and reported. Then gives undated readouts the
 * meeting dates staff typed on Needs review, which the ingest may just have stored undated again.
 * <p>
 * The file's SHA-256, as it was when read, goes into the job's execution context: the tracker step reads
 * the file again before replacing it only if staff saved it since.
 */
public class TrackerReadBack implements Tasklet {

    /** Job execution context key: SHA-256 of the tracker when its edits were taken ("" when there was none). */
    static final String READ_SHA256 = "briefings.trackerReadSha256";

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
        TrackerFiles files = new TrackerFiles(output.resolve(TrackerWorkbookWriter.FILE_NAME), backups, now, outputFiles);
        SavedTracker.ReadBack read = new SavedTracker(store, files, output, runId, now).takeEdits(issues);
        jobContext(chunkContext).putString(READ_SHA256, read.sha256());
        int reported = store.report(issues, runId, now).size();
        int dated = readouts.applyStaffMeetingDates(runId);
        ProgressReporter.summarise(contribution, read.summary() + (reported == 0 ? "" : "; issues: " + reported)
                + (dated == 0 ? "" : "; " + dated + " readouts took the meeting date staff gave them on "
                + TrackerWorkbookWriter.NEEDS_REVIEW));
        return RepeatStatus.FINISHED;
    }

    static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
