package org.readoutbriefings.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the scan may take a file for unchanged without reading it. */
class FileMetadataTest {

    private static final long MODIFIED = TimeUnit.SECONDS.toNanos(1_700_000_000L) + 123_456_789L;
    private static final long AN_HOUR_LATER = MODIFIED + TimeUnit.HOURS.toNanos(1);
    private static final FileMetadata RECORDED = new FileMetadata(4096, MODIFIED, "(dev=803,ino=1234)");

    @TempDir
    Path folder;

    @Test
    void aFileWhoseSizeTimeAndKeyAreAsRecordedIsUnchanged() {
        assertThat(new FileMetadata(4096, MODIFIED, "(dev=803,ino=1234)").unchangedSince(RECORDED, AN_HOUR_LATER)).isTrue();
    }

    @Test
    void anyDifferenceInSizeTimeOrKeyMeansTheFileMustBeRead() {
        assertThat(new FileMetadata(4097, MODIFIED, "(dev=803,ino=1234)").unchangedSince(RECORDED, AN_HOUR_LATER))
                .as("size").isFalse();
        assertThat(new FileMetadata(4096, MODIFIED + 1, "(dev=803,ino=1234)").unchangedSince(RECORDED, AN_HOUR_LATER))
                .as("a nanosecond later").isFalse();
        assertThat(new FileMetadata(4096, MODIFIED - TimeUnit.DAYS.toNanos(1), "(dev=803,ino=1234)")
                .unchangedSince(RECORDED, AN_HOUR_LATER)).as("an older time, as a restored backup has").isFalse();
        assertThat(new FileMetadata(4096, MODIFIED, "(dev=803,ino=9999)").unchangedSince(RECORDED, AN_HOUR_LATER))
                .as("another inode: the file was replaced, e.g. by a rename over it").isFalse();
        assertThat(new FileMetadata(4096, MODIFIED, null).unchangedSince(RECORDED, AN_HOUR_LATER))
                .as("a key that is no longer given").isFalse();
    }

    @Test
    void aFileSystemWithoutFileKeysIsComparedOnSizeAndTime() {
        FileMetadata recorded = new FileMetadata(4096, MODIFIED, null);
        assertThat(new FileMetadata(4096, MODIFIED, null).unchangedSince(recorded, AN_HOUR_LATER)).isTrue();
        assertThat(new FileMetadata(10, MODIFIED, null).unchangedSince(recorded, AN_HOUR_LATER)).isFalse();
    }

    @Test
    void aFileHashedWithinTheSameTickAsItWasModifiedIsReadAgain() {
        // it may have been written again after the hash without its time moving on a coarse clock
        FileMetadata same = new FileMetadata(4096, MODIFIED, "(dev=803,ino=1234)");
        assertThat(same.unchangedSince(RECORDED, MODIFIED)).isFalse();
        assertThat(same.unchangedSince(RECORDED, MODIFIED + FileMetadata.SAME_TICK_NANOS)).isFalse();
        assertThat(same.unchangedSince(RECORDED, MODIFIED - TimeUnit.SECONDS.toNanos(5)))
                .as("modified after it was hashed, by a clock ahead of ours").isFalse();
        assertThat(same.unchangedSince(RECORDED, MODIFIED + FileMetadata.SAME_TICK_NANOS + 1)).isTrue();
    }

    @Test
    void aRecordMadeBeforeMetadataWereKeptIsNeverTrusted() {
        FileMetadata now = new FileMetadata(4096, MODIFIED, "(dev=803,ino=1234)");
        assertThat(now.unchangedSince(null, AN_HOUR_LATER)).isFalse();
        assertThat(now.unchangedSince(RECORDED, null)).isFalse();
    }

    @Test
    void metadataAreTakenFromTheFileSystemAsPreciselyAsItKeepsThem() throws IOException {
        Path file = Files.writeString(folder.resolve("a.txt"), "Tokyo, 1 May 2024.");
        Instant modified = Instant.parse("2024-05-01T10:15:30.123456Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        FileMetadata metadata = FileMetadata.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        assertThat(metadata.size()).isEqualTo(18);
        assertThat(metadata.modifiedNanos()).isEqualTo(TimeUnit.SECONDS.toNanos(modified.getEpochSecond()) + 123_456_000L);
        // rewritten with the same size and its time put back: only the file key could tell, and it cannot
        Files.writeString(file, "Tokyo, 2 May 2024.");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        assertThat(FileMetadata.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)))
                .as("what --verify is for").isEqualTo(metadata);
    }
}
