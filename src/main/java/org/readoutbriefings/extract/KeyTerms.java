package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a commitment that carry what it is about, each without a plural "s" and cut to its first
 * {@value #STEM} letters, so that "semiconductors" and "semiconductor", "cooperate" and "cooperation", "chains"
 * and "chain" are one term. Left out: words of every sentence, the language of committing itself ("agreed to further
 * strengthen"), which every commitment shares, and the partners' names, which are matched apart.
 * <p>
 * Cut once, when the commitment is stored ({@link #stored}, column commitment.key_terms, V27), so that the nightly
 * matching reads a short column instead of re-reading and re-cutting every commitment's text. A change to these
 * rules therefore needs a migration that sets key_terms back to NULL: the fulfilment step cuts again the terms of
 * every commitment that has none (rollup.LaterReadoutEvidence).
 */
public final class KeyTerms {

    /** Letters kept of a word: a crude stem, but one that needs no dictionary and treats every language alike. */
    static final int STEM = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+]+");
    /**
     * Words that name no meeting and no subject of their own: the words around a meeting's name ("the next
     * annual ministerial") and the partners' names, which are matched apart. The fulfilment step leaves them
     * out of a meeting's name as well (rollup.NamedMeetings).
     */
    public static final Set<String> NAMING_WORDS = Set.of("the", "next", "and", "of", "first", "second", "third", "inaugural",
            "annual", "upcoming", "meeting", "ministerial", "japan", "japanese", "u", "s", "us", "united", "states",
            "korea", "rok", "uk", "kingdom", "india", "australia", "australian", "france", "franco", "philippines",
            "china", "chinese", "viet", "nam", "vietnam", "germany", "german", "canada", "eu", "european", "union");
    private static final Set<String> LEFT_OUT = Stream.concat(NAMING_WORDS.stream(), Stream.of(
            // function words
            "a", "an", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "on", "or", "that", "this",
            "these", "those", "to", "with", "their", "they", "them", "our", "we", "both", "each", "all", "also", "other",
            "such", "well", "through", "toward", "towards", "between", "under", "over", "more", "further", "including",
            "while", "which", "who", "whose", "where", "when", "than", "there", "same", "any", "own", "very", "will",
            "would", "shall", "should", "could", "can", "may", "must", "not", "no", "have", "has", "had", "been", "being",
            "are", "was", "were", "do", "does", "did", "so", "up", "out", "about", "against", "among", "within",
            // the language of committing and meeting, which every commitment shares
            "agree", "agreed", "affirm", "affirmed", "reaffirm", "reaffirmed", "reiterate", "reiterated", "confirm",
            "confirmed", "commit", "committed", "commitment", "commitments", "pledge", "pledged", "decide", "decided",
            "continue", "continued", "work", "working", "together", "closely", "close", "closer", "strengthen",
            "strengthening", "enhance", "enhancing", "deepen", "deepening", "promote", "promoting", "advance",
            "advancing", "expand", "expanding", "further", "cooperation", "cooperate", "coordination", "coordinate",
            "collaboration", "collaborate", "effort", "efforts", "ensure", "support", "supporting", "importance",
            "important", "two", "side", "sides", "leader", "leaders", "minister", "ministers", "president",
            "prime", "secretary", "foreign", "government", "governments", "country", "countries", "nation", "nations",
            "bilateral", "relations", "relationship", "partnership", "partners", "partner", "shared", "mutual",
            "common", "new", "year", "years", "meet", "met", "hold", "held", "talks", "call", "discussed", "discuss",
            "welcomed", "welcome", "noted", "expressed", "looked", "forward", "stay", "contact", "area", "areas",
            "field", "fields", "way", "ways", "matter", "matters", "issue", "issues", "region", "regional",
            "said", "says", "stated", "ready", "willing", "stands", "hope", "hoped", "look", "looking", "next", "first",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "spring", "summer", "autumn", "winter", "end", "half", "early", "later", "month", "months",
            // partners the meeting names, beyond those the meeting names leave out
            "indian", "korean", "british", "french", "philippine", "vietnamese", "american", "canadian",
            "america", "britain", "republic", "people", "peoples", "federal", "prc", "japan"))
            .map(KeyTerms::stem).collect(Collectors.toUnmodifiableSet());

    private KeyTerms() {
    }

    /**
     * A text's terms, in the order they first occur: stems, each with the first word it was cut from (to
     * show what matched).
     */
    public static Map<String, String> of(String text) {
        Map<String, String> terms = new LinkedHashMap<>();
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (w.find()) {
            String word = w.group();
            if (word.length() < 3 && !word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            String stem = stem(word);
            if (!LEFT_OUT.contains(stem)) {
                terms.putIfAbsent(stem, word);
            }
        }
        return terms;
    }

    /**
     * A text's terms as commitment.key_terms keeps them: the word of each term, in the order of {@link #of},
     * separated by single spaces ("" for none). A word holds no space, and its stem is worked out again on reading
     * ({@link #fromStored}).
     */
    public static String stored(String text) {
        return String.join(" ", of(text).values());
    }

    /** The terms of a key_terms column, as {@link #of} gave them for the text: stems, each with its word. */
    public static Map<String, String> fromStored(String stored) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (!stored.isEmpty()) {
            for (String word : stored.split(" ")) {
                terms.putIfAbsent(stem(word), word);
            }
        }
        return terms;
    }

    /** The stems alone, for a test to read. */
    public static List<String> stems(String text) {
        return new ArrayList<>(of(text).keySet());
    }

    /** The word without a plural "s" ("chains", "ports": "chain", "port"), then cut to {@value #STEM} letters. */
    private static String stem(String word) {
        String singular = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return singular.length() <= STEM ? singular : singular.substring(0, STEM);
    }
}
