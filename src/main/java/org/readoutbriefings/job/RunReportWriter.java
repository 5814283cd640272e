package org.readoutbriefings.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.ingest.InputScanner;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.tracker.TrackerIssue;
import org.readoutbriefings.tracker.TrackerWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs a run's first line, its date and folders; at its end, successful or not, writes {@code run-report.json}
 * to the output folder and logs a short summary. Counts cover every attempt of the run's job instance, so a
 * restarted night still reports what it read before it failed.
 */
public class RunReportWriter implements JobExecutionListener {

    public static final String FILE_NAME = "run-report.json";
    /** Job execution context key holding the number of rejected records, for the exit code. */
    public static final String REJECTED = "briefings.rejected";
    /** Job execution context key holding the number of known input files found missing, for the exit code. */
    public static final String MISSING_INPUT = "briefings.missing-input";
    /** Job execution context keys: messages held for the next run, and the first one's error, for the exit code. */
    public static final String MAIL_HELD = "briefings.mail-held";
    public static final String MAIL_ERROR = "briefings.mail-error";
    /** Job execution context keys: messages given up tonight after permanent refusals, and the first one's answer. */
    public static final String MAIL_REFUSED = "briefings.mail-refused";
    public static final String MAIL_REFUSED_ERROR = "briefings.mail-refused-error";
    /** Job execution context keys: messages dropped tonight, held longer than the hold nights, and the oldest's night. */
    public static final String MAIL_EXPIRED = "briefings.mail-expired";
    public static final String MAIL_EXPIRED_SINCE = "briefings.mail-expired-since";
    /** Warnings listed on the console; the run report has them all. */
    private static final int MAX_LISTED = 20;

    private static final Logger log = LoggerFactory.getLogger(RunReportWriter.class);

    private final JobRepository jobRepository;
    private final NamedParameterJdbcTemplate jdbc;
    private final OutputFiles files;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public RunReportWriter(JobRepository jobRepository, JdbcTemplate jdbc, OutputFiles files) {
        this.jobRepository = jobRepository;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.files = files;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        NightParameters night = NightParameters.from(execution.getJobParameters());
        log.info("Night {}: starting (input {}, output {})", night.runDate(), night.input().toAbsolutePath(),
                night.output().toAbsolutePath());
    }

