package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a meeting was about, in the readout's own words: the sentence that says what was discussed, then
 * the ones that take a position or raise a concern, in the order the readout gives them. A memo quotes
 * them under the meeting so that a desk officer reads what happened, not only what was promised; nothing
 * is paraphrased, so nothing is invented. Commitments and follow-ups are left out: the memo lists them
 * on their own.
 */
public class DiscussionPoints {

    /** Two or three sentences say what a meeting was about; more is the readout itself. */
    public static final int MAX_POINTS = 3;
    /** A longer sentence is cut at a word, with an ellipsis, so a point stays a quotation a reader takes in. */
    static final int LONGEST_POINT = 320;
    /** Shorter sentences are captions, credits and headings. */
    private static final int FEWEST_WORDS = 6;

    private final SentenceSplitter splitter;
    private final CuePhrases subjects;
    private final CuePhrases positions;

    public DiscussionPoints(ExtractionCues cues) {
        this.splitter = new SentenceSplitter(cues.backgroundHeadings());
        this.subjects = cues.discussionSubjects();
        this.positions = cues.discussionPositions();
    }

    /**
     * @param body   the readout's text; null or blank gives none
     * @param listed the texts of its commitments and follow-ups, which the memo shows elsewhere
     */
    public List<String> of(String body, Collection<String> listed) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<Sentence> sentences = splitter.split(body).stream()
                .filter(s -> !s.heading() && !s.background() && s.text().split("\\s+").length >= FEWEST_WORDS)
                .filter(s -> listed.stream().noneMatch(item -> s.text().contains(item) || item.contains(s.text())))
                .toList();
        List<String> points = new ArrayList<>();
        sentences.stream().filter(s -> subjects.in(s.text())).findFirst().ifPresent(s -> points.add(s.text()));
        for (Sentence s : sentences) {
            if (points.size() >= MAX_POINTS) {
                break;
            }
            if (!points.contains(s.text()) && positions.in(s.text())) {
                points.add(s.text());
            }
        }
        // in the readout's order, so the points read as it tells them
        points.sort((a, b) -> Integer.compare(indexOf(sentences, a), indexOf(sentences, b)));
        return points.stream().map(DiscussionPoints::shortened).toList();
    }

    private static int indexOf(List<Sentence> sentences, String text) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String shortened(String sentence) {
        if (sentence.length() <= LONGEST_POINT) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', LONGEST_POINT - 1);
        return sentence.substring(0, cut > 0 ? cut : LONGEST_POINT).stripTrailing() + " \u2026";
    }
}
