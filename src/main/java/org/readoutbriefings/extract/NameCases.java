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

    /** The oblique forms of the titles in {@code offices.tsv}, by their first word, lower case. */
    private static final Map<String, Case> TITLE_CASES = Map.ofEntries(
            Map.entry("министра", Case.GENITIVE), Map.entry("посла", Case.GENITIVE),
            Map.entry("президента", Case.GENITIVE), Map.entry("премьер-министра", Case.GENITIVE),
            Map.entry("главы", Case.GENITIVE), Map.entry("генерального", Case.GENITIVE),
            Map.entry("міністра", Case.GENITIVE), Map.entry("прем'єр-міністра", Case.GENITIVE),
            Map.entry("прем’єр-міністра", Case.GENITIVE), Map.entry("голови", Case.GENITIVE),
            Map.entry("министром", Case.INSTRUMENTAL), Map.entry("послом", Case.INSTRUMENTAL),
            Map.entry("президентом", Case.INSTRUMENTAL), Map.entry("премьер-министром", Case.INSTRUMENTAL),
            Map.entry("главой", Case.INSTRUMENTAL), Map.entry("міністром", Case.INSTRUMENTAL),
            Map.entry("министру", Case.DATIVE), Map.entry("послу", Case.DATIVE),
            Map.entry("президенту", Case.DATIVE));

    private NameCases() {
    }

    /** The case a title in Russian or Ukrainian is in, and so the name after it: "Министром" instrumental, "Посла" genitive. */
    static Case of(String title) {
        return TITLE_CASES.getOrDefault(title.split("\\s")[0].toLowerCase(Locale.ROOT), Case.NOMINATIVE);
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
                    "ова", "ов", "ева", "ев", "ёва", "ёв", "ина", "ин", "ына", "ын", "ы", "а", "а", "");
            case INSTRUMENTAL -> replaceEnd(w, "ской", "ская", "ським", "ський", "ским", "ский", "енком", "енко",
                    "овой", "ова", "евой", "ева", "иной", "ина", "ией", "ия", "ією", "ія", "овым", "ов", "евым", "ев",
                    "иным", "ин", "ом", "", "ем", "й", "ой", "а", "ою", "а");
            case DATIVE -> replaceEnd(w, "скому", "ский", "ському", "ський", "енку", "енко", "ову", "ов", "еву", "ев",
                    "ину", "ин", "ии", "ия", "ю", "й", "у", "");
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
