package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.rollup.RollupRow;
import org.readoutbriefings.tracker.TrackerQueries.Readout;
import org.readoutbriefings.tracker.TrackerQueries.ReviewRow;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.readoutbriefings.tracker.TrackerSheet.Highlight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code tracker.xlsx}: every commitment, follow-up and meeting, the partner-country-by-topic
 * summary with its chart, and an About sheet. What staff typed in the previous tracker was taken early in
 * the run ({@link TrackerReadBack}); it is taken again here if the file was saved since (both through
 * {@link SavedTracker}), then the file is backed up. The new workbook shows those edits, and rows whose
 * item left the input stay, marked. Streams rows so the heap stays small however many rows there are: the
 * readouts in the tracker's order from an index, a chunk at a time, each chunk's rows looked up in one
 * query; the rows written as sheet XML and compressed as they come ({@link TrackerWorkbook}, inline
 * strings), POI holding the rest of the workbook. Replaces the file in one step, or writes a dated file
 * beside it when the tracker cannot be replaced.
 * <p>
 * A tracker still byte for byte what the last run wrote is left as it is (no write, no backup, its time
 * kept) when tonight's would show the same: the same {@link ContentFingerprint}, which leaves out the cells
 * only the night's date moves. Staff and their sync tools then see a change only when there is one.
 */
public class TrackerWorkbookWriter implements Tasklet {

    public static final String FILE_NAME = "tracker.xlsx";
    /** The sheet of readouts whose document carries no meeting date, where staff type one. */
    public static final String NEEDS_REVIEW = "Needs review";
    /** Step execution context key: the name of the file the step wrote (tracker.xlsx or a dated one). */
    public static final String WRITTEN_FILE = "briefings.trackerFile";
    /** Step execution context key: the tracker the step left as it was, as nothing it shows had changed. */
    public static final String LEFT_FILE = "briefings.trackerLeft";

    private static final Logger log = LoggerFactory.getLogger(TrackerWorkbookWriter.class);
    private static final int CHART_PARTNERS = 5;
    private static final int CHART_MONTHS = 24;

    private final JdbcTemplate jdbc;
    private final TrackerQueries queries;
    private final TrackerEditStore store;
    private final RollupQueries rollup;
    private final CountryDirectory countries;
    private final TopicTaxonomy topics;
    private final Path output;
    private final LocalDate runDate;
    private final long runId;
    private final Clock clock;
    private final TrackerSettings settings;
    private final OutputFiles outputFiles;

