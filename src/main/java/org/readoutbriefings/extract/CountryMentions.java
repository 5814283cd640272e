package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.readoutbriefings.reference.Country;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.Scripts;

/**
 * Finds countries named in text: by name, formal name or abbreviation ("the United States", "U.S.",
 * "ROK"), by adjective ("the Japanese side"), by capital used for its government ("Washington and
 * Tokyo"), and by institution ("USTR", "the State Department", "FCDO", "MEA"). Matching is case-sensitive,
 * so a person called Chad or Jordan in lower case is not a country, and the longest name wins, so
 * "Papua New Guinea" is not Guinea.
 */
public class CountryMentions {

    /** A country named at [start, end) of the text. */
    public record Mention(String country, int start, int end, Kind kind) {
    }

    public enum Kind { NAME, DEMONYM, CAPITAL, INSTITUTION }

    private record Form(String country, Kind kind) {
    }

    /**
     * Institutions and names readouts use that are not in the country table. "Korea" and "Korean" are
     * ambiguous in structured input, but in a readout's prose they mean the Republic of Korea: the North is
     * always "North Korea" or "DPRK".
     */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("Korea", "KR"), Map.entry("Korean", "KR"), Map.entry("European Commission", "EU"),
            Map.entry("European Council", "EU"), Map.entry("High Representative of the Union", "EU"), Map.entry("ROK", "KR"), Map.entry("Kremlin", "RU"), Map.entry("Élysée", "FR"),
            Map.entry("Elysee", "FR"), Map.entry("Quai d'Orsay", "FR"), Map.entry("Kantei", "JP"),
            Map.entry("Blue House", "KR"), Map.entry("Pentagon", "US"), Map.entry("Whitehall", "GB"),
            Map.entry("Downing Street", "GB"), Map.entry("Zhongnanhai", "CN"), Map.entry("Berlaymont", "EU"));

    private final Map<String, Form> forms = new HashMap<>();
    private final PhraseTrie names;

    public CountryMentions(CountryDirectory countries, Map<String, String> institutions) {
        for (Country c : countries.all()) {
            add(c.name(), c.alpha2(), Kind.NAME);
            c.aliases().forEach(a -> add(a, c.alpha2(), Kind.NAME));
            c.demonyms().forEach(d -> add(d, c.alpha2(), Kind.DEMONYM));
            c.capitals().forEach(cap -> add(cap, c.alpha2(), Kind.CAPITAL));
        }
        institutions.forEach((phrase, country) -> add(phrase, country, Kind.INSTITUTION));
        // after the English forms, which win where a spelling is both
        countries.namesInOtherLanguages().forEach((name, country) -> add(name, country, Kind.NAME));
        countries.demonymsInOtherLanguages().forEach((form, country) -> add(form, country, Kind.DEMONYM));
        EXTRA.forEach((phrase, country) -> add(phrase, country, Kind.INSTITUTION));
        // found as the longer phrase, so the name inside them is not
        countries.wordsNamingNoCountry().forEach(word -> forms.put(word, new Form(null, Kind.NAME)));
        names = new PhraseTrie(forms.keySet(), PhraseTrie.Boundary.LETTERS_AND_DIGITS);
    }

    private void add(String form, String country, Kind kind) {
        String f = form.strip();
        // two-letter forms other than well-known acronyms are too often ordinary words or initials, in the
        // scripts with spaces
        if (f.length() < 2 || (f.length() == 2 && !Set.of("US", "UK").contains(f) && !Scripts.unspaced(f.charAt(0)))) {
            return;
        }
        forms.putIfAbsent(f, new Form(country, kind));
        // published pages set the apostrophe curly: "the People’s Republic of China" is not "Republic of China"
        if (f.indexOf('\'') >= 0) {
            forms.putIfAbsent(f.replace('\'', '\u2019'), new Form(country, kind));
        }
        // datelines are often in capitals: "WASHINGTON, March 3"
        if (kind == Kind.CAPITAL && f.length() >= 4) {
            forms.putIfAbsent(f.toUpperCase(Locale.ROOT), new Form(country, kind));
        }
    }

    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseTrie.Hit hit : names.findAll(text)) {
            Form form = forms.get(hit.phrase());
            if (form.country() != null) {
                mentions.add(new Mention(form.country(), hit.start(), hit.end(), form.kind()));
            }
        }
        return mentions;
    }

    /**
     * The mention that {@code find(text.substring(from))} lists first, if that one starts right at the start
     * of the substring ("of Japan" after a title), else null; without copying or scanning the rest of the text.
     */
    public Mention at(String text, int from) {
        PhraseTrie.Hit hit = from < text.length() ? names.longestAt(text, from) : null;
        if (hit == null) {
            return null;
        }
        Form form = forms.get(hit.phrase());
        return form.country() == null ? null : new Mention(form.country(), hit.start(), hit.end(), form.kind());
    }

    /** The distinct countries named in the text, in order of first mention. */
    public Set<String> countries(String text) {
        Set<String> countries = new LinkedHashSet<>();
        find(text).forEach(m -> countries.add(m.country()));
        return countries;
    }
}
