package org.readoutbriefings.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Past runs of a job, from Spring Batch's job repository tables. */
public class RunHistory {

    /** A job execution that completed: the night it ran for, and when it ended. */
    public record CompletedRun(long executionId, LocalDateTime endedAt, LocalDate runDate) {
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
        String latest = jdbc.queryForObject("SELECT MAX(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?"
                        + " WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED'", String.class, runDateParameter, jobName);
        return Optional.ofNullable(latest).map(LocalDate::parse);
    }

    /**
     * The latest completed execution for a night before {@code runDate}: what "new since the previous night"
     * counts from, so that a forced rerun of a night lists what its first run listed.
     */
    public Optional<CompletedRun> lastCompletedNightBefore(LocalDate runDate) {
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, e.END_TIME, p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?"
                        + " WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED' AND p.PARAMETER_VALUE < ?"
                        + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> {
                    Timestamp ended = rs.getTimestamp(2);
                    return new CompletedRun(rs.getLong(1), ended == null ? null : ended.toLocalDateTime(),
                            LocalDate.parse(rs.getString(3)));
                },
                runDateParameter, jobName, runDate.toString()).stream().findFirst();
    }
}
