package org.readoutbriefings.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.reference.Scripts;

/**
 * Finds when the meeting took place: a date written out in the sentence that reports the meeting
 * ("22 December 2021", "December 22, 2021", "2021-12-22", "22nd Dec. 2021"), a date without a year or a
 * relative word ("on Tuesday", "yesterday") resolved against the publication date, else the publication date
 * itself. The publication date is the dateline's ("Tokyo, 22 December 2021:", a "Published:" line), else the
 * file's metadata, else a date in the file's name; the meeting date keeps which of these it came from.
 */
public class MeetingDateFinder {

    /** A date found, where it came from, and the sentence that gave it (null for metadata and file names). */
    public record Found(LocalDate date, String sentence, DateSource source) {
    }

    /**
     * The meeting date; the publication date the meeting's day was resolved against (dateline, else metadata,
     * else file name); and what staff should check about them.
     */
    public record Dates(Optional<Found> meeting, Optional<Found> published, List<ReadoutWarning> warnings) {
    }

    private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    /**
     * Languages whose readouts write the month's name in a date ("16 de noviembre de 2022", "3. März 2021",
     * "6 апреля", "tarehe 07 Februari 2024", "ngày 6 tháng 4 năm 2017"). Their names come from the JDK's locale
     * data (CLDR), in the form a date uses and the form that stands alone ("6 апреля", "3 декабрь").
     * Croatian and Slovenian are left out: their "listopad" is October, Czech and Polish's is November. Arabic
     * twice: the Gulf's and Egypt's month names ("يوليو"), and the Levant's and Iraq's ("تموز").
     */
    private static final List<String> OTHER_LANGUAGES = List.of("es", "pt", "fr", "it", "de", "nl", "ru", "uk", "pl", "cs", "sk",
            "ro", "sw", "id", "ms", "uz", "uz-Cyrl", "fil", "tr", "vi", "lt", "lv", "sv", "da", "nb", "fi", "el", "bg", "is", "et",
            "ca", "sq", "mk", "sr", "sr-Latn", "ar", "ar-IQ", "hu", "rw", "th", "lo", "km", "my");
    private static final Map<String, Integer> OTHER_LANGUAGE_MONTHS = monthsInOtherLanguages();
    /** Every month name the date patterns match, English and the other languages alike. */
    private static final Map<String, Integer> MONTHS = allMonths();

    private static Map<String, Integer> allMonths() {
        Map<String, Integer> months = new HashMap<>(OTHER_LANGUAGE_MONTHS);
        months.putAll(ENGLISH_MONTHS);
        return Map.copyOf(months);
    }

