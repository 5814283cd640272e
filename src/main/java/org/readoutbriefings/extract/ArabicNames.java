package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name that goes with an Arabic title. Arabic has no capitals, so a name is not told by its first letter as in
 * {@link ParticipantFinder}: it is the words after the title, its country and the forms of address ("وزير خارجية
 * زامبيا، الدكتور جوزيف مالانجى،"), up to a comma, a title, a day or a word of the sentence's own; or, in a
 * headline, the two words before the title ("سامح شكري وزير الخارجية").
 */
final class ArabicNames {

    /** A name, or null, and the country named between it and its title, if any. */
    record Named(String name, String country) {
    }

    private static final Pattern WORD = Pattern.compile("\\s*(?<word>\u062F\\.|[\\p{IsArabic}\\p{M}\u0640]+)(?<end>\\s*[\u060C,:;.'\"\u201C\u201D()\\-\u2013]|$)?");
    /** Forms of address and ranks before a name: Mr, Mrs, Dr, His Excellency, His Highness, Prince, Sheikh. */
    private static final Set<String> ADDRESS = Set.of("السيد", "السيدة", "الدكتور", "الدكتورة", "د.", "د", "سعادة", "معالي",
            "سمو", "الأمير", "الامير", "الشيخ", "الشيخة", "صاحب", "السمو", "الملكي", "فخامة", "دولة", "المهندس", "اللواء",
            "العماد", "الفريق", "السفير", "السفيرة",
            // the words of a state's name that the country list lacks: "مملكة البحرين" (the Kingdom of Bahrain)
            "مملكة", "المملكة", "جمهورية", "الجمهورية", "سلطنة", "إمارة");
    /** Words that end a name or cannot be one: prepositions, days, times, the words of a call or a meeting, titles. */
    private static final Set<String> NOT_NAME = Set.of("في", "على", "مع", "من", "إلى", "الى", "عن", "خلال", "بتاريخ", "الذي",
            "التي", "اليوم", "يوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            "اتصالا", "اتصالاً", "اتصالًا", "مكالمة", "حيث", "وذلك", "لبحث", "بحضور", "بمبادرة", "وزير", "وزيرة", "رئيس", "سفير",
            "نائب", "المبعوث", "مساعد", "الأمين", "قد", "كما", "بشأن", "حول", "والوفد", "الوفد", "وزارة", "بوزارة", "مدير", "المدير",
            "قبل", "بعد", "هاتفيا",
            "هاتفياً", "هاتفيًا", "هاتفيّاً", "الخارجية", "خارجية", "والمغتربين", "التقى", "استقبل", "أجرى", "تلقى", "تلقّى",
            "لقى", "بحث", "يبحث", "يبحثان", "يلتقي", "يستقبل", "يتلقى", "يستعرض", "يناقش", "يؤكد", "يجري", "يشارك", "يترأس",
            "يوقع", "يدعو", "يهنئ", "تبحث", "علاقات", "كبير", "وكبير", "ومساعد", "ونائب", "ووزير", "لشؤون", "لتنسيق", "بالإنابة",
            "اجتمع", "عقد", "أكد", "قال", "أطلع", "استعرض", "ناقش", "و");
    /**
     * A country's adjective after a title ("وزير الخارجية المصري", the Egyptian foreign minister), for the countries
     * Arabic readouts name most. Kept to the title and its name: the same adjective after other nouns names a
     * subject ("الوضع الليبي", the situation in Libya), not a party.
     */
    private static final Map<String, String> ADJECTIVES = adjectives(
            "مصري EG", "سعودي SA", "إماراتي AE", "اماراتي AE", "قطري QA", "كويتي KW", "بحريني BH", "عماني OM", "أردني JO",
            "اردني JO", "سوري SY", "لبناني LB", "عراقي IQ", "فلسطيني PS", "يمني YE", "ليبي LY", "تونسي TN", "جزائري DZ",
            "مغربي MA", "موريتاني MR", "سوداني SD", "أمريكي US", "أميركي US", "امريكي US", "بريطاني GB", "فرنسي FR",
            "ألماني DE", "الماني DE", "إيطالي IT", "ايطالي IT", "إسباني ES", "اسباني ES", "روسي RU", "صيني CN", "ياباني JP",
            "تركي TR", "إيراني IR", "ايراني IR", "هندي IN", "باكستاني PK", "كوري KR", "يوناني GR", "قبرصي CY", "إثيوبي ET",
            "صومالي SO", "أوكراني UA", "كندي CA", "برازيلي BR", "إندونيسي ID", "ماليزي MY", "أفغاني AF", "بلجيكي BE",
            "هولندي NL", "سويسري CH", "نمساوي AT", "بولندي PL", "سويدي SE", "نرويجي NO", "دنماركي DK", "أسترالي AU");

    private static Map<String, String> adjectives(String... rows) {
        Map<String, String> map = new HashMap<>();
        for (String row : rows) {
            String[] cells = row.split(" ");
            // with the article, in the masculine and feminine, with and without the doubling mark: "المصري", "المصرية", "الإيطاليّ"
            for (String form : List.of(cells[0], cells[0] + "ة", cells[0] + "\u0651", cells[0] + "\u0651ة")) {
                map.put("ال" + form, cells[1]);
            }
        }
        return Map.copyOf(map);
    }

    /** How many words with the article may stand between a title and its name. */
    private static final int MAX_SKIPPED = 4;

    private ArabicNames() {
    }

    /** Whether a title is written in Arabic script. */
    static boolean isArabic(String title) {
        return !title.isEmpty() && Character.UnicodeScript.of(title.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** The name after a title that ends at {@code from}, past its country, adjective and forms of address. */
    static Named after(String text, int from, CountryMentions countries) {
        String country = null;
        List<String> name = new ArrayList<>();
        int at = from;
        int skipped = 0;
        // a comma after the title's country, with no form of address after it: what follows is the sentence's
        // ("توماس بيرج، وزير خارجية السويد، تناول ..."), unless a form of address opens a name ("، الدكتور ...")
        boolean pastTheTitle = false;
        boolean countryNamed = false; // by its name, not its adjective: "وزير الخارجية الموريتاني، محمد سالم ولد مرزوك"
        Matcher word = WORD.matcher(text);
        while (name.size() < 6) {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || "\u060C,'\"\u201C\u201D".indexOf(text.charAt(at)) >= 0)) {
                if (!name.isEmpty() && text.charAt(at) != ' ') {
                    return named(name, country);
                }
                pastTheTitle |= countryNamed && (text.charAt(at) == '\u060C' || text.charAt(at) == ',');
                at++;
            }
            CountryMentions.Mention mention = name.isEmpty() ? countries.at(text, at) : null;
            if (mention != null) {
                country = mention.country();
                countryNamed = true;
                at = mention.end();
                continue;
            }
            word.region(at, text.length());
            if (!word.lookingAt()) {
                break;
            }
            String w = word.group("word");
            if (NOT_NAME.contains(w)) {
                break;
            }
            if (name.isEmpty() && ADDRESS.contains(w)) {
                pastTheTitle = false;
            }
            if (pastTheTitle) {
                break;
            }
            if (name.isEmpty() && (ADDRESS.contains(w) || ARTICLE.matcher(w).lookingAt() && ++skipped <= MAX_SKIPPED)) {
                // a form of address, or a word with the article: the country's adjective ("المصري") or the rest of
                // the remit ("وزير الخارجية والجالية الوطنية بالخارج أحمد عطاف")
                if (country == null && ADJECTIVES.containsKey(w)) {
                    country = ADJECTIVES.get(w);
                }
                at = word.end("word");
                continue;
            }
            name.add(w);
            at = word.end("word");
            if (word.group("end") != null) {
                break; // a comma, a full stop or a quotation mark ends the name
            }
        }
        return named(name, country);
    }

    /** The two words right before a title, as a headline puts a name: "سامح شكري وزير الخارجية يلتقي ...". */
    static String before(String text, int titleStart) {
        String[] words = text.substring(Math.max(0, titleStart - 60), titleStart).strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String first = words[words.length - 2];
        // "بوريس جونسون، وزير خارجية بريطانيا": a comma may stand between the name and its title
        String second = words[words.length - 1].replaceFirst("[\u060C,]$", "");
        boolean plain = List.of(first, second).stream().allMatch(w -> WORD.matcher(w).matches() && !NOT_NAME.contains(w)
                && !ADDRESS.contains(w) && !w.endsWith("\u060C")) && !ARTICLE.matcher(first).lookingAt();
        boolean opensText = words.length == 2 || words[words.length - 3].endsWith("\u060C") || NOT_NAME.contains(words[words.length - 3]);
        return plain && opensText ? first + " " + second : null;
    }

    /** A name of two words or more, whose first word is no noun with its article ("العلاقات", "والقضايا"): those are the sentence's. */
    private static Named named(List<String> name, String country) {
        boolean aName = name.size() >= 2 && !ARTICLE.matcher(name.get(0)).lookingAt();
        return new Named(aName ? String.join(" ", name) : null, country);
    }

    /** The article, also with "and", "with" or "for" written onto it. */
    private static final Pattern ARTICLE = Pattern.compile("(?:و|ب|ف)?(?:ال|لل)");
}
