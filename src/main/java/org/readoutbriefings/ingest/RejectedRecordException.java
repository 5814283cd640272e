package org.readoutbriefings.ingest;

import org.readoutbriefings.domain.RecordOrigin;

/**
 * A record that cannot be accepted. The job skips it, reports it with its file, line, field and reason,
 * and goes on with the rest.
 */
public class RejectedRecordException extends RuntimeException {

    private final transient RecordOrigin origin;
    private final String field;
    private final String reason;

    public RejectedRecordException(RecordOrigin origin, String field, String reason) {
        super(origin + (field == null ? "" : " [" + field + "]") + ": " + reason);
        this.origin = origin;
        this.field = field;
        this.reason = reason;
    }

    /**
     * A record whose id an earlier record of the night has (in reading order): the first one is kept.
     *
     * @param prose whether the record is prose, whose id is derived rather than given in a field
     */
    public static RejectedRecordException secondClaim(RecordOrigin origin, boolean prose, String id, RecordOrigin first) {
        return new RejectedRecordException(origin, prose ? null : "id", "'" + id + "' is also the id of the readout at "
                + first + "; the first one was kept");
    }

    public RecordOrigin origin() {
        return origin;
    }

    /** The offending field ("countries[2]"), or null when the whole record or file is at fault. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
