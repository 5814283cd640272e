package org.readoutbriefings.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the night's files to read among the ingest step's partitions by a stable hash of each file's path,
 * so that partitions read about as many files each, a file always falls to the same one, and a restarted
 * partition finds the very files it was reading. The number of partitions is kept in each partition's
 * context: a restart with another setting still splits as the failed run did.
 */
public final class IngestPartitions implements Partitioner {

    /** Keys of a partition's step execution context: which partition it is, of how many. */
    public static final String INDEX = "briefings.ingest.partition";
    public static final String COUNT = "briefings.ingest.partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, i);
            context.putInt(COUNT, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** The partition, of {@code count}, that reads the file of this relative path. */
    public static int of(String path, int count) {
        // CRC32 is defined byte for byte, unlike a hash code a JVM may change: the split is the same in any process
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }
}
