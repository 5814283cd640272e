package org.readoutbriefings.ingest;

import java.util.Iterator;

/** The records of one open input file, read one at a time so that a large file never sits in memory. */
public interface RecordCursor extends Iterator<SourceRecord>, AutoCloseable {

    @Override
    void close();
}
