package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds literal phrases (case-sensitive) that stand as whole words in a text: at the leftmost position
 * where one does, the longest, then on from its end. That is what a regex alternation of the quoted
 * phrases, longest first, between {@code (?<![word])} and {@code (?![word])} finds; but such a regex tries
 * every phrase at every position (a thousand country names for each sentence), where a trie of the
 * phrases' chars follows only the phrases the text spells out.
 */
final class PhraseTrie {

    /** A phrase found at [start, end) of a text. */
    record Hit(String phrase, int start, int end) {
    }

    /** What counts as a word char at a phrase's edges. */
    enum Boundary {
        LETTERS_AND_DIGITS("[\\p{L}\\p{N}]"), LETTERS("[\\p{L}]");

        private final String regexClass;
        private final boolean digits;

        Boundary(String regexClass) {
            this.regexClass = regexClass;
            this.digits = regexClass.contains("\\p{N}");
        }

        boolean isWordChar(char c) {
            return isWordCodePoint(c);
        }

        boolean isWordCodePoint(int c) {
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
    /**
     * The same search as a regex, for a text with surrogate pairs: there the regex reads code points, and a
     * letter outside the Basic Multilingual Plane next to a phrase is a word char.
     */
    private final Pattern regex;

    PhraseTrie(Collection<String> phrases, Boundary boundary) {
        this.boundary = boundary;
        List<String> longestFirst = new ArrayList<>(phrases);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder("(?<!" + boundary.regexClass + ")(?:");
        for (int i = 0; i < longestFirst.size(); i++) {
            String phrase = longestFirst.get(i);
            if (phrase.isEmpty() || phrase.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                throw new IllegalArgumentException("not a phrase to look for: '" + phrase + "'");
            }
            alternation.append(i == 0 ? "" : "|").append(Pattern.quote(phrase));
            Node node = root;
            for (int c = 0; c < phrase.length(); c++) {
                node = node.add(phrase.charAt(c));
            }
            node.phrase = phrase;
        }
        regex = Pattern.compile(alternation.append(")(?!").append(boundary.regexClass).append(")").toString());
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
            if (Character.isSurrogate(text.charAt(i))) {
                return findAllByRegex(text);
            }
            // a hit's chars are a phrase's, none a surrogate, so every char of the text is looked at here
            Hit hit = i == 0 || !boundary.isWordChar(text.charAt(i - 1)) ? longestAt(text, i) : null;
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private List<Hit> findAllByRegex(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = regex.matcher(text);
        while (m.find()) {
            hits.add(new Hit(m.group(), m.start(), m.end()));
        }
        return hits;
    }

    /**
     * The longest phrase that starts at the position and ends before a non-word char or the text's end, taking
     * no account of the char before it: what {@code findAll(text.substring(start))} lists first, if that one
     * starts at 0. (The char after the phrase is read as a code point, as the regex reads it.)
     */
    Hit longestAt(String text, int start) {
        char first = text.charAt(start);
        Node node = first < 0x80 ? asciiRoots[first] : root.child(first);
        Hit longest = null;
        int end = start + 1; // the node spells text[start, end)
        while (node != null) {
            if (node.phrase != null && (end == text.length() || !boundary.isWordCodePoint(text.codePointAt(end)))) {
                longest = new Hit(node.phrase, start, end);
            }
            node = end < text.length() ? node.child(text.charAt(end++)) : null;
        }
        return longest;
    }
}
