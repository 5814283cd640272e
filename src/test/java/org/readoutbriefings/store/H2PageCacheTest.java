package org.readoutbriefings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page cache around the ingest: H2's default while writing, an eighth of the heap for reading. */
class H2PageCacheTest {

    private static final long GIGABYTE = 1L << 30;

    @TempDir
    Path folder;

    @Test
    void defaultWhileTheIngestWritesAndAnEighthOfTheHeapAfterIt() {
        JdbcTemplate jdbc = h2("jdbc:h2:file:" + folder.resolve("briefings"));
        H2PageCache cache = new H2PageCache(jdbc, "jdbc:h2:file:" + folder.resolve("briefings"), GIGABYTE);

        cache.afterStep(null);
        assertThat(cacheKb(jdbc)).isEqualTo(128 * 1024);
        cache.beforeStep(null);
        assertThat(cacheKb(jdbc)).isEqualTo(H2PageCache.WRITING_KB);
    }

    @Test
    void aCacheSizeTheUrlSetsIsLeftAlone() {
        String url = "jdbc:h2:file:" + folder.resolve("briefings") + ";CACHE_SIZE=4096";
        JdbcTemplate jdbc = h2(url);
        H2PageCache cache = new H2PageCache(jdbc, url, GIGABYTE);

        cache.afterStep(null);
        assertThat(cacheKb(jdbc)).isEqualTo(4096);
    }

    private static JdbcTemplate h2(String url) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        return new JdbcTemplate(db);
    }

    private static long cacheKb(JdbcTemplate jdbc) {
        return Long.parseLong(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'", String.class));
    }
}
