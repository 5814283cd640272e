package org.readoutbriefings.ingest;

import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips rejected records, however many; anything else (the database gone, the disk full) fails the step
 * so that a restart can finish the job.
 */
public class RejectedRecordSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        return t instanceof RejectedRecordException;
    }
}