    public TrackerWorkbookWriter(JdbcTemplate jdbc, RollupQueries rollup, CountryDirectory countries,
                                 TopicTaxonomy topics, String homeCountry, Path output, LocalDate runDate, long runId,
                                 Clock clock, TrackerSettings settings, OutputFiles outputFiles) {
        this.jdbc = jdbc;
        this.queries = new TrackerQueries(jdbc, homeCountry);
        this.store = new TrackerEditStore(jdbc);
        this.rollup = rollup;
        this.countries = countries;
        this.topics = topics;
        this.output = output;
        this.runDate = runDate;
        this.runId = runId;
        this.clock = clock;
        this.settings = settings;
        this.outputFiles = outputFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        TrackerFiles files = new TrackerFiles(output.resolve(FILE_NAME), settings.backups(), now, outputFiles);
        List<TrackerIssue> issues = new ArrayList<>();
        boolean replaceable = true;
        String readAgain = "";
        // what tonight's tracker would have to show differently for the file to be written at all; null: write it
        TrackerEditStore.Written unlessShowing = null;
        if (Files.exists(files.tracker())) {
            ExecutionContext job = TrackerReadBack.jobContext(chunkContext);
            String read = job.containsKey(TrackerReadBack.READ_SHA256) ? job.getString(TrackerReadBack.READ_SHA256) : null;
            String onDisk = TrackerFiles.sha256(files.tracker());
            // saved since the run took its edits (or they were never taken): take them again, never clobber them
            readAgain = new SavedTracker(store, new CountriesCell(countries), files, output, runId, now).takeEditsSavedSince(read, onDisk, issues)
                    .map(r -> "; saved during the run, so " + r.summary()).orElse("");
            replaceable = !files.isReadOnly();
            // a tracker still byte for byte what the last run wrote holds nothing staff typed, and the database
            // can write it again: backups are of the versions staff saved, so reruns push out no history
            Optional<TrackerEditStore.Written> last = store.written(FILE_NAME);
            boolean savedByStaff = !last.map(w -> w.sha256().equals(onDisk)).orElse(false);
            if (replaceable && savedByStaff) {
                files.backUp(onDisk);
            }
            // as the last run wrote it: if tonight's would show the same (the night's date aside), it stays
            if (replaceable && !savedByStaff && last.get().contentFingerprint() != null) {
                unlessShowing = last.get();
            }
        }
        Path target = replaceable ? files.tracker() : files.dated();
        Outcome written;
        try {
            written = write(target, unlessShowing == null ? null : unlessShowing.contentFingerprint());
        } catch (FileSystemException e) {
            if (!target.equals(files.tracker())) {
                throw e;
            }
            log.debug("Cannot replace {}", target, e);
            target = files.dated();
            written = write(target, null);
        }
        if (!written.replaced()) {
            // nothing it shows changed: no write, no backup, the file's bytes and time as staff last saw them
            store.report(issues, runId, now);
            chunkContext.getStepContext().getStepExecution().getExecutionContext().putString(LEFT_FILE, FILE_NAME);
            ProgressReporter.summarise(contribution, target + " left as it was: it shows what run "
                    + unlessShowing.runId() + " wrote (" + written.rows() + " rows; Days open and the overdue count"
                    + " as of that night)" + readAgain);
            return RepeatStatus.FINISHED;
        }
        long rows = written.rows();
        if (!target.equals(files.tracker())) {
            issues.add(TrackerIssue.ofFile("the tracker could not be replaced (read-only, or open"
                    + " elsewhere): this run wrote " + target.getFileName() + " instead"));
        }
        store.recordWritten(target.getFileName().toString(), TrackerFiles.sha256(target), written.fingerprint(), runId, now);
        store.report(issues, runId, now);
        contribution.incrementWriteCount(rows);
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putString(WRITTEN_FILE, target.getFileName().toString());
        ProgressReporter.summarise(contribution, rows + " rows written to " + target + readAgain);
        return RepeatStatus.FINISHED;
    }

    /** Writes the workbook to {@code target} (replacing it in one step) and returns its data rows. */
    public long write(Path target) throws IOException {
        return write(target, null).rows();
    }

    /**
     * What writing the workbook came to: its data rows, the fingerprint of what it shows, and whether it
     * replaced the target.
     */
    private record Outcome(long rows, String fingerprint, boolean replaced) {
    }

