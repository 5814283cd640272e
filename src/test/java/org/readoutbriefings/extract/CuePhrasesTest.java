package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.reference.Scripts;
import org.readoutbriefings.reference.Topic;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * CuePhrases skips a phrase's regex when the text lacks one of the phrase's words, starts it at the first
 * occurrence of its first word and hints it with its first letter: none of this may change a result. Checked
 * against the plain way (every phrase's regex over the whole text) on random texts made of the real cue
 * phrases and topic keywords, in any case, mixed with chars whose case folding or word-ness is awkward.
 */
class CuePhrasesTest {

    /** What CuePhrases did before the shortcuts: every phrase's regex, from the text's start. */
    private static final class EveryRegex {
        private final List<String> phrases;
        private final List<Pattern> patterns = new ArrayList<>();

        EveryRegex(List<String> phrases) {
            this.phrases = phrases;
            for (String phrase : phrases) {
                StringBuilder regex = new StringBuilder();
                String[] parts = phrase.strip().split("\\s*\\.\\.\\.\\s*");
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        // a gap within the sentence, whose full stops end it unless they close an initial ("the U.S. commitment")
                        regex.append("(?:[^.;!?]|(?<=\\b\\p{Lu})\\.){1,120}?");
                    }
                    // a phrase in Chinese, Japanese, Korean, Thai, Lao, Khmer or Myanmar may stand inside a run of letters
                    boolean spacedStart = parts[i].isEmpty() || !Scripts.unspaced(parts[i].charAt(0));
                    boolean spacedEnd = parts[i].isEmpty() || !Scripts.unspaced(parts[i].charAt(parts[i].length() - 1));
                    // an Arabic word may have "and" or "so" written onto its front
                    boolean arabic = !parts[i].isEmpty() && parts[i].charAt(0) >= '\u0620' && parts[i].charAt(0) <= '\u064a';
                    regex.append(spacedStart ? "(?<![\\p{L}\\p{N}])" : "").append(arabic ? "[وف]?" : "").append(Pattern.quote(parts[i]).replace(" ", "\\E\\s+\\Q"))
                            .append(spacedEnd ? "(?![\\p{L}\\p{N}])" : "");
                }
                boolean acronym = phrase.length() <= 6 && phrase.equals(phrase.toUpperCase(Locale.ROOT))
                        && phrase.chars().anyMatch(Character::isLetter);
                patterns.add(acronym ? Pattern.compile(regex.toString())
                        : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }

        Optional<CuePhrases.Match> find(String text) {
            CuePhrases.Match best = null;
            for (int i = 0; i < patterns.size(); i++) {
                Matcher m = patterns.get(i).matcher(text);
                if (m.find() && (best == null || m.start() < best.start())) {
                    best = new CuePhrases.Match(phrases.get(i), m.start(), m.end());
                }
            }
            return Optional.ofNullable(best);
        }

        List<CuePhrases.Match> findAll(String text) {
            List<CuePhrases.Match> all = new ArrayList<>();
            for (int i = 0; i < patterns.size(); i++) {
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    all.add(new CuePhrases.Match(phrases.get(i), m.start(), m.end()));
                }
            }
            all.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return all;
        }
    }

    /** Chars that fold to ASCII letters (long s, Kelvin sign, dotted and dotless i), that are numbers but not digits, marks, supplementary letters and symbols, odd spaces. */
    private static final List<String> AWKWARD = List.of("\u017f", "\u212a", "\u0130", "\u0131", "\u00b2", "\u2167", "\u0301",
            "\ud835\udc00", "\ud83d\ude00", "_", "-", "'", "\u2019", ".", ",", ";", "(", ")", "\t", "\n", "\u00a0", "\u2003",
            "2021", "5", "G7", "WHO", "who",
            // the conjunctions Arabic writes onto a word
            "و", "ف");

    @Test
    void findsWhatEveryRegexFinds() {
        List<List<String>> lists = new ArrayList<>();
        ExtractionCues cues = ExtractionCues.builtIn();
        for (CuePhrases list : List.of(cues.strongCommitment(), cues.weakCommitment(), cues.notCommitment(), cues.history(),
                cues.followUp(), cues.keepInTouch(), cues.callFormat(), cues.videoFormat(), cues.multilateralFormat(),
                cues.inPersonFormat(), cues.everyParty())) {
            lists.add(list.phrases());
        }
        for (Topic topic : TopicTaxonomy.builtIn().all()) {
            lists.add(topic.keywords());
        }
        // phrases the shortcuts treat specially: non-ASCII, no word of two letters, a leading gap, a leading quote
        lists.add(List.of("Türkiye", "Élysée", "2+2", "... would", "'s call", "AI", "G7", "WHO", "a", "sit ... with"));

        List<String> vocabulary = new ArrayList<>(AWKWARD);
        lists.forEach(l -> l.forEach(p -> vocabulary.addAll(Arrays.asList(p.split("\\s+|\\.\\.\\.")))));
        Random random = new Random(20240611);
        int matches = 0;
        for (List<String> phrases : lists) {
            CuePhrases fast = new CuePhrases(phrases);
            EveryRegex plain = new EveryRegex(phrases);
            for (int n = 0; n < 60; n++) {
                String text = randomText(random, vocabulary, phrases);
                assertThat(fast.find(text)).as(text).isEqualTo(plain.find(text));
                List<CuePhrases.Match> all = plain.findAll(text);
                assertThat(fast.findAll(text)).as(text).isEqualTo(all);
                matches += all.size();
                // a part of the text, as the finders ask about the words after a cue
                String rest = text.substring(text.length() / 3);
                assertThat(fast.findAll(rest)).as(rest).isEqualTo(plain.findAll(rest));
            }
        }
        assertThat(matches).as("the texts exercise the phrases").isGreaterThan(800);
    }

    @Test
    void aPhraseListMadeAfterATextWasSplitStillFindsItsWords() {
        String text = "The sides agreed on a zyxwvut framework.";
        assertThat(new CuePhrases(List.of("agreed on")).find(text)).isPresent();
        // "zyxwvut" joins the vocabulary only now, after the text's words were taken and remembered
        assertThat(new CuePhrases(List.of("zyxwvut framework")).find(text))
                .contains(new CuePhrases.Match("zyxwvut framework", 22, 39));
    }

    private static String randomText(Random random, List<String> vocabulary, List<String> phrases) {
        StringBuilder text = new StringBuilder();
        int words = 3 + random.nextInt(40);
        for (int i = 0; i < words; i++) {
            String word = random.nextInt(4) == 0 ? phrases.get(random.nextInt(phrases.size())).replace("...", "and then")
                    : vocabulary.get(random.nextInt(vocabulary.size()));
            word = switch (random.nextInt(6)) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> word.toLowerCase(Locale.ROOT);
                default -> word;
            };
            text.append(word).append(random.nextInt(5) == 0 ? "" : random.nextInt(6) == 0 ? "  " : " ");
        }
        return text.toString();
    }
}
