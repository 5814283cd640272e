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

    /** How far after its cue a commitment's object is looked for. */
    private static final int OBJECT_WINDOW = 45;
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            ";|,?\\s+and\\s+(?:also\\s+)?(?=\\p{Ll})|,\\s+but\\s+");
    private static final java.util.regex.Pattern RELATIVE_PRONOUN_BEFORE = java.util.regex.Pattern.compile(
            "(?s).*\\b(?:which|where|whom)\\s+$");
    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("(?s).*\\b(?:will|would|shall)\\b.*");
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "\\b(?:not|never|no longer|neither|nor)\\b|n't\\b");

    private final ExtractionCues cues;
    private final CountryMentions countries;
    private final ActorResolver actors;
    private final TopicClassifier topics;

    public CommitmentFinder(ExtractionCues cues, CountryMentions countries, ActorResolver actors, TopicClassifier topics) {
        this.cues = cues;
        this.countries = countries;
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

    /**
     * A country as the subject of "will", "would" or "shall" ("China will firmly safeguard", "said Canada
     * would push for", "the UK and India will deepen"): a one-sided or joint pledge.
     */
    private Optional<CuePhrases.Match> countryPledge(String text) {
        List<int[]> subjects = new ArrayList<>();
        countries.find(text).forEach(m -> subjects.add(new int[]{m.start(), m.end()}));
        cues.everyParty().findAll(text).forEach(m -> subjects.add(new int[]{m.start(), m.end()}));
        for (int[] subject : subjects) {
            java.util.regex.Matcher will = PLEDGE.matcher(text);
            will.region(subject[1], text.length());
            // "the Summit, which Switzerland will host": a fact about someone else's plans
            boolean relative = RELATIVE_PRONOUN_BEFORE.matcher(text.substring(Math.max(0, subject[0] - 7), subject[0])).matches();
            if (will.lookingAt() && !relative) {
                return Optional.of(new CuePhrases.Match("<party> will", subject[0], will.end()));
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern PLEDGE = java.util.regex.Pattern.compile(
            "(?:['\u2019]s\\s+(?:government|side))?\\s+(?:also\\s+|further\\s+|firmly\\s+|continue\\s+to\\s+)?(?:will|would|shall)\\s+(?!be\\b|have\\b|not\\b)");

    /** The sentence's commitment cue, if it makes the sentence a commitment. */
    private Optional<Cue> cue(String text) {
        Optional<CuePhrases.Match> strong = cues.strongCommitment().find(text);
        if (strong.isEmpty()) {
            strong = countryPledge(text);
        }
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
        if (cues.history().in(text) && !FUTURE.matcher(text).matches()) {
            return Optional.empty();
        }
        if (aboutStayingInTouch(text, cue.match()) || negated(text, cue.match())) {
            return Optional.empty();
        }
        return Optional.of(cue);
    }

    /** "agreed to remain in close communication": what the cue commits to is only staying in touch. */
    private boolean aboutStayingInTouch(String text, CuePhrases.Match cue) {
        String object = text.substring(cue.end(), Math.min(text.length(), cue.end() + OBJECT_WINDOW));
        return cues.keepInTouch().in(object) || cues.keepInTouch().in(text.substring(cue.start(), cue.end()));
    }

    /** "did not intend to", "will not": a cue under negation commits to nothing. */
    private static boolean negated(String text, CuePhrases.Match cue) {
        String before = text.substring(Math.max(0, cue.start() - 16), cue.start()).toLowerCase(java.util.Locale.ROOT);
        String inside = text.substring(cue.start(), cue.end()).toLowerCase(java.util.Locale.ROOT);
        return NEGATION.matcher(before).find() || NEGATION.matcher(inside).find();
    }

    /**
     * Whether a second, coordinated verb makes a commitment after a non-commitment one ("welcomed X and
     * agreed to Y"); a "would" inside the first verb's own clause ("expressed the hope that Australia would")
     * does not.
     */
    private boolean after(String text, int from) {
        java.util.regex.Matcher and = COORDINATION.matcher(text);
        and.region(from, text.length());
        if (!and.find()) {
            return false;
        }
        String rest = text.substring(and.end());
        Optional<CuePhrases.Match> next = cues.strongCommitment().find(rest)
                .or(() -> cues.weakCommitment().find(rest));
        Optional<CuePhrases.Match> notAgain = cues.notCommitment().find(rest);
        // "congratulated X and expressed the hope that ... would": the second verb commits to nothing either
        return next.isPresent() && (notAgain.isEmpty() || next.get().start() < notAgain.get().start());
    }
}