    /**
     * Writes the workbook to a temporary file and moves it over {@code target} in one step, unless what it
     * shows has the fingerprint {@code unlessFingerprint} (null: always).
     */
    private Outcome write(Path target, String unlessFingerprint) throws IOException {
        long[] rows = new long[1];
        String[] fingerprint = new String[1];
        boolean replaced = outputFiles.write(target, out -> {
            try (TrackerWorkbook workbook = new TrackerWorkbook()) {
                // the HYPERLINK cells carry no cached value: Excel computes them on opening
                workbook.poi().setForceFormulaRecalculation(true);
                TrackerStyles styles = new TrackerStyles(workbook.poi());
                Map<String, long[]> counts = new HashMap<>();
                rows[0] += items(workbook, styles, TrackedKind.COMMITMENT, counts);
                rows[0] += items(workbook, styles, TrackedKind.FOLLOW_UP, counts);
                rows[0] += meetings(workbook, styles);
                rows[0] += needsReview(workbook, styles);
                rows[0] += summary(workbook, styles, counts);
                about(workbook, styles);
                workbook.fingerprint().text("protection " + settings.protectionPassword());
                fingerprint[0] = workbook.fingerprint().hex();
                if (!fingerprint[0].equals(unlessFingerprint)) {
                    workbook.write(out);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }, () -> !fingerprint[0].equals(unlessFingerprint));
        return new Outcome(rows[0], fingerprint[0], replaced);
    }

    private TrackerSheet sheet(TrackerWorkbook workbook, TrackerStyles styles, String name, List<Column> columns,
                               List<Highlight> highlights) {
        return new TrackerSheet(workbook, name, styles, columns, highlights, settings.protectionPassword(),
                settings.maxRowsPerSheet());
    }

    /**
     * Commitments or follow-ups: the input's, readout by readout in the tracker's order, then the rows kept
     * from earlier trackers. What each row shows is remembered ({@link ShownStates}). Adds to {@code counts}
     * (by "partner\ntopic": total and open commitments, open and overdue follow-ups) with the staff's
     * statuses and due dates, for the summary.
     */
    private long items(TrackerWorkbook workbook, TrackerStyles styles, TrackedKind kind, Map<String, long[]> counts) {
        boolean commitments = kind == TrackedKind.COMMITMENT;
        ItemsSheet sheet = new ItemsSheet(workbook, styles, kind, settings, runDate);
        LastMentions mentions = commitments ? new LastMentions(queries.commitmentCount()) : null;
        ShownStates shown = new ShownStates(jdbc, kind, runId);
        queries.items(kind, x -> {
            Readout readout = x.readout();
            List<String> codes = readout.partners();
            shown.shown(x);
            // a follow-up a later meeting likely fulfilled is not overdue, as in the memos and the digest
            count(counts, codes, x.topic(), kind, x.status(), commitments || x.evidence() == null ? x.due() : null);
            sheet.write(new ItemsSheet.Item(x.id(), readout.date(), names(codes), topics.label(x.topic()), x.text(),
                    x.dueText(), readout.title(), readout.sourceUrl(), codes.isEmpty() ? null : codes.get(0), x.status(),
                    x.owner(), x.due(), x.compliance(), x.notes(),
                    commitments ? mentions.latest(x.text(), readout.date()) : null, evidence(kind, x.evidence()),
                    x.evidence() == null ? null : x.evidence().sourceUrl(), null));
        });
        shown.flush();
        queries.keptItems(kind, e -> sheet.write(new ItemsSheet.Item(e.itemId(), e.shown().date(), e.shown().partner(),
                e.shown().topic(), e.shown().text(), null, e.shown().source(), null, null, e.status(), e.owner(),
                e.dueDate(), e.compliance(), e.notes(), null, null, null,
                e.keptReason() == null ? TrackerEditsReader.NO_LONGER_IN_INPUT : e.keptReason())));
        return sheet.finish();
    }

    /**
     * What the Evidence column says of a later readout: what it shows, when, which readout (its ID is the key
     * of the Meetings sheet) and, for a reaffirmed commitment, the words they share, so staff can judge it.
     */
    private static String evidence(TrackedKind kind, TrackerQueries.Evidence e) {
        if (e == null) {
            return null;
        }
        return kind.evidenceLabel + " " + e.date() + ": " + e.title() + " (readout " + e.readoutId() + "; "
                + (kind == TrackedKind.COMMITMENT ? "shared terms: " : "meeting: ") + e.matched() + ")";
    }

    /**
     * Counts an item of the input for the summary under each partner country of its readout, as the
     * staff's status and due date have it: commitments in total and open; follow-ups open, and open past
     * their due date (none for one a later meeting likely fulfilled).
     */
    private void count(Map<String, long[]> counts, List<String> partners, String topic, TrackedKind kind,
                       TrackingStatus status, LocalDate due) {
        boolean open = status.isOpen();
        for (String partner : partners) {
            long[] c = counts.computeIfAbsent(partner + "\n" + topic, k -> new long[4]);
            if (kind == TrackedKind.COMMITMENT) {
                c[0]++;
                c[1] += open ? 1 : 0;
            } else {
                c[2] += open ? 1 : 0;
                c[3] += open && due != null && due.isBefore(runDate) ? 1 : 0;
            }
        }
    }

    private long meetings(TrackerWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = sheet(workbook, styles, "Meetings", List.of(Column.generated("ID", 20),
                Column.generated("Date", 11), Column.generated("Date from", 10), Column.generated("Partner", 18),
                Column.generated("Format", 16),
                Column.generated("Title", 60), Column.generated("Topics", 40), Column.generated("Issuer", 30),
                Column.generated("Source URL", 40), Column.generated("Input file", 30),
                Column.generated("Source link", 12), Column.generated("Memo", 10)), List.of());
        queries.meetings(m -> {
            Readout r = m.readout();
            List<String> codes = r.partners();
            String first = codes.isEmpty() ? null : codes.get(0);
            sheet.newRow().text(r.id()).date(r.date()).text(r.dateSource()).text(names(codes))
                    .text(MeetingFormat.parse(r.format()).orElse(MeetingFormat.UNKNOWN).label())
                    .wrapped(r.title()).wrapped(m.topics().isEmpty() ? null
                            : m.topics().stream().map(topics::label).collect(Collectors.joining(", ")))
                    .text(r.issuer()).text(r.sourceUrl()).text(r.sourceFile()).webLink(r.sourceUrl(), "Readout")
                    .fileLink(ItemsSheet.memo(first), "Memo " + first);
        });
        sheet.finish();
        return sheet.dataRows();
    }

    /**
     * Readouts whose document carries no meeting date or names no country the rules recognise, and those staff
     * have dated here, so what they typed stays in view and can be changed. What is typed in Meeting date and
     * Countries is taken the next night ({@link TrackerEditsReader}); until then an undated readout is in no
     * memo or rollup, one without a country in no country memo. A date or countries the document gives are
     * shown in locked cells.
     */
    private long needsReview(TrackerWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = sheet(workbook, styles, NEEDS_REVIEW, List.of(Column.generated("ID", 20),
                Column.generated("Input file", 30), Column.generated("Title", 50), Column.generated("Partner", 18),
                Column.generated("Missing", 50), Column.date(TrackerEditsReader.MEETING_DATE),
                Column.free(TrackerEditsReader.COUNTRIES, 24), Column.free("Notes", 40)), List.of());
        CountriesCell cell = new CountriesCell(countries);
        for (ReviewRow r : queries.needsReview()) {
            List<String> missing = new ArrayList<>();
            if (r.missingDate() != null) {
                missing.add(r.missingDate());
            } else if (r.documentDate() == null) {
                missing.add("no meeting date in the document: dated by staff");
            }
            if (r.noCountry()) {
                missing.add(ReadoutWarning.NO_COUNTRY_RECOGNISED);
            }
            sheet.newRow().text(r.id()).text(r.sourceFile()).wrapped(r.title()).text(names(r.partners()))
                    .wrapped(String.join("; ", missing));
            if (r.documentDate() != null) {
                sheet.date(r.documentDate(), styles.date);
            } else {
                sheet.date(r.meetingDate());
            }
            if (r.noCountry()) {
                sheet.text(r.countriesTyped() != null ? r.countriesTyped()
                        : r.countries() == null ? null : cell.show(r.countries()));
            } else {
                sheet.text(null, styles.text);
            }
            sheet.wrapped(r.notes());
        }
        sheet.finish();
        return sheet.dataRows();
    }

    /** Partner country x topic: meetings from the rollup; open and overdue counts with staff statuses. */
    private long summary(TrackerWorkbook workbook, TrackerStyles styles, Map<String, long[]> counts) {
        TrackerSheet sheet = sheet(workbook, styles, "Summary", List.of(Column.generated("Partner", 22),
                Column.generated("Topic", 30), Column.generated("Meetings", 10), Column.generated("First meeting", 13),
                Column.generated("Last meeting", 13), Column.generated("Open commitments", 12),
                Column.generated("Total commitments", 12), Column.generated("Open follow-ups", 12),
                Column.generated("Overdue follow-ups", 12)), List.of());
        List<RollupRow> all = rollup.all();
        Map<String, RollupRow> meetings = RollupQueries.sum(all.stream()
                .filter(r -> !r.topic().equals(RollupBuilder.ALL) && !r.partnerCountry().equals(RollupBuilder.ALL))
                .toList(), r -> r.partnerCountry() + "\n" + r.topic());
        meetings.forEach((key, r) -> {
            long[] c = counts.getOrDefault(key, new long[4]);
            sheet.newRow().text(countries.name(r.partnerCountry())).text(topics.label(r.topic()))
                    .number((long) r.meetings()).date(r.firstDate()).date(r.lastDate()).number(c[1]).number(c[0])
                    .number(c[2]).ofTheNight().number(c[3]);
        });
        sheet.finish();
        List<RollupRow> charted = all.stream().filter(r -> r.topic().equals(RollupBuilder.ALL)
                && !r.partnerCountry().equals(RollupBuilder.ALL)).toList();
        // what the chart shows: its rows are ordered, so the same data give the same fingerprint
        charted.forEach(r -> workbook.fingerprint().text(r.partnerCountry() + " " + r.month() + " " + r.meetings()));
        new MeetingsChart(CHART_PARTNERS, CHART_MONTHS).draw(workbook.poi().getXSSFWorkbook().getSheet("Summary"),
                charted, countries::name, 11);
        return sheet.dataRows();
    }

    /** Run date, input counts, and the legend of statuses, colours, compliance scores and editable columns. */
    private void about(TrackerWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = sheet(workbook, styles, "About", List.of(Column.generated("Item", 34),
                Column.generated("Value", 100)), List.of());
        sheet.newRow().text("Run date").ofTheNight().date(runDate);
        queries.inputCounts(runId).forEach((label, count) -> {
            sheet.newRow().text(label);
            // the night's own rejects: the other counts are the tracker's rows, and count in the fingerprint
            if (label.equals(TrackerQueries.REJECTED_THIS_RUN)) {
                sheet.ofTheNight();
            }
            sheet.number(count);
        });
        sheet.newRow().text("Editable columns").text("Status, Owner, Due date, Compliance (Commitments) and Notes;"
                + " Meeting date, Countries and Notes on Needs review (a date or countries typed there are taken the next"
                + " night);"
                + " every other column is generated and locked. The ID column is the key that carries your edits"
                + " from night to night: do not change it.");
        for (TrackingStatus status : TrackingStatus.values()) {
            sheet.newRow().text("Status: " + status.label()).text(status.isOpen()
                    ? "open: counts as open in the summary and in the highlights"
                    : "closed: no longer counts as open");
        }
        sheet.newRow().text("Colour: follow-up past due").text("a follow-up whose due date has passed and whose status"
                + " is still Open or In progress", styles.overdue);
        sheet.newRow().text("Colour: commitment open long").text("a commitment still Open or In progress more than "
                + settings.staleAfterDays() + " days after its meeting", styles.stale);
        sheet.newRow().text("Compliance -1").text("no action, or action contrary to the commitment"
                + " (G7/G20 Research Group scale)");
        sheet.newRow().text("Compliance 0").text("partial compliance, or work in progress");
        sheet.newRow().text("Compliance +1").text("full compliance");
        sheet.newRow().text("Kept").text("'" + TrackerEditsReader.NO_LONGER_IN_INPUT + "': the item left the input;"
                + " '" + TrackerEditsReader.ID_NOT_FOUND + "': the row's ID was changed or deleted. Such rows stay"
                + " with what was typed in them.");
        sheet.finish();
    }

    private String names(List<String> codes) {
        if (codes.size() == 1) {
            return countries.name(codes.get(0));
        }
        return codes.stream().map(countries::name).collect(Collectors.joining(", "));
    }
}
