package org.readoutbriefings.ingest;

import org.readoutbriefings.partition.NumberedPartitions;

/**
 * Splits the night's files to read among the ingest step's partitions by a stable hash of each file's path,
 * so that partitions read about as many files each, a file always falls to the same one, and a restarted
 * partition finds the very files it was reading, in this process or in a worker's (scale-out).
 */
public final class IngestPartitions extends NumberedPartitions {

    /** Keys of a partition's step execution context: which partition it is, of how many. */
    public static final String INDEX = "briefings.ingest.partition";
    public static final String COUNT = "briefings.ingest.partitions";

    public IngestPartitions() {
        super(INDEX, COUNT);
    }

    /** The partition, of {@code count}, that reads the file of this relative path. */
    public static int of(String path, int count) {
        return byHash(path, count);
    }
}
