package org.readoutbriefings.partition;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitions that know only their number and how many there are, kept in each partition's step execution
 * context; each partition's reader takes the items whose stable hash ({@link #byHash}) falls to it. The count is
 * kept too, so a restart with another setting still splits as the failed run did.
 */
public class NumberedPartitions implements Partitioner {

    private final String indexKey;
    private final String countKey;

    /** @param indexKey the context key of a partition's number; {@code countKey} that of the number of partitions */
    public NumberedPartitions(String indexKey, String countKey) {
        this.indexKey = indexKey;
        this.countKey = countKey;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(indexKey, i);
            context.putInt(countKey, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** The partition, of {@code count}, that an item of this key falls to. */
    public static int byHash(String key, int count) {
        // CRC32 is defined byte for byte, unlike a hash code a JVM may change: the split is the same in any process
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }
}
