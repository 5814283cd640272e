package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.readoutbriefings.reference.Scripts;

/**
 * Finds literal phrases (case-sensitive) that stand as whole words in a text: at the leftmost position
 * where one does, the longest, then on from its end. For phrases in scripts written with spaces, that is what
 * a regex alternation of the quoted phrases, longest first, between {@code (?<![word])} and {@code (?![word])}
 * finds; but such a regex tries every phrase at every position (a thousand country names for each sentence),
 * where a trie of the phrases' chars follows only the phrases the text spells out. Chinese and Japanese are
 * written without spaces, so a phrase in Han or Hiragana is a word wherever it stands ("美国国务卿"), as is one
 * in Thai, Lao, Myanmar or Khmer, one in
 * Katakana wherever the Katakana run around it ends, and one in Hangul where a word starts, whatever
 * particle follows ("미국과").
 */
final class PhraseTrie {

    /** A phrase found at [start, end) of a text. */
    record Hit(String phrase, int start, int end) {
    }

    /** What counts as a word char at a phrase's edges. */
    enum Boundary {
        LETTERS_AND_DIGITS(true), LETTERS(false);

        private final boolean digits;

        Boundary(boolean digits) {
            this.digits = digits;
        }

        /**
         * Whether the char next to a phrase's first ({@code before}) or last char makes one word with it, so
         * the phrase does not stand as a word there.
         */
        boolean joins(int neighbour, char edge, boolean before) {
            return switch (script(edge)) {
                case WITHOUT_SPACES -> false;
                case KATAKANA -> script(neighbour) == Script.KATAKANA;
                case HANGUL -> before && script(neighbour) == Script.HANGUL;
                case SPACED -> script(neighbour) == Script.SPACED && isWordCodePoint(neighbour);
            };
        }

        private boolean isWordCodePoint(int c) {
            if (c < 0x80) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (digits && c >= '0' && c <= '9');
            }
            return switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> digits;
                default -> false;
            };
        }
    }

    private enum Script { SPACED, WITHOUT_SPACES, KATAKANA, HANGUL }

    private static Script script(int c) {
        if (c < 0 || (c <= Character.MAX_VALUE && !Scripts.unspaced((char) c))) {
            return Script.SPACED;
        }
        if (c == 'ー') {
            return Script.KATAKANA; // the long-vowel mark inside a Katakana word: "ペルー"
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, THAI, LAO, MYANMAR, KHMER -> Script.WITHOUT_SPACES;
            case KATAKANA -> Script.KATAKANA;
            case HANGUL -> Script.HANGUL;
            default -> Script.SPACED;
        };
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        /** The phrase that ends here, if one does. */
        private String phrase;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            newKeys[at] = c;
            newChildren[at] = new Node();
            keys = newKeys;
            children = newChildren;
            return newChildren[at];
        }
    }

    private final Node root = new Node();
    /** The root's children for ASCII chars, by char: the trie is entered at every word start of every text. */
    private final Node[] asciiRoots = new Node[0x80];
    private final Boundary boundary;

    PhraseTrie(Collection<String> phrases, Boundary boundary) {
        this.boundary = boundary;
        for (String phrase : phrases) {
            if (phrase.isEmpty() || phrase.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                throw new IllegalArgumentException("not a phrase to look for: '" + phrase + "'");
            }
            Node node = root;
            for (int c = 0; c < phrase.length(); c++) {
                node = node.add(phrase.charAt(c));
            }
            node.phrase = phrase;
        }
        for (char c = 0; c < 0x80; c++) {
            asciiRoots[c] = root.child(c);
        }
    }

    /** Every phrase in the text, in order, none overlapping. */
    List<Hit> findAll(String text) {
        List<Hit> hits = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            // no phrase holds a surrogate, so none starts inside a pair; the char before is read as a code point
            Hit hit = i == 0 || !boundary.joins(text.codePointBefore(i), text.charAt(i), true) || afterArabicClitics(text, i)
                    ? longestAt(text, i) : null;
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * Whether an Arabic phrase may start here: after one or two of the one-letter words Arabic writes onto the next
     * ("and", "so", "with", "to"), at a word's start: "ومصر", "بالأردن", "ووزير الخارجية", "وبوزير".
     */
    private static boolean afterArabicClitics(String text, int i) {
        if (!Scripts.arabicLetter(text.charAt(i))) {
            return false;
        }
        for (int clitics = 1; clitics <= 2 && i - clitics >= 0; clitics++) {
            if (ARABIC_CLITICS.indexOf(text.charAt(i - clitics)) < 0) {
                return false;
            }
            if (i - clitics == 0 || !TextWords.isWordChar(text.charAt(i - clitics - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final String ARABIC_CLITICS = "وفبل";

    /**
     * The longest phrase that starts at the position and ends before a non-word char or the text's end, taking
     * no account of the char before it: what {@code findAll(text.substring(start))} lists first, if that one
     * starts at 0. (The char after the phrase is read as a code point.)
     */
    Hit longestAt(String text, int start) {
        char first = text.charAt(start);
        Node node = first < 0x80 ? asciiRoots[first] : root.child(first);
        Hit longest = null;
        int end = start + 1; // the node spells text[start, end)
        while (node != null) {
            if (node.phrase != null && (end == text.length() || !boundary.joins(text.codePointAt(end), text.charAt(end - 1), false))) {
                longest = new Hit(node.phrase, start, end);
            }
            node = end < text.length() ? node.child(text.charAt(end++)) : null;
        }
        return longest;
    }
}
