package org.readoutbriefings.memo;

import org.readoutbriefings.progress.ProgressReporter;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Feeds the memo step's progress line from the writer: a chunk step whose items are processed on several
 * threads does not call chunk listeners in Spring Batch 6.0 (only its sequential path does), so the
 * {@link ProgressReporter} counts each chunk once it is written.
 */
public final class MemoProgress implements StepExecutionListener, ItemWriteListener<RenderedMemo> {

    private final ProgressReporter reporter;

    public MemoProgress(ProgressReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        reporter.beforeStep(stepExecution);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterWrite(Chunk<? extends RenderedMemo> items) {
        reporter.afterChunk((Chunk<Object>) (Chunk<?>) items);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return reporter.afterStep(stepExecution);
    }
}
