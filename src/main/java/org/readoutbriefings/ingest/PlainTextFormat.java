package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

/** {@code .txt}: one readout in prose per file, UTF-8 or UTF-16 with a byte-order mark. */
public final class PlainTextFormat implements InputFormat {

    private final long maxBytes;

    public PlainTextFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        return SingleRecordCursor.of(() -> {
            RecordOrigin origin = new RecordOrigin(name, 1);
            WholeFile.Text text = WholeFile.text(file, maxBytes);
            return text.problem() != null ? SourceRecord.unreadable(origin, text.problem())
                    : SourceRecord.prose(origin, text.text(), null);
        });
    }
}
