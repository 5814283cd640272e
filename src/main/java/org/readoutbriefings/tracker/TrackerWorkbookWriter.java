package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.rollup.RollupRow;
import org.readoutbriefings.store.CodeColumn;
import org.readoutbriefings.tracker.TrackerSheet.Column;
import org.readoutbriefings.tracker.TrackerEditStore.ItemState;
import org.readoutbriefings.tracker.TrackerSheet.Highlight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes {@code tracker.xlsx}: every commitment, follow-up and meeting, the partner-country-by-topic
 * summary with its chart, and an About sheet. What staff typed in the previous tracker was taken early in
 * the run ({@link TrackerReadBack}); it is taken again here if the file was saved since, then the file is
 * backed up. The new workbook shows those edits, and rows whose item left the input stay, marked. Streams
 * rows so the heap stays small however many rows there are: the readouts in the tracker's order from an
 * index, a chunk at a time, each chunk's rows looked up in one query; the rows written as sheet XML and
 * compressed as they come ({@link TrackerWorkbook}, inline strings), POI holding the rest of the workbook. Replaces the file in one step, or writes a dated
 * file beside it when the tracker cannot be replaced.
 */
public class TrackerWorkbookWriter implements Tasklet {

    public static final String FILE_NAME = "tracker.xlsx";
    /** The sheet of readouts whose document carries no meeting date, where staff type one. */
    public static final String NEEDS_REVIEW = "Needs review";
    /** Step execution context key: the name of the file the step wrote (tracker.xlsx or a dated one). */
    public static final String WRITTEN_FILE = "briefings.trackerFile";

    private static final Logger log = LoggerFactory.getLogger(TrackerWorkbookWriter.class);
    /** Readouts whose rows are looked up in one query. */
    private static final int CHUNK = 250;
    /** Shown states written at a time, sorted by id ({@link ShownStates}). */
    private static final int SHOWN_BATCH = 50_000;
    /** Rows a query hands over at a time where the driver streams them (PostgreSQL in a transaction). */
    private static final int FETCH_SIZE = 1000;
    private static final int CHART_PARTNERS = 5;
    private static final int CHART_MONTHS = 24;

