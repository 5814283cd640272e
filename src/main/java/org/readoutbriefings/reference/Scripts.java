package org.readoutbriefings.reference;

/** What the extractor needs to know of the world's scripts. */
public final class Scripts {

    /** Where the Chinese, Japanese and Korean scripts start in Unicode. */
    private static final char CJK = '\u2E80';

    private Scripts() {
    }

    /**
     * Whether a char is of a script written without spaces between words, where each char is taken for a word and
     * a phrase or a name is found inside a longer run of letters: Chinese, Japanese and Korean (Korean attaches its
     * particles: "협력하기로"), and Thai, Lao, Myanmar and Khmer, which space sentences and clauses only.
     */
    public static boolean unspaced(char c) {
        return c >= CJK || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F')
                || (c >= '\u1780' && c <= '\u17FF');
    }
}
