package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.reference.Country;
import org.readoutbriefings.reference.CountryDirectory;

/**
 * PhraseTrie must find what the regex alternation it replaced found: the quoted phrases, longest first,
 * between a look-behind and a look-ahead for a word char. Checked on random texts made of every country
 * name, alias, demonym and capital, glued together or apart, with chars whose word-ness is awkward, and
 * with surrogate pairs (emoji, a mathematical letter), which the trie reads as code points (a regex's
 * look-behind sees only the pair's second half, so a hit right after a mathematical letter is dropped). And a
 * phrase right at a position is what a search from that position finds first, if it starts there.
 */
class PhraseTrieTest {

    private static final List<String> AWKWARD = List.of("\u00b2", "\u2167", "\u0301", "\u00e9", "_", "-", "'", "\u2019",
            ".", ",", "(", ")", "\t", "\n", "\u00a0", "7", "US", "U.S.", "UK", "the", "and", "\ud835\udc00", "\ud83d\ude00",
            // the one-letter words Arabic writes onto the next: "and", "so", "with", "to"
            "و", "ف", "ب", "ل", "وب");

    @Test
    void findsWhatTheAlternationFinds() {
        Set<String> phrases = new LinkedHashSet<>();
        for (Country c : CountryDirectory.builtIn().all()) {
            phrases.add(c.name());
            phrases.addAll(c.aliases());
            phrases.addAll(c.demonyms());
            phrases.addAll(c.capitals());
        }
        phrases.removeIf(p -> p.strip().length() < 2);
        phrases.addAll(List.of("Papua New Guinea", "Guinea", "Korea", "Korean", "Élysée", "U.S.", "WASHINGTON"));
        List<String> vocabulary = new ArrayList<>(phrases);
        vocabulary.addAll(AWKWARD);
        Random random = new Random(20240611);
        int hits = 0;
        for (PhraseTrie.Boundary boundary : PhraseTrie.Boundary.values()) {
            PhraseTrie trie = new PhraseTrie(phrases, boundary);
            Pattern alternation = alternation(phrases, boundary == PhraseTrie.Boundary.LETTERS ? "[\\p{L}]" : "[\\p{L}\\p{N}]");
            for (int n = 0; n < 700; n++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(25);
                for (int i = 0; i < words; i++) {
                    String word = vocabulary.get(random.nextInt(vocabulary.size()));
                    // lower case or cut short: a near miss
                    word = random.nextInt(8) == 0 ? word.toLowerCase(Locale.ROOT)
                            : random.nextInt(8) == 0 ? word.substring(0, Math.max(1, word.length() - 1)) : word;
                    text.append(word).append(random.nextInt(4) == 0 ? "" : " ");
                }
                List<PhraseTrie.Hit> expected = new ArrayList<>();
                Matcher m = alternation.matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    if (m.start() == 0 || !Character.isLetter(text.codePointBefore(m.start())) || afterArabicClitics(text, m.start())) {
                        expected.add(new PhraseTrie.Hit(m.group(), m.start(), m.end()));
                        from = m.end();
                    } else {
                        from = m.start() + 1; // dropped: a shorter phrase inside it may still stand as a word
                    }
                }
                assertThat(trie.findAll(text.toString())).as(text.toString()).isEqualTo(expected);
                hits += expected.size();
                // a phrase right at a position, as ParticipantFinder asks after "of": what the search of the
                // text from there lists first, if it starts there
                from = random.nextInt(text.length() + 1);
                List<PhraseTrie.Hit> fromThere = trie.findAll(text.substring(from));
                PhraseTrie.Hit first = fromThere.isEmpty() || fromThere.get(0).start() > 0 ? null : fromThere.get(0);
                PhraseTrie.Hit at = from < text.length() ? trie.longestAt(text.toString(), from) : null;
                assertThat(at == null ? null : new PhraseTrie.Hit(at.phrase(), at.start() - from, at.end() - from))
                        .as(from + " in " + text).isEqualTo(first);
            }
        }
        assertThat(hits).as("the texts exercise the phrases").isGreaterThan(5_000);
    }

    private static boolean afterArabicClitics(CharSequence text, int at) {
        return Pattern.compile("(?:^|[^\\p{L}\\p{N}])[وفبل]{1,2}$").matcher(text.subSequence(0, at)).find()
                && text.charAt(at) >= '\u0620' && text.charAt(at) <= '\u064a';
    }

    private static Pattern alternation(Set<String> phrases, String wordChar) {
        List<String> longestFirst = new ArrayList<>(phrases);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        // or after one or two Arabic one-letter words at a word's start, before an Arabic phrase: "ومصر", "وبوزير"
        StringBuilder regex = new StringBuilder("(?:(?<!" + wordChar + ")|(?<=(?:^|[^\\p{L}\\p{N}])[وفبل]{1,2})(?=[\u0620-\u064a]))(?:");
        for (int i = 0; i < longestFirst.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
        }
        return Pattern.compile(regex.append(")(?!").append(wordChar).append(")").toString());
    }
}
