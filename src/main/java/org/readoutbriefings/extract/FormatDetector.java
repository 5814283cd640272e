package org.readoutbriefings.extract;

import java.util.List;
import java.util.Optional;

import org.readoutbriefings.domain.MeetingFormat;

/**
 * Tells how the meeting took place from the words of its title and opening sentences: a video
 * teleconference, a telephone call, a summit or other multilateral meeting, or an in-person meeting.
 */
public class FormatDetector {

    /** The format and the sentence that shows it. */
    public record Found(MeetingFormat format, String sentence) {
    }

    private static final int LEAD_SENTENCES = 4;

    private final ExtractionCues cues;

    public FormatDetector(ExtractionCues cues) {
        this.cues = cues;
    }

    /** @param countries how many countries took part: three or more make a meeting multilateral */
    public Found detect(List<Sentence> sentences, int countries) {
        List<Sentence> lead = sentences.stream().filter(s -> !s.background()).limit(LEAD_SENTENCES).toList();
        for (CuePhrases cue : List.of(cues.videoFormat(), cues.callFormat())) {
            Optional<Sentence> hit = first(lead, cue);
            if (hit.isPresent()) {
                MeetingFormat format = cue == cues.videoFormat() ? MeetingFormat.VIDEO : MeetingFormat.CALL;
                // "courtesy call" is a visit, not a telephone call
                if (format == MeetingFormat.CALL && hit.get().text().toLowerCase().contains("courtesy call")) {
                    return new Found(MeetingFormat.IN_PERSON, hit.get().text());
                }
                return new Found(format, hit.get().text());
            }
        }
        Optional<Sentence> multilateral = first(lead, cues.multilateralFormat());
        if (multilateral.isPresent() || countries >= 3) {
            return new Found(MeetingFormat.MULTILATERAL, multilateral.map(Sentence::text).orElse(lead.isEmpty() ? "" : lead.get(0).text()));
        }
        return first(lead, cues.inPersonFormat()).map(s -> new Found(MeetingFormat.IN_PERSON, s.text()))
                .orElse(new Found(MeetingFormat.UNKNOWN, null));
    }

    private static Optional<Sentence> first(List<Sentence> sentences, CuePhrases cue) {
        return sentences.stream().filter(s -> cue.in(s.text())).findFirst();
    }
}
