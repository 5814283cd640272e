package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every record of every input file, one file after the other. A file that cannot be opened, or
 * whose type is not supported, becomes one unreadable record so that it is reported like any other
 * reject. Restartable: the item count is saved with each chunk and the files are always read in the
 * same order.
 */
public class ReadoutRecordReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private final InputFolder folder;
    private Iterator<Path> files;
    private RecordCursor current;

    public ReadoutRecordReader(InputFolder folder) {
        this.folder = folder;
        setName("readoutRecordReader");
    }

    @Override
    protected void doOpen() {
        List<Path> all = folder.files();
        files = all.iterator();
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
