package org.readoutbriefings.store;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

import org.readoutbriefings.domain.Readout;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes accepted readouts to the database, in the chunk's transaction. A record that claims an id another
 * record of the night already has is handed to {@code secondClaims} to be reported, and taken out of the chunk,
 * so the step counts each stored readout once whichever of the two was kept.
 */
public class ReadoutStoreWriter implements ItemWriter<Readout> {

    private final ReadoutStore store;
    private final long runId;
    private final long instanceId;
    private final Consumer<ReadoutStore.SecondClaim> secondClaims;

    public ReadoutStoreWriter(ReadoutStore store, long runId, long instanceId, Consumer<ReadoutStore.SecondClaim> secondClaims) {
        this.store = store;
        this.runId = runId;
        this.instanceId = instanceId;
        this.secondClaims = secondClaims;
    }

    @Override
    public void write(Chunk<? extends Readout> chunk) {
        var claims = store.saveAll(chunk.getItems(), runId, instanceId);
        if (claims.isEmpty()) {
            return;
        }
        Map<Readout, ReadoutStore.SecondClaim> byRecord = new IdentityHashMap<>();
        claims.forEach(c -> byRecord.put(c.incoming(), c));
        for (Iterator<? extends Readout> items = chunk.iterator(); items.hasNext(); ) {
            ReadoutStore.SecondClaim claim = byRecord.get(items.next());
            if (claim != null) {
                items.remove();
                secondClaims.accept(claim);
            }
        }
    }
}
