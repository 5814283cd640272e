package org.readoutbriefings.progress;

import java.io.Console;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The log's one line per step, when it ends: its name, what it did and how long it took, e.g.
 * {@code ingest: 18 records (0.3 s)}. A chunk step's line gives its counts; a tasklet says what it did with
 * {@link #summarise}. While a long chunk step runs, its progress shows: on a terminal, a counter updated in
 * place; in a log (a scheduler's, a container's), a line every {@value #LOG_EVERY_SECONDS} seconds with the
 * count and the rate.
 */
public class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    /** Step execution context key of what a tasklet did, for its step's line. */
    private static final String SUMMARY = "briefings.stepSummary";
    private static final int LOG_EVERY_SECONDS = 10;
    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;

    private final String items;
    private final Console terminal = System.console();
    private String step;
    private long started;
    private long lastLog;
    private long lastTerminal;
    private long done;

    /** For a tasklet step, which says what it did with {@link #summarise}. */
    public ProgressReporter() {
        this(null);
    }

    /** @param items what a chunk step's items are called, plural: "records", "memos" */
    public ProgressReporter(String items) {
        this.items = items;
    }

    /** What a tasklet did, in a few words with its counts, for the step's line. */
    public static void summarise(StepContribution contribution, String summary) {
        contribution.getStepExecution().getExecutionContext().putString(SUMMARY, summary);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        // a restarted step starts from its last attempt's context: what that attempt said is not this one's
        stepExecution.getExecutionContext().remove(SUMMARY);
        started = System.nanoTime();
        lastLog = started;
        lastTerminal = started;
        done = 0;
    }

    /**
     * What the partitions of a partitioned step report their chunks to, while this reporter, a listener of the
     * step that runs them, gives the step's line: one count and rate for the step, whichever partition's chunk.
     */
    public ChunkListener<Object, Object> partitionChunks() {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                ProgressReporter.this.afterChunk(chunk);
            }
        };
    }

    @Override
    public synchronized void afterChunk(Chunk<Object> chunk) {
        if (step == null) {
            return;  // a partition run by a worker: the manager's step, which this reports, is in another process
        }
        done += chunk.size();
        long now = System.nanoTime();
        if (terminal != null && now - lastTerminal >= TERMINAL_EVERY_NANOS) {
            lastTerminal = now;
            terminal.writer().printf("\r  %s: %s %s (%s/s)   ", step, format(done), items, format(rate(now)));
            terminal.flush();
        }
        if (now - lastLog >= LOG_EVERY_SECONDS * 1_000_000_000L) {
            lastLog = now;
            log.info("{}: {} {} so far ({}/s)", step, format(done), items, format(rate(now)));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null && done > 0) {
            terminal.writer().println();
            terminal.flush();
        }
        BatchStatus status = stepExecution.getStatus();
        log.info("{}: {} ({} s){}", step, summary(stepExecution),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                status == BatchStatus.COMPLETED ? "" : ", " + status);
        return null;
    }

    private String summary(StepExecution execution) {
        String said = execution.getExecutionContext().getString(SUMMARY, "");
        if (!said.isEmpty() || items == null) {
            return said.isEmpty() ? "done" : said;
        }
        long read = execution.getReadCount();
        long written = execution.getWriteCount();
        long skipped = execution.getSkipCount();
        return read == written && skipped == 0 ? format(written) + " " + items
                : format(read) + " " + items + " read, " + format(written) + " written, " + format(skipped) + " skipped";
    }

    private long rate(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return Math.round(done / seconds);
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
