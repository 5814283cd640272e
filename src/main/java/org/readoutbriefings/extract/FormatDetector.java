package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.domain.MeetingFormat;

/**
 * Tells how the meeting took place from the words of its title and opening sentences: a multilateral meeting
 * (three or more governments, or a bilateral on the margins of a gathering), a video teleconference, a
 * telephone call, or an in-person meeting.
 */
public class FormatDetector {

    /** The format and the sentence that shows it. */
    public record Found(MeetingFormat format, String sentence) {
    }

    private static final int LEAD_SENTENCES = 4;
    private static final java.util.regex.Pattern EARLIER_MEETING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:previous|last|earlier|preceding)\\s+(?:meeting|call|talks|session|round)\\b|\\bsince\\s+the\\b");

    private final ExtractionCues cues;

    private static boolean earlierMeeting(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("previous") || lower.contains("last") || lower.contains("earlier") || lower.contains("preceding")
                || lower.contains("since the")) && EARLIER_MEETING.matcher(text).find();
    }

    public FormatDetector(ExtractionCues cues) {
        this.cues = cues;
    }

    /** @param countries how many countries took part: three or more make a meeting multilateral */
    public Found detect(List<Sentence> sentences, int countries) {
        // what the opening says of this meeting, not of "the previous meeting, held by videoconference"
        List<Sentence> lead = opening(sentences);
        // multilateral wins over the medium: more than two governments, or a bilateral on the margins of a gathering
        Optional<Sentence> multilateral = first(lead, cues.multilateralFormat());
        if (multilateral.isPresent() || countries >= 3) {
            return new Found(MeetingFormat.MULTILATERAL, multilateral.map(Sentence::text).orElse(lead.isEmpty() ? "" : lead.get(0).text()));
        }
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
        // "met with", "held talks", "received": in person, whatever the size of the delegations; a readout that
        // names no medium at all reports a meeting in person, the most common kind
        return first(lead, cues.inPersonFormat()).map(s -> new Found(MeetingFormat.IN_PERSON, s.text()))
                .orElse(new Found(lead.isEmpty() ? MeetingFormat.UNKNOWN : MeetingFormat.IN_PERSON, null));
    }

    /**
     * The first sentences, headings aside: a title, a date line and a source line ("Egypt State Information
     * Service (Cairo)") would otherwise leave the sentence that says "received a phone call" out of the lead.
     */
    private static List<Sentence> opening(List<Sentence> sentences) {
        List<Sentence> lead = new ArrayList<>();
        int told = 0;
        for (Sentence s : sentences) {
            if (s.background()) {
                continue;
            }
            if (!earlierMeeting(s.text())) {
                lead.add(s);
            }
            if (!s.heading() && ++told == LEAD_SENTENCES) {
                break;
            }
        }
        return lead;
    }

    private static Optional<Sentence> first(List<Sentence> sentences, CuePhrases cue) {
        return sentences.stream().filter(s -> cue.in(s.text())).findFirst();
    }
}
