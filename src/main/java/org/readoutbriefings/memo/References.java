package org.readoutbriefings.memo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.memo.MemoView.Source;

/** Numbers readouts in the order a memo first cites them; the numbers point into its Sources list. */
final class References {

    private final Map<String, Source> sources = new LinkedHashMap<>();

    int of(Readout r) {
        return sources.computeIfAbsent(r.id(), id -> new Source(sources.size() + 1, r.title(), r.issuer(),
                r.meetingDate(), r.sourceUrl(), r.origin().file())).ref();
    }

    List<Source> sources() {
        return List.copyOf(sources.values());
    }
}
