package org.readoutbriefings.delivery;

import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.memo.DigestView;
import org.readoutbriefings.memo.MemoContent;
import org.readoutbriefings.memo.MemoView.Source;

/**
 * What {@code output/index.html} shows: every memo of the night by partner and topic, with its pages, last
 * change and whether it changed tonight; the digest's key points and new readouts; the follow-ups due soon;
 * links to the digest and the tracker. The template reads it as {@code page}.
 *
 * @param tracker the tracker's file name beside the page, or null when there is none yet
 */
public record IndexPage(
        LocalDate night,
        MemoEntry digest,
        String tracker,
        DigestView digestView,
        List<MemoEntry> countries,
        List<MemoEntry> topics) {

    /** A memo of the night; {@code file} relative to the page. */
    public record MemoEntry(String name, String file, int pages, LocalDate changedOn, boolean changedTonight) {
    }

    /** A day as the memos write it: "5 Dec 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : MemoContent.DAY.format(date);
    }

    /** The title of the readout a digest line cites. */
    public String source(int ref) {
        return digestView.sources().stream().filter(s -> s.ref() == ref).map(Source::title).findFirst().orElse("");
    }

    /** How many memos changed tonight. */
    public long changedTonight() {
        return countries.stream().filter(MemoEntry::changedTonight).count()
                + topics.stream().filter(MemoEntry::changedTonight).count();
    }
}
