package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A bilateral held at a gathering, named as English readouts name one: "at the 2025 G7 Leaders' Summit",
     * "during the G7 Foreign and Development Ministers' Meeting", "while attending the ASEAN Leaders' Meeting".
     * The name is capitalised and carries a grouping's acronym or says it gathers ministers or leaders, so
     * "at the Japan-Korea Summit" (a bilateral) and "at the meeting" stay out.
     */
    private static final Pattern GATHERING = Pattern.compile(
            "\\b(?:at|during|attending|attend|ahead of|after)\\s+the\\s+(?:\\d{4}\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+)?"
                    + "(?<name>(?:(?:[A-Z0-9][\\w'’.&/-]*|and|of|on|for|the)\\s+){0,8}?)"
                    + "(?:Summit|Meeting|Conference|Forum|General Assembly|Ministerial|Session|Dinner)\\b");
    private static final Pattern GROUPING_ACRONYM = Pattern.compile("\\b(?:[A-Z]{3,}|[A-Z]\\d+)\\b");
    private static final Pattern GATHERS = Pattern.compile("\\b(?:Leaders|Ministers|Ministerial|United Nations|Assembly|Forum)\\b");
    private static final Pattern TWO_COUNTRIES = Pattern.compile("\\b[A-Z]\\w*[-–][A-Z]\\w*\\b");

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
        Optional<Sentence> multilateral = first(lead, cues.multilateralFormat()).or(() -> lead.stream()
                .filter(s -> atAGathering(s.text())).findFirst());
        if (multilateral.isPresent()) {
            return new Found(MeetingFormat.MULTILATERAL, multilateral.get().text());
        }
        // a third government named in a call ("spoke by phone ... following North Korea's launch") is what they
        // spoke about: a call or video call names its medium, and only a meeting that does not is judged by how
        // many governments the readout names (real sets: 11 calls read as multilateral before)
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
        if (countries >= 3) {
            return new Found(MeetingFormat.MULTILATERAL, lead.isEmpty() ? "" : lead.get(0).text());
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

    private static boolean atAGathering(String text) {
        Matcher m = GATHERING.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (GROUPING_ACRONYM.matcher(name).find() || GATHERS.matcher(name).find() && !TWO_COUNTRIES.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Sentence> first(List<Sentence> sentences, CuePhrases cue) {
        return sentences.stream().filter(s -> cue.in(s.text())).findFirst();
    }
}
