package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.readoutbriefings.domain.RecordOrigin;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every record of the input files the scan chose, one file after the other. A file that cannot be opened, or
 * whose type is not supported, becomes one unreadable record so that it is reported like any other
 * reject. Restartable: the item count is saved with each chunk and the files are always read in the
 * same order.
 */
public class ReadoutRecordReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private final InputFolder folder;
    private final Supplier<List<Path>> toRead;
    private Iterator<Path> files;
    private RecordCursor current;

    /**
     * @param toRead the files to read, in a fixed order (the scan's new and changed files)
     */
    public ReadoutRecordReader(InputFolder folder, Supplier<List<Path>> toRead) {
        this.folder = folder;
        this.toRead = toRead;
        setName("readoutRecordReader");
    }

    @Override
    protected void doOpen() {
        files = toRead.get().iterator();
    }

    @Override
    protected SourceRecord doRead() {
        while (true) {
            if (current != null && current.hasNext()) {
                return current.next();
            }
            closeCurrent();
            if (!files.hasNext()) {
                return null;
            }
            Path file = files.next();
            String name = folder.relativeName(file);
            var format = folder.formatOf(file);
            if (format.isEmpty()) {
                return SourceRecord.unreadable(new RecordOrigin(name, 0),
                        "unsupported file type; supported: " + String.join(", ", folder.supportedExtensions()));
            }
            try {
                current = format.get().open(file, name);
            } catch (IOException e) {
                return SourceRecord.unreadable(new RecordOrigin(name, 0), "cannot read the file: " + e);
            }
        }
    }

    @Override
    protected void doClose() {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
