package org.readoutbriefings.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name that goes with a Chinese, Japanese or Korean title. These scripts have no capitals and Chinese and
 * Japanese no spaces, so a name is not told by its first letter as in {@link ParticipantFinder} but by where it
 * stands: Chinese writes it after the title and the title's country ("美国总统特朗普", "外交部长王毅"), Japanese
 * before them ("河野太郎外務大臣", "レックス・ティラソン米国国務長官"), Korean before them as a word of its own
 * ("박진 외교부 장관", "모테기 도시미쓰 일본 외무상").
 */
final class CjkNames {

    /**
     * A name, or null, and the country named between it and its title, if any; and the name in Latin letters when
     * the text gives it in brackets ("マイク・ポンペオ米国国務長官(The Honorable Mike Pompeo, ...)"), else null.
     */
    record Named(String name, String country, String latin) {

        Named(String name, String country) {
            this(name, country, null);
        }
    }

    private static final Named NONE = new Named(null, null);
    /** A name in Latin letters opening a bracket, past forms of address: "(The Honorable Mike Pompeo,", "(H.E. Mr.Heiko MAAS". */
    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile("\\s*[(\uFF08]\\s*"
            + "(?:The\\s+Hono(?:u)?rable\\s+|H\\.\\s?E\\.\\s*|His\\s+Excellency\\s+|Her\\s+Excellency\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s*)?"
            + "(?<latin>\\p{IsLatin}[\\p{IsLatin}.'\u2019-]*(?:\\s+\\p{IsLatin}[\\p{IsLatin}.'\u2019-]*){0,4})\\s*[,)\uFF09\uFF0C]");
    /** The most Han chars a name takes without a middle dot: four ("岸田文雄", "拉夫罗夫"). */
    private static final int MOST_HAN = 4;
    /**
     * Chars that are no part of a Chinese name but end the run after one: prepositions and verbs that follow a
     * name ("王毅表示", "特朗普通电话", "王毅当地时间", "习近平25日"). A name holding one is lost ("文在寅"), which is rarer.
     */
    private static final String CHINESE_STOPS = "在于应同与和及等表说称就对向的是也今昨当将已会通举进时并还都再又分以为从由率出访抵达前后日月年中上下里了着过兼致共电電话話";
    /** Han chars of a country's short form or a count, which make no name: "日米外相", "両外相", "各国". */
    private static final String NOT_A_NAME_HAN = "日米中韓英仏独露豪印加伊西葡朝台越泰比蘭瑞両同各前新現元国首外双两";
    /** What Japanese writes between a country's name and a title: "連邦" (federation), "共和国" (republic). */
    private static final List<String> STATE_FORMS = List.of("連邦", "共和国", "王国");
    /** Korean words before a title that are no name: both, two, each, former, new, the day, our side. */
    private static final Set<String> KOREAN_NOT_NAMES = Set.of("양", "두", "각", "전", "현", "신임", "이날", "또", "이에", "한편",
            "특히", "당시", "그", "이", "우리", "우리측", "상대", "계기", "신", "측", "양측", "첫", "새", "또한", "이어", "이후");
    /** Korean ministries between a name and the title: "박진 외교부 장관". */
    private static final Set<String> KOREAN_MINISTRIES = Set.of("외교부", "국무부", "외무성", "국방부", "통상교섭본부", "산업통상자원부",
            "보건복지부", "상무부", "외교통상부", "국방성");
    /** Country short forms Korean writes pairs of meetings with: "한미", "한일중". */
    private static final String KOREAN_COUNTRY_SYLLABLES = "한미일중러영불독호북남";

    private CjkNames() {
    }

    /** Whether a title of the office table is written in Chinese, Japanese or Korean. */
    static boolean isCjk(String title) {
        if (title.isEmpty()) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(title.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HIRAGANA;
    }

    /** The name that goes with the title at [start, end) of a sentence, and the country named with it. */
    static Named around(String text, int start, int end, CountryMentions countries) {
        Named named;
        int nameEnd;
        boolean korean = Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.HANGUL;
        if (korean || hasKana(text)) {
            named = korean ? koreanBefore(text, start, countries) : japaneseBefore(text, start, countries);
            nameEnd = named.name() == null ? -1 : lastEndBefore(text, named.name(), start);
        } else {
            String name = chineseAfter(text, end);
            named = name == null ? NONE : new Named(name, countryEndingAt(text, start, countries));
            nameEnd = name == null ? -1 : text.indexOf(name, end) + name.length();
        }
        if (named.name() == null) {
            return NONE;
        }
        // the name in Latin letters in brackets, after the name ("안토니 블링컨(Antony J. Blinken) 미국 국무장관") or the title
        String latin = latinAt(text, nameEnd);
        return new Named(named.name(), named.country(), latin != null ? latin : latinAt(text, Math.max(end, nameEnd)));
    }

    private static int lastEndBefore(String text, String name, int titleStart) {
        int at = text.lastIndexOf(name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name, titleStart);
        return at < 0 ? -1 : at + (name.contains(" ") ? name.length() - name.lastIndexOf(' ') - 1 : name.length());
    }

    private static String latinAt(String text, int from) {
        if (from < 0 || from >= text.length()) {
            return null;
        }
        Matcher m = LATIN_IN_BRACKETS.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.group("latin") : null;
    }

    /** "外交部长王毅当地时间...": the Han run after the title, to a char that ends a name. */
    private static String chineseAfter(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int begin = at;
        int han = 0;
        boolean dotted = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (isMiddleDot(c) && han > 0) {
                dotted = true;
            } else if (isHan(c) && CHINESE_STOPS.indexOf(c) < 0 && (dotted || han < MOST_HAN)) {
                han++;
            } else {
                break;
            }
            at++;
        }
        while (at > begin && isMiddleDot(text.charAt(at - 1))) {
            at--;
        }
        String name = text.substring(begin, at);
        return han >= 2 && !allOf(name, NOT_A_NAME_HAN) ? name : null;
    }

