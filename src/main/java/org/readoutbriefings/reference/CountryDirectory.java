package org.readoutbriefings.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complete ISO 3166-1 table with common names, formal names, abbreviations, demonyms and capitals,
 * loaded from {@code reference/countries.tsv}. Turns whatever a readout writes for a country into its
 * alpha-2 code.
 */
public final class CountryDirectory {

    /** The outcome of looking a country up: a code, or the reason there is none. */
    public sealed interface Lookup {
    }

    public record Found(Country country) implements Lookup {
    }

    public record Unknown(String given) implements Lookup {
    }

    public record Ambiguous(String given, List<String> couldMean) implements Lookup {
    }

    private final Map<String, Country> byAlpha2 = new LinkedHashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();
    private final Map<String, List<String>> ambiguous = new HashMap<>();

    private CountryDirectory() {
    }

    public static CountryDirectory builtIn() {
        CountryDirectory directory = new CountryDirectory();
        directory.readCountries(TsvResource.rows("/reference/countries.tsv"));
        directory.readAmbiguousNames(TsvResource.rows("/reference/ambiguous-country-names.tsv"));
        return directory;
    }

    /** Resolves an alpha-2 or alpha-3 code, a short, formal or alternative name (not a demonym or capital). */
    public Lookup lookup(String given) {
        if (given == null || given.isBlank()) {
            return new Unknown(given == null ? "" : given);
        }
        String trimmed = given.strip();
        if (trimmed.length() <= 3 && trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            Country byIsoCode = byCode.get(trimmed);
            if (byIsoCode != null) {
                return new Found(byIsoCode);
            }
        }
        String key = key(trimmed);
        List<String> couldMean = ambiguous.get(key);
        if (couldMean != null) {
            return new Ambiguous(trimmed, couldMean);
        }
        Country country = byName.get(key);
        if (country == null && trimmed.length() <= 3) {
            country = byCode.get(trimmed.toUpperCase(Locale.ROOT));
        }
        return country == null ? new Unknown(trimmed) : new Found(country);
    }

    public Optional<Country> byCode(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : byAlpha2.get(alpha2.toUpperCase(Locale.ROOT)));
    }

    /** The country's common name, or the code itself if it is not in the table. */
    public String name(String alpha2) {
        Country country = byAlpha2.get(alpha2);
        return country == null ? alpha2 : country.name();
    }

    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(key(demonym)));
    }

    public Optional<Country> byCapital(String capital) {
        return Optional.ofNullable(byCapital.get(key(capital)));
    }

    public Collection<Country> all() {
        return byAlpha2.values();
    }

    /**
     * Languages whose country names a readout in that language uses ("Allemagne", "Spojené státy", "Marekani"):
     * governments publish in their own languages, and a readout that names no country it can read is refused.
     */
    private static final List<String> OTHER_LANGUAGES = List.of("fr", "es", "pt", "it", "de", "nl", "cs", "pl", "sv", "tr", "id", "sw");
    /** Names in other languages that English prose uses for something else: a place, a person, a word, a currency. */
    private static final Set<String> NOT_IN_ENGLISH_PROSE = Set.of("Island", "Granada", "Grenade", "Maurice",
            "Mauricio", "Norfolk", "Reunion", "Kina", "Indie", "Turki", "Chili", "Malte", "Dania", "Dominique", "Dominika",
            "Salvador", "Santa Elena", "Fas", "Georgia", "San Martín", "Saint-Martin", "Sint-Maarten");

    /**
     * Each country's name in the languages above, as the JDK's locale data (CLDR) spell them; code by name. A
     * name the same in English maps to the same code; callers give the English names precedence where not.
     */
    public Map<String, String> namesInOtherLanguages() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : OTHER_LANGUAGES) {
            Locale in = Locale.forLanguageTag(language);
            for (Country c : byAlpha2.values()) {
                String name = new Locale.Builder().setRegion(c.alpha2()).build().getDisplayCountry(in);
                // the JDK gives the bare code for a region it has no name for; short names are too often words
                if (name.length() > 3 && !NOT_IN_ENGLISH_PROSE.contains(name)) {
                    names.putIfAbsent(name, c.alpha2());
                }
            }
        }
        return names;
    }

    /** Lookup key: case, accents, dots, "&" and a leading "the" do not matter. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("&", " and ")
                .replace(".", "")
                .replaceAll("[\\s,]+", " ")
                .strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private void readCountries(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 6) {
                throw new IllegalStateException("countries.tsv: row for " + row[0] + " has " + row.length + " columns");
            }
            Country country = new Country(row[0], row[1], row[2], split(row[3]), split(row[4]), split(row[5]));
            byAlpha2.put(country.alpha2(), country);
            byCode.put(country.alpha2(), country);
            byCode.put(country.alpha3(), country);
            byName.put(key(country.name()), country);
            country.aliases().forEach(alias -> byName.putIfAbsent(key(alias), country));
            country.demonyms().forEach(d -> byDemonym.putIfAbsent(key(d), country));
            country.capitals().forEach(c -> byCapital.putIfAbsent(key(c), country));
        }
    }

    private void readAmbiguousNames(List<String[]> rows) {
        for (String[] row : rows) {
            ambiguous.put(key(row[0]), split(row[1]));
        }
    }

    private static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