    private final JdbcTemplate jdbc;
    /** Streams the readouts, while {@link #jdbc} looks up their rows. */
    private final JdbcTemplate reader;
    private final TrackerEditStore store;
    private final TrackerReadBack readBack;
    private final RollupQueries rollup;
    private final CountryDirectory countries;
    private final TopicTaxonomy topics;
    private final String homeCountry;
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
        this.reader = new JdbcTemplate(jdbc.getDataSource());
        reader.setFetchSize(FETCH_SIZE);
        this.store = new TrackerEditStore(jdbc);
        this.readBack = new TrackerReadBack(jdbc, output, runId, clock, settings.backups(), outputFiles);
        this.rollup = rollup;
        this.countries = countries;
        this.topics = topics;
        this.homeCountry = homeCountry;
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
        if (Files.exists(files.tracker())) {
            ExecutionContext job = TrackerReadBack.jobContext(chunkContext);
            String read = job.containsKey(TrackerReadBack.READ_SHA256) ? job.getString(TrackerReadBack.READ_SHA256) : null;
            String onDisk = TrackerFiles.sha256(files.tracker());
            if (!onDisk.equals(read)) {
                // saved since the run took its edits (or they were never taken): take them again, never clobber them
                readAgain = "; saved during the run, so " + readBack.readBack(files, now, issues).summary();
            }
            replaceable = !files.isReadOnly();
            // a tracker still byte for byte what the last run wrote holds nothing staff typed, and the database
            // can write it again: backups are of the versions staff saved, so reruns push out no history
            boolean savedByStaff = !store.writtenSha256(FILE_NAME).map(onDisk::equals).orElse(false);
            if (replaceable && savedByStaff) {
                files.backUp(onDisk);
            }
        }
        Path target = replaceable ? files.tracker() : files.dated();
        long rows;
        try {
            rows = write(target);
        } catch (FileSystemException e) {
            if (!target.equals(files.tracker())) {
                throw e;
            }
            log.debug("Cannot replace {}", target, e);
            target = files.dated();
            rows = write(target);
        }
        if (!target.equals(files.tracker())) {
            issues.add(TrackerIssue.ofFile("the tracker could not be replaced (read-only, or open"
                    + " elsewhere): this run wrote " + target.getFileName() + " instead"));
        }
        store.recordWritten(target.getFileName().toString(), TrackerFiles.sha256(target), runId, now);
        readBack.report(issues, now);
        contribution.incrementWriteCount(rows);
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putString(WRITTEN_FILE, target.getFileName().toString());
        ProgressReporter.summarise(contribution, rows + " rows written to " + target + readAgain);
        return RepeatStatus.FINISHED;
    }

    /** Writes the workbook to {@code target} (replacing it in one step) and returns its data rows. */
    public long write(Path target) throws IOException {
        long[] rows = new long[1];
        outputFiles.write(target, out -> {
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
                workbook.write(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return rows[0];
    }

    private TrackerSheet sheet(TrackerWorkbook workbook, TrackerStyles styles, String name, List<Column> columns,
                               List<Highlight> highlights) {
        return new TrackerSheet(workbook, name, styles, columns, highlights, settings.protectionPassword(),
                settings.maxRowsPerSheet());
    }

    /**
     * What each row showed, so that reading this workbook back can tell staff edits from the input having
     * moved, and a row whose item leaves the input is recognised on a later night. Written in batches of
     * {@value #SHOWN_BATCH} sorted by item id rather than chunk by chunk: the ids are hashes, and on a first
     * night half a million inserts in the rows' order dirtied an index page each, a third of the step's time.
     * An item is shown once per sheet, so no query of this step needs a state before it is written.
     */
    private final class ShownStates {
        private final List<Object[]> first = new ArrayList<>();
        private final List<Object[]> changed = new ArrayList<>();

        void first(Object[] row) {
            first.add(row);
            if (first.size() == SHOWN_BATCH) {
                flush();
            }
        }

        void changed(Object[] row) {
            changed.add(row);
            if (changed.size() == SHOWN_BATCH) {
                flush();
            }
        }

        void flush() {
            first.sort(Comparator.comparing(row -> (String) row[1]));
            changed.sort(Comparator.comparing(row -> (String) row[3]));
            jdbc.batchUpdate("INSERT INTO tracker_item (kind, item_id, first_run, shown_status, shown_due)"
                    + " VALUES (?, ?, ?, ?, ?)", first);
            jdbc.batchUpdate("UPDATE tracker_item SET shown_status = ?, shown_due = ? WHERE kind = ? AND item_id = ?",
                    changed);
            first.clear();
            changed.clear();
        }
    }

    /** A readout as the tracker's rows show it; {@code partners}: its countries but the home country, in code order. */
    private record Readout(String id, LocalDate date, String dateSource, String title, String sourceUrl, String format,
                           String issuer, String sourceFile, List<String> partners) {
    }

    private interface ReadoutChunk {
        void accept(List<Readout> readouts);
    }

    /**
     * Passes all dated readouts in the tracker's order (latest meeting first, then by id, an order an index
     * gives without a sort), {@value #CHUNK} at a time, so that the rows of a chunk are looked up in one query.
     * Undated ones are on the Needs review sheet only, until staff give them a date.
     */
    private void readouts(ReadoutChunk chunks) {
        List<Readout> chunk = new ArrayList<>(CHUNK);
        reader.query("SELECT id, meeting_date, title, source_url, format, issuer, source_file, countries, date_source"
                + " FROM readout WHERE meeting_date IS NOT NULL ORDER BY meeting_date DESC, id", rs -> {
            List<String> partners = new ArrayList<>(CodeColumn.split(rs.getString(8)));
            partners.remove(homeCountry);
            chunk.add(new Readout(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(9), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), partners));
            if (chunk.size() == CHUNK) {
                chunks.accept(chunk);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            chunks.accept(chunk);
        }
    }

    private static List<String> ids(List<Readout> readouts) {
        List<String> ids = new ArrayList<>(readouts.size());
        readouts.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** An item of the input, with what staff set on it, as its query gives it. */
    private record InputRow(String id, String topic, String text, String status, LocalDate due, String dueText,
                            String editStatus, String owner, LocalDate editDue, Integer compliance, String notes) {
    }

    /**
     * Commitments or follow-ups: the input's, readout by readout in the tracker's order, then the rows kept
     * from earlier trackers. What each row shows is remembered (table tracker_item). Adds to {@code counts}
     * (by "partner\ntopic": total and open commitments, open and overdue follow-ups) with the staff's
     * statuses and due dates, for the summary.
     */
    private long items(TrackerWorkbook workbook, TrackerStyles styles, TrackedKind kind, Map<String, long[]> counts) {
        boolean commitments = kind == TrackedKind.COMMITMENT;
        ItemsSheet sheet = new ItemsSheet(workbook, styles, kind, settings, runDate);
        LastMentions mentions = commitments ? new LastMentions(count("SELECT COUNT(*) FROM commitment")) : null;
        ShownStates shownStates = new ShownStates();
        readouts(chunk -> {
            List<String> ids = ids(chunk);
            Map<String, List<InputRow>> rows = new HashMap<>();
            Map<String, ItemState> shownBefore = new HashMap<>();
            // what a row showed, looked up item by item: on a first night tracker_item fills up within this
            // step's transaction, and PostgreSQL, planning a join for the empty table its statistics describe,
            // scanned every row inserted so far for each chunk
            String shown = " FROM tracker_item t WHERE t.kind = ? AND t.item_id = x.id)";
            Object[] args = new Object[ids.size() + 3];
            args[0] = kind.code;
            args[1] = kind.code;
            System.arraycopy(IdTable.args(ids, kind.code), 0, args, 2, ids.size() + 1);
            jdbc.query("SELECT x.readout_id, x.id, x.topic, x.text, x.status, x.due_date, "
                    + (commitments ? "NULL" : "x.due_text") + " AS due_text, e.status AS edit_status, e.owner_name,"
                    + " e.due_date AS edit_due, e.compliance, e.notes,"
                    + " (SELECT COALESCE(t.shown_status, '')" + shown + " AS shown, (SELECT t.shown_due" + shown + " AS shown_due"
                    + " FROM " + IdTable.of(ids.size(), "r") + " JOIN " + kind.table + " x ON x.readout_id = r.id"
                    + " LEFT JOIN tracker_edit e ON e.kind = ? AND e.item_id = x.id"
                    + " ORDER BY x.readout_id, x.position", rs -> {
                rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new InputRow(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), rs.getString(7),
                        rs.getString(8), rs.getString(9), date(rs, 10), compliance(rs, 11), rs.getString(12)));
                String showed = rs.getString(13);
                if (showed != null) {
                    // shown before; with no state when that was before V10 recorded it
                    shownBefore.put(rs.getString(2), ItemState.of(showed.isEmpty() ? null : showed, date(rs, 14)));
                }
            }, args);
            for (Readout readout : chunk) {
                List<InputRow> items = rows.get(readout.id());
                if (items == null) {
                    continue;
                }
                List<String> codes = readout.partners();
                String names = names(codes);
                String memo = codes.isEmpty() ? null : codes.get(0);
                for (InputRow x : items) {
                    TrackingStatus status = TrackingStatus.valueOf(x.editStatus() != null ? x.editStatus() : x.status());
                    LocalDate due = x.editDue() != null ? x.editDue() : x.due();
                    ItemState before = shownBefore.get(x.id());
                    if (!shownBefore.containsKey(x.id())) {
                        shownStates.first(new Object[]{kind.code, x.id(), runId, status.name(), TrackerEditStore.date(due)});
                    } else if (!new ItemState(status, due).equals(before)) {
                        shownStates.changed(new Object[]{status.name(), TrackerEditStore.date(due), kind.code, x.id()});
                    }
                    count(counts, codes, x.topic(), kind, status, due);
                    sheet.write(new ItemsSheet.Item(x.id(), readout.date(), names, topics.label(x.topic()), x.text(),
                            x.dueText(), readout.title(), readout.sourceUrl(), memo, status, x.owner(), due,
                            x.compliance(), x.notes(), commitments ? mentions.latest(x.text(), readout.date()) : null,
                            null));
                }
            }
        });
        shownStates.flush();
        jdbc.query("SELECT * FROM tracker_edit e WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM " + kind.table
                + " x WHERE x.id = e.item_id) ORDER BY e.shown_date DESC, e.item_id", rs -> {
            TrackerEdit e = TrackerEditStore.edit(kind, rs);
            sheet.write(new ItemsSheet.Item(e.itemId(), e.shown().date(), e.shown().partner(), e.shown().topic(),
                    e.shown().text(), null, e.shown().source(), null, null, e.status(), e.owner(), e.dueDate(),
                    e.compliance(), e.notes(), null,
                    e.keptReason() == null ? TrackerEditsReader.NO_LONGER_IN_INPUT : e.keptReason()));
        }, kind.code);
        return sheet.finish();
    }

    /**
     * Counts an item of the input for the summary under each partner country of its readout, as the
     * staff's status and due date have it: commitments in total and open; follow-ups open, and open past
     * their due date.
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
        readouts(chunk -> {
            List<String> ids = ids(chunk);
            Map<String, String> topicsByReadout = new HashMap<>();
            jdbc.query("SELECT t.readout_id, t.topic FROM " + IdTable.of(ids.size(), "r")
                    + " JOIN readout_topic t ON t.readout_id = r.id ORDER BY t.readout_id, t.position", rs -> {
                topicsByReadout.merge(rs.getString(1), topics.label(rs.getString(2)), (a, b) -> a + ", " + b);
            }, IdTable.args(ids));
            for (Readout r : chunk) {
                List<String> codes = r.partners();
                String first = codes.isEmpty() ? null : codes.get(0);
                sheet.newRow().text(r.id()).date(r.date()).text(r.dateSource()).text(names(codes))
                        .text(MeetingFormat.parse(r.format()).orElse(MeetingFormat.UNKNOWN).label())
                        .wrapped(r.title()).wrapped(topicsByReadout.get(r.id())).text(r.issuer()).text(r.sourceUrl())
                        .text(r.sourceFile()).webLink(r.sourceUrl(), "Readout")
                        .fileLink(ItemsSheet.memo(first), "Memo " + first);
            }
        });
        sheet.finish();
        return sheet.dataRows();
    }

    /**
     * Readouts whose document carries no meeting date, found by the index on the date, and those staff have
     * dated here, so the date they typed stays in view and can be changed. What is typed in Meeting date is
     * taken the next night ({@link TrackerEditsReader}); until then the readout is in no memo or rollup.
     */
    private long needsReview(TrackerWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = sheet(workbook, styles, NEEDS_REVIEW, List.of(Column.generated("ID", 20),
                Column.generated("Input file", 30), Column.generated("Title", 50), Column.generated("Partner", 18),
                Column.generated("Missing", 50), Column.date("Meeting date"), Column.free("Notes", 40)), List.of());
        String columns = "SELECT r.id, r.source_file, r.title, r.countries, e.meeting_date, e.notes,"
                + " (SELECT w.message FROM readout_warning w WHERE w.readout_id = r.id AND w.field = 'meetingDate'"
                + " ORDER BY w.position FETCH FIRST 1 ROWS ONLY)";
        List<Object[]> rows = new ArrayList<>();
        RowCallbackHandler row = rs -> rows.add(new Object[]{rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), date(rs, 5), rs.getString(6), rs.getString(7)});
        jdbc.query(columns + " FROM readout r LEFT JOIN tracker_edit e ON e.kind = 'R' AND e.item_id = r.id"
                + " WHERE r.meeting_date IS NULL", row);
        jdbc.query(columns + " FROM tracker_edit e JOIN readout r ON r.id = e.item_id WHERE e.kind = 'R'"
                + " AND r.meeting_date IS NOT NULL AND r.date_source = 'given'", row);
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[1]).thenComparing(r -> (String) r[0]));
        for (Object[] r : rows) {
            List<String> partners = new ArrayList<>(CodeColumn.split((String) r[3]));
            partners.remove(homeCountry);
            String missing = r[6] != null ? (String) r[6] : "no meeting date in the document: dated by staff";
            sheet.newRow().text((String) r[0]).text((String) r[1]).wrapped((String) r[2]).text(names(partners))
                    .wrapped(missing).date((LocalDate) r[4]).wrapped((String) r[5]);
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
                    .number(c[2]).number(c[3]);
        });
        sheet.finish();
        new MeetingsChart(CHART_PARTNERS, CHART_MONTHS).draw(workbook.poi().getXSSFWorkbook().getSheet("Summary"),
                all.stream().filter(r -> r.topic().equals(RollupBuilder.ALL)
                        && !r.partnerCountry().equals(RollupBuilder.ALL)).toList(), countries::name, 11);
        return sheet.dataRows();
    }

    /** Run date, input counts, and the legend of statuses, colours, compliance scores and editable columns. */
    private void about(TrackerWorkbook workbook, TrackerStyles styles) {
        TrackerSheet sheet = sheet(workbook, styles, "About", List.of(Column.generated("Item", 34),
                Column.generated("Value", 100)), List.of());
        sheet.newRow().text("Run date").date(runDate);
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("Readouts (meetings)", "SELECT COUNT(*) FROM readout WHERE meeting_date IS NOT NULL");
        counts.put("Readouts without a meeting date (Needs review)", "SELECT COUNT(*) FROM readout WHERE meeting_date IS NULL");
        counts.put("Commitments", "SELECT COUNT(*) FROM commitment");
        counts.put("Follow-ups", "SELECT COUNT(*) FROM follow_up");
        counts.put("Rows kept (no longer in input, or ID not found)", "SELECT COUNT(*) FROM tracker_edit e WHERE kept_reason IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.id = e.item_id)"
                + " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.id = e.item_id)");
        counts.put("Input records rejected this run", "SELECT COUNT(*) FROM ingest_reject WHERE job_execution_id = " + runId);
        counts.forEach((label, sql) -> sheet.newRow().text(label).number(jdbc.queryForObject(sql, Long.class)));
        sheet.newRow().text("Editable columns").text("Status, Owner, Due date, Compliance (Commitments) and Notes;"
                + " Meeting date and Notes on Needs review (a date typed there is taken the next night);"
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

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private String names(List<String> codes) {
        if (codes.size() == 1) {
            return countries.name(codes.get(0));
        }
        return codes.stream().map(countries::name).collect(Collectors.joining(", "));
    }

    private static Integer compliance(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
