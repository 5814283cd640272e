package org.readoutbriefings.memo;

import java.io.IOException;
import java.nio.file.Path;

import org.readoutbriefings.output.AtomicFiles;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Puts rendered memos in place under the output folder, each file replaced in one step. */
public class MemoFileWriter implements ItemWriter<RenderedMemo> {

    private final Path output;

    public MemoFileWriter(Path output) {
        this.output = output;
    }

    @Override
    public void write(Chunk<? extends RenderedMemo> chunk) throws IOException {
        for (RenderedMemo memo : chunk) {
            AtomicFiles.write(output.resolve(memo.subject().relativePath()), memo.pdf());
        }
    }
}
