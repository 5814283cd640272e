package org.readoutbriefings.memo;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads the memo step renders on: one per available processor (at most {@value #MAX_THREADS}), kept
 * for the life of the application so each parses the fonts once ({@link MemoFonts}). The step reads and
 * writes on its own thread and hands the memos of each chunk to these threads to build and render.
 * <p>
 * Deliberately not a {@link java.util.concurrent.Executor} bean: Spring Boot backs off its own task
 * executor when one exists, and nothing else in the application should pick this pool up by type.
 */
public final class MemoRenderingThreads implements AutoCloseable {

    /** Each rendering thread holds a parsed set of fonts (about 30 MB) and one memo in the making. */
    static final int MAX_THREADS = 4;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final int threads;

    public MemoRenderingThreads() {
        this(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public MemoRenderingThreads(int threads) {
        this.threads = Math.max(1, threads);
        executor.setCorePoolSize(this.threads);
        executor.setMaxPoolSize(this.threads);
        executor.setThreadNamePrefix("memo-");
        // idle between runs of a schedule: they must not keep the JVM alive on their own
        executor.setDaemon(true);
        executor.initialize();
    }

    public AsyncTaskExecutor executor() {
        return executor;
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
