package org.readoutbriefings.job;

import java.io.Console;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows a long step's progress: on a terminal, a counter updated in place; in a log (a scheduler's, a
 * container's), a line every {@value #LOG_EVERY_SECONDS} seconds with the count and the rate.
 */
public class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    private static final int LOG_EVERY_SECONDS = 10;
    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;

    private final String step;
    private final String items;
    private final Console terminal = System.console();
    private long started;
    private long lastLog;
    private long lastTerminal;
    private long done;

    /** @param items what the step's items are called, plural: "records", "memos" */
    public ProgressReporter(String step, String items) {
        this.step = step;
        this.items = items;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        lastLog = started;
        lastTerminal = started;
        done = 0;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
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
        return null;
    }

    private long rate(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return Math.round(done / seconds);
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
