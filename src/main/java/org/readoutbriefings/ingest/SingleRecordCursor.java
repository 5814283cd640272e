package org.readoutbriefings.ingest;

import java.io.IOException;
import java.util.NoSuchElementException;

/** The cursor of a format that holds one readout per file. */
final class SingleRecordCursor implements RecordCursor {

    interface RecordSupplier {
        SourceRecord read() throws IOException;
    }

    private SourceRecord record;

    private SingleRecordCursor(SourceRecord record) {
        this.record = record;
    }

    static RecordCursor of(RecordSupplier supplier) throws IOException {
        return new SingleRecordCursor(supplier.read());
    }

    @Override
    public boolean hasNext() {
        return record != null;
    }

    @Override
    public SourceRecord next() {
        if (record == null) {
            throw new NoSuchElementException();
        }
        SourceRecord result = record;
        record = null;
        return result;
    }

    @Override
    public void close() {
    }
}
