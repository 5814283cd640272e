package org.readoutbriefings.store;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's page cache, sized for what a step does, around the ingest step. H2 2.3 keeps 16 MB of pages
 * whatever the heap, and the steps after the ingest (link, rollup, memos, tracker) look rows up all over
 * the file: on a night adding 1,000 readouts to 100,000 they spent most of their time reading pages back,
 * and a cache of an eighth of a 1 GB heap took that night from 107 s to 83-90 s. On a night that loads
 * most of the archive, the same cache made those steps slower (link and tracker 6 to 12 s more at
 * 100,000, in three runs), and so did it the ingest itself (122 s against 114 s): such a night, and every
 * ingest, keeps H2's default. The setting is H2's own and persists in the file; nothing happens on other
 * databases, or when the URL sets {@code CACHE_SIZE} itself.
 */
public final class H2PageCache implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(H2PageCache.class);

    /** H2 2.3's default, in KB. */
    static final long WRITING_KB = 16 * 1024;

    private final JdbcTemplate jdbc;
    private final boolean applies;
    private final long readingKb;
    /** Readouts stored before tonight's ingest. */
    private long storedBefore;

    public H2PageCache(JdbcTemplate jdbc, String url) {
        this(jdbc, url, Runtime.getRuntime().maxMemory());
    }

    H2PageCache(JdbcTemplate jdbc, String url, long maxHeapBytes) {
        this.jdbc = jdbc;
        this.applies = url != null && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains("CACHE_SIZE");
        this.readingKb = Math.max(WRITING_KB, maxHeapBytes / 8 / 1024);
    }

    /** Before the ingest: H2's default. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        resize(WRITING_KB);
        storedBefore = applies ? count() : 0;
    }

    /**
     * After the ingest, for the steps that read: an eighth of the heap, unless the night stored more
     * readouts than the archive held before it (a first load, or a large one).
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getWriteCount() <= storedBefore) {
            resize(readingKb);
        }
        return null;
    }

    private long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM readout", Long.class);
        return n == null ? 0 : n;
    }

    private void resize(long kb) {
        if (applies) {
            try {
                jdbc.execute("SET CACHE_SIZE " + kb);
            } catch (RuntimeException e) {
                // a user without admin rights: the default cache only costs time
                log.debug("H2 page cache left as it is: {}", e.getMessage());
            }
        }
    }
}
