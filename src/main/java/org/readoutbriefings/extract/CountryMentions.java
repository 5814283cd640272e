package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.Country;
import org.readoutbriefings.reference.CountryDirectory;

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
    private final Pattern pattern;

    public CountryMentions(CountryDirectory countries, Map<String, String> institutions) {
        for (Country c : countries.all()) {
            add(c.name(), c.alpha2(), Kind.NAME);
            c.aliases().forEach(a -> add(a, c.alpha2(), Kind.NAME));
            c.demonyms().forEach(d -> add(d, c.alpha2(), Kind.DEMONYM));
            c.capitals().forEach(cap -> add(cap, c.alpha2(), Kind.CAPITAL));
        }
        institutions.forEach((phrase, country) -> add(phrase, country, Kind.INSTITUTION));
        EXTRA.forEach((phrase, country) -> add(phrase, country, Kind.INSTITUTION));
        List<String> all = new ArrayList<>(forms.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < all.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(all.get(i)));
        }
        regex.append(")(?![\\p{L}\\p{N}])");
        pattern = Pattern.compile(regex.toString());
    }

    private void add(String form, String country, Kind kind) {
        String f = form.strip();
        // two-letter forms other than well-known acronyms are too often ordinary words or initials
        if (f.length() < 2 || (f.length() == 2 && !Set.of("US", "UK").contains(f))) {
            return;
        }
        forms.putIfAbsent(f, new Form(country, kind));
        // datelines are often in capitals: "WASHINGTON, March 3"
        if (kind == Kind.CAPITAL && f.length() >= 4) {
            forms.putIfAbsent(f.toUpperCase(Locale.ROOT), new Form(country, kind));
        }
    }

    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Form form = forms.get(m.group());
            mentions.add(new Mention(form.country(), m.start(), m.end(), form.kind()));
        }
        return mentions;
    }

    /** The distinct countries named in the text, in order of first mention. */
    public Set<String> countries(String text) {
        Set<String> countries = new LinkedHashSet<>();
        find(text).forEach(m -> countries.add(m.country()));
        return countries;
    }
}
