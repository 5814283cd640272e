package org.readoutbriefings.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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

    /** Nationality adjectives in French, Spanish, Italian, Portuguese, German, Russian, Ukrainian, Polish and Arabic: code by form. */
    private final Map<String, String> otherLanguageDemonyms = new HashMap<>();

    /** Read once: the JDK's names of every country in 46 languages and their case forms. */
    private volatile Map<String, String> otherLanguageNames;

    private CountryDirectory() {
    }

    public static CountryDirectory builtIn() {
        CountryDirectory directory = new CountryDirectory();
        directory.readCountries(TsvResource.rows("/reference/countries.tsv"));
        directory.readAmbiguousNames(TsvResource.rows("/reference/ambiguous-country-names.tsv"));
        for (String[] row : TsvResource.rows("/reference/demonyms-other-languages.tsv")) {
            if (!directory.byAlpha2.containsKey(row[0])) {
                throw new IllegalStateException("demonyms-other-languages.tsv: no country " + row[0]);
            }
            split(row[2]).forEach(form -> directory.otherLanguageDemonyms.putIfAbsent(form, row[0]));
        }
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
     * Languages whose country names a readout in that language uses ("Allemagne", "Spojené státy", "Marekani",
     * "Trung Quốc", "Узбекистан", "美国", "オーストラリア", "미국"): governments publish in their own languages,
     * and a readout that names no country it can read has none in its memos.
     */
    private static final List<String> OTHER_LANGUAGES = List.of("fr", "es", "pt", "it", "de", "nl", "cs", "pl", "sv", "tr",
            "id", "sw", "ru", "uk", "bg", "sr", "ro", "vi", "uz", "ms", "hr", "sk", "sl", "lt", "lv", "et", "fi", "hu", "el",
            "da", "nb", "is", "ar", "fa", "zh-Hans", "zh-Hant", "ja", "ko", "be", "mk", "kk", "ky", "th", "lo", "km", "my");
    /** Names in other languages that English prose uses for something else: a place, a person, a word, a currency. */
    private static final Set<String> NOT_IN_ENGLISH_PROSE = Set.of("Island", "Granada", "Grenade", "Maurice",
            "Mauricio", "Norfolk", "Reunion", "Kina", "Indie", "Turki", "Chili", "Malte", "Dania", "Dominique", "Dominika",
            "Salvador", "Santa Elena", "Fas", "Georgia", "San Martín", "Saint-Martin", "Sint-Maarten",
            // "meeting" in Spanish, Portuguese and Italian, and a first name
            "Reunión", "Reunião", "Riunione", "Guadalupe");
    /**
     * Names the JDK's locale data lacks: the United States as other languages abbreviate it ("США", "AQSH",
     * "EE.UU.", "米国"), the short names Japanese and Korean prose writes ("英国", "豪州", "한국"), and a
     * country's own spelling where it differs ("Кыргызстан"). Chinese readouts call each party "the X side"
     * ("中方", "美方") more often than they name it.
     */
    private static final Map<String, String> OTHER_FORMS = Map.ofEntries(Map.entry("США", "US"), Map.entry("АҚШ", "US"),
            // the United States in Serbian, Macedonian, Bulgarian and Belarusian
            Map.entry("САД", "US"), Map.entry("САЩ", "US"), Map.entry("ЗША", "US"),
            Map.entry("AQSH", "US"), Map.entry("EE.UU.", "US"), Map.entry("EE. UU.", "US"), Map.entry("ОАЭ", "AE"),
            Map.entry("КНР", "CN"), Map.entry("ЕС", "EU"), Map.entry("ФРГ", "DE"), Map.entry("Кыргызстан", "KG"),
            Map.entry("米国", "US"), Map.entry("英国", "GB"), Map.entry("豪州", "AU"), Map.entry("한국", "KR"),
            Map.entry("韓國", "KR"), Map.entry("中方", "CN"), Map.entry("美方", "US"), Map.entry("日方", "JP"),
            Map.entry("韩方", "KR"), Map.entry("韓方", "KR"), Map.entry("英方", "GB"), Map.entry("法方", "FR"),
            Map.entry("德方", "DE"), Map.entry("俄方", "RU"), Map.entry("澳方", "AU"), Map.entry("印方", "IN"),
            Map.entry("越方", "VN"), Map.entry("朝方", "KP"),
            // the United States in Icelandic's cases and as Italian papers write it, Britain in Arabic, the Emirates in Malay and Indonesian, and the full names of
            // Czechia and Slovakia in Czech and Slovak, which the JDK's short ones ("Česko") do not cover
            Map.entry("Bandaríkin", "US"), Map.entry("Bandaríkjanna", "US"), Map.entry("Bandaríkjunum", "US"),
            Map.entry("UEA", "AE"), Map.entry("Usa", "US"), Map.entry("بريطانيا", "GB"),
            // Arabic's short names where the JDK gives the full ones: Saudi Arabia, the Emirates, America, Palestine
            Map.entry("السعودية", "SA"), Map.entry("الإمارات", "AE"), Map.entry("أمريكا", "US"), Map.entry("أميركا", "US"),
            Map.entry("فلسطين", "PS"), Map.entry("Česká republika", "CZ"), Map.entry("České republiky", "CZ"),
            Map.entry("Slovenská republika", "SK"), Map.entry("Slovenskej republiky", "SK"),
            // "our country" in Iran's press, the Islamic Republic of Iran in Arabic and Persian (whole, so that its
            // Arabic adjective is not read as a nationality), and "our side", "our country", "our government" in Korea's
            Map.entry("کشورمان", "IR"), Map.entry("الجمهورية الإسلامية الإيرانية", "IR"), Map.entry("جمهوری اسلامی ایران", "IR"),
            Map.entry("우리측", "KR"), Map.entry("우리 측", "KR"), Map.entry("우리나라", "KR"), Map.entry("우리 정부", "KR"));
    /**
     * Words that contain a country's name in a language written without spaces but name no country: "developing
     * countries" (发展中国家), the Indian Ocean, the Indo-Pacific, the Korean peninsula, Inner Mongolia,
     * Maryland, and in Korean "humanitarian" (인도적) and "means" (수단, also Sudan); and in English, names of
     * organisations and regions with "American" in them, which is not the United States.
     */
    private static final Set<String> WORDS_NAMING_NO_COUNTRY = Set.of("发展中国家", "發展中國家", "印度洋", "印度太平洋",
            "印太", "インド太平洋", "インド洋", "인도태평양", "인도양", "인도적", "인도주의", "朝鲜半岛", "朝鮮半島", "内蒙古", "內蒙古",
            "马里兰", "馬里蘭", "수단", "Organization of American States", "Pan American", "Inter-American", "Latin American",
            "North American", "South American", "Central American",
            // the continent is not the country its adjective names: "Latin America's largest"
            "Latin America", "North America", "South America", "Central America");

    /**
     * Languages that inflect a country's name, and the case endings that may replace its final vowel (or follow
     * its last consonant): "Таджикистана", "России", "Польши", "Szwecji", "Ukrainy", "Rusiei", "Lenkijos",
     * "Τουρκίας". A
     * readout in Russian names a country in the genitive more often than not ("Министр иностранных дел
     * Узбекистана"), so the nominative alone finds only some of them.
     */
    private static final Map<String, List<String>> CASE_ENDINGS = Map.ofEntries(
            Map.entry("ru", List.of("а", "у", "е", "ом", "ой", "ы", "и", "ю", "ей", "ем", "я")),
            Map.entry("uk", List.of("а", "у", "і", "ом", "ою", "и", "ї", "ю", "ії", "ію", "єю", "я")),
            Map.entry("bg", List.of("а", "у", "е", "и", "я")),
            Map.entry("be", List.of("а", "у", "і", "ы", "ай", "ам", "ю", "яй", "я", "е")),
            Map.entry("sr", List.of("а", "у", "е", "ом", "ом", "и", "ији", "ију", "ијом")),
            Map.entry("pl", List.of("a", "u", "e", "ie", "i", "y", "ą", "ę", "em", "ii", "ji", "ją", "ję")),
            Map.entry("cs", List.of("a", "u", "e", "ě", "i", "y", "em", "ou", "ií", "ii")),
            Map.entry("sk", List.of("a", "u", "e", "i", "y", "om", "ou", "ka", "ku")),
            Map.entry("hr", List.of("a", "u", "e", "i", "om", "ije", "iji", "iju")),
            Map.entry("ro", List.of("ei", "ul", "ului", "a", "ia", "iei")),
            Map.entry("lt", List.of("os", "ai", "oje", "ą", "o", "ui", "e")),
            Map.entry("is", List.of("s", "i")),
            Map.entry("el", List.of("ς")));

    /**
     * Each country's name in the languages above, as the JDK's locale data (CLDR) spell them, with its case
     * forms where the language inflects names; code by name. A name the same in English maps to the same code;
     * callers give the English names precedence where not, and plain names come before inflected ones, so an
     * ending never turns one country into another ("Niger" + "ia" stays Nigeria).
     */
    public Map<String, String> namesInOtherLanguages() {
        Map<String, String> names = otherLanguageNames;
        if (names == null) {
            names = Collections.unmodifiableMap(readNamesInOtherLanguages());
            otherLanguageNames = names;
        }
        return names;
    }

    /**
     * Nationality adjectives as readouts in other languages write them, in each gender, number and case ("son
     * homologue russe", "seinem russischen Amtskollegen", "с российским коллегой"): code by form.
     */
    public Map<String, String> demonymsInOtherLanguages() {
        return Collections.unmodifiableMap(otherLanguageDemonyms);
    }

    /**
     * A country's name in the languages above and their case forms, for a name the directory knows in English
     * ("Ukraine": "Ucrania", "ウクライナ", "Украины", ...), or none when the words name no country.
     */
    public List<String> sameCountryInOtherLanguages(String englishName) {
        if (englishName.length() <= 3 || !(lookup(englishName) instanceof Found found)) {
            return List.of();
        }
        Country country = found.country();
        boolean itsName = country.name().equalsIgnoreCase(englishName)
                || country.aliases().stream().anyMatch(englishName::equalsIgnoreCase);
        if (!itsName) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        namesInOtherLanguages().forEach((name, code) -> {
            if (code.equals(country.alpha2())) {
                names.add(name);
            }
        });
        return names;
    }

    private Map<String, String> readNamesInOtherLanguages() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (String language : OTHER_LANGUAGES) {
            Locale in = Locale.forLanguageTag(language);
            Map<String, String> own = new LinkedHashMap<>();
            for (Country c : byAlpha2.values()) {
                String name = new Locale.Builder().setRegion(c.alpha2()).build().getDisplayCountry(in);
                // the JDK gives the bare code for a region it has no name for; short names are too often words,
                // except in Chinese, Japanese and Korean, where two chars make most names ("美国", "미국")
                // and in Arabic, whose three letters make "مصر" (Egypt) and "قطر" (Qatar)
                if (name.length() > (Scripts.unspaced(name.charAt(0)) ? 1 : Scripts.arabicLetter(name.charAt(0)) ? 2 : 3) && !NOT_IN_ENGLISH_PROSE.contains(name)
                        && !WORDS_NAMING_NO_COUNTRY.contains(name)) {
                    own.put(name, c.alpha2());
                    names.putIfAbsent(name, c.alpha2());
                }
            }
            byLanguage.put(language, own);
        }
        OTHER_FORMS.forEach(names::putIfAbsent);
        byLanguage.get("ru").put("Кыргызстан", "KG");
        // German's genitive adds an s: "des Außenministers Russlands", "Deutschlands", "Chinas"
        byLanguage.get("de").forEach((name, country) -> {
            if (!name.contains(" ") && name.length() >= 5 && !name.endsWith("s") && Character.isLetter(name.charAt(name.length() - 1))) {
                names.putIfAbsent(name + "s", country);
            }
        });
        CASE_ENDINGS.forEach((language, endings) -> byLanguage.get(language).forEach((name, country) -> {
            for (String form : caseForms(name, endings)) {
                if (!NOT_IN_ENGLISH_PROSE.contains(form)) {
                    names.putIfAbsent(form, country);
                }
            }
        }));
        return names;
    }

    /** Words found where a name would be, that name no country: see {@link #WORDS_NAMING_NO_COUNTRY}. */
    public Set<String> wordsNamingNoCountry() {
        return WORDS_NAMING_NO_COUNTRY;
    }

    /**
     * The name with each ending in place of its final vowel or soft sign, or after its last consonant. One word
     * only, and in Latin script six letters at least: shorter ones inflected are too often someone's name in an
     * English readout ("Sudani" from Sudan, "Samoei" from Samoa, "Ghanem" from Ghana).
     */
    static List<String> caseForms(String name, List<String> endings) {
        boolean latin = name.chars().allMatch(c -> c < 0x0250);
        if (name.contains(" ") || name.contains("-") || name.length() < (latin ? 6 : 5)) {
            return List.of();
        }
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        String stem = "aeiouyąęěăâîáéíóúаеиоуыюяйьіїє".indexOf(last) >= 0 ? name.substring(0, name.length() - 1) : name;
        return endings.stream().map(ending -> stem + ending).filter(form -> !form.equals(name)).toList();
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
