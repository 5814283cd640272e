package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits readout text into paragraphs and sentences. Copes with the abbreviations readouts are full of
 * (U.S., Amb., H.E., Dr., Dec., No.), with initials (Antony J. Blinken), with bullet and numbered lists
 * (each item a sentence), with headings, and with text extracted from PDFs, whose lines are wrapped.
 */
public class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s", "u.k", "u.n", "e.u", "u.s.a", "p.r.c", "r.o.k", "d.p.r.k", "amb", "h.e", "dr", "mr", "mrs", "ms",
            "mx", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jr", "sr", "inc", "co", "ltd", "vs", "e.g", "i.e",
            "a.m", "p.m", "approx", "art", "para", "vol", "rt", "hon", "mt", "ft", "cf", "dept", "govt", "min",
            "adm", "capt", "maj", "pres", "sec", "secy", "excellency", "est",
            // forms of address before a name in Swahili ("Mhe."), Spanish ("Sra.", "Excmo.", "Lic.", "Ing.") and Indonesian ("Bpk.", "Drs.")
            "mhe", "sra", "srta", "excmo", "excma", "lic", "ing", "bpk", "drs");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\u2022*\u00b7\u25aa\u2013\u25cf]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]+\\))\\s+");
    /** A date written day first with a full stop ("5. október 2010", "3. März 2021"), not a numbered item. */
    private static final Pattern DAY_DOT_MONTH_YEAR = Pattern.compile("^\\s*\\d{1,2}\\.\\s+\\p{L}+\\.?,?\\s+(?:19|20)\\d{2}\\b");
    /**
     * A full stop before white space, or one run into the next sentence as pages whose markup lost a space
     * print it ("in March this year.He also"): between two lower-case letters and a capitalised word.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:[\"'\u201d\u201c\u00bb\u2019)\\]]*)(?=\\s+|$)"
            + "|(?<=\\p{Ll}\\p{Ll})[.!?](?=\\p{Lu}\\p{Ll})"
            // Chinese and Japanese full stops, with a closing quote or bracket, and no space after them
            + "|[\u3002\uff01\uff1f][\u300d\u300f\u201d\uff09)]*");
    private static final int MAX_HEADING = 70;
    // compiled once: String.replaceAll, split and matches compile their regex on every call
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'\u201c(]+");
    /** After "2021." or "10." of a date spaced as Korean pages write it, its next number and full stop. */
    private static final Pattern SPACED_DATE_GOES_ON = Pattern.compile("[0-3]?\\d\\.(?:\\s|$)");
    private static final Pattern DATE_LABEL = Pattern.compile("(?i:date|published|posted|updated|written)\\b\\s*:?\\s*\\d");
    private static final int STAMP_LINE_LENGTH = 60;
    /** A dateline opening a paragraph ("20 February 2014 \u2013 The Philippines and ..."): the body's start, not the title going on. */
    private static final Pattern DATELINE_OPENING = Pattern.compile("(?:\\d{1,2}\\s+\\p{Lu}\\p{L}+\\.?|\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2},)\\s+(?:19|20)\\d{2}\\s*[\u2013\u2014-]\\s");
    private static final Pattern CAPITALISED_MONTH = Pattern.compile("(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
            + "|Oktober|November|Dezember"
            // and English months after a day with a full stop, as a Serbian page writes them: "14. Dec 2022."
            + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:19|20)\\d{2})\\b");
    /** What follows the day or the month of "15. 10. 2024.": the month and a full stop, or the year. */
    private static final Pattern DAY_OR_MONTH_DOT_AFTER = Pattern.compile("(?:[01]?\\d\\.\\s?(?:19|20|21)\\d{2}|(?:19|20|21)\\d{2})\\b");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[a-z]\\.)+[a-z]");

    /** Words that make a heading a background heading, each as a whole-word regex on the lower-cased heading. */
    private final List<Pattern> backgroundWords;

    /** @param backgroundWords words that make a heading a background heading ("ties", "background") */
    public SentenceSplitter(List<String> backgroundWords) {
        this.backgroundWords = backgroundWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b")).toList();
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        boolean background = false;
        int index = 0;
        List<String> paragraphs = new ArrayList<>();
        Set<Integer> listItems = new HashSet<>();
        paragraphs(text, paragraphs, listItems);
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            boolean listItem = listItems.contains(p);
            if (!listItem && isHeading(paragraph)) {
                String lower = paragraph.toLowerCase(Locale.ROOT);
                // "People-to-People Ties" heads exchanges agreed at the meeting, not the history of the relationship
                // the title names the meeting ("... meets British counterpart on ties"): it never opens background
                background = p > 0 && backgroundWords.stream().anyMatch(w -> w.matcher(lower).find())
                        && !lower.contains("people-to-people") && !lower.contains("people to people");
                sentences.add(new Sentence(paragraph, index++, true, background, false));
                continue;
            }
            for (String sentence : sentences(paragraph)) {
                sentences.add(new Sentence(sentence, index, false, background, listItem));
            }
            index++;
        }
        return sentences;
    }

    /**
     * Paragraphs: blank-line separated blocks, each line a paragraph unless it is a wrapped continuation;
     * the indexes of those that are items of a bulleted or numbered list go into {@code listItems}.
     */
    void paragraphs(String text, List<String> paragraphs, Set<Integer> listItems) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\t', ' ');
        StringBuilder current = new StringBuilder();
        int wrapWidth = wrapWidth(normalised);
        boolean afterBlank = false;
        for (String raw : normalised.split("\n")) {
            String line = raw.strip();
            if (line.contains("  ")) { // a plain search first: most lines have no run of spaces to squeeze
                line = SPACE_RUN.matcher(line).replaceAll(" ");
            }
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.find() && !DAY_DOT_MONTH_YEAR.matcher(line).find()) {
                flush(current, paragraphs);
                listItems.add(paragraphs.size());
                current.append(line.substring(bullet.end()));
                afterBlank = false;
                continue;
            }
            // a blank line ends the paragraph, unless the sentence plainly goes on after it: pages copied with a
            // blank line after every wrapped line ("... agreed to hold a technical consultative" / blank /
            // "meeting for both parties in Egypt ...")
            boolean goesOn = current.length() > 0 && (afterBlank ? continuesAfterBlank(current, line) : continues(current, line, wrapWidth))
                    // a list item wraps on in lower case; a capital after it opens the text ("- Kategorie: News" / "Heute Abend haben ...")
                    && !(listItems.contains(paragraphs.size()) && !Character.isLowerCase(line.charAt(0)));
            afterBlank = false;
            if (goesOn) {
                current.append(current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.charAt(0)) ? "" : " ")
                        .append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
        }
        flush(current, paragraphs);
    }

    /**
     * A line wrapped mid-sentence: the previous one has no closing punctuation, and this one goes on in
     * lower case, or the text is hard-wrapped (as PDF text is) and the previous line reached the wrap width.
     */
    private static boolean continues(StringBuilder previous, String line, int wrapWidth) {
        char last = previous.charAt(previous.length() - 1);
        boolean open = ".!?:;\"\u201d\u201c\u00bb\u2019)".indexOf(last) < 0;
        // lines are joined with spaces, so the paragraph holds no line break: its "last line" is all of it (this
        // was previous.length() - previous.lastIndexOf("\n") - 1, the same number after a scan of the paragraph)
        int lastLine = previous.length();
        // "date 2022-06-17" under a title is a label, not the title going on
        // nor does a sentence go on after a page's stamp ("Written: 2022-02-13 13:42:37")
        boolean stamp = previous.length() <= STAMP_LINE_LENGTH && DATE_LABEL.matcher(previous).lookingAt();
        return open && !stamp && !DATE_LABEL.matcher(line).lookingAt() && !DATELINE_OPENING.matcher(line).lookingAt() && (Character.isLowerCase(line.charAt(0)) || (wrapWidth > 0 && lastLine >= wrapWidth * 6 / 10));
    }

    /** A sentence cut by a blank line: the block before it has no closing punctuation, and this line goes on in lower case. */
    private static boolean continuesAfterBlank(StringBuilder previous, String line) {
        return ".!?:;\"\u201d\u201c\u00bb\u2019)".indexOf(previous.charAt(previous.length() - 1)) < 0
                && Character.isLowerCase(line.charAt(0));
    }

    /**
     * The width a hard-wrapped text is wrapped at, or 0 when lines are whole paragraphs: most lines of a
     * wrapped text come close to one width, and that width is short.
     */
    private static int wrapWidth(String text) {
        List<Integer> lengths = text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(String::length).toList();
        int max = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max == 0 || max > 130 || lengths.size() < 4) {
            return 0;
        }
        long near = lengths.stream().filter(l -> l >= max * 3 / 4).count();
        return near * 2 >= lengths.size() ? max : 0;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString().strip());
            current.setLength(0);
        }
    }

    private static boolean isHeading(String paragraph) {
        if (paragraph.length() > MAX_HEADING || SPACES.split(paragraph).length > 9) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".!?:;,\"\u201d\u201c\u00bb\u2019".indexOf(last) < 0 && Character.isUpperCase(paragraph.codePointAt(0));
    }

    /** Sentences of one paragraph. */
    List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(paragraph);
        int start = 0;
        while (end.find()) {
            int stop = end.end();
            if (isBoundary(paragraph, end.start(), stop)) {
                String sentence = paragraph.substring(start, stop).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
                start = stop;
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean isBoundary(String text, int punctuation, int after) {
        if (text.charAt(punctuation) >= '\u3002') {
            return true; // a Chinese or Japanese full stop ends a sentence whatever follows
        }
        // the first char after the white space that follows, found without copying the rest of the paragraph
        int next = after;
        while (next < text.length() && Character.isWhitespace(text.codePointAt(next))) {
            next += Character.charCount(text.codePointAt(next));
        }
        if (next == text.length()) {
            return true;
        }
        int first = text.codePointAt(next);
        boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201c\u2018(".indexOf(first) >= 0
                || Character.isIdeographic(first)
                // a script without case (Korean, Arabic, Thai...) starts its sentences with any letter
                || Character.isLetter(first) && !Character.isLowerCase(first) && !Character.isTitleCase(first);
        if (!capitalStart) {
            return false;
        }
        if (text.charAt(punctuation) != '.') {
            return true;
        }
        // the word before the full stop
        int wordStart = punctuation;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = OPENING_QUOTES.matcher(text.substring(wordStart, punctuation).toLowerCase(Locale.ROOT)).replaceAll("");
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit) && SPACED_DATE_GOES_ON.matcher(text).region(next, text.length()).lookingAt()) {
            return false; // a Korean date's year or month: "2021. 10. 6. 01:35"
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false; // an initial: "Antony J. Blinken"
        }
        if (!word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isDigit)
                && (CAPITALISED_MONTH.matcher(text).region(next, text.length()).lookingAt()
                || DAY_OR_MONTH_DOT_AFTER.matcher(text).region(next, text.length()).lookingAt())) {
            // a day as German writes it ("am 6. Mai 2022", "6. März", or "14. Dec 2022"), or a day or month as
            // Central Europe writes a date ("15. 10. 2024.")
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            // "No. 5", "Dec. 22", "Dr. Jaishankar": the abbreviation belongs to what follows
            return false;
        }
        return !DOTTED_ACRONYM.matcher(word).matches(); // other dotted acronyms: "U.S.A."
    }
}
