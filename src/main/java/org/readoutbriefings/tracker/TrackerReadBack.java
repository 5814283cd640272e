package org.readoutbriefings.tracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.reference.CountryDirectory;
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
 * meeting dates, and readouts in which no country was recognised the countries, staff typed on Needs review,
 * which the ingest may just have stored without them again; countries given a readout whose changed document
 * now names its own are dropped, with a note.
 * <p>
 * The file's SHA-256, as it was when read, goes into the job's execution context: the tracker step reads
 * the file again before replacing it only if staff saved it since.
 */
public class TrackerReadBack implements Tasklet {

    /** Job execution context key: SHA-256 of the tracker when its edits were taken ("" when there was none). */
    static final String READ_SHA256 = "briefings.trackerReadSha256";

    private final TrackerEditStore store;
    private final ReadoutStore readouts;
    private final CountriesCell countriesCell;
    private final Path output;
    private final long runId;
    private final Clock clock;
    private final int backups;
    private final OutputFiles outputFiles;

    /** With the built-in country list, the one the job resolves every country with. */
    public TrackerReadBack(JdbcTemplate jdbc, Path output, long runId, Clock clock, int backups, OutputFiles files) {
        this(jdbc, CountryDirectory.builtIn(), output, runId, clock, backups, files);
    }

    public TrackerReadBack(JdbcTemplate jdbc, CountryDirectory countries, Path output, long runId, Clock clock, int backups,
                           OutputFiles files) {
        this.store = new TrackerEditStore(jdbc);
        this.readouts = new ReadoutStore(jdbc, clock);
        this.countriesCell = new CountriesCell(countries);
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
        SavedTracker.ReadBack read = new SavedTracker(store, countriesCell, files, output, runId, now).takeEdits(issues);
        jobContext(chunkContext).putString(READ_SHA256, read.sha256());
        int dropped = dropCountriesTheDocumentNames(now, issues);
        int reported = store.report(issues, runId, now).size();
        int dated = readouts.applyStaffMeetingDates(runId);
        int placed = readouts.applyStaffCountries(runId);
        ProgressReporter.summarise(contribution, read.summary() + (reported == 0 ? "" : "; issues: " + reported)
                + (dated == 0 ? "" : "; " + dated + " readouts took the meeting date staff gave them on "
                + TrackerWorkbookWriter.NEEDS_REVIEW)
                + (placed == 0 ? "" : "; " + placed + " readouts took the countries staff gave them there")
                + (dropped == 0 ? "" : "; " + dropped + " readouts whose documents now name their countries lost those"
                + " staff gave them"));
        return RepeatStatus.FINISHED;
    }

    /**
     * Takes back the countries staff gave readouts whose document names its countries itself (the file changed,
     * and the extractor now recognises them): the document wins. Notes it in the row's Notes and reports it.
     */
    private int dropCountriesTheDocumentNames(LocalDateTime now, List<TrackerIssue> issues) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (TrackerEditStore.CountriesNoLongerNeeded d : store.countriesNoLongerNeeded(countriesCell)) {
            String why = d.document().isEmpty() ? "the readout's document names only international organisations"
                    : "the readout's document names its countries itself (" + countriesCell.show(d.document()) + ")";
            String note = "[Countries '" + d.given() + "' dropped on " + now.toLocalDate() + ": " + why + "]";
            notes.put(d.readoutId(), d.notes() == null ? note : d.notes() + "\n" + note);
            issues.add(new TrackerIssue(TrackerWorkbookWriter.NEEDS_REVIEW, 0, d.readoutId(), TrackerEditsReader.COUNTRIES,
                    "'" + d.given() + "' dropped: " + why + "; noted in the row's Notes"));
        }
        store.dropCountries(notes);
        return notes.size();
    }

    static ExecutionContext jobContext(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
