package org.readoutbriefings.rollup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.extract.KeyTerms;

/**
 * The meetings a follow-up names ("the next Security Consultative Committee (2+2) meeting", "the 17th Foreign
 * Ministers' Strategic Dialogue", "the Economic 2+2"), each as the words a later readout's title must hold to
 * be that meeting's account. Ordinals, "next" and country names are left out: the 16th dialogue's readout is
 * titled with its own number, and the partners are matched apart.
 */
final class NamedMeetings {

    /** A run of capitalised words ending in a kind of meeting, or a "2+2" with the word before it. */
    private static final Pattern NAMED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+(?:and\\s+|of\\s+)?){0,6}(?:Dialogue|Committee|Consultations|Commission|Summit|Forum"
                    + "|Talks|Council|Meeting))\\b|((?:\\p{Lu}\\p{L}+\\s+)?\"?2\\+2\"?)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+]+");
    /** Words that name no meeting of their own: who meets is matched on the partners. */
    static final Set<String> LEFT_OUT = KeyTerms.NAMING_WORDS;
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

    private NamedMeetings() {
    }

    /** The word sets of the meetings the text names; none when it names no meeting of its own. */
    static List<Set<String>> in(String text) {
        List<Set<String>> meetings = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            Set<String> words = words(m.group());
            // "Meeting" alone, "the Summit": a kind, not a name; "2+2" alone is the name of one
            if (words.size() >= 2 || words.contains("2+2")) {
                meetings.add(words);
            }
        }
        return meetings;
    }

    /** Whether a title holds every word of a named meeting. */
    static boolean names(String title, Set<String> meeting) {
        return words(title).containsAll(meeting);
    }

    /** A title's words as {@link #in} gives a meeting's, to match against many follow-ups. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (w.find()) {
            String word = w.group();
            if (!LEFT_OUT.contains(word) && !ORDINAL.matcher(word).matches()) {
                words.add(word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
