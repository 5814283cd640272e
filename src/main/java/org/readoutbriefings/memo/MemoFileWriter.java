package org.readoutbriefings.memo;

import java.io.IOException;
import java.nio.file.Path;

import org.readoutbriefings.output.OutputFiles;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Puts rendered memos in place under the output folder, each file replaced in one step. */
public class MemoFileWriter implements ItemWriter<RenderedMemo> {

    private final Path output;
    private final OutputFiles files;

    public MemoFileWriter(Path output, OutputFiles files) {
        this.output = output;
        this.files = files;
    }

    @Override
    public void write(Chunk<? extends RenderedMemo> chunk) throws IOException {
        for (RenderedMemo memo : chunk) {
            files.write(output.resolve(memo.subject().relativePath()), memo.pdf());
        }
    }
}
