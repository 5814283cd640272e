package org.readoutbriefings.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of a text, case-folded, so that a phrase list can tell which of its phrases can occur in the
 * text before it runs their regexes: a sentence is checked against a few hundred cue phrases and topic
 * keywords, of which only a handful share a word with it.
 * <p>
 * A word is a maximal run of letters and digits ({@code \p{L}\p{N}}, the word boundaries of the phrase
 * patterns), each char folded as case-insensitive Unicode matching folds it: the lower case of its upper
 * case. Every word of a phrase whose pattern matches is therefore one of these words, so the check only
 * ever rules out phrases that cannot match.
 */
final class TextWords {

    /**
     * The words of the text last looked at on this thread: the finders ask about the same sentence many times
     * over (every topic's keywords, then the commitment and follow-up cues), and splitting it once is enough.
     */
    private static final ThreadLocal<TextWords> LAST = new ThreadLocal<>();

    private final String text;
    private final Set<String> words = new HashSet<>();

    private TextWords(String text) {
        this.text = text;
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean wordChar = i < n && isWordChar(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(fold(text, start, i));
                start = -1;
            }
        }
    }

    static TextWords of(String text) {
        TextWords last = LAST.get();
        if (last == null || last.text != text) {
            last = new TextWords(text);
            LAST.set(last);
        }
        return last;
    }

    boolean contains(String foldedWord) {
        return words.contains(foldedWord);
    }

    /** A letter or digit as {@code \p{L}} and {@code \p{N}} see one char. */
    static boolean isWordChar(char c) {
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
            folded[i - start] = (char) Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }
}
