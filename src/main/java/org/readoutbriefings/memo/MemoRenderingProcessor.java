package org.readoutbriefings.memo;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Builds and renders the memo of one subject: a country or topic memo, or the night's digest. */
public class MemoRenderingProcessor implements ItemProcessor<MemoSubject, RenderedMemo> {

    private final MemoViewBuilder views;
    private final DigestViewBuilder digests;
    private final MemoRenderer renderer;
    private final LocalDate asOf;
    private final long runId;

    public MemoRenderingProcessor(MemoViewBuilder views, DigestViewBuilder digests, MemoRenderer renderer,
                                  LocalDate asOf, long runId) {
        this.views = views;
        this.digests = digests;
        this.renderer = renderer;
        this.asOf = asOf;
        this.runId = runId;
    }

    @Override
    public RenderedMemo process(MemoSubject subject) {
        MemoContent content = subject.kind() == MemoSubject.Kind.DIGEST
                ? digests.build(asOf, runId)
                : views.build(subject, asOf);
        MemoRenderer.Rendering rendering = renderer.render(content);
        return new RenderedMemo(subject, rendering.pdf(), rendering.pages(), MemoFingerprint.of(content));
    }
}