    private static Map<String, Integer> monthsInOtherLanguages() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (String language : OTHER_LANGUAGES) {
            Locale in = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                // Thai and Turkish datelines abbreviate the month ("22 ม.ค. 2564", "17 Ağu 2020")
                for (TextStyle style : language.equals("th") || language.equals("tr") ? List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT)
                        : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
                    String name = month.getDisplayName(style, in).toLowerCase(Locale.ROOT);
                    Integer before = months.putIfAbsent(name, month.getValue());
                    if (before != null && before != month.getValue()) {
                        clashing.add(name);
                    }
                }
            }
        }
        months.keySet().removeAll(clashing);
        // Uzbek's "may" is English's verb, matched without regard to case here; English's own needs a capital
        months.keySet().remove("may");
        return Map.copyOf(months);
    }

    /** The same months' names as those languages write them in a date, longest first so "juillet" is not cut to "juil". */
    private static final String OTHER_LANGUAGE_MONTH = OTHER_LANGUAGE_MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|", "(?<m>", ")"));
    /** Month names, also in capitals ("OCTOBER 04, 2021"); never "may" or "march" in lower case. */
    private static final String MONTH = "(?<m>(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST"
            + "|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC))";
    private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
    /** The letters of Thai, Lao, Khmer and Myanmar, scripts that put no space between words (reference.Scripts). */
    private static final String UNSPACED_LETTER = Scripts.SOUTHEAST_ASIAN_LETTER;
    private static final String UNSPACED_BEFORE = "(?<=" + UNSPACED_LETTER + ")";
    /** Where a day's number starts: after no letter or digit, or right after a word of those scripts ("ថ្ងៃទី26", "วันที่22"). */
    private static final String DAY_STARTS = "(?:\\b|" + UNSPACED_BEFORE + ")";
    /** "month" between a day and the month's name, in Khmer, Thai and Lao ("26 ខែ មេសា"). */
    private static final String MONTH_WORD = "(?:ខែ|เดือน|ເດືອນ)";
    /** "year" or an era before the year's number, in Khmer, Thai and Lao ("ឆ្នាំ2023", "พ.ศ. 2564"). */
    private static final String YEAR_WORD = "(?:ឆ្នាំ|พ\\.ศ\\.|ค\\.ศ\\.|ปี|ປີ)";
    /** The rest of a range of days, whose first day is the meeting's: "5\u20136 December", "December 5-6". */
    // and in German, French, Spanish and Italian, with an English month's name: "vom 13. bis 14. November 2025"
    private static final String RANGE = "(?:\\s*(?:-|\u2013|\u2014|to|and|bis|und|au|et|al|y)\\s*[0-3]?\\d(?:st|nd|rd|th|\\.)?)?";
    /*
     * Each pattern below opens with a look-ahead for the one char its match must start with (a digit, a capital
     * month initial): implied by what follows, so it changes no match, but it rules out most positions with one
     * char compare, before the costly \b and the 48 month names are tried there.
     */
    private static final String DIGIT_FIRST = "(?=\\d)";
    private static final String MONTH_FIRST = "(?=[JFMASOND])";
    private static final String YEAR_FIRST = "(?=[12])";
    private static final String YEAR = "(?<y>(?:19|20|21)\\d{2})";
    /** The rest of a range of days in other languages: "2.\u20133. února", "vom 13. bis 14. November", "du 5 au 7 mai", "13 y 14 de mayo". */
    private static final String OTHER_RANGE = "(?:\\s*(?:[-\u2013]|bis|al|au|a|e|y|et|und|i)\\s*[0-3]?\\d\\.?)?";
    /** A stay across two months, whose first day is the meeting's: "from 29th September to 3rd October, 1963". */
    private static final Pattern CROSS_MONTH_RANGE = Pattern.compile(DIGIT_FIRST + "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?\\s*(?:-|\u2013|\u2014|to|until)\\s*[0-3]?\\d(?:st|nd|rd|th)?\\s+"
                    + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\.?,?\\s+" + YEAR + "\\b");
    /** Numeric dates, day first: 08.12.2020, 30/01/2024, 18-04-2024 (month first when the day-first reading is impossible: 02/19/2025). */
    private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile(DIGIT_FIRST + "\\b(?<d>[0-3]?\\d)[./-](?<m>[0-3]?\\d)[./-](?<y>(?:19|20|21)\\d{2})\\b");
    /**
     * A year of an era: Japan's ("平成29年8月30日" is 2017, "令和元年5月1日" 2019) and the Republic of China's, as Taiwan
     * writes it ("民國108年8月7日", or "108年08月07日" with three digits: 2019).
     */
    private static final Pattern ERA_DATE = Pattern.compile("(?=[平令民1])(?:(?<era>平成|令和|民國|民国)\\s*(?<ey>元|\\d{1,3})|(?<![\\d.])(?<roc>1[01]\\d))"
            + "\\s*年\\s*(?<m>[01]?\\d)\\s*月\\s*(?<d>[0-3]?\\d)\\s*日");
    private static final Map<String, Integer> ERA_STARTS = Map.of("平成", 1988, "令和", 2018, "民國", 1911, "民国", 1911);
    /** The months of the Solar Hijri calendar Iran's pages are dated in, with Arabic's yeh as well as Persian's. */
    private static final List<String> PERSIAN_MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند");
    /** A Solar Hijri date: "۰۵ مهر ۱۳۹۲" (27 September 2013), read in Western digits. */
    private static final Pattern PERSIAN_NAMED = Pattern.compile(DIGIT_FIRST + "(?<![\\d/])(?<pd>[0-3]?\\d)\\s+(?<pm>"
            + PERSIAN_MONTHS.stream().map(m -> m.replace("ی", "[یي]")).collect(Collectors.joining("|")) + ")\\s+(?<py>1[34]\\d{2})(?!\\d)");
    /** "1404/09/21": a year of the Solar Hijri calendar is unmistakable (13xx, 14xx). */
    private static final Pattern PERSIAN_NUMERIC = Pattern.compile("(?=1)(?<![\\d/])(?<py>1[34]\\d{2})/(?<pm>[01]?\\d)/(?<pd>[0-3]?\\d)(?![\\d/])");
    /** The month's name first in another language ("Kasım 24 2025"); tried only where a day and a year follow a word. */
    private static final Pattern OTHER_MONTH_FIRST = Pattern.compile("(?<!\\p{L})(?=\\p{L}{3,12}\\s+[0-3]?\\d,?\\s+(?:19|20|21)\\d{2})"
            + OTHER_LANGUAGE_MONTH + "\\s+(?<d>[0-3]?\\d),?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_AND_YEAR = Pattern.compile("(?=\\d)(?<!\\d)[0-3]?\\d,?\\s+(?:19|20|21)\\d{2}(?!\\d)");
    /** Korean ministries' month and day with the weekday: "10.5(화)", "8.8.(화)". */
    private static final Pattern KOREAN_MONTH_DAY = Pattern.compile(DIGIT_FIRST + "(?<![\\d.])(?<m>[01]?\\d)\\.(?<d>[0-3]?\\d)\\.?\\s?\\([월화수목금토일]\\)");
    /** Chinese, Japanese and Korean without the year: "2月6日", "9월 21일". */
    private static final Pattern CJK_MONTH_DAY = Pattern.compile("(?<![\\d年년])(?<m>[01]?\\d)\\s*[月월]\\s*(?<d>[0-3]?\\d)\\s*[日일]");
    private static final Pattern CJK_FULL = Pattern.compile(YEAR_FIRST + "(?<!\\d)" + YEAR + "\\s*[年년]\\s*(?<m>[01]?\\d)\\s*[月월]\\s*(?<d>[0-3]?\\d)\\s*[日일]");
    private static final List<Pattern> FULL = List.of(
            CROSS_MONTH_RANGE,
            // "22 December 2021", "14. Dec 2022.", and the English of a Portuguese page: "23 February De 2023"
            Pattern.compile(DIGIT_FIRST + "\\b" + DAY + "\\.?" + RANGE + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(?:[Dd]e\\s+)?" + YEAR + "\\b"),
            // "March 3, 2023", "January 28 of 2022", and a news agency's "December 31/2019" and "Nov 19,2017"
            Pattern.compile(MONTH_FIRST + "\\b" + MONTH + "\\.?\\s+" + DAY + RANGE + "(?:,?\\s+(?:of\\s+)?|/|,)" + YEAR + "\\b"),
            // "2024-02-16", also run into a label: "Registration date2024-02-16"
            // and a time stamp's: "2022-11-05T16:29:36+0000"
            Pattern.compile(YEAR_FIRST + "(?<!\\d)" + YEAR + "-(?<m>[01]?\\d)-" + "(?<d>[0-3]?\\d)(?:\\b|(?=T\\d))"),
            Pattern.compile(YEAR_FIRST + "(?<!\\d)" + YEAR + "/(?<m>[01]?\\d)/" + "(?<d>[0-3]?\\d)\\b"),
            NUMERIC_DAY_FIRST,
            // a news page's stamp: "Monday 11/May/2020 14:44", "11-May-2020"
            Pattern.compile(DIGIT_FIRST + "\\b" + DAY + "[/-]" + MONTH + "\\.?[/-]" + YEAR + "\\b"),
            // "16 de noviembre de 2022", and a stay of days: "2.–3. února 2017"
            Pattern.compile(DIGIT_FIRST + DAY_STARTS + "(?<d>[0-3]?\\d)(?:er|º|°|\\.)?" + OTHER_RANGE + "\\s+(?:de\\s+|" + MONTH_WORD + "\\s*)?" + OTHER_LANGUAGE_MONTH + ",?\\s+(?:de\\s+|del\\s+|năm\\s+|" + YEAR_WORD + "\\s*)?" + YEAR + "(?:\\b|(?=" + UNSPACED_LETTER + "))",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // the day-first dates of Central and South-East Europe, spaced: "15. 10. 2024."
            Pattern.compile(DIGIT_FIRST + "\\b(?<d>[0-3]?\\d)\\.\\s(?<m>[01]?\\d)\\.\\s(?<y>(?:19|20|21)\\d{2})\\b"),
            // the year first, as Hungarian writes it ("2013. július 2-i") and as a page's stamp may ("2015 09 18")
            Pattern.compile(YEAR_FIRST + "(?<!\\d)" + YEAR + "\\.\\s+" + OTHER_LANGUAGE_MONTH + "\\s+(?<d>[0-3]?\\d)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(YEAR_FIRST + "(?<![\\d.,])" + YEAR + " (?<m>[01]\\d) (?<d>[0-3]\\d)(?![\\d.,])"),
            // Chinese, Japanese and Korean: "2017年8月30日", "2017년 8월 30일"
            CJK_FULL,
            // Korean and Chinese news's dotted dates, the year first: "2021. 10. 6.", "2014.10.1(수)", "2023.09.08 13:05"
            Pattern.compile(YEAR_FIRST + "(?<![\\d.])" + YEAR + "\\.\\s?(?<m>[01]?\\d)\\.\\s?(?<d>[0-3]?\\d)(?!\\d)(?!\\.\\d)"),
            // the month's name first in other languages: "Kasım 24 2025", "Mei 24, 2023"
            OTHER_MONTH_FIRST,
            // a page's stamp with the month's name in another language: "الأربعاء 28/يوليو/2021"
            Pattern.compile(DIGIT_FIRST + "\\b(?<d>[0-3]?\\d)[/-]" + OTHER_LANGUAGE_MONTH + "[/-]" + YEAR + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            PERSIAN_NAMED, PERSIAN_NUMERIC, ERA_DATE);
    /** Vietnamese news's day and month, which open the report of the meeting: "Ngày 16/7, tại Trụ sở ...". */
    private static final Pattern VIETNAMESE_DAY = Pattern.compile("(?<=\\b[Nn]gày\\s)(?<d>[0-3]?\\d)/(?<m>[01]?\\d)\\b(?!/\\d)");
    private static final List<Pattern> PARTIAL = List.of(
            Pattern.compile(DIGIT_FIRST + "\\b" + DAY + RANGE + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?!,?\\s+(?:19|20|21)\\d{2})"),
            Pattern.compile(MONTH_FIRST + "\\b" + MONTH + "\\.?\\s+" + DAY + RANGE + "\\b(?!,?\\s*(?:19|20|21)\\d{2})(?![\\d:])(?!/(?:19|20|21)\\d{2})"),
            // "6 апреля", "ce lundi 05 octobre", "ngày 3 tháng 12"
            Pattern.compile(DIGIT_FIRST + DAY_STARTS + "(?<d>[0-3]?\\d)(?:er|º|°|\\.)?\\s+(?:de\\s+|" + MONTH_WORD + "\\s*)?" + OTHER_LANGUAGE_MONTH
                    + "(?:" + UNSPACED_BEFORE + "|(?![\\p{L}\\d]))(?!,?\\s+(?:de\\s+|del\\s+|năm\\s+)?(?:19|20|21)\\d{2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            VIETNAMESE_DAY,
            KOREAN_MONTH_DAY,
            CJK_MONTH_DAY);
    /**
     * A day of the month alone, as Chinese and Japanese news write the day of an event in the month of the report
     * ("商務部長6日與澳洲貿易部長...": on the 6th); not Japan (日本).
     */
    private static final Pattern DAY_OF_THE_MONTH = Pattern.compile("(?=[\\d今fFsSdD])(?:(?<![\\d月월/.\\-])(?<d>[0-3]?\\d)\\s*[日일](?!本)"
            // and in brackets after "today" or a weekday: Taiwan's "今(7)日", Brazil's "nesta sexta-feira (2)"
            + "|今\\s*\\(\\s*(?<today>[0-3]?\\d)\\s*\\)\\s*日|(?i:feira|sábado|domingo)\\s*\\((?<weekdays>[0-3]?\\d)\\))");
    /** Yesterday and today in Chinese, Japanese and Korean, written without spaces: "昨日在北京會見", "어제", "이날" (that day). */
    private static final Pattern RELATIVE_UNSPACED = Pattern.compile("(?=[昨今本어오이금])(?:(?<yesterday>昨日|昨天|昨晚|昨夜|昨(?=\\p{IsHan})(?![年今])|어제)"
            + "|(?<today>今日(?!本)|今天|今晨|今晚|本日|오늘|이날|금일))");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?=[tyleomwfsahgijvdqвсјдíwbk])(?:\\b(?<word>today|yesterday|this morning|this afternoon|this evening|tonight|last night|earlier today"
                    // the same in French, Spanish, Portuguese and Italian ("a eu hier après-midi un entretien");
                    // "hier" only where French places it, as German's "hier" is "here"
                    + "|aujourd'hui|aujourd\u2019hui|ce matin|hoy|esta mañana|ayer|hoje|ontem|oggi|ieri"
                    + "|hier(?=\\s+(?:après-midi|matin|soir))|(?<=\\b(?:a|ont|avait|avaient)\\s(?:eu\\s)?)hier"
                    // and in German, Russian, Ukrainian, Bulgarian and Serbian
                    + "|heute|gestern|сегодня|сьогодні|данас|вчера|вчора|јуче"
                    // and in Dutch, the Nordic languages, Polish, Czech, Slovak, Croatian, Turkish and Indonesian
                    + "|vandaag|gisteren|i dag|í dag|idag|i går|igår|í gær|i gaar|wczoraj|dzisiaj|včera|dnes|jučer|danas|bugün|dün|kemarin|hari ini"
                    // last night in Spanish, Indonesian and Malay; yesterday and today in Vietnamese
                    + "|anoche|semalam|tadi malam|hôm qua|hôm nay)(?![\\p{L}])"
                    + "|\\b(?:on\\s+|last\\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    // weekdays in French, Italian, German and Portuguese, whose names are no other word; in Spanish, and
                    // Portuguese's Saturday and Sunday, after "el", "este" or "no" ("se reunió este lunes"), as
                    // "Domingo" is also a name and Santo Domingo a capital
                    + "|\\b(?<weekdayElsewhere>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì"
                    + "|venerdì|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|segunda-feira|terça-feira|quarta-feira"
                    + "|quinta-feira|sexta-feira|(?<=\\b(?:el|este|pasado|último|no|neste)\\s)(?:lunes|martes|miércoles|jueves"
                    + "|viernes|sábado|domingo))"
                    // a German weekday's part of the day written onto it: "am Donnerstagabend"
                    + "(?:abend|morgen|nachmittag|vormittag|mittag)?(?![\\p{L}-]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> YESTERDAY = Set.of("yesterday", "last night", "ayer", "ontem", "ieri", "hier", "gestern", "вчера",
            "вчора", "јуче", "gisteren", "i går", "igår", "í gær", "i gaar", "wczoraj", "včera", "jučer", "dün", "kemarin", "anoche",
            "semalam", "tadi malam", "hôm qua");
    /** The weekdays of {@link #RELATIVE} in other languages than English, lower case. */
    private static final Map<String, DayOfWeek> WEEKDAYS_ELSEWHERE = weekdays(
            "lundi mardi mercredi jeudi vendredi samedi dimanche", "lunedì martedì mercoledì giovedì venerdì - -",
            "montag dienstag mittwoch donnerstag freitag samstag sonntag",
            "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
            "lunes martes miércoles jueves viernes sábado domingo");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][\\p{L}.' -]{1,40}(?:\\s*\\([^)]{1,40}\\))?,\\s*)?(?<rest>.{6,40}?)\\s*(?:\\([^)]{1,20}\\))?\\s*(?:[:\u2014\u2013-]|$)"
                    // "ANKARA (January 13, 2026) –"
                    + "|^[A-Z][\\p{L}.' -]{1,40}\\s*\\((?<rest2>[^)]{6,40})\\)\\s*[:\u2014\u2013-]");
    /**
     * A title that ends with its page's date: "... Sikorski (14 Jan. 2025)", "PM call with President Putin, 25 May
     * 2015"; tried on the first line only, where a title stands.
     */
    /** A clock time in an American time zone after a numeric date: "12/11/2021 08:57 AM EST" is 11 December. */
    private static final Pattern US_CLOCK = Pattern.compile("\\s*\\|?\\s+\\d{1,2}:\\d{2}\\s*(?:AM|PM|am|pm|a\\.m\\.|p\\.m\\.)\\s*(?:EST|EDT|ET|CST|CDT|PST|PDT)\\b");
    private static final Pattern DATE_IN_BRACKETS_AT_END = Pattern.compile("(?:\\((?<rest>[^)]{6,30})\\)|,\\s+(?<rest2>[^,]{6,20}))\\s*$");
    /** Words before a day that make it the day a report was given, not the meeting's. */
    private static final Pattern REPORTED_ON = Pattern.compile("(?i)(?:\\b(?:statement|said|announced|reported|told\\s+(?:reporters|journalists)"
            + "|press\\s+release|briefing)|\\baccording\\s+to\\s+[^,;.]{2,40}?)\\s+(?:issued\\s+|released\\s+)?(?:(?:on|late|early)\\s+)?$");
    /** Words that tie a date to another event than the meeting: "following the earthquake that struck on 1 January". */
    private static final Pattern OTHER_EVENT = Pattern.compile("(?i)\\b(?:following|after|since|which|announced|signed|struck|marking"
            + "|adopted|erupted|occurred|hit|recalled|anniversary|established|photograph|entry\\s+into\\s+force|entered\\s+into\\s+force"
            + "|entrada\\s+en\\s+vigor|entrée\\s+en\\s+vigueur)\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:Date|Published|Released|Issued|Posted|Press release|Updated|Date of issue)\\s*(?:on)?\\s*[:\u2014\u2013-]?\\s*(?<rest>.{6,60})",
            Pattern.CASE_INSENSITIVE);
    /** A byline's publication stamp: "Mohammad Ali Published September 13, 2022 | 01:50 AM". */
    private static final Pattern PUBLISHED_IN_BYLINE = Pattern.compile(
            "\\b(?:Published|Posted|Updated|Written)(?:\\s+on)?\\s*[:\u2014\u2013-]?\\s*(?<rest>.{6,60})"
                    // and a byline's author and date: "By JT - Nov 19,2017 - Last updated at Nov 19,2017"
                    + "|^By\\s+[^\u2014\u2013|-]{1,40}?\\s[\u2014\u2013|-]\\s(?<rest2>.{6,40})");
    private static final List<String> MEETING_WORD_LIST = List.of("held", "hold", "met", "meet", "meets", "meeting", "meetings", "spoke",
            "speaks", "call", "called", "talk", "talks", "talked", "teleconference", "videoconference", "conference", "conversation",
            "phoned", "telephoned", "joined", "participated", "visit", "visited", "visiting", "summit", "received", "hosted", "dialogue",
            "consultations", "convened", "discussed", "readout", "signed", "signing", "co-chaired", "chaired", "agreed", "contact",
            "phone", "telephone",
            // the same in the languages readouts come in after English, so that their dates are found in the right sentence
            "reunió", "reunieron", "reunión", "encuentro", "sostuvo", "recibió", "conversación", "reuniu", "reunião", "encontro",
            "recebeu", "rencontré", "rencontre", "entretien", "entretenu", "reçu", "réunion", "incontrato", "incontro", "colloquio",
            "ricevuto", "traf", "Treffen", "Gespräch", "empfing", "встреча", "встретился", "встретились", "переговоры", "беседа",
            "состоялась",
            // received, held, a meeting's and talks' other cases, a conversation, in Russian, then Ukrainian, Bulgarian,
            // Macedonian, Serbian, Belarusian and Greek
            "принял", "приняла", "провел", "провёл", "провели", "провела", "встречи", "встрече", "переговоров", "разговор",
            "провів", "переговори", "розмову", "розмова", "зустрічі", "среща", "срещна", "срещата",
            "средба", "средбата", "састао", "састала", "састанак", "састанку", "разговарао", "разговарала", "разговору", "примио",
            "примила", "сусрет", "сустрэча", "сустрэчу", "сустрэўся", "правёў", "правялі", "размова", "размову", "размовы",
            "перамовы", "прыняў", "συνάντηση", "συναντήθηκε", "συνομιλία", "επικοινωνία", "зустріч", "зустрівся",
            "spotkanie", "spotkał", "rozmowa", "rozmawiał", "întâlnire", "întâlnit",
            // met, the meeting, in Norwegian, Swedish and Danish
            "møtte", "møtt", "møtet", "träffade", "mötte", "mötet", "mødtes", "mødet",
            "convorbire", "bertemu", "pertemuan", "gặp", "hội đàm", "điện đàm", "gọi điện", "hội nghị", "nakipagpulong", "nagpulong", "nakipagkita",
            "amekutana", "alikutana", "mkutano", "mazungumzo", "görüştü", "görüşme", "учрашди", "учрашув",
            // receiving, meeting and calling in German, Spanish, French, Portuguese, Slovak, Czech and Hungarian
            "empfängt", "empfangen", "trifft", "getroffen", "telefonierte", "audiencia", "recibe", "conversó", "dialogó",
            "reçoit", "recebe", "prijal", "rokoval", "stretol", "přijal", "jednal", "setkal", "fogadta", "tárgyalt", "találkozott",
            // meeting, talks, phone call, video call, consultations in Chinese, Japanese and Korean (found inside a run
            // of text), and met, received, meeting, talks, phone call in Arabic
            "会见", "會見", "会谈", "會談", "会談", "会晤", "會晤", "通电话", "通電話", "电话", "電話", "通话", "通話", "视频", "視訊", "磋商", "会议",
            "會議", "会議", "会合", "회담", "통화", "면담", "회의", "접견", "만났", "التقى", "استقبل", "اجتمع", "لقاء", "اللقاء",
            "مباحثات", "المباحثات", "اتصالا", "اتصال",
            // held talks, met, called on, a meeting, visited, received, by telephone in Thai, then Lao and Khmer (found
            // inside a run of text, as in Chinese)
            "หารือ", "พบกับ", "พบปะ", "เข้าพบ", "ประชุม", "เยือน", "ต้อนรับ", "โทรศัพท์", "ປຶກສາຫາລື", "ປິກສາຫາລື", "ພົບປະ",
            "ກອງປະຊຸມ", "ຕ້ອນຮັບ", "ຢ້ຽມຢາມ", "ໂທລະສັບ", "ជួប", "ពិភាក្សា", "ទទួល", "សម្ដែងគួរសម", "សម្តែងគួរសម", "ទូរស័ព្ទ");
    /** Matched as cue phrases are: only the words a sentence holds are tried, not an alternation at every position. */
    static final CuePhrases MEETING_WORDS = new CuePhrases(MEETING_WORD_LIST);
    /** The first few sentences report the meeting; later ones drift to past and future events. */
    private static final int LEAD_SENTENCES = 6;
    /** What stands before a dateline's date at the head of a sentence: a place ("MEXICO", "Addis Ababa,") or an aggregator's "date", no more. */
    /** "On January 7, ...": a date the sentence opens with a preposition for is the meeting's, not a dateline. */
    private static final Pattern ON_THE_DAY = Pattern.compile("(?i)\\b(?:on|in|at|el|le|am|il|em|op|dnia)\\s*$");
    // with its country in brackets ("New Delhi [India], March 8 (ANI):"); not Vietnamese's "Ngày" (day), which opens the meeting's own day
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\s*(?:(?!Ngày\\s)(?:\\p{Lu}[\\p{L}.'\u2019-]*[\\s,]+){1,3}(?:[\\[(][^\\])]{1,30}[\\])][\\s,]*)?|(?i:date)\\s*:?\\s*)");
    /** Where a dateline or publication line can be: after a title, a section name, a byline. */
    private static final int OPENING_SENTENCES = 10;
    /** Where a closing signature with a date can be. */
    private static final int SIGNATURE_SENTENCES = 4;
    /** A line this short holding a date is a date line ("January 11, 2023", "Office of the Spokesperson March 3, 2024"). */
    private static final int SHORT_LINE = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u201c\u00bb\u2019)]*$");
    /** A day without a year further before its dateline than this is not the meeting's. */
    private static final int STALE_FOR_A_DATELINE = 14;
    /** A day written out in the lead after a reporting sentence that gave none is the meeting's if this recent. */
    private static final int RECENT_DAYS = 7;
    /** Words of a meeting to come, whose day is not the one reported. */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:will|shall|look(?:s|ed|ing)?\\s+forward|next|upcoming|forthcoming|to\\s+be\\s+held|scheduled)\\b");
    /** A weekday right before a date: "Tuesday, January 16", "on Monday 4 March". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+)?$");
    /** A text and metadata further apart than this on the meeting's day are worth a warning. */
    private static final int DISAGREEING_DAYS = 3;
    /** A date before this year in a readout is history ("the landing of 25 April 1915"), not its meeting's. */
    private static final int EARLIEST_YEAR = 1990;

    /**
     * Dates in the text, resolved against the dateline, else the file's metadata, else its name.
     *
     * @param title the readout's title: it names the meeting but seldom its day, so it does not count as the
     *              sentence that reports the meeting
     */
    public Dates find(List<Sentence> sentences, DocumentDates document, String title) {
        // dates written in other digits ("๒๒ มกราคม ๒๕๖๔", "٢٠٢٣") are read in Western ones; the evidence quotes the original
        Map<String, String> originals = new HashMap<>();
        List<Sentence> western = sentences.stream().map(s -> {
            String text = westernDigits(s.text());
            if (text.equals(s.text())) {
                return s;
            }
            originals.put(text, s.text());
            return new Sentence(text, s.paragraph(), s.heading(), s.background(), s.listItem());
        }).toList();
        Dates dates = findInWesternDigits(western, document, title == null ? null : westernDigits(title));
        return originals.isEmpty() ? dates : new Dates(dates.meeting().map(f -> quoting(f, originals)),
                dates.published().map(f -> quoting(f, originals)), dates.warnings());
    }

    private static Found quoting(Found found, Map<String, String> originals) {
        return new Found(found.date(), originals.getOrDefault(found.sentence(), found.sentence()), found.source());
    }

    /** A Thai year of the Buddhist era, 543 years ahead of the Common Era's ("พ.ศ. 2564" is 2021). */
    private static final Pattern BUDDHIST_ERA_YEAR = Pattern.compile("(?<!\\d)25[3-9]\\d(?!\\d)");
    private static final int BUDDHIST_ERA = 543;

    /**
     * The text with every decimal digit in Western form (Arabic-Indic, Thai, Lao, Khmer, Myanmar, Devanagari ...),
     * one char for one, so that positions stay; in a Thai text, a year of the Buddhist era in the Common Era.
     */
    static String westernDigits(String text) {
        StringBuilder western = null;
        boolean thai = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thai |= c >= '\u0E00' && c <= '\u0E7F';
            if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (western == null) {
                    western = new StringBuilder(text);
                }
                western.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        String result = western == null ? text : western.toString();
        if (!thai) {
            return result;
        }
        Matcher year = BUDDHIST_ERA_YEAR.matcher(result);
        StringBuilder out = new StringBuilder();
        while (year.find()) {
            year.appendReplacement(out, Integer.toString(Integer.parseInt(year.group()) - BUDDHIST_ERA));
        }
        return year.appendTail(out).toString();
    }

    private Dates findInWesternDigits(List<Sentence> sentences, DocumentDates document, String title) {
        Optional<Found> published = dateline(sentences, document.yearReference(), title)
                .or(() -> Optional.ofNullable(document.metadata()).map(d -> new Found(d, null, DateSource.METADATA)))
                .or(() -> Optional.ofNullable(document.fileName()).map(d -> new Found(d, null, DateSource.FILE_NAME)));
        LocalDate yearReference = document.yearReference();
        Optional<LocalDate> stampedMonth = Optional.empty();
        if (published.isEmpty() && yearReference == null) {
            stampedMonth = monthStamp(sentences);
            yearReference = stampedMonth.orElseGet(() -> yearOfTheText(sentences));
        }
        Optional<Found> meeting = meeting(sentences, published, title, yearReference, stampedMonth.isPresent());
        List<ReadoutWarning> warnings = new ArrayList<>();
        if (meeting.isPresent() && document.metadata() != null
                && Math.abs(meeting.get().date().toEpochDay() - document.metadata().toEpochDay()) > DISAGREEING_DAYS) {
            warnings.add(new ReadoutWarning("meetingDate", "the text dates the meeting " + meeting.get().date()
                    + " but the file's metadata give " + document.metadata() + ": the text's date was taken"));
        }
        if (meeting.isEmpty()) {
            warnings.add(new ReadoutWarning("meetingDate", partialDate(sentences)
                    .map(day -> "the text gives the day ('" + day + "') but no year, and the file no dateline, metadata"
                            + " or dated name to take the year from")
                    .orElse("no meeting date in the text, a dateline, the file's metadata or its name")));
        }
        return new Dates(meeting, published, warnings);
    }

    private Optional<Found> meeting(List<Sentence> sentences, Optional<Found> published, String title, LocalDate yearReference,
                                    boolean inTheMonth) {
        int looked = 0;
        boolean reported = false;
        // the sentence that reports the meeting gave no day: the publication's, unless the lead gives it
        boolean dayless = false;
        // a recent day an earlier lead sentence gave, though it has no meeting word
        Found earlier = null;
        // the dateline's day at the head of the sentence that reports the meeting, unless a later one gives a day
        Found newsDayFound = null;
        for (Sentence s : sentences) {
            if (s.background() || looked >= LEAD_SENTENCES) {
                break;
            }
            if (s.heading() && !MEETING_WORDS.in(s.text()) || s.text().equals(title) && published.isPresent()) {
                continue;
            }
            boolean meetingWords = MEETING_WORDS.in(s.text());
            if (!meetingWords && s.text().length() <= SHORT_LINE && !SENTENCE_END.matcher(s.text()).find()) {
                continue; // a page's section, tag or byline line ("Defence policy", "Media Relations Section"), no sentence
            }
            looked++;
            if (!meetingWords) {
                if (earlier == null && published.isPresent()) {
                    // "The Commission welcomed a delegation ... on Monday April 11th, 2022." before "The delegation
                    // met with ...": a day of the week before publication, in a lead sentence without a meeting word
                    earlier = dateIn(pastTheDateline(s.text()), published.get().date(), yearReference, true, false)
                            .filter(d -> d.date().isBefore(published.get().date())
                                    && !d.date().isBefore(published.get().date().minusDays(RECENT_DAYS)))
                            .map(d -> d.found(s.text(), published.get())).orElse(null);
                }
                continue;
            }
            Optional<Candidate> date = dateIn(s.text(), published.map(Found::date).orElse(null), yearReference,
                    published.filter(p -> p.source() == DateSource.DATELINE).isPresent(), inTheMonth);
            if (dayless) {
                if (date.isEmpty() ? AHEAD.matcher(s.text()).find() : ahead(s.text(), date.get(), published.get())) {
                    continue; // "look forward to a virtual meeting on Friday, August 20": a meeting to come
                }
                // a lead that reported the meeting without its day ("The two governments have agreed to ...",
                // "discussed ..., the ministry said following the call"), then the report that gives it: "On
                // August 15, the Minister held a telephone conversation ...". Only a day in the week before
                // publication: a later sentence's day is otherwise another event's ("the summit held on May 30-31")
                Optional<Candidate> recent = date.filter(d -> !d.date().isAfter(published.get().date())
                        && !d.date().isBefore(published.get().date().minusDays(RECENT_DAYS)));
                if (recent.isPresent()) {
                    // "met today" after a line that only announced the readout: the day is the publication's
                    return Optional.of(recent.get().found(s.text(), published.get()));
                }
                if (date.isPresent() || reportsAMeeting(s)) {
                    return newsDayFound != null ? Optional.of(newsDayFound) : published;
                }
                continue;
            }
            if (date.isEmpty() && published.isPresent() && !s.heading() && !reported) {
                if (earlier != null) {
                    return Optional.of(earlier);
                }
                dayless = true;
                reported = true;
                continue;
            }
            reported |= !s.heading() && !s.text().equals(title);
            if (date.isPresent()) {
                // "today" and "on Tuesday" name no day themselves: the date is the reference's; so is a date
                // that is the dateline's own, at the head of the sentence that reports the meeting
                boolean datelines = published.isPresent() && s.text().equals(published.get().sentence())
                        && date.get().date().equals(published.get().date());
                boolean newsDay = published.isPresent() && !date.get().relative()
                        && date.get().date().equals(published.get().date())
                        && (datelines || DATELINE_PLACE.matcher(s.text().substring(0, date.get().position())).matches()
                            && !ON_THE_DAY.matcher(s.text().substring(0, date.get().position())).find());
                DateSource source = date.get().relative() || datelines ? published.get().source() : DateSource.TEXT;
                if (newsDay) {
                    // "TEHRAN, Apr. 17 (MNA) – Iran and Qatar have agreed ...", then "In a video conference held
                    // on Thursday": the dateline is the day of the news; a recent day a later lead sentence gives
                    // is the meeting's, as after a lead that gave no day, else the dateline's
                    newsDayFound = new Found(date.get().date(), s.text(), source);
                    dayless = true;
                    continue;
                }
                return Optional.of(new Found(date.get().date(), s.text(), source));
            }
        }
        if (newsDayFound != null) {
            return Optional.of(newsDayFound);
        }
        if (published.isPresent()) {
            // "Ráðherrarnir áttu í gær fund": a lead whose sentences no meeting word marks, and one gave a recent day
            return reported || earlier == null ? published : Optional.of(earlier);
        }
        for (Sentence s : sentences) {
            if (!s.background()) {
                Optional<LocalDate> full = fullDate(s.text()).filter(d -> d.getYear() >= EARLIEST_YEAR);
                if (full.isPresent()) {
                    // a closing line that is a place and a date ("Asunción, 4 de octubre de 2018"), under a body
                    // that gave no day, is the document's date line
                    boolean dateLine = s.text().length() <= SHORT_LINE && !MEETING_WORDS.in(s.text());
                    return Optional.of(new Found(full.get(), s.text(), dateLine ? DateSource.DATELINE : DateSource.TEXT));
                }
            }
        }
        return Optional.empty();
    }

    /** "Tuesday, April 12, 2022 — The Commission welcomed ...": the sentence after the dateline at its head, if any. */
    private static String pastTheDateline(String text) {
        Matcher dash = DATELINE_DASH.matcher(text);
        return dash.find() ? text.substring(dash.end()) : text;
    }

    private static final Pattern DATELINE_DASH = Pattern.compile("^.{4,60}?\\s[\u2014\u2013-]\\s");

    /**
     * The year a full date in the body gives, for a day written without one when the document has no publication
     * date: "met at UNGA on 18 September" under "The press release issued ... on 20 September 2023", "on April 16"
     * beside "a letter dated April 4, 2025". The last day of that year, so that the day is taken in that year
     * rather than the year before, as a publication date would have it.
     */
    private LocalDate yearOfTheText(List<Sentence> sentences) {
        return sentences.stream().filter(s -> !s.background())
                .flatMap(s -> fullDates(s.text()).stream())
                .filter(d -> d.getYear() >= EARLIEST_YEAR)
                .findFirst().map(d -> LocalDate.of(d.getYear(), 12, 31)).orElse(null);
    }

    /**
     * A repost's stamp that gives only the month ("date 2024-10"): its last day, so that a day named without a
     * year ("venerdì 18 ottobre", "Ngày 19/9") is taken in that month's year.
     */
    private static Optional<LocalDate> monthStamp(List<Sentence> sentences) {
        return sentences.stream().limit(OPENING_SENTENCES).map(s -> REPOST_STAMP.matcher(s.text()))
                .filter(m -> m.lookingAt() && m.group("d") == null).findFirst()
                .flatMap(m -> date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), 1))
                .map(d -> d.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** A day without a year in the sentences that report the meeting ("On 9 May"), for a warning. */
    private static Optional<String> partialDate(List<Sentence> sentences) {
        return sentences.stream().filter(s -> !s.background()).limit(LEAD_SENTENCES)
                .filter(s -> MEETING_WORDS.in(s.text()))
                .flatMap(s -> PARTIAL.stream().map(p -> matcher(p, s.text())).filter(Matcher::find).map(Matcher::group))
                .findFirst();
    }

    /**
     * The dateline's or a "Published:" line's date, or a line that is little more than a date, if the text
     * opens with one.
     */
    private Optional<Found> dateline(List<Sentence> sentences, LocalDate documentDate, String title) {
        return datelineAsWritten(sentences, documentDate, title).map(found -> withTheDatelinesDay(found, sentences));
    }

    /**
     * "Bogota (Colombia), Dec. 4." over "Published: 12/4/2019": a numeric date either order reads (12 April or 4
     * December) takes the order of a day and month the opening lines write without a year.
     */
    private Found withTheDatelinesDay(Found found, List<Sentence> sentences) {
        LocalDate date = found.date();
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return found;
        }
        Optional<LocalDate> swapped = date(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        for (int i = 0; i < Math.min(OPENING_SENTENCES, sentences.size()) && swapped.isPresent(); i++) {
            String text = sentences.get(i).text();
            Matcher dateline = DATELINE.matcher(text);
            if (text.contains(found.sentence()) || !dateline.find()) {
                continue;
            }
            String rest = Optional.ofNullable(dateline.group("rest")).orElse(dateline.group("rest2"));
            Optional<LocalDate> day = rest == null || fullDate(rest).isPresent() ? Optional.empty() : partialDate(rest, swapped.get());
            if (day.isPresent() && day.get().equals(swapped.get()) && NUMERIC_DAY_FIRST.matcher(found.sentence()).find()) {
                return new Found(swapped.get(), found.sentence(), found.source());
            }
        }
        return found;
    }

    /** A search tool's or aggregator's stamp above a copied page: "date 2023-08-30", perhaps with the page's title after it on the line. */
    private static final Pattern REPOST_STAMP = Pattern.compile("(?i)^date\\s+(?<y>(?:19|20)\\d{2})-(?<m>[01]\\d)(?:-(?<d>[0-3]\\d))?\\b");
    /** How far under a repost's stamp the page's own date line may stand (a repeated title, a release number between). */
    private static final int UNDER_THE_STAMP = 4;

    /**
     * Under a repost's stamp ("date 2023-08-30"), the release's own date line ("Tuesday, August 29, 2023",
     * "Written: 2022-02-13 13:42:37"): the page's own date is the publication's, as the annotation guide has it;
     * an aggregator's stamp is the day it copied the page, or a guess.
     */
    private Optional<Found> releasesDate(List<Sentence> sentences, int stampAt, LocalDate stamped) {
        for (int i = stampAt + 1; i < Math.min(stampAt + 1 + UNDER_THE_STAMP, sentences.size()); i++) {
            String text = sentences.get(i).text();
            if (reportsAMeeting(sentences.get(i))) {
                break;
            }
            Optional<LocalDate> released = text.length() <= SHORT_LINE ? fullDate(text) : Optional.empty();
            for (Pattern label : List.of(PUBLISHED, PUBLISHED_IN_BYLINE)) {
                Matcher m = label.matcher(text);
                if (released.isEmpty() && m.find()) {
                    released = Optional.ofNullable(rest(m)).flatMap(this::fullDate);
                }
            }
            if (released.isPresent()) {
                // "10/05/2018 | 11:58pm CEST" under "date 2018-10-05": a numeric date either order reads is the stamp's day
                LocalDate day = released.get();
                boolean swapped = date(day.getYear(), day.getDayOfMonth(), day.getMonthValue()).filter(stamped::equals).isPresent();
                return Optional.of(new Found(swapped ? stamped : day, text, DateSource.DATELINE));
            }
        }
        return Optional.empty();
    }

    /** The date part of a dateline or label's match, whichever of its two forms matched. */
    private static String rest(Matcher m) {
        String rest = m.group("rest");
        return rest != null || !TWO_FORMS.contains(m.pattern()) ? rest : m.group("rest2");
    }

    /** The date lines written in two forms, whose date is group "rest" in one and "rest2" in the other. */
    private static final Set<Pattern> TWO_FORMS = Set.of(DATELINE, DATE_IN_BRACKETS_AT_END, PUBLISHED_IN_BYLINE);

    private Optional<Found> datelineAsWritten(List<Sentence> sentences, LocalDate documentDate, String title) {
        boolean bodyBegun = false;
        for (int i = 0; i < Math.min(OPENING_SENTENCES, sentences.size()); i++) {
            String text = sentences.get(i).text();
            Matcher stamp = REPOST_STAMP.matcher(text);
            if (!bodyBegun && stamp.lookingAt() && stamp.group("d") != null) {
                Optional<LocalDate> stamped = date(Integer.parseInt(stamp.group("y")), Integer.parseInt(stamp.group("m")),
                        Integer.parseInt(stamp.group("d")));
                if (stamped.isPresent()) {
                    return Optional.of(releasesDate(sentences, i, stamped.get()).orElse(new Found(stamped.get(), text, DateSource.DATELINE)));
                }
            }
            // a date line after the body has begun is a closing signature's ("Yangon, 22 November, 2022"): the
            // day of writing, which may follow the meeting
            if (text.length() <= SHORT_LINE && !bodyBegun) {
                Optional<LocalDate> date = fullDate(text);
                if (date.isPresent()) {
                    return Optional.of(new Found(date.get(), text, DateSource.DATELINE));
                }
            }
            List<Pattern> lines = bodyBegun ? List.of(PUBLISHED, PUBLISHED_IN_BYLINE)
                    : i == 0 ? List.of(PUBLISHED, DATELINE, DATE_IN_BRACKETS_AT_END) : List.of(PUBLISHED, DATELINE, PUBLISHED_IN_BYLINE);
            for (Pattern p : lines) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    String rest = rest(m);
                    Optional<LocalDate> date = fullDate(rest);
                    if (date.isEmpty() && p == DATELINE && documentDate != null) {
                        // "Tokyo, April 17 (Jiji Press)--": the day in the dateline, its year from the file
                        date = partialDate(rest, documentDate);
                    }
                    if (date.isPresent()) {
                        return Optional.of(new Found(date.get(), text, DateSource.DATELINE));
                    }
                }
            }
            // a title that names the meeting ("... receives delegation that visited Cuba") has not begun the body
            bodyBegun |= reportsAMeeting(sentences.get(i)) && !text.equals(title);
        }
        // "Published : May 21, 2022" at the foot of a page
        for (int i = Math.max(OPENING_SENTENCES, sentences.size() - SIGNATURE_SENTENCES); i < sentences.size(); i++) {
            Matcher m = PUBLISHED.matcher(sentences.get(i).text());
            Optional<LocalDate> date = m.find() ? fullDate(m.group("rest")) : Optional.empty();
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), sentences.get(i).text(), DateSource.DATELINE));
            }
        }
        return Optional.empty();
    }

    /** A sentence of the body that reports the meeting, not a title, byline or subscription notice. */
    private static boolean reportsAMeeting(Sentence s) {
        String text = s.text();
        return !s.heading() && text.length() > SHORT_LINE && SENTENCE_END.matcher(text).find()
                && MEETING_WORDS.in(text);
    }

    /** A day and month without a year, in the year of a reference date: the nearest such day before it, or a week after. */
    private static Optional<LocalDate> partialDate(String text, LocalDate reference) {
        for (Pattern p : PARTIAL) {
            Matcher m = matcher(p, text);
            if (m.find()) {
                return date(reference.getYear(), month(m.group("m")), Integer.parseInt(m.group("d")))
                        .map(d -> d.isAfter(reference.plusDays(7)) ? d.minusYears(1) : d);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence's date is a meeting to come ("look forward to a virtual meeting on Friday, August 20"): a
     * word of the future in it, unless the day is yesterday or written out before the publication, both past.
     */
    private static boolean ahead(String text, Candidate date, Found published) {
        boolean past = date.yesterday() || !date.relative() && date.date().isBefore(published.date());
        return !past && AHEAD.matcher(text).find();
    }

    /** A date expression at a position of the sentence; relative when a word like "today" stands for it. */
    record Candidate(LocalDate date, int position, boolean relative, boolean yesterday) {

        Candidate(LocalDate date, int position, boolean relative) {
            this(date, position, relative, false);
        }

        /** This date as the meeting's, from a sentence: a relative word's day is the publication's, from its source. */
        Found found(String sentence, Found published) {
            return new Found(date, sentence, relative ? published.source() : DateSource.TEXT);
        }
    }

    /**
     * The sentence's date that stands nearest its meeting verb ("visited New Delhi today, weeks after the
     * government took office on 5 July" means today): written out in full, or without a year or as a
     * relative word, resolved against the reference date.
     *
     * @param inTheMonth the year reference is a stamp's month ("date 2024-02"), and a day without a year is the
     *                   meeting's only in that month ("el pasado 19 de noviembre" is another event's)
     */
    private Optional<Candidate> dateIn(String text, LocalDate reference, LocalDate yearReference, boolean datelined, boolean inTheMonth) {
        List<Candidate> candidates = new ArrayList<>();
        // "Tuesday, January 16", "on Tuesday, 5th July 2022": the weekday names the day the date gives
        List<int[]> weekdayAndDay = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : FULL) {
            Matcher m = matcher(p, text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (spans.stream().anyMatch(span -> start < span[1] && end > span[0])) {
                    continue; // the last day of a stay across two months, which CROSS_MONTH_RANGE read whole
                }
                spans.add(new int[]{start, end});
                weekdayBefore(text, m.start()).ifPresent(weekdayAndDay::add);
                numericOrNamed(m, text).ifPresent(d -> candidates.add(new Candidate(d, m.start(), false)));
            }
        }
        LocalDate years = reference != null ? reference : yearReference;
        if (years != null) {
            for (Pattern p : PARTIAL) {
                Matcher m = matcher(p, text);
                while (m.find()) {
                    // the date beside a weekday is the meeting's, however long before the dateline
                    Optional<int[]> weekday = weekdayBefore(text, m.start());
                    // so is Vietnamese news's opening day ("Ngày 31/10, ..."), which names the meeting's
                    boolean named = weekday.isPresent() || p == VIETNAMESE_DAY;
                    weekday.ifPresent(weekdayAndDay::add);
                    // "22 December" in a text dated January means last December
                    date(years.getYear(), month(m.group("m")), Integer.parseInt(m.group("d")))
                            .map(d -> d.isAfter(years.plusDays(7)) ? d.minusYears(1) : d)
                            // a dateline is written on the day of the news: a day weeks before it, named without
                            // its year, is an earlier event's ("to follow up on their call on January 27")
                            .filter(d -> named || !datelined || !d.isBefore(years.minusDays(STALE_FOR_A_DATELINE)))
                            .filter(d -> !inTheMonth || d.getMonth() == years.getMonth() && d.getYear() == years.getYear())
                            .ifPresent(d -> candidates.add(new Candidate(d, m.start(), false)));
                }
            }
        }
        if (reference != null) {
            Matcher dayAlone = DAY_OF_THE_MONTH.matcher(text);
            while (dayAlone.find()) {
                // the nearest such day on or before the report's (the 28th in a report of the 2nd is last month's)
                int at = dayAlone.start();
                String day = Stream.of("d", "today", "weekdays").map(dayAlone::group).filter(g -> g != null).findFirst().orElseThrow();
                date(reference.getYear(), reference.getMonthValue(), Integer.parseInt(day))
                        .map(d -> d.isAfter(reference.plusDays(1)) ? d.minusMonths(1) : d)
                        .ifPresent(d -> candidates.add(new Candidate(d, at, false)));
            }
            Matcher unspaced = matcher(RELATIVE_UNSPACED, text);
            while (unspaced.find()) {
                boolean yesterday = unspaced.group("yesterday") != null;
                candidates.add(new Candidate(yesterday ? reference.minusDays(1) : reference, unspaced.start(), true, yesterday));
            }
            Matcher m = RELATIVE.matcher(text);
            while (m.find()) {
                int at = m.start();
                if (weekdayAndDay.stream().anyMatch(span -> at >= span[0] - 4 && at < span[1])) {
                    continue; // the weekday of "Tuesday, January 16", which the date gives
                }
                int after = m.end();
                if (candidates.stream().anyMatch(c -> !c.relative() && c.position() >= after && c.position() <= after + 3)) {
                    continue; // "met yesterday, 20 February 2024", "today (6 February 2018)": the date written out says it
                }
                LocalDate date;
                boolean yesterday = false;
                if (m.group("weekday") != null) {
                    DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                    date = reference.with(TemporalAdjusters.previousOrSame(day));
                } else if (m.group("weekdayElsewhere") != null) {
                    DayOfWeek day = WEEKDAYS_ELSEWHERE.get(m.group("weekdayElsewhere").toLowerCase(Locale.ROOT));
                    date = reference.with(TemporalAdjusters.previousOrSame(day));
                } else {
                    String word = m.group("word").toLowerCase(Locale.ROOT);
                    yesterday = YESTERDAY.contains(word);
                    date = yesterday ? reference.minusDays(1) : reference;
                }
                candidates.add(new Candidate(date, m.start(), true, yesterday));
            }
        }
        CuePhrases.Match anchorWord = anchor(text);
        int anchor = anchorWord.start();
        if (candidates.stream().anyMatch(c -> c.position() > anchor)) {
            // "MEXICO 10 May 2019 - The two sides held their meeting ... on 6 May 2019": a dateline at the head
            // of the sentence is the day of the news; the sentence's own date after its verb is the meeting's
            candidates.removeIf(c -> c.position() < anchor && !c.relative()
                    && (c.position() == 0 || DATELINE_PLACE.matcher(text.substring(0, c.position())).matches()));
        }
        // a day tied to another event ("following the earthquake that struck on 1 January") or after the
        // publication is not the meeting's; the meeting's own word is no other event ("signed a protocol at a
        // meeting on 5 January": "signed" is what the meeting did)
        // "according to the ministry on Thursday, the minister had a breakfast meeting ... on Wednesday": the day of
        // the report, when the sentence gives another (alone, "said on Monday that her meeting was positive" is
        // nearer the meeting than the publication's day)
        List<Candidate> ofTheReport = candidates.stream()
                .filter(c -> REPORTED_ON.matcher(text.substring(Math.max(0, c.position() - 60), c.position())).find()).toList();
        if (ofTheReport.size() < candidates.size()) {
            candidates.removeAll(ofTheReport);
        }
        List<Candidate> kept = candidates.stream()
                .filter(c -> c.date().getYear() >= EARLIEST_YEAR)
                .filter(c -> !OTHER_EVENT.matcher(c.position() > anchor
                        ? text.substring(Math.min(anchorWord.end(), c.position()), c.position())
                        : text.substring(c.position(), anchor)).find())
                .filter(c -> reference == null || !c.date().isAfter(reference.plusDays(1)))
                .toList();
        return kept.stream()
                .min((a, b) -> Integer.compare(Math.abs(a.position() - anchor), Math.abs(b.position() - anchor)))
                .map(best -> firstDayOfTheStay(text, best, kept));
    }

    /** "and" or "to" between two days of one stay, a weekday perhaps after it: "August 23 and Thursday, August 24". */
    private static final Pattern NEXT_DAY_OF_A_STAY = Pattern.compile(
            "^[^,;.]{0,14}?\s(?:and|to|through|until)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$");

    /**
     * A meeting over several days is dated by its first ("On Wednesday, August 23 and Thursday, August 24, the
     * Secretary visited ..."): the day written just before the one nearest the report, joined to it by "and" or
     * "to", when it is a day or two earlier.
     */
    private static Candidate firstDayOfTheStay(String text, Candidate best, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            long days = c.date().until(best.date(), java.time.temporal.ChronoUnit.DAYS);
            if (c.position() < best.position() && days >= 1 && days <= 3 && !c.relative()) {
                Matcher between = NEXT_DAY_OF_A_STAY.matcher(text.substring(c.position(), best.position()));
                if (between.find()) {
                    return c;
                }
            }
        }
        return best;
    }

    /**
     * The meeting word where the sentence's report of the meeting is: its first, unless that one names an earlier
     * event the sentence opens with; then its last ("Following the meeting of the Foreign Ministers in Brussels
     * on 18 January 2016 and the consultations in Nicosia on 11 April 2016, the 2nd consultations were held in
     * Athens on 18 October 2017").
     */
    private static CuePhrases.Match anchor(String text) {
        List<CuePhrases.Match> words = MEETING_WORDS.findAll(text);
        if (words.isEmpty()) {
            return new CuePhrases.Match("", 0, 0);
        }
        CuePhrases.Match first = words.get(0);
        return EARLIER_EVENT_BEFORE.matcher(text.substring(Math.max(0, first.start() - 40), first.start())).find()
                ? words.get(words.size() - 1) : first;
    }

    /** "Following the", "after their", "further to the": what names an event before the one reported. */
    private static final Pattern EARLIER_EVENT_BEFORE = Pattern.compile("(?i)\\b(?:following|after|further\\s+to|in\\s+follow-up\\s+to)"
            + "\\s+(?:the|their|its|his|her|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** Where a weekday written right before a date starts and ends ("Tuesday, " before "January 16"). */
    private static Optional<int[]> weekdayBefore(String text, int dateStart) {
        Matcher weekday = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, dateStart - 14), dateStart));
        return weekday.find() ? Optional.of(new int[]{dateStart - (weekday.end() - weekday.start()), dateStart}) : Optional.empty();
    }

    /**
     * Patterns of scripts beyond the Latin ones, not tried on a text written only in those (most readouts). Measured
     * on synthetic English prose: round 22's date patterns tried everywhere cost about 15 % of the extraction's
     * throughput; gated so, the throughput was the round's base build's within noise (interleaved runs in one JVM).
     */
    private static final Set<Pattern> BEYOND_LATIN = Set.of(ERA_DATE, PERSIAN_NAMED, PERSIAN_NUMERIC, KOREAN_MONTH_DAY, CJK_MONTH_DAY, CJK_FULL,
            RELATIVE_UNSPACED);
    private static final Pattern NOTHING = Pattern.compile("x");

    /** The pattern's matcher on the text, or one that finds nothing where the text cannot hold its date. */
    private static Matcher matcher(Pattern p, String text) {
        if (BEYOND_LATIN.contains(p) && !beyondLatin(text) || p == OTHER_MONTH_FIRST && !DAY_AND_YEAR.matcher(text).find()) {
            return NOTHING.matcher("");
        }
        return p.matcher(text);
    }

    private static boolean beyondLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > '\u024f') {
                return true;
            }
        }
        return false;
    }

    /** The first complete, valid date written in the text. */
    Optional<LocalDate> fullDate(String text) {
        return fullDates(text).stream().findFirst();
    }

    /** Every complete, valid date written in the text, in the order written. */
    private List<LocalDate> fullDates(String text) {
        List<int[]> found = new ArrayList<>();
        for (Pattern p : FULL) {
            Matcher m = matcher(p, text);
            while (m.find()) {
                numericOrNamed(m, text).ifPresent(d -> found.add(new int[]{m.start(), d.getYear(), d.getMonthValue(), d.getDayOfMonth()}));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(a -> a[0])).map(a -> LocalDate.of(a[1], a[2], a[3])).toList();
    }

    /** The date a full-date match spells; a day-first numeric date reads month first when it must (02/19/2025). */
    private static Optional<LocalDate> numericOrNamed(Matcher m, String text) {
        if (m.pattern() == ERA_DATE) {
            int year = m.group("roc") != null ? 1911 + Integer.parseInt(m.group("roc"))
                    : ERA_STARTS.get(m.group("era")) + (m.group("ey").equals("元") ? 1 : Integer.parseInt(m.group("ey")));
            return date(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        }
        if (m.pattern() == PERSIAN_NAMED || m.pattern() == PERSIAN_NUMERIC) {
            String month = m.group("pm").replace('ي', 'ی');
            return solarHijri(Integer.parseInt(m.group("py")),
                    m.pattern() == PERSIAN_NAMED ? PERSIAN_MONTHS.indexOf(month) + 1 : Integer.parseInt(month), Integer.parseInt(m.group("pd")));
        }
        int year = Integer.parseInt(m.group("y"));
        int day = Integer.parseInt(m.group("d"));
        boolean numeric = m.group("m").chars().allMatch(Character::isDigit);
        if (numeric && m.pattern() == NUMERIC_DAY_FIRST && US_CLOCK.matcher(text).region(m.end(), text.length()).lookingAt()) {
            // "12/11/2021 08:57 AM EST": an American page writes the month first
            return date(year, day, Integer.parseInt(m.group("m")));
        }
        Optional<LocalDate> date = date(year, month(m.group("m")), day);
        if (date.isEmpty() && m.group("m").chars().allMatch(Character::isDigit)) {
            return date(year, day, Integer.parseInt(m.group("m")));
        }
        return date;
    }

    /** The number of a month given by name or abbreviation ("Sept", "OCTOBER"), or by its number. */
    static int month(String value) {
        Integer month = MONTHS.get(value.toLowerCase(Locale.ROOT));
        return month != null ? month : Integer.parseInt(value);
    }

    /** A day of the Solar Hijri calendar in the Gregorian one, by ICU's calendar of Iran. */
    private static Optional<LocalDate> solarHijri(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        com.ibm.icu.util.PersianCalendar persian = new com.ibm.icu.util.PersianCalendar();
        persian.clear();
        persian.set(year, month - 1, day);
        int julianDay = persian.get(com.ibm.icu.util.Calendar.JULIAN_DAY);
        return date(LocalDate.MIN.with(java.time.temporal.JulianFields.JULIAN_DAY, julianDay));
    }

    private static Optional<LocalDate> date(LocalDate day) {
        return date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** No readout is dated years ahead: a year past next one is a typing slip ("22-12-2107"). */
    private static final int LATEST_YEAR = java.time.Year.now().getValue() + 1;

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year > LATEST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Each language's weekday names, Monday first, as one line each ("-" for a name left out). */
    private static Map<String, DayOfWeek> weekdays(String... languages) {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (String language : languages) {
            String[] names = language.split(" ");
            for (int d = 0; d < names.length; d++) {
                if (!names[d].equals("-")) {
                    days.putIfAbsent(names[d], DayOfWeek.of(d + 1));
                }
            }
        }
        return Map.copyOf(days);
    }
}
