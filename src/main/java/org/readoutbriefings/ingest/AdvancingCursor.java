package org.readoutbriefings.ingest;

import java.util.NoSuchElementException;

/**
 * A cursor that reads ahead one record: a format says only how to read the next one ({@link #advance()}), and
 * when it has read them all ({@link #finish()}).
 */
abstract class AdvancingCursor implements RecordCursor {

    private boolean done;
    private SourceRecord next;

    /** The next record; null for something that holds none (a blank line) or, after {@link #finish()}, for the end. */
    protected abstract SourceRecord advance();

    /** Says that nothing is left to read after the record {@link #advance()} returns now. */
    protected final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord record = next;
        next = null;
        return record;
    }
}