    @Override
    public void afterJob(JobExecution execution) {
        // Spring Batch stores the first failure's stack trace, cut at 2,500 characters: the wrapper ("Unable to
        // process chunk") without its cause. The run keeps its root cause instead, for `status` to show.
        // A failed partition fails the step that ran it with a message of its own, which says nothing: the partition's
        // failure is the one to keep.
        List<Throwable> failures = execution.getAllFailureExceptions();
        failures.stream().filter(f -> !isPartitionsSummary(f)).findFirst().or(() -> failures.stream().findFirst())
                .ifPresent(failure -> execution.setExitStatus(
                        new ExitStatus(execution.getExitStatus().getExitCode(), "Caused by: " + rootOf(failure))));
        RunReport report = report(execution);
        execution.getExecutionContext().putLong(REJECTED, report.readouts().rejected());
        execution.getExecutionContext().putLong(MISSING_INPUT, report.files().missing());
        execution.getExecutionContext().putLong(MAIL_HELD, report.mail().held().size());
        report.mail().held().stream().findFirst().ifPresent(h -> execution.getExecutionContext().putString(MAIL_ERROR,
                String.valueOf(h.error())));
        execution.getExecutionContext().putLong(MAIL_REFUSED, report.mail().refused().size());
        report.mail().refused().stream().findFirst().ifPresent(r -> execution.getExecutionContext().putString(
                MAIL_REFUSED_ERROR, String.valueOf(r.error())));
        execution.getExecutionContext().putLong(MAIL_EXPIRED, report.mail().expired().size());
        report.mail().expired().stream().findFirst().ifPresent(e -> execution.getExecutionContext().putString(
                MAIL_EXPIRED_SINCE, e.night().toString()));
        Path output = NightParameters.from(execution.getJobParameters()).output();
        try {
            files.write(output.resolve(FILE_NAME), json.writeValueAsBytes(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report to " + output, e);
        }
        log.info(summary(report));
    }

    RunReport report(JobExecution execution) {
        List<Long> attempts = jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        var ids = Map.of("ids", attempts);
        List<RunReport.Reject> rejects = jdbc.query("SELECT file, line, field, reason FROM ingest_reject"
                        + " WHERE job_execution_id IN (:ids) ORDER BY file, line, id", ids,
                (rs, i) -> new RunReport.Reject(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
        List<RunReport.Warning> warnings = jdbc.query("SELECT r.source_file, r.source_line, w.field, w.message"
                        + " FROM readout r JOIN readout_warning w ON w.readout_id = r.id WHERE r.updated_run IN (:ids)"
                        + " ORDER BY r.source_file, r.source_line, w.position", ids,
                (rs, i) -> new RunReport.Warning(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
        List<RunReport.NeedsReview> needsReview = needsReview();
        List<TrackerIssue> trackerIssues = jdbc.query("SELECT sheet, sheet_row, row_id, column_name, reason"
                        + " FROM tracker_issue WHERE job_execution_id IN (:ids) ORDER BY id", ids,
                (rs, i) -> new TrackerIssue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
        long newReadouts = count("SELECT COUNT(*) FROM readout WHERE first_seen_run IN (:ids)", ids);
        long changed = count("SELECT COUNT(*) FROM readout WHERE updated_run IN (:ids) AND first_seen_run NOT IN (:ids)", ids);

        Map<String, Long> scan = new java.util.HashMap<>();
        jdbc.query("SELECT state, COUNT(*) FROM input_scan WHERE job_instance_id = :instance GROUP BY state",
                Map.of("instance", execution.getJobInstanceId()), rs -> {
                    scan.put(rs.getString(1), rs.getLong(2));
                });
        List<StepExecution> steps = allSteps(execution);
        // unchanged files have no row in input_scan: the scan that completed counted them
        long unchanged = steps.stream().filter(s -> s.getStepName().equals(StepNames.SCAN) && s.getStatus() == BatchStatus.COMPLETED)
                .mapToLong(s -> s.getExecutionContext().getLong(InputScanner.UNCHANGED_FILES, 0L)).reduce((a, b) -> b).orElse(0L);
        RunReport.Files files = new RunReport.Files(
                scan.getOrDefault("NEW", 0L) + scan.getOrDefault("CHANGED", 0L) + unchanged,
                scan.getOrDefault("NEW", 0L) + scan.getOrDefault("CHANGED", 0L), unchanged,
                scan.getOrDefault("REMOVED", 0L), scan.getOrDefault("MISSING", 0L),
                count("SELECT COUNT(*) FROM readout WHERE source_missing", Map.of()));
        long read = sum(steps, StepNames.INGEST, StepExecution::getReadCount);
        long accepted = sum(steps, StepNames.INGEST, StepExecution::getWriteCount);
        long memos = sum(steps, StepNames.MEMOS, StepExecution::getWriteCount);
        long trackerRows = sum(steps, StepNames.TRACKER, StepExecution::getWriteCount);
        // a partitioned step's line counts its partitions (they are named "<step>-partition:partitionN")
        List<RunReport.StepSummary> stepSummaries = execution.getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":partition"))
                .map(s -> new RunReport.StepSummary(s.getStepName(), s.getStatus().name(), s.getReadCount(),
                        s.getWriteCount(), s.getSkipCount(), seconds(s.getStartTime(), s.getEndTime())))
                .toList();
        List<String> failures = execution.getAllFailureExceptions().stream().map(RunReportWriter::describe).toList();
        RunReport.Mail mail = new RunReport.Mail(
                count("SELECT COUNT(*) FROM mail_message WHERE composed_run IN (:ids)", ids),
                count("SELECT COUNT(*) FROM mail_message WHERE sent_run IN (:ids)", ids),
                jdbc.query("SELECT run_date, recipient, attempts, refusals, last_error FROM mail_message"
                                + " WHERE sent_at IS NULL AND outcome IS NULL ORDER BY run_date, recipient", Map.of(),
                        (rs, i) -> new RunReport.HeldMessage(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3),
                                rs.getInt(4), rs.getString(5))),
                givenUp("REFUSED", ids), givenUp("EXPIRED", ids));
        NightParameters night = NightParameters.from(execution.getJobParameters());
        return new RunReport(execution.getJobInstance().getJobName(), night.runDate(), execution.getId(),
                execution.getStatus().name(), execution.getStartTime(), LocalDateTime.now(),
                night.input().toString(), night.output().toString(),
                files,
                new RunReport.Readouts(read, accepted, rejects.size(), newReadouts, changed,
                        Math.max(0, accepted - newReadouts - changed)),
                rejects, warnings, needsReview,
                new RunReport.Written(memos, trackerFile(steps), trackerRows, trackerLeft(steps)), trackerIssues, stepSummaries, failures, mail);
    }

    /**
     * Readouts staff are to give a meeting date or countries on the tracker's Needs review sheet: those without a
     * meeting date, and those in which no country was recognised that staff have given none; by file, then id.
     */
    private List<RunReport.NeedsReview> needsReview() {
        String columns = "SELECT r.source_file, r.id, r.title, (SELECT w.message FROM readout_warning w"
                + " WHERE w.readout_id = r.id AND w.field = 'meetingDate' ORDER BY w.position FETCH FIRST 1 ROWS ONLY),"
                + " CASE WHEN r.meeting_date IS NULL THEN 1 ELSE 0 END, CASE WHEN r.countries = '' AND EXISTS (SELECT 1"
                + " FROM readout_warning w WHERE w.readout_id = r.id AND w.field = 'countries' AND w.message LIKE :noCountry)"
                + " THEN 1 ELSE 0 END";
        Map<String, RunReport.NeedsReview> byFileAndId = new TreeMap<>();
        RowCallbackHandler row = rs -> {
            List<String> needs = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            if (rs.getInt(5) == 1) {
                needs.add(RunReport.NeedsReview.MEETING_DATE);
                missing.add(rs.getString(4));
            }
            if (rs.getInt(6) == 1) {
                needs.add(RunReport.NeedsReview.COUNTRIES);
                missing.add(ReadoutWarning.NO_COUNTRY_RECOGNISED);
            }
            if (!needs.isEmpty()) {
                byFileAndId.put(rs.getString(1) + "\n" + rs.getString(2), new RunReport.NeedsReview(rs.getString(1),
                        rs.getString(2), rs.getString(3), String.join("; ", missing), List.copyOf(needs)));
            }
        };
        Map<String, Object> params = Map.of("noCountry", ReadoutWarning.NO_COUNTRY_RECOGNISED + "%");
        // each by its index: the undated ones by the date's, the others from their warnings
        jdbc.query(columns + " FROM readout r WHERE r.meeting_date IS NULL", params, row);
        jdbc.query(columns + " FROM readout_warning n JOIN readout r ON r.id = n.readout_id WHERE n.field = 'countries'"
                + " AND n.message LIKE :noCountry AND r.countries = ''", params, row);
        return List.copyOf(byFileAndId.values());
    }

    /** Messages this run (any attempt of the night) gave up, for the given reason. */
    private List<RunReport.GivenUpMessage> givenUp(String outcome, Map<String, ?> ids) {
        Map<String, Object> params = new java.util.HashMap<>(ids);
        params.put("outcome", outcome);
        return jdbc.query("SELECT run_date, recipient, attempts, last_error FROM mail_message WHERE outcome = :outcome"
                        + " AND given_up_run IN (:ids) ORDER BY run_date, recipient", params,
                (rs, i) -> new RunReport.GivenUpMessage(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3),
                        rs.getString(4)));
    }

    private static boolean isPartitionsSummary(Throwable failure) {
        return failure instanceof JobExecutionException && String.valueOf(failure.getMessage()).startsWith("Partition handler returned");
    }

    /** Step executions of every attempt of this run, oldest first. */
    private List<StepExecution> allSteps(JobExecution execution) {
        List<StepExecution> steps = new ArrayList<>();
        for (JobExecution attempt : jobRepository.getJobExecutions(execution.getJobInstance())) {
            if (attempt.getId() == execution.getId()) {
                steps.addAll(execution.getStepExecutions());
            } else {
                steps.addAll(attempt.getStepExecutions());
            }
        }
        return steps;
    }

    /** The file the last completed tracker step wrote: tracker.xlsx, or a dated one when it was locked. */
    private static String trackerFile(List<StepExecution> steps) {
        String file = null;
        for (StepExecution step : steps) {
            if (step.getStepName().equals(StepNames.TRACKER) && step.getExecutionContext().containsKey(TrackerWorkbookWriter.WRITTEN_FILE)) {
                file = step.getExecutionContext().getString(TrackerWorkbookWriter.WRITTEN_FILE);
            }
        }
        return file;
    }

    /** The tracker the last completed tracker step left as it was, or null when it wrote one. */
    private static String trackerLeft(List<StepExecution> steps) {
        String left = null;
        for (StepExecution step : steps) {
            if (step.getStepName().equals(StepNames.TRACKER)) {
                left = step.getExecutionContext().containsKey(TrackerWorkbookWriter.LEFT_FILE)
                        ? step.getExecutionContext().getString(TrackerWorkbookWriter.LEFT_FILE) : left;
            }
        }
        return left;
    }

    private static long sum(List<StepExecution> steps, String name, java.util.function.ToLongFunction<StepExecution> f) {
        return steps.stream().filter(s -> s.getStepName().equals(name)).mapToLong(f).sum();
    }

    private long count(String sql, Map<String, ?> params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }

    private static String describe(Throwable t) {
        Throwable root = rootOf(t);
        return root == t ? t.toString() : t + " (cause: " + root + ")";
    }

    private static Throwable rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String summary(RunReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Night %s: %s (run %s)%n", r.runDate(), r.status(), r.jobExecutionId()));
        s.append(String.format("  input: %d files, %d parsed, %d unchanged (not parsed), %d removed%s%s%n", r.files().found(),
                r.files().parsed(), r.files().unchanged(), r.files().removed(),
                r.files().missing() > 0 ? ", " + r.files().missing() + " missing (not marked removed)" : "",
                r.files().readoutsWithoutSource() > 0
                        ? "; " + r.files().readoutsWithoutSource() + " readouts kept without a source file" : ""));
        s.append(String.format("  read %d records: %d accepted (%d new, %d changed, %d unchanged), %d rejected%n",
                r.readouts().read(), r.readouts().accepted(), r.readouts().newReadouts(), r.readouts().changed(),
                r.readouts().unchanged(), r.readouts().rejected()));
        for (RunReport.Reject reject : r.rejected()) {
            s.append(String.format("    rejected %s%s%s: %s%n", reject.file(), reject.line() > 0 ? ":" + reject.line() : "",
                    reject.field() == null ? "" : " [" + reject.field() + "]", reject.reason()));
        }
        for (RunReport.Warning warning : r.warnings().stream().limit(MAX_LISTED).toList()) {
            s.append(String.format("    warning %s%s [%s]: %s%n", warning.file(), warning.line() > 1 ? ":" + warning.line() : "",
                    warning.field(), warning.message()));
        }
        if (r.warnings().size() > MAX_LISTED) {
            s.append(String.format("    and %d more warnings in %s%n", r.warnings().size() - MAX_LISTED, FILE_NAME));
        }
        long undated = r.needsReview().stream().filter(n -> n.needs().contains(RunReport.NeedsReview.MEETING_DATE)).count();
        if (undated > 0) {
            s.append(String.format("  %s no meeting date: give %s one on the tracker's Needs review sheet%n",
                    undated == 1 ? "1 readout has" : undated + " readouts have", undated == 1 ? "it" : "them"));
        }
        long placeless = r.needsReview().stream().filter(n -> n.needs().contains(RunReport.NeedsReview.COUNTRIES)).count();
        if (placeless > 0) {
            s.append(String.format("  %s no country recognised: type %s countries on the tracker's Needs review sheet%n",
                    placeless == 1 ? "1 readout has" : placeless + " readouts have", placeless == 1 ? "its" : "their"));
        }
        for (TrackerIssue issue : r.trackerIssues()) {
            s.append(String.format("    tracker %s%s%s%s: %s%n", issue.sheet(), issue.row() > 0 ? " row " + issue.row() : "",
                    issue.id() == null ? "" : " (ID " + issue.id() + ")",
                    issue.column().isEmpty() ? "" : " [" + issue.column() + "]", issue.reason()));
        }
        if (r.written().tracker() == null && r.written().trackerLeft() != null) {
            s.append(String.format("  wrote %d memos to %s; %s left as it was (nothing it shows changed)", r.written().memos(),
                    r.output(), r.written().trackerLeft()));
        } else {
            s.append(String.format("  wrote %d memos and %s (%d rows) to %s", r.written().memos(),
                    r.written().tracker() == null ? "no tracker" : r.written().tracker(), r.written().trackerRows(), r.output()));
        }
        if (r.mail().composed() > 0 || r.mail().sent() > 0 || !r.mail().held().isEmpty() || !r.mail().refused().isEmpty()
                || !r.mail().expired().isEmpty()) {
            s.append(String.format("%n  mail: %d %s for tonight, %d sent", r.mail().composed(),
                    r.mail().composed() == 1 ? "message" : "messages", r.mail().sent()));
            for (RunReport.HeldMessage held : r.mail().held()) {
                s.append(String.format("%n    held for the next run: %s to %s: %s", held.night(), held.recipient(), held.error()));
            }
            for (RunReport.GivenUpMessage refused : r.mail().refused()) {
                s.append(String.format("%n    given up, refused %d times: %s to %s: %s", refused.attempts(), refused.night(),
                        refused.recipient(), refused.error()));
            }
            for (RunReport.GivenUpMessage expired : r.mail().expired()) {
                s.append(String.format("%n    dropped, held too long: %s to %s: %s", expired.night(), expired.recipient(),
                        expired.error()));
            }
        }
        for (String failure : r.failures()) {
            s.append(String.format("%n  failure: %s", failure));
        }
        return s.toString();
    }
}
