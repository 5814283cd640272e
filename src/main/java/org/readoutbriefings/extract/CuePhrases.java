package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of cue phrases, matched on word boundaries, case-insensitively except for short acronyms. "..."
 * inside a phrase stands for a short gap within the sentence ("agreed that ... would").
 */
public final class CuePhrases {

    /** A phrase found in a text: which one, and where. */
    public record Match(String phrase, int start, int end) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String GAP = "[^.;!?]{1,120}?";

    private final List<String> phrases;
    private final List<Pattern> patterns = new ArrayList<>();

    public CuePhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (String phrase : phrases) {
            StringBuilder regex = new StringBuilder();
            String[] parts = phrase.strip().split("\\s*\\.\\.\\.\\s*");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append(GAP);
                }
                regex.append(NOT_WORD_BEFORE).append(Pattern.quote(parts[i]).replace(" ", "\\E\\s+\\Q"))
                        .append(NOT_WORD_AFTER);
            }
            // acronyms ("WHO", "AI", "G7") only in capitals: "who" is not the World Health Organization
            boolean acronym = phrase.length() <= 6 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                    && phrase.chars().anyMatch(Character::isLetter);
            patterns.add(acronym ? Pattern.compile(regex.toString())
                    : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The earliest match in the text (the first phrase in list order wins a tie). */
    public Optional<Match> find(String text) {
        Match best = null;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Match(phrases.get(i), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every match, in text order. */
    public List<Match> findAll(String text) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                all.add(new Match(phrases.get(i), m.start(), m.end()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    public boolean in(String text) {
        return find(text).isPresent();
    }

    public List<String> phrases() {
        return phrases;
    }
}
