package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.output.OutputFiles;

class TrackerFilesTest {

    private static final OutputFiles FILES = new OutputFiles(OutputFiles.DEFAULT_MODE);

    @TempDir
    Path folder;

    @Test
    void keepsTheNewestBackupsAndEveryUnreadableTracker() throws Exception {
        Path tracker = Files.writeString(folder.resolve("tracker.xlsx"), "night 0");
        LocalDateTime night = LocalDateTime.of(2026, 11, 27, 23, 0);
        new TrackerFiles(tracker, 2, night, FILES).keepUnreadable();
        for (int i = 1; i <= 4; i++) {
            Files.writeString(tracker, "night " + i);
            new TrackerFiles(tracker, 2, night.plusDays(i), FILES).backUp(TrackerFiles.sha256(tracker));
        }
        try (var files = Files.list(folder.resolve(TrackerFiles.BACKUPS))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of(
                    "tracker-2026-11-30-230000.xlsx", "tracker-2026-12-01-230000.xlsx",
                    "tracker-unreadable-2026-11-27-230000.xlsx"));
        }
        assertThat(Files.readString(folder.resolve(TrackerFiles.BACKUPS).resolve("tracker-2026-12-01-230000.xlsx")))
                .isEqualTo("night 4");
        assertThat(new TrackerFiles(tracker, 2, night, FILES).dated().getFileName().toString())
                .isEqualTo("tracker-2026-11-27-230000.xlsx");
    }

    @Test
    void aTrackerWithoutWritePermissionIsReadOnlyEvenForRoot() throws Exception {
        Path tracker = Files.writeString(folder.resolve("tracker.xlsx"), "x");
        TrackerFiles files = new TrackerFiles(tracker, 7, LocalDateTime.now(), FILES);
        assertThat(files.isReadOnly()).isFalse();
        assertThat(tracker.toFile().setWritable(false, false)).isTrue();
        assertThat(files.isReadOnly()).isTrue();
    }
}
