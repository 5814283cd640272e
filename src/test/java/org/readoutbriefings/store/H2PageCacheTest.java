package org.readoutbriefings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page cache around the ingest: H2's default while writing, an eighth of the heap for reading. */
class H2PageCacheTest {

    private static final long GIGABYTE = 1L << 30;

    @TempDir
    Path folder;

    /** An archive of ten readouts, and its cache in a 1 GB heap. */
    JdbcTemplate jdbc;
    H2PageCache cache;

    @BeforeEach
    void archiveOfTenReadouts() {
        String url = "jdbc:h2:file:" + folder.resolve("briefings");
        jdbc = archiveOf(url, 10);
        cache = new H2PageCache(jdbc, url, GIGABYTE);
    }

    @Test
    void defaultWhileTheIngestWritesAndAnEighthOfTheHeapAfterIt() {
        cache.beforeStep(ingest(0));
        assertThat(cacheKb(jdbc)).isEqualTo(H2PageCache.WRITING_KB);
        cache.afterStep(ingest(10));
        assertThat(cacheKb(jdbc)).isEqualTo(128 * 1024);
        // the next night starts its ingest with the default again
        cache.beforeStep(ingest(0));
        assertThat(cacheKb(jdbc)).isEqualTo(H2PageCache.WRITING_KB);
    }

    @Test
    void aNightThatStoresMoreThanTheArchiveHeldKeepsTheDefault() {
        cache.beforeStep(ingest(0));
        cache.afterStep(ingest(11));
        assertThat(cacheKb(jdbc)).isEqualTo(H2PageCache.WRITING_KB);
    }

    @Test
    void aCacheSizeTheUrlSetsIsLeftAlone() {
        String url = "jdbc:h2:file:" + folder.resolve("other") + ";CACHE_SIZE=4096";
        JdbcTemplate other = archiveOf(url, 10);
        H2PageCache cacheSetByUrl = new H2PageCache(other, url, GIGABYTE);

        cacheSetByUrl.beforeStep(ingest(0));
        cacheSetByUrl.afterStep(ingest(1));
        assertThat(cacheKb(other)).isEqualTo(4096);
    }

    /** A database whose readout table holds {@code readouts} rows (only the count matters here). */
    private static JdbcTemplate archiveOf(String url, int readouts) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE readout (id INT PRIMARY KEY)");
        for (int i = 0; i < readouts; i++) {
            jdbc.update("INSERT INTO readout VALUES (?)", i);
        }
        return jdbc;
    }

    /** The ingest step's execution, having written {@code readouts}. */
    private static StepExecution ingest(long readouts) {
        StepExecution ingest = new StepExecution("ingest", null);
        ingest.setWriteCount(readouts);
        return ingest;
    }

    private static long cacheKb(JdbcTemplate jdbc) {
        return Long.parseLong(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'", String.class));
    }
}
