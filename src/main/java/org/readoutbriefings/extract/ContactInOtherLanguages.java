package org.readoutbriefings.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings, visits and contact named in the languages readouts come in after English, as the object of an
 * agreement or a plan: "acordaron una nueva reunión", "combinaram um encontro em Washington", "vereinbarten ein
 * baldiges persönliches Zusammentreffen", "условились о регулярных контактах", "اتفق الوزيران على عقد لقاء",
 * "yüz yüze görüşme konusunda mutabık kaldı". Each language puts a party's agreement onto such a noun in a grammar
 * of its own, which phrase lists only ever covered a few wordings of; the noun with an agreement or a word of what
 * is to come makes the follow-up, as it does in Chinese, Japanese and Korean ({@code FollowUpFinder}).
 * <p>
 * The nouns are those that are not English words too ("dialogue", "contacts" and "consultations" are left to the
 * English rules), and the meeting being reported is not a next step: a noun after "during", "at" or "after"
 * ("durante la reunión", "в ходе встречи", "خلال اللقاء") is passed over, unless a word for "next" stands between.
 */
final class ContactInOtherLanguages {

    private ContactInOtherLanguages() {
    }

    private static final Pattern NOUN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            // Spanish and Portuguese
            + "reuni[oó]n(?:es)?|reunião|reuniões|encuentros?|encontros?|visitas?|cumbres?|cimeiras?|cúpulas?|contactos?|contatos?"
            + "|consultas|conversaciones|conversações|gabinete\\s+binacional|comisi[oó]n\\s+mixta|comissão\\s+mista"
            // French and Italian
            + "|r[ée]unions?|rencontres?|visites?|sommets?|entretiens?|échanges|concertation|échéances"
            + "|incontr[oi]|riunion[ei]|vertic[ei]|contatt[oi]|consultazioni|colloqui|coordinamento"
            // German and Dutch
            + "|Treffen|Zusammentreffen|Besuch(?:e|s|en)?|Gipfel\\p{L}*|Kontakt(?:e|en)?|Konsultationen|Gespräch(?:e|en)?|Abstimmung"
            + "|ontmoeting(?:en)?|bezoek(?:en)?|overleg"
            // Russian, Ukrainian, Polish and Greek, each noun in every case
            + "|встреч\\p{L}*|визит\\p{L}*|саммит\\p{L}*|переговор\\p{L}*|контакт\\p{L}*|диалог\\p{L}*|консультаци\\p{L}*"
            + "|взаимодействи\\p{L}*|разговор\\p{L}*|зустріч\\p{L}*|візит\\p{L}*|діалог\\p{L}*|консультаці\\p{L}*"
            + "|spotka\\p{L}*|wizyt\\p{L}*|szczyt\\p{L}*|rozm[oó]w\\p{L}*|konsultacj\\p{L}*|συνάντησ\\p{L}*|επίσκεψ\\p{L}*|επαφ\\p{L}*"
            // Indonesian, Malay and Vietnamese
            + "|pertemuan|kunjungan|KTT|konsultasi|komunikasi|perundingan|cuộc\\s+gặp|gặp\\s+gỡ|chuyến\\s+thăm|hội\\s+đàm|hội\\s+nghị"
            + "|tiếp\\s+xúc|đối\\s+thoại|tham\\s+vấn|trao\\s+đổi\\s+đoàn|phiên\\s+họp"
            // to meet, as a verb: "se reunirá próximamente", "встретиться", "bertemu kembali"
            + "|se\\s+reunir\\p{L}*|reunir(?:se|á|án|em)|se\\s+réunir\\p{L}*|réunira|se\\s+rencontrer|incontrarsi|riunir\\p{L}*"
            + "|встрет\\p{L}*|зустрі\\p{L}*|bertemu|berkunjung|mengunjungi|gặp\\s+nhau"
            + ")(?![\\p{L}\\p{N}])"
            // Arabic, whose nouns take the article and a conjunction or preposition before them
            + "|(?:لقاء|لقاءات|اجتماع|اجتماعات|زيارة|زيارات|قمة|التشاور|مشاورات|الاتصالات|التواصل|اتصالات|الحوار|جلسة)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Turkish puts its verb last ("görüşme konusunda mutabık kaldı"), so its nouns count before the agreement
     * too; in the locative ("görüşmede", "ziyareti sırasında") it is the meeting being reported.
     */
    private static final Pattern TURKISH_NOUN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:görüşme|ziyaret|zirve|temas|istişare|diyalo[gğ]"
            + "|bir\\s+araya\\s+gel)(\\p{L}*)(?!\\s+(?:sırasında|esnasında|öncesinde|sonrasında))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Letters of Turkish alone: "temas" is also Spanish and Portuguese ("topics"). */
    private static final Pattern TURKISH_LETTER = Pattern.compile("[ğıİ]");
    private static final Pattern LOCATIVE = Pattern.compile("(?:n?[dt][ae]|n?[dt][ae]ki)$");

