package org.readoutbriefings.store;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Past runs of a job, from Spring Batch's job repository tables. */
public class RunHistory {

    /** A job execution that completed, and the night it ran for. */
    public record CompletedRun(long executionId, LocalDate runDate) {
    }

    private final JdbcTemplate jdbc;
    private final String jobName;
    private final String runDateParameter;

    /** @param runDateParameter the job parameter that holds a run's date (stored as an ISO date, so its text sorts) */
    public RunHistory(JdbcTemplate jdbc, String jobName, String runDateParameter) {
        this.jdbc = jdbc;
        this.jobName = jobName;
        this.runDateParameter = runDateParameter;
    }

    /** The latest night a run completed for, if any. */
    public Optional<LocalDate> latestCompletedNight() {
        String latest = jdbc.queryForObject("SELECT MAX(p.PARAMETER_VALUE)" + COMPLETED_NIGHTS, String.class,
                runDateParameter, jobName);
        return Optional.ofNullable(latest).map(LocalDate::parse);
    }

    /**
     * The latest completed execution for a night before {@code runDate}: what "new since the previous night"
     * counts from, so that a forced rerun of a night lists what its first run listed.
     */
    public Optional<CompletedRun> lastCompletedNightBefore(LocalDate runDate) {
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, p.PARAMETER_VALUE" + COMPLETED_NIGHTS + " AND p.PARAMETER_VALUE < ?"
                        + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new CompletedRun(rs.getLong(1), LocalDate.parse(rs.getString(2))),
                runDateParameter, jobName, runDate.toString()).stream().findFirst();
    }

    /**
     * The execution that completed the night of {@code runDate}, if its last run (forced reruns aside, which
     * carry {@code forcedParameter}) completed.
     */
    public Optional<Long> completedRunFor(LocalDate runDate, String forcedParameter) {
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, e.STATUS FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?"
                        + " WHERE i.JOB_NAME = ? AND p.PARAMETER_VALUE = ? AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS f"
                        + " WHERE f.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND f.PARAMETER_NAME = ?)"
                        + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new Execution(rs.getLong(1), rs.getString(2)),
                runDateParameter, jobName, runDate.toString(), forcedParameter).stream().findFirst()
                .filter(last -> "COMPLETED".equals(last.status())).map(Execution::id);
    }

    private record Execution(long id, String status) {
    }

    /** Completed executions with their night ({@code p.PARAMETER_VALUE}); binds the parameter name, the job. */
    private static final String COMPLETED_NIGHTS = " FROM BATCH_JOB_EXECUTION e"
            + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
            + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?"
            + " WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED'";
}
