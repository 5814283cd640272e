package org.readoutbriefings.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A name in Russian or Ukrainian as the nominative gives it, from the form a title before it declines it into:
 * "с Министром иностранных дел Бахтиёром Саидовым" is Бахтиёр Саидов, "визит Президента Касым-Жомарта
 * Токаева" is Касым-Жомарт Токаев. The title says the case; the endings undone are those of the common
 * given names and family names (-ов, -ев, -ин, -ский, -енко, and the feminine -ова, -ская, -ия, -а). A name
 * the rules do not know is left as written.
 * <p>
 * Hand-written because no morphology library for these languages is served here as a Maven artefact (Lucene's
 * Russian stemmer cuts words to stems, it does not give the nominative), and the rules are needed only for
 * names after a title.
 */
final class NameCases {

    enum Case { NOMINATIVE, GENITIVE, DATIVE, INSTRUMENTAL }

    /** An oblique form of a title's first word: its case, and the word in the nominative. */
    private record Oblique(Case nameCase, String nominative) {
    }

    /** The oblique forms of the titles in {@code offices.tsv}, by their first word, lower case. */
    private static final Map<String, Oblique> TITLE_CASES = Map.ofEntries(
            Map.entry("министра", new Oblique(Case.GENITIVE, "министр")), Map.entry("посла", new Oblique(Case.GENITIVE, "посол")),
            Map.entry("президента", new Oblique(Case.GENITIVE, "президент")),
            Map.entry("премьер-министра", new Oblique(Case.GENITIVE, "премьер-министр")),
            Map.entry("главы", new Oblique(Case.GENITIVE, "глава")), Map.entry("генерального", new Oblique(Case.GENITIVE, "генеральный")),
            Map.entry("міністра", new Oblique(Case.GENITIVE, "міністр")),
            Map.entry("прем'єр-міністра", new Oblique(Case.GENITIVE, "прем'єр-міністр")),
            Map.entry("прем’єр-міністра", new Oblique(Case.GENITIVE, "прем’єр-міністр")),
            Map.entry("голови", new Oblique(Case.GENITIVE, "голова")),
            Map.entry("министром", new Oblique(Case.INSTRUMENTAL, "министр")), Map.entry("послом", new Oblique(Case.INSTRUMENTAL, "посол")),
            Map.entry("президентом", new Oblique(Case.INSTRUMENTAL, "президент")),
            Map.entry("премьер-министром", new Oblique(Case.INSTRUMENTAL, "премьер-министр")),
            Map.entry("главой", new Oblique(Case.INSTRUMENTAL, "глава")), Map.entry("міністром", new Oblique(Case.INSTRUMENTAL, "міністр")),
            Map.entry("министру", new Oblique(Case.DATIVE, "министр")), Map.entry("послу", new Oblique(Case.DATIVE, "посол")),
            Map.entry("президенту", new Oblique(Case.DATIVE, "президент")),
            Map.entry("госсекретаря", new Oblique(Case.GENITIVE, "госсекретарь")),
            Map.entry("госсекретарем", new Oblique(Case.INSTRUMENTAL, "госсекретарь")),
            Map.entry("госсекретарём", new Oblique(Case.INSTRUMENTAL, "госсекретарь")),
            Map.entry("канцлера", new Oblique(Case.GENITIVE, "канцлер")), Map.entry("канцлером", new Oblique(Case.INSTRUMENTAL, "канцлер")),
            Map.entry("короля", new Oblique(Case.GENITIVE, "король")));

    private NameCases() {
    }

    /** The case a title in Russian or Ukrainian is in, and so the name after it: "Министром" instrumental, "Посла" genitive. */
    static Case of(String title) {
        Oblique oblique = TITLE_CASES.get(title.split("\\s")[0].toLowerCase(Locale.ROOT));
        return oblique == null ? Case.NOMINATIVE : oblique.nameCase();
    }

    /**
     * The title as a memo lists it, its first word in the nominative: "Министром иностранных дел" is Министр
     * иностранных дел, "Генерального секретаря" Генеральный секретарь. The words after the first are in the
     * genitive whatever the case ("иностранных дел"), except a secretary's.
     */
    static String nominativeTitle(String title) {
        String[] words = title.split(" ", 2);
        Oblique oblique = TITLE_CASES.get(words[0].toLowerCase(Locale.ROOT));
        if (oblique == null) {
            return title;
        }
        String first = Character.isUpperCase(words[0].charAt(0))
                ? Character.toUpperCase(oblique.nominative().charAt(0)) + oblique.nominative().substring(1) : oblique.nominative();
        String rest = words.length > 1 ? words[1] : "";
        if (oblique.nominative().equals("генеральный") && rest.startsWith("секретаря")) {
            rest = "секретарь" + rest.substring("секретаря".length());
        }
        return rest.isEmpty() ? first : first + " " + rest;
    }

    /** The name in the nominative, each word (and each part of a hyphenated given name's last part) undeclined. */
    static String nominative(String name, Case c) {
        if (c == Case.NOMINATIVE) {
            return name;
        }
        return Arrays.stream(name.split(" ")).map(w -> {
            int hyphen = w.lastIndexOf('-');
            return hyphen < 0 ? word(w, c) : w.substring(0, hyphen + 1) + word(w.substring(hyphen + 1), c);
        }).collect(Collectors.joining(" "));
    }

    private static String word(String w, Case c) {
        if (w.length() < 4 || Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return w;
        }
        return switch (c) {
            case GENITIVE -> replaceEnd(w, "ской", "ская", "ского", "ский", "ської", "ська", "ського", "ський", "енка", "енко",
                    "овой", "ова", "евой", "ева", "иной", "ина", "ии", "ия", "ея", "ей", "ия", "ий",
                    "ова", "ов", "ева", "ев", "ёва", "ёв", "ина", "ин", "ына", "ын", "ы", "а",
                    // a soft stem: Эммануэля, Игоря
                    "ля", "ль", "ря", "рь", "а", "");
            case INSTRUMENTAL -> replaceEnd(w, "ской", "ская", "ським", "ський", "ским", "ский", "енком", "енко",
                    "овой", "ова", "евой", "ева", "иной", "ина", "ией", "ия", "ією", "ія", "овым", "ов", "евым", "ев",
                    "иным", "ин", "ом", "", "лем", "ль", "рем", "рь", "ем", "й", "ой", "а", "ою", "а");
            case DATIVE -> replaceEnd(w, "скому", "ский", "ському", "ський", "енку", "енко", "ову", "ов", "еву", "ев",
                    "ину", "ин", "ии", "ия", "лю", "ль", "рю", "рь", "ю", "й", "у", "");
            case NOMINATIVE -> w;
        };
    }

    /** The first ending (of the pairs: ending, replacement) that the word has, replaced; else the word. */
    private static String replaceEnd(String w, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (w.endsWith(pairs[i]) && w.length() > pairs[i].length() + 2) {
                return w.substring(0, w.length() - pairs[i].length()) + pairs[i + 1];
            }
        }
        return w;
    }
}