    /**
     * The meeting being reported: the noun after "during", "at", "after" and their like, up to four words before it
     * ("en el marco de la Cumbre").
     */
    private static final Pattern REPORTED_MEETING_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:durante|en|tras|después\\s+de|após|depois\\s+d[eoa]"
            + "|em|numa|num|no|na|lors\\s+d[eu']|au\\s+cours\\s+d[eu']|pendant|à\\s+l'issue\\s+d[eu']|après|nel\\s+corso\\s+d\\p{L}*"
            + "|al\\s+termine\\s+d\\p{L}*|dopo|während|bei|beim|im|am|nach|в\\s+ходе|на|во\\s+время|по\\s+итогам|по\\s+результатам|после"
            + "|під\\s+час|podczas|po|tijdens|bij|selama|dalam|usai|setelah|trong|tại|sau|κατά\\s+τη|خلال|في|بعد|عقب)"
            + "\\s+(?:[\\p{L}'’]+\\s+){0,4}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Next, or new: "en la próxima reunión", "em fazer nova reunião". */
    private static final Pattern NEXT = Pattern.compile("próxim|prochain|prossim|nächst|следующ|очередн|наступн|kolejn|następn|berikut|tới|المقبل"
            + "|nuev|nov[ao]|nouvel|nuov|neue|нов|yeni|baru|mới",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where, at or after {@code from}, the text names a meeting, visit or contact to come, if it does. Where that
     * is (the agreement's place) is asked only of a text with such a noun: finding it costs more than the nouns.
     */
    static Optional<Integer> after(String text, IntSupplier from) {
        if (!mayHoldOne(text)) {
            return Optional.empty();
        }
        Matcher noun = NOUN.matcher(text);
        if (noun.find()) {
            Optional<Integer> found = after(text, noun, Math.max(0, from.getAsInt()));
            if (found.isPresent()) {
                return found;
            }
        }
        if (TURKISH_LETTER.matcher(text).find()) {
            Matcher turkish = TURKISH_NOUN.matcher(text);
            while (turkish.find()) {
                if (!LOCATIVE.matcher(turkish.group(1)).find()) {
                    return Optional.of(turkish.start());
                }
            }
        }
        return Optional.empty();
    }

    /** The nouns' stems in ASCII letters: only a text with one, or with a letter outside ASCII, can hold a noun. */
    private static final List<String> ASCII_STEMS = List.of("reuni", "encuentro", "encontro", "visit", "cumbre", "cimeira", "riunir", "contact", "contat",
            "consulta", "conversaciones", "gabinete", "comision", "rencontre", "sommet", "entretien", "concertation", "incontr",
            "riunion", "vertic", "colloqui", "coordinamento", "treffen", "besuch", "gipfel", "kontakt", "konsultationen", "abstimmung",
            "ontmoeting", "bezoek", "overleg", "spotka", "wizyt", "szczyt", "rozmow", "konsultacj", "pertemuan", "kunjungan", "ktt",
            "konsultasi", "komunikasi", "perundingan", "bertemu", "berkunjung", "mengunjungi", "se reunir", "reunir", "gesprach",
            "gorusme", "ziyaret", "zirve", "temas", "istisare", "diyalog", "bir araya");

    /**
     * A plain search before the nouns' regex, which folds the case of every char it tries (the regex ran on every
     * commitment and took 4 % of the extraction on English prose).
     */
    private static boolean mayHoldOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : ASCII_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> after(String text, Matcher noun, int from) {
        int at = from;
        while (at < text.length() && noun.find(at)) {
            String before = text.substring(Math.max(0, noun.start() - 50), noun.start());
            Matcher reported = REPORTED_MEETING_BEFORE.matcher(before);
            if (!reported.find() || NEXT.matcher(before.substring(reported.start())).find()) {
                return Optional.of(noun.start());
            }
            at = noun.end();
        }
        return Optional.empty();
    }
}
