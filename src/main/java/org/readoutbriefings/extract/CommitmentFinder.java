package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.domain.CommitmentStrength;

/**
 * Finds commitments: sentences that state an intent or agreement to act ("agreed to", "decided to",
 * "committed to", "will continue to", "confirmed that ... would"). Not commitments: sentences under a
 * background heading, history ("was signed in 1960"), sentences whose verb is a welcome, a discussion or
 * an exchange of views unless a commitment follows it ("welcomed ... and agreed to ..."), and promises
 * merely to stay in touch, which are follow-ups.
 */
public class CommitmentFinder {

    private final ExtractionCues cues;
    private final ActorResolver actors;
    private final TopicClassifier topics;

    public CommitmentFinder(ExtractionCues cues, ActorResolver actors, TopicClassifier topics) {
        this.cues = cues;
        this.actors = actors;
        this.topics = topics;
    }

    public List<ExtractedCommitment> find(List<Sentence> sentences, List<String> parties, List<Participant> participants,
                                          List<String> readoutTopics) {
        List<ExtractedCommitment> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.heading() || s.background()) {
                continue;
            }
            cue(s.text()).ifPresent(cue -> found.add(new ExtractedCommitment(s.text(),
                    actors.actors(s.text(), cue.match().start(), parties, participants),
                    topics.best(s.text(), readoutTopics).orElse(readoutTopics.get(0)), cue.strength())));
        }
        return found;
    }

    private record Cue(CuePhrases.Match match, CommitmentStrength strength) {
    }

    /** The sentence's commitment cue, if it makes the sentence a commitment. */
    private Optional<Cue> cue(String text) {
        Optional<CuePhrases.Match> strong = cues.strongCommitment().find(text);
        Optional<CuePhrases.Match> weak = cues.weakCommitment().find(text);
        if (strong.isEmpty() && weak.isEmpty()) {
            return Optional.empty();
        }
        Cue cue = strong.isPresent() && (weak.isEmpty() || strong.get().start() <= weak.get().start())
                ? new Cue(strong.get(), CommitmentStrength.STRONG) : new Cue(weak.get(), CommitmentStrength.WEAK);
        Optional<CuePhrases.Match> not = cues.notCommitment().find(text);
        if (not.isPresent() && not.get().start() <= cue.match().start() && !after(text, not.get().end())) {
            return Optional.empty();
        }
        if (cues.history().in(text) && !text.matches("(?s).*\\b(?:will|would|shall)\\b.*")) {
            return Optional.empty();
        }
        if (cues.keepInTouch().in(text) && (cue.strength() == CommitmentStrength.WEAK || strongCueOnlyAbout(text))) {
            return Optional.empty();
        }
        return Optional.of(cue);
    }

    /** "will ... communicate", "would keep in close touch": the only binding words are about staying in touch. */
    private boolean strongCueOnlyAbout(String text) {
        return cues.strongCommitment().findAll(text).stream()
                .allMatch(m -> m.phrase().startsWith("will") || m.phrase().startsWith("would") || m.phrase().startsWith("confirmed"));
    }

    /** Whether a commitment cue follows the end of a non-commitment verb ("welcomed X and agreed to Y"). */
    private boolean after(String text, int from) {
        String rest = text.substring(from);
        return cues.strongCommitment().in(rest) || cues.weakCommitment().in(rest);
    }
}
