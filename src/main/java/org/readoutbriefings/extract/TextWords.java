package org.readoutbriefings.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.Scripts;

/**
 * The words of a text, case-folded, so that a phrase list can tell which of its phrases can occur in the
 * text before it runs their regexes: a sentence is checked against a few hundred cue phrases and topic
 * keywords, of which only a handful share a word with it.
 * <p>
 * A word is a maximal run of letters and digits ({@code \p{L}\p{N}}, the word boundaries of the phrase
 * patterns), or one char of the Chinese, Japanese and Korean scripts ({@link #wordEnd}), each char folded as case-insensitive Unicode matching folds it: the lower case of its upper
 * case. Every word of a phrase whose pattern matches is therefore one of these words, so the check only
 * ever rules out phrases that cannot match.
 * <p>
 * Only words some phrase needs are kept, by number ({@link #id}), so that a phrase's check is a few bit
 * tests rather than a few hundred hash look-ups per sentence.
 */
final class TextWords {

    /** Every word some phrase needs, numbered from 0. */
    private static final Map<String, Integer> VOCABULARY = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    /**
     * The words of the texts last looked at on this thread, by the text's hash: the finders ask about the same
     * sentence many times over (every topic's keywords, then the commitment cues, then the follow-up cues, each
     * going through all sentences), and splitting it once is enough. A slot holds one text, the latest, so a
     * long readout's sentences may be split again, and memory stays bounded.
     */
    private static final int RECENT = 256;
    private static final ThreadLocal<TextWords[]> RECENT_TEXTS = ThreadLocal.withInitial(() -> new TextWords[RECENT]);

    private final String text;
    /** How many words the vocabulary had when this text was split: later ones cannot be ruled out. */
    private final int known;
    private final long[] present;
    /** Where each word present first starts, as pairs: word number, index in the text. */
    private int[] firstStarts = new int[16];
    private int firstStartCount;

    private TextWords(String text) {
        this.text = text;
        this.known = NEXT_ID.get();
        this.present = new long[(known + 63) / 64];
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, start);
            note(VOCABULARY.get(fold(text, start, i)), start);
            // an Arabic word with "and" or "so" written onto its front holds the word without it too ("واتفق": "اتفق"),
            // as a cue phrase may match it (CuePhrases)
            if (i - start > 1 && ARABIC_CONJUNCTIONS.indexOf(text.charAt(start)) >= 0 && Scripts.arabicLetter(text.charAt(start + 1))) {
                note(VOCABULARY.get(fold(text, start + 1, i)), start);
            }
        }
    }

    private void note(Integer id, int start) {
        if (id != null && id < known && (present[id >>> 6] & (1L << id)) == 0) {
            present[id >>> 6] |= 1L << id;
            if (firstStartCount * 2 == firstStarts.length) {
                firstStarts = Arrays.copyOf(firstStarts, firstStarts.length * 2);
            }
            firstStarts[firstStartCount * 2] = id;
            firstStarts[firstStartCount * 2 + 1] = start;
            firstStartCount++;
        }
    }

    /**
     * Where the word that starts at {@code start}, a word char, ends. In the Chinese, Japanese and Korean
     * scripts (and the others {@link Scripts#unspaced} names) each char is a word of its own: Chinese and Japanese do not space their words, Korean attaches
     * its particles ("협력하기로"), and a phrase in them is found inside a longer run of letters.
     */
    static int wordEnd(CharSequence text, int start) {
        if (Scripts.unspaced(text.charAt(start))) {
            return start + 1;
        }
        int end = start + 1;
        while (end < text.length() && isWordChar(text.charAt(end)) && !Scripts.unspaced(text.charAt(end))) {
            end++;
        }
        return end;
    }

    static TextWords of(String text) {
        TextWords[] recent = RECENT_TEXTS.get();
        int slot = text.hashCode() & (RECENT - 1);
        TextWords words = recent[slot];
        if (words == null || words.text != text) {
            words = new TextWords(text);
            recent[slot] = words;
        }
        return words;
    }

    /** The number of a folded word a phrase needs, from now on looked for in every text. */
    static int id(String foldedWord) {
        return VOCABULARY.computeIfAbsent(foldedWord, w -> NEXT_ID.getAndIncrement());
    }

    /** Whether the text may contain the word: false only if it certainly does not. */
    boolean mayContain(int id) {
        return id >= known || (present[id >>> 6] & (1L << id)) != 0;
    }

    /** Whether every word numbered below this was looked for when the text was split. */
    boolean knowsWordsBelow(int id) {
        return id <= known;
    }

    /** How many different words some phrase needs the text has. */
    int presentCount() {
        return firstStartCount;
    }

    /** The number of the k-th of them, in the order they first occur. */
    int presentWord(int k) {
        return firstStarts[k * 2];
    }

    /** Where the word first starts in the text, or 0 if that is not known (for a word the vocabulary gained since). */
    int firstStart(int id) {
        for (int i = 0; i < firstStartCount; i++) {
            if (firstStarts[i * 2] == id) {
                return firstStarts[i * 2 + 1];
            }
        }
        return 0;
    }

    /**
     * Whether a pattern every match of which opens with {@code \b} and a word char matches somewhere in the text:
     * what {@code find()} answers, trying only where a word starts instead of at every char. (For the
     * follow-ups' future-tense test and the subject-of-the-talks test, about a fifth of the extractor's time.)
     */
    static boolean findAtWordStart(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        for (int i = 0; i < text.length(); i++) {
            if (isBoundaryWordChar(text.charAt(i)) && (i == 0 || !isBoundaryWordChar(text.charAt(i - 1)))
                    && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The conjunctions Arabic writes onto the next word, which a cue phrase may carry or not. */
    static final String ARABIC_CONJUNCTIONS = "وف";

    /** A word char as the regex's {@code \b} sees one. */
    private static boolean isBoundaryWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** A letter or digit as {@code \p{L}} and {@code \p{N}} see one char. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The text's chars from start to end, each folded as {@code CASE_INSENSITIVE | UNICODE_CASE} matching folds it. */
    static String fold(CharSequence text, int start, int end) {
        char[] folded = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            folded[i - start] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : (char) Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }
}
