package org.readoutbriefings.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.readoutbriefings.progress.ProgressReporter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the ingest step has committed its records: remembers the size, hash and metadata (modification time,
 * file key, when it was hashed) of every file it read, with the extraction rules that read it
 * ({@link ExtractionRules}), and forgets removed files, so the next run parses only what changes. Runs after
 * ingest, so a crash before it only makes the next run read those files again, which changes nothing.
 */
public class InputFileRecorder implements Tasklet {

    private final JdbcTemplate jdbc;
    private final long instanceId;
    private final Clock clock;

    public InputFileRecorder(JdbcTemplate jdbc, long instanceId, Clock clock) {
        this.jdbc = jdbc;
        this.instanceId = instanceId;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.update("DELETE FROM input_file WHERE path IN (SELECT path FROM input_scan WHERE job_instance_id = ?"
                + " AND state IN ('NEW', 'CHANGED', 'REMOVED'))", instanceId);
        int read = jdbc.update("INSERT INTO input_file (path, size_bytes, sha256, read_run, rejected, read_at,"
                + " modified_ns, file_key, hashed_at_ns, extraction_rules)"
                + " SELECT s.path, s.size_bytes, s.sha256, s.job_instance_id,"
                + " (SELECT COUNT(*) FROM ingest_reject r JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id"
                + " WHERE e.job_instance_id = s.job_instance_id AND r.file = s.path), ?, s.modified_ns, s.file_key, s.hashed_at_ns, ?"
                + " FROM input_scan s WHERE s.job_instance_id = ? AND s.state IN ('NEW', 'CHANGED')",
                now, ExtractionRules.fingerprint(), instanceId);
        contribution.incrementWriteCount(read);
        ProgressReporter.summarise(contribution, read + " files recorded as read");
        return RepeatStatus.FINISHED;
    }
}
