package org.readoutbriefings.ingest;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of an input file without reading it: its size, modification time and file key
 * (device and inode on Unix; null where the file system has none). The scan compares it with what was
 * recorded when the file's content was last hashed, and trusts a file whose metadata have not changed, as
 * rsync and git do, so that an unchanged night reads no file.
 *
 * @param modifiedNanos the modification time, in nanoseconds since the epoch (as precise as the file system keeps it)
 */
public record FileMetadata(long size, long modifiedNanos, String fileKey) {

    /**
     * How long after a file's modification its hash must have been taken for the hash to be trusted later:
     * a file written again within the same tick of a coarse clock (FAT keeps two seconds, some network file
     * systems one) as it was hashed keeps its modification time, so such a file is hashed again the next night
     * (git's "racily clean" entries).
     */
    static final long SAME_TICK_NANOS = TimeUnit.SECONDS.toNanos(2);

    static FileMetadata of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileMetadata(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? null : key.toString());
    }

    /**
     * Whether a file with these metadata still holds what it held when it was hashed with {@code recorded}
     * metadata at {@code hashedAtNanos} (since the epoch), so need not be read again: same size, modification
     * time and file key, and modified well before that hash was taken. Null {@code recorded} metadata or hash
     * time (a record made before they were kept) is never trusted.
     */
    public boolean unchangedSince(FileMetadata recorded, Long hashedAtNanos) {
        return recorded != null && hashedAtNanos != null
                && size == recorded.size && modifiedNanos == recorded.modifiedNanos
                && Objects.equals(fileKey, recorded.fileKey)
                && modifiedNanos < hashedAtNanos - SAME_TICK_NANOS;
    }
}
