package org.readoutbriefings.reference;

/** What the extractor needs to know of the world's scripts. */
public final class Scripts {

    /** Where the Chinese, Japanese and Korean scripts start in Unicode. */
    private static final char CJK = '\u2E80';

    /** The Thai and Lao, Myanmar and Khmer blocks: first and last char of each. */
    private static final char[][] SOUTHEAST_ASIAN_BLOCKS = {{'\u0E00', '\u0EFF'}, {'\u1000', '\u109F'}, {'\u1780', '\u17FF'}};

    /** A regex class of one letter of Thai, Lao, Myanmar or Khmer: the unspaced scripts outside CJK. */
    public static final String SOUTHEAST_ASIAN_LETTER = regexClass(SOUTHEAST_ASIAN_BLOCKS);

    private Scripts() {
    }

    /** An Arabic letter (hamza to yeh), as Arabic, Persian and Urdu words are spelt. */
    public static boolean arabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064a';
    }

    /**
     * Whether a char is of a script written without spaces between words, where each char is taken for a word and
     * a phrase or a name is found inside a longer run of letters: Chinese, Japanese and Korean (Korean attaches its
     * particles: "협력하기로"), and Thai, Lao, Myanmar and Khmer, which space sentences and clauses only.
     */
    public static boolean unspaced(char c) {
        if (c >= CJK) {
            return true;
        }
        for (char[] block : SOUTHEAST_ASIAN_BLOCKS) {
            if (c >= block[0] && c <= block[1]) {
                return true;
            }
        }
        return false;
    }

    private static String regexClass(char[][] blocks) {
        StringBuilder regex = new StringBuilder("[");
        for (char[] block : blocks) {
            regex.append(String.format("\\u%04X-\\u%04X", (int) block[0], (int) block[1]));
        }
        return regex.append(']').toString();
    }
}
