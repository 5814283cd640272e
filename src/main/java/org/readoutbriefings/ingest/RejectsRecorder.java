package org.readoutbriefings.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.domain.RecordOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every skipped record, with its file, line, field and reason, in {@code ingest_reject} for the
 * run report, and logs it.
 */
public class RejectsRecorder implements SkipListener<SourceRecord, Readout> {

    private static final Logger log = LoggerFactory.getLogger(RejectsRecorder.class);

    private final JdbcTemplate jdbc;
    private final long jobExecutionId;
    private final Clock clock;

    public RejectsRecorder(JdbcTemplate jdbc, long jobExecutionId, Clock clock) {
        this.jdbc = jdbc;
        this.jobExecutionId = jobExecutionId;
        this.clock = clock;
    }

    @Override
    public void onSkipInProcess(SourceRecord item, Throwable t) {
        if (t instanceof RejectedRecordException rejected) {
            record(rejected.origin(), rejected.field(), rejected.reason());
        } else {
            record(item.origin(), null, "could not be processed: " + t);
        }
    }

    @Override
    public void onSkipInWrite(Readout item, Throwable t) {
        record(item.origin(), null, "could not be stored: " + t.getMessage());
    }

    @Override
    public void onSkipInRead(Throwable t) {
        record(new RecordOrigin("(input folder)", 0), null, "could not be read: " + t.getMessage());
    }

    /** A record rejected when it was stored: it claimed an id an earlier record of the night has. */
    public void onSecondClaim(RecordOrigin origin, boolean prose, String id, RecordOrigin first) {
        RejectedRecordException rejected = RejectedRecordException.secondClaim(origin, prose, id, first);
        record(rejected.origin(), rejected.field(), rejected.reason());
    }

    private void record(RecordOrigin origin, String field, String reason) {
        log.warn("Rejected {}{}: {}", origin, field == null ? "" : " [" + field + "]", reason);
        jdbc.update("INSERT INTO ingest_reject (job_execution_id, file, line, field, reason, rejected_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                jobExecutionId, cut(origin.file(), 1000), origin.line(), cut(field, 200), cut(reason, 2000),
                Timestamp.valueOf(LocalDateTime.now(clock)));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
