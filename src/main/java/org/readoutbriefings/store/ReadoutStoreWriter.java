package org.readoutbriefings.store;

import org.readoutbriefings.domain.Readout;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes accepted readouts to the database, in the chunk's transaction. */
public class ReadoutStoreWriter implements ItemWriter<Readout> {

    private final ReadoutStore store;
    private final long runId;

    public ReadoutStoreWriter(ReadoutStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Readout> chunk) {
        store.saveAll(chunk.getItems(), runId);
    }
}
