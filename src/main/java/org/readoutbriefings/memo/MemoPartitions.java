package org.readoutbriefings.memo;

import org.readoutbriefings.partition.NumberedPartitions;

/**
 * Splits the night's memos among the partitions of the partitioned memo step (scale-out) by a stable hash of
 * each subject, so every process that lists the subjects agrees on which partition renders which memo, and a
 * restarted partition renders the very memos it was rendering.
 */
public final class MemoPartitions extends NumberedPartitions {

    /** Keys of a partition's step execution context: which partition it is, of how many. */
    public static final String INDEX = "briefings.memo.partition";
    public static final String COUNT = "briefings.memo.partitions";

    public MemoPartitions() {
        super(INDEX, COUNT);
    }

    /** The partition, of {@code count}, that renders this subject's memo. */
    public static int of(MemoSubject subject, int count) {
        return byHash(subject.kind().folder() + "/" + subject.key(), count);
    }
}