    /** "河野太郎外務大臣は", "レックス・ティラソン米国国務長官": the Han or Katakana run before the title and its country. */
    private static Named japaneseBefore(String text, int titleStart, CountryMentions countries) {
        // "オーストラリア連邦外務大臣": the state's form between its name and the title
        for (String form : STATE_FORMS) {
            if (text.startsWith(form, titleStart - form.length())) {
                titleStart -= form.length();
                break;
            }
        }
        String country = countryEndingAt(text, titleStart, countries);
        int end = country == null ? titleStart : countryStart(text, titleStart, countries);
        if (country != null && end > 0 && (isMiddleDot(text.charAt(end - 1)) || text.charAt(end - 1) == ' ')) {
            end--; // "ピエール・デュボワ・フランス外務大臣"
        }
        int at = end;
        if (at > 0 && isKatakana(text.charAt(at - 1))) {
            while (at > 0 && (isKatakana(text.charAt(at - 1)) || isMiddleDot(text.charAt(at - 1)))) {
                at--;
            }
        } else {
            while (at > 0 && end - at < MOST_HAN && isHan(text.charAt(at - 1))) {
                at--;
            }
            if (at > 0 && isHan(text.charAt(at - 1))) {
                return NONE; // a longer run of Han is a phrase, not a name
            }
        }
        String name = text.substring(at, end);
        boolean katakana = !name.isEmpty() && isKatakana(name.charAt(0));
        if (katakana ? name.length() < 2 : name.length() < 2 || allOf(name, NOT_A_NAME_HAN) || name.indexOf('国') >= 0) {
            return NONE;
        }
        return new Named(name, country);
    }

    /** "박진 외교부 장관은", "모테기 도시미쓰 일본 외무상이": the word before the title, its ministry and country. */
    private static Named koreanBefore(String text, int titleStart, CountryMentions countries) {
        // "가미카와 요코(上川 陽子) 일본 외무대신": the name in its own script, in brackets, is left aside
        String[] words = text.substring(Math.max(0, titleStart - 60), titleStart).replaceAll("\\([^()]*\\)", " ")
                .strip().split("\\s+");
        int i = words.length - 1;
        String country = null;
        while (i >= 0 && (KOREAN_MINISTRIES.contains(words[i]) || country == null && isCountry(words[i], countries))) {
            if (!KOREAN_MINISTRIES.contains(words[i])) {
                country = countries.at(words[i], 0).country();
            }
            i--;
        }
        if (i < 0 || !isKoreanName(words[i], countries)) {
            return NONE;
        }
        String name = words[i];
        // a foreigner's name is written in two words before their country: "모테기 도시미쓰 일본 외무상"
        if (country != null && !country.equals("KR") && i > 0 && isKoreanName(words[i - 1], countries)) {
            name = words[i - 1] + " " + name;
        }
        return new Named(name, country);
    }

    private static boolean isKoreanName(String word, CountryMentions countries) {
        // "한국과 칠레 외교장관": a country with its particle is no name
        if (word.isEmpty() || word.length() > 5 || KOREAN_NOT_NAMES.contains(word) || word.endsWith("국")
                || allOf(word, KOREAN_COUNTRY_SYLLABLES) || countries.at(word, 0) != null) {
            return false;
        }
        return word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static boolean isCountry(String word, CountryMentions countries) {
        CountryMentions.Mention m = countries.at(word, 0);
        return m != null && m.end() == word.length();
    }

    /** The country whose name ends right where the title starts ("美国总统", "米国国務長官"), if any. */
    private static String countryEndingAt(String text, int titleStart, CountryMentions countries) {
        int start = countryStart(text, titleStart, countries);
        return start < titleStart ? countries.at(text, start).country() : null;
    }

    private static int countryStart(String text, int titleStart, CountryMentions countries) {
        for (int from = Math.max(0, titleStart - 8); from < titleStart; from++) {
            CountryMentions.Mention m = countries.at(text, from);
            if (m != null && m.end() == titleStart) {
                return from;
            }
        }
        return titleStart;
    }

    private static boolean hasKana(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isKatakana(char c) {
        return c == 'ー' || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA && c != '・';
    }

    private static boolean isMiddleDot(char c) {
        return c == '·' || c == '・' || c == '•' || c == '‧';
    }

    private static boolean allOf(String word, String chars) {
        return word.chars().allMatch(c -> chars.indexOf(c) >= 0);
    }
}
