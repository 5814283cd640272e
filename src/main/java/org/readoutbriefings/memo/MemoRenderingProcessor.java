package org.readoutbriefings.memo;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Builds and renders the memo of one subject. */
public class MemoRenderingProcessor implements ItemProcessor<MemoSubject, RenderedMemo> {

    private final MemoViewBuilder views;
    private final MemoRenderer renderer;
    private final LocalDate asOf;

    public MemoRenderingProcessor(MemoViewBuilder views, MemoRenderer renderer, LocalDate asOf) {
        this.views = views;
        this.renderer = renderer;
        this.asOf = asOf;
    }

    @Override
    public RenderedMemo process(MemoSubject subject) {
        return new RenderedMemo(subject, renderer.pdf(views.build(subject, asOf)));
    }
}
