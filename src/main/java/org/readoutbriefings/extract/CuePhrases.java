package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.Scripts;

/**
 * A list of cue phrases, matched on word boundaries, case-insensitively except for short acronyms. "..."
 * inside a phrase stands for a short gap within the sentence ("agreed that ... would").
 * <p>
 * Each phrase is a regex of its own, but a phrase's regex runs only on a text that contains the phrase's
 * words ({@link TextWords}): most phrases share no word with a given sentence, and trying each
 * regex at every position of every sentence was most of the extractor's time.
 */
public final class CuePhrases {

    /** A phrase found in a text: which one, and where. */
    public record Match(String phrase, int start, int end) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    /** Up to 120 chars within the sentence; the full stop of an initial ("the U.S. commitment") does not end it. */
    private static final String GAP = "(?:[^.;!?]|(?<=\\b\\p{Lu})\\.){1,120}?";

    private final List<String> phrases;
    private final List<Pattern> patterns = new ArrayList<>();
    /** Per phrase, the words ({@link TextWords#id}) a text must contain for the phrase to match it; null to always try the phrase. */
    private final List<int[]> requiredWords = new ArrayList<>();
    /**
     * Per phrase that starts with a letter or digit, its first word ({@link TextWords#id}), else -1: a
     * match starts where that word does (a look-behind keeps it from starting inside a word), so the regex
     * need not look before the word's first occurrence.
     */
    private final List<Integer> firstWords = new ArrayList<>();

    /**
     * Per word number, the phrases whose longest word it is, in list order: a text is checked only against the
     * phrases one of its own words is the key of, not against every phrase. (Round 15 gave the topics some 900
     * keywords in nine languages; checking each against every sentence made extraction 8 % slower.)
     */
    private final int[][] byKeyWord;
    /** Phrases without a word, tried on every text. */
    private final int[] alwaysTried;

    public CuePhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (String phrase : phrases) {
            StringBuilder regex = new StringBuilder();
            String[] parts = phrase.strip().split("\\s*\\.\\.\\.\\s*");
            char first = parts.length == 0 || parts[0].isEmpty() ? 0 : parts[0].charAt(0);
            if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
                // a look-ahead for the first letter, which the phrase's first char matches alike: it rules out
                // most positions with one char compare, before the look-behind is tried there
                regex.append("(?=").append(first).append(')');
            }
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append(GAP);
                }
                // a phrase in Chinese, Japanese, Korean or Thai stands anywhere in a run of letters (Scripts#unspaced)
                String part = parts[i];
                regex.append(part.isEmpty() || !Scripts.unspaced(part.charAt(0)) ? NOT_WORD_BEFORE : "")
                        // an Arabic word may have "and" written onto it: "واتفق الوزيران" holds "اتفق"
                        .append(!part.isEmpty() && Scripts.arabicLetter(part.charAt(0)) ? "[" + TextWords.ARABIC_CONJUNCTIONS + "]?" : "")
                        .append(Pattern.quote(part).replace(" ", "\\E\\s+\\Q"))
                        .append(part.isEmpty() || !Scripts.unspaced(part.charAt(part.length() - 1)) ? NOT_WORD_AFTER : "");
            }
            // acronyms ("WHO", "AI", "G7") only in capitals: "who" is not the World Health Organization
            boolean acronym = phrase.length() <= 6 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                    && phrase.chars().anyMatch(Character::isLetter);
            patterns.add(acronym ? Pattern.compile(regex.toString())
                    : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            requiredWords.add(requiredWords(phrase));
            firstWords.add(firstWord(parts));
        }
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < requiredWords.size(); i++) {
            int[] required = requiredWords.get(i);
            if (required == null) {
                always.add(i);
            } else {
                byKey.computeIfAbsent(required[0], word -> new ArrayList<>()).add(i);
            }
        }
        byKeyWord = new int[byKey.keySet().stream().mapToInt(word -> word + 1).max().orElse(0)][];
        byKey.forEach((word, keyed) -> byKeyWord[word] = keyed.stream().mapToInt(Integer::intValue).toArray());
        alwaysTried = always.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The phrases that may match a text with these words, in list order. */
    private int[] candidates(TextWords words) {
        if (!words.knowsWordsBelow(byKeyWord.length)) {
            // a text split before some of this list's words were numbered: every phrase is a candidate
            return java.util.stream.IntStream.range(0, patterns.size()).toArray();
        }
        int[] found = new int[8];
        int n = 0;
        for (int i : alwaysTried) {
            found = add(found, n++, i);
        }
        for (int k = 0; k < words.presentCount(); k++) {
            int word = words.presentWord(k);
            int[] keyed = word < byKeyWord.length ? byKeyWord[word] : null;
            if (keyed != null) {
                for (int i : keyed) {
                    found = add(found, n++, i);
                }
            }
        }
        int[] sorted = Arrays.copyOf(found, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int[] add(int[] into, int at, int value) {
        int[] array = at == into.length ? Arrays.copyOf(into, into.length * 2) : into;
        array[at] = value;
        return array;
    }

    /**
     * The phrase's words, longest (most telling) first: a text the phrase matches has each of them among its
     * words, folded alike ({@link TextWords#fold}), in any script. Null (no such shortcut) for a phrase without
     * a word. (Phrases outside ASCII were once always tried: when round 10 added Spanish, German and Russian
     * cues, extraction of English prose fell to about 540 readouts a second, each such phrase's regex run at
     * every position of every sentence.)
     */
    private static int[] requiredWords(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            if (!TextWords.isWordChar(phrase.charAt(i))) {
                i++;
                continue;
            }
            int end = TextWords.wordEnd(phrase, i);
            String word = TextWords.fold(phrase, i, end);
            if (!words.contains(word)) {
                words.add(word);
            }
            i = end;
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words.isEmpty() ? null : words.stream().mapToInt(TextWords::id).toArray();
    }

    private static int firstWord(String[] parts) {
        if (parts.length == 0 || parts[0].isEmpty() || !TextWords.isWordChar(parts[0].charAt(0))) {
            return -1;
        }
        return TextWords.id(TextWords.fold(parts[0], 0, TextWords.wordEnd(parts[0], 0)));
    }

    /** Where in a text with these words the i-th phrase's regex can first match. */
    private int searchFrom(int i, TextWords words) {
        int first = firstWords.get(i);
        return first < 0 ? 0 : words.firstStart(first);
    }

    /** Whether the i-th phrase can match a text with these words. */
    private boolean candidate(int i, TextWords words) {
        int[] required = requiredWords.get(i);
        if (required == null) {
            return true;
        }
        for (int word : required) {
            if (!words.mayContain(word)) {
                return false;
            }
        }
        return true;
    }

    /** The earliest match in the text (the first phrase in list order wins a tie). */
    public Optional<Match> find(String text) {
        Match best = null;
        TextWords words = TextWords.of(text);
        for (int i : candidates(words)) {
            if (!candidate(i, words)) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            if (m.find(searchFrom(i, words)) && (best == null || m.start() < best.start())) {
                best = new Match(phrases.get(i), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every match, in text order. */
    public List<Match> findAll(String text) {
        List<Match> all = new ArrayList<>();
        TextWords words = TextWords.of(text);
        for (int i : candidates(words)) {
            if (!candidate(i, words)) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            if (!m.find(searchFrom(i, words))) {
                continue;
            }
            do {
                all.add(new Match(phrases.get(i), m.start(), m.end()));
            } while (m.find());
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
