package org.readoutbriefings.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Past runs of a job, from Spring Batch's job repository tables. */
public class RunHistory {

    /** A job execution that completed, and when it ended. */
    public record CompletedRun(long executionId, LocalDateTime endedAt) {
    }

    private final JdbcTemplate jdbc;
    private final String jobName;

    public RunHistory(JdbcTemplate jdbc, String jobName) {
        this.jdbc = jdbc;
        this.jobName = jobName;
    }

    /** The latest execution of the job that completed before execution {@code executionId} started, if any. */
    public Optional<CompletedRun> lastCompletedBefore(long executionId) {
        List<CompletedRun> runs = jdbc.query("SELECT e.JOB_EXECUTION_ID, e.END_TIME FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED' AND e.JOB_EXECUTION_ID < ?"
                        + " ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> {
                    Timestamp ended = rs.getTimestamp(2);
                    return new CompletedRun(rs.getLong(1), ended == null ? null : ended.toLocalDateTime());
                },
                jobName, executionId);
        return runs.stream().findFirst();
    }
}
