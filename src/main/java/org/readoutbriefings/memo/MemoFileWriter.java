package org.readoutbriefings.memo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.store.MemoVersions;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Puts rendered memos in place under the output folder, each file replaced in one step, and records what each
 * said that night ({@link MemoVersions}) in the chunk's transaction.
 */
public class MemoFileWriter implements ItemWriter<RenderedMemo> {

    private final Path output;
    private final OutputFiles files;
    private final MemoVersions versions;
    private final LocalDate runDate;

    public MemoFileWriter(Path output, OutputFiles files, MemoVersions versions, LocalDate runDate) {
        this.output = output;
        this.files = files;
        this.versions = versions;
        this.runDate = runDate;
    }

    @Override
    public void write(Chunk<? extends RenderedMemo> chunk) throws IOException {
        for (RenderedMemo memo : chunk) {
            MemoSubject subject = memo.subject();
            files.write(output.resolve(subject.relativePath()), memo.pdf());
            versions.record(subject.kind().folder(), subject.key(), subject.name(), subject.relativePath(), runDate,
                    memo.fingerprint(), memo.pages());
        }
    }
}
