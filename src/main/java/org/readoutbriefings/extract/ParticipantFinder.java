package org.readoutbriefings.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.TsvResource;

/**
 * Finds people by their office titles ({@code reference/offices.tsv}) in the patterns readouts use:
 * "the Minister for Foreign Affairs of Japan HAYASHI Yoshimasa", "United States (US) Trade Representative,
 * Ambassador Katherine Tai", "Secretary of State Antony J. Blinken", "Penny Wong, Minister for Foreign
 * Affairs of Australia". A person's country comes from "of &lt;country&gt;", a country or adjective before
 * the title ("Japanese Foreign Minister"), or the title itself ("Secretary of State" is American).
 * Repeated mentions ("Minister Hayashi") merge into one participant.
 */
public class ParticipantFinder {

    /** A sentence naming who took part: "was also attended by", "joined by", "brought together". */
    static final Pattern ATTENDING = Pattern.compile("(?i)\\b(?:attended\\s+by|attending|joined\\s+by|also\\s+joined|accompanied\\s+by"
            + "|brought\\s+together|participants\\s+(?:were|included)"
            + "|delegation\\s+(?:was\\s+|also\\s+)?(?:included|comprised|consisted\\s+of|led\\s+by)"
            // "The Indian side was led by Secretary (East) ..., and the Argentine side by ..."
            + "|sides?\\s+(?:was\\s+|were\\s+|is\\s+)?led\\s+by"
            + "|with\\s+the\\s+participation\\s+of|took\\s+part|tak(?:e|es|ing)\\s+part|participated|participating|co-chaired|chaired\\s+by"
            // "the Russian delegation was headed by", "Also present at the meeting was", "The Prime Minister was assisted by"
            + "|headed\\s+by|represented\\s+by|(?:was|were)\\s+(?:also\\s+)?present|present\\s+(?:were|was)"
            + "|present\\s+at\\s+the\\s+(?:meeting|talks)|in\\s+attendance|assisted\\s+by"
            + "|led\\s+the\\s+(?:\\p{L}+\\s+){0,2}delegation"
            // the same in Spanish, Portuguese and French: "fue acompañada por", "estiveram presentes", "accompagné de"
            + "|acompañad[oa]s?\\s+por|acompanhad[oa]s?\\s+(?:por|pel[oa]s?)|accompagnée?s?\\s+(?:de|par|du|des)|encabezad[oa]s?\\s+por"
            + "|chefiad[oa]s?\\s+por|conduite?\\s+par|participaron|participó|participou|participaram|ont\\s+participé|a\\s+participé"
            + "|asistieron|asistió|estuvo\\s+presente|estuvieron\\s+presentes|estiveram\\s+presentes|étaient\\s+présents)(?![\\p{L}])");
    /** Whether a sentence says who took part; a plain search for the regex's stems first, as most sentences do not. */
    static boolean saysWhoAttended(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ATTENDING_STEMS.stream().anyMatch(lower::contains) && ATTENDING.matcher(text).find();
    }

    private static final List<String> ATTENDING_STEMS = List.of("attend", "join", "accompan", "together", "participa",
            "delegation", "led by", " part", "chaired", "headed", "represented", "present", "assisted", "acompa", "accompagn", "particip", "asisti",
            "encabez", "chefiad", "conduit", "présent");
    private static final Pattern HONORIFICS = Pattern.compile(
            "^(?:\\s*,?\\s*(?:the\\s+)?(?:Ambassador|Amb\\.|H\\.\\s?E\\.|His Excellency|Her Excellency|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?"
                    + "|Prof\\.?|Professor|Sir|Dame|Senator|Lord|Baroness|Rt\\.? Hon\\.?|The Honourable|The Honorable|Hon\\.?|General"
                    + "|Admiral|Excelen[țţt]a\\s+Sa|Su\\s+Excelencia|Sua\\s+Excel[êe]ncia|Son\\s+Excellence"
                    // Malay forms of address and titles of honour: "Yang Berhormat Dato' Seri", "Datuk Seri", "Tan Sri"
                    + "|Yang\\s+(?:Amat\\s+)?Berhormat|Yang\\s+Berbahagia|Dato['\u2019]?(?:\\s+Seri)?|Datuk(?:\\s+Seri)?|Tan\\s+Sri|Puan|Encik)(?=\\s))+\\s*");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\s*(?<token>(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-\u2010\u2011]*\\.?|\\p{Lu}\\.)"
            + "|(?:bin|binti|de|da|del|van|von|der|al|el|dos|du|le|la)(?=\\s+\\p{Lu})"
            // "Faisal al-Mekdad", "Abdel Fattah el-Sisi": the article joined to the family name
            + "|(?:al|el|as|ash|ad|an|ar)[-\u2010]\\p{Lu}[\\p{L}\\p{M}'\u2019\\-\u2010\u2011]*)");
    /** "of Chile", and as Spanish, Portuguese, French, German, Italian, Bulgarian and Macedonian titles write it: "de Chile", "du Maroc", "von Polen", "на САЩ". */
    private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+(?:of\\s+(?:the\\s+)?|(?:de|del|do|da|dos|das|du|des|von|der|di|della|на)\\s+|(?:de\\s+l|d|dell)['\u2019]\\s*)");
    /**
     * A body a title may name, not a place: "Secretary General of the Ministry of Foreign Affairs", "of the Gulf
     * Cooperation Council", "of the Embassy".
     */
    private static final Set<String> BODIES = Set.of("ministry", "department", "office", "embassy", "commission", "council",
            "secretariat", "agency", "authority", "directorate", "bank", "cabinet", "presidency", "forum", "organization",
            "organisation", "community", "fund", "union", "league", "assembly", "parliament", "senate", "court", "committee",
            "board", "centre", "center", "institute", "corporation");
    /** The bodies of a government: their officials are the government's. */
    private static final Set<String> GOVERNMENT_BODIES = Set.of("ministry", "department", "office", "embassy", "cabinet",
            "presidency", "directorate", "parliament", "senate", "court");
    /** How many opening sentences name the people of a readout whose lead names none. */
    private static final int OPENING_SENTENCES = 2;
    /** "the Pacific Islands Forum (PIF)": the acronym after an organisation's name. */
    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\s*\\([\\p{Lu}.]{2,8}\\)");
    /**
     * A Spanish, Portuguese, French or Italian title's remit and country, up to the comma before the name: "Ministro
     * de Salud de Chile, Dr. Jaime Mañalich", "ministre des Affaires étrangères, de la Coopération africaine, Nasser Bourita",
     * with the nationality between them: "le ministre français des Affaires étrangères, Luc Marceau". The remit
     * may hold commas: the name is after the first comma a capitalised word follows. The nationality alone: "son
     * homologue grec, Nikos Dendias".
     */
    private static final Pattern ROMANCE_PORTFOLIO = Pattern.compile("^\\s+(?:(?:\\p{Ll}{4,}\\s+)?(?:de|del|des|du|da|do|das|dos|degli|della|delle|dei"
            + "|dell['\u2019]|de\\s+la|de\\s+l['\u2019])\\s*[^.;:()\\n]{2,110}?|\\p{Ll}{4,})"
            + "(?=,\\s*(?:(?:Dr|Dra|Sr|Sra|M|Mme|Mr|Ms|Doctor|Doctora)\\.?\\s+)?\\p{Lu}\\p{Ll})");
    /** "de la Défense" after a title: the remit opened, without a comma before the name ("ministre de la Défense Yoav Gallant"). */
    private static final Pattern ROMANCE_REMIT_OPENING = Pattern.compile("^\\s+(?:de\\s+la|de\\s+l['\u2019]|dell['\u2019]"
            // the longer words first, and whole: "del Consiglio" is not "de" and "l"
            + "|(?:della|delle|degli|dei|del|des|dos|das|du|da|do|de)(?!\\p{L}))\\s*");
    private static final Pattern REMIT_WORD = Pattern.compile("\\s*(?<word>[\\p{L}]+(?:['\u2019](?=\\p{L}))?)");
    /** The words of a ministry's remit in Spanish, Portuguese, French and Italian, and the words that join them. */
    private static final Set<String> ROMANCE_REMIT_WORDS = Set.of("défense", "defensa", "defesa", "difesa", "santé", "salud", "saúde",
            "salute", "sanidad", "économie", "economía", "economia", "finances", "finanzas", "finanças", "hacienda", "fazenda",
            "commerce", "comercio", "comércio", "commercio", "énergie", "energía", "energia", "agriculture", "agricultura",
            "relaciones", "relations", "relações", "affaires", "asuntos", "negócios", "affari", "esteri", "exteriores", "extérieur",
            "extérieures", "étrangères", "extranjeras", "estrangeiros", "educación", "éducation", "educação", "istruzione", "justice",
            "justicia", "justiça", "giustizia", "intérieur", "interior", "interno", "interni", "transports", "transportes",
            "trasporti", "travail", "trabajo", "trabalho", "lavoro", "industrie", "industria", "indústria", "turismo", "tourisme",
            "culture", "cultura", "environnement", "ambiente", "desarrollo", "développement", "desenvolvimento", "sviluppo",
            "cooperación", "coopération", "cooperação", "cooperazione", "europe", "europa", "européennes", "europeas", "armées",
            "mer", "pêche", "pesca", "mines", "minas", "minería", "hydrocarbures", "hidrocarburos", "planification", "planificación",
            "infrastructures", "infraestructura", "infraestrutura", "numérique", "publique", "pública", "público", "nationale",
            "nacional", "nazionale", "popular", "poder", "intégration", "integración", "africaine", "africana", "sécurité",
            "seguridad", "segurança", "sicurezza", "solidarité", "solidaridad", "emploi", "empleo", "emprego", "recherche",
            "ciencia", "ciência", "innovation", "innovación", "inovação", "transition", "écologique", "climat", "clima",
            "exterior", "externos", "comercial", "marocains", "résidant", "étranger", "l'étranger", "l\u2019étranger",
            // a head of government's or state's remit: "Presidente del Consiglio", "Presidente della Repubblica di Turchia",
            // "Presidente del Gobierno", "Président de la République"
            "consiglio", "ministri", "consejo", "ministros", "conseil", "ministres", "repubblica", "república", "république",
            "gobierno", "governo", "gouvernement", "di",
            // the joining words
            "de", "des", "du", "del", "da", "do", "dos", "das", "della", "delle", "degli", "dei", "la", "las", "los", "le", "les",
            "l'", "l\u2019", "y", "e", "et", "ed", "para", "pour", "per", "à", "a", "al", "aux");
    /** "High Commissioner for Nigeria". */
    private static final Pattern FOR_COUNTRY = Pattern.compile("^\\s+for\\s+(?:the\\s+)?");
    /** "Ambassador to Ghana", as a headline also writes it ("Ambassador To Ghana"), and in Russian and Ukrainian ("Посол ... в Узбекистане"). */
    private static final Pattern TO_PLACE = Pattern.compile("^\\s+(?:to|To|в|во|у)\\s+(?:the\\s+|The\\s+)?");
    /** The place a title names: "Somaliland", "the Republic of Tarvania", "the Sable Islands". */
    private static final Pattern PLACE = Pattern.compile("(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Sultanate"
            + "|Emirate|Union|Territory|Government)\\s+of\\s+(?:the\\s+)?)?(?<first>\\p{Lu}[\\p{L}'\u2019-]+)(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3}");
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<name>(?:(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*\\.?|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*)\\s+){0,3}"
                    // "Dr. Hala Mustafa al-Seid, Minister of Health": the article joined to the family name
                    + "(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]+|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]+))\\s*(?:\\([^)]{1,20}\\)\\s*)?,\\s*(?:the\\s+)?"
                    // "Mohamed Faisal, Additional Secretary": a rank before a title the office table holds
                    + "(?:(?:Additional|Assistant|Acting|Permanent|Executive|Principal|Senior|Chief|Regional|Joint|Under|Interim)\\s+){0,2}$");
    /** Up to four capitalised words right before a title that follows the name: "Gunnar Bragi Sveinsson utanríkisráðherra". */
    private static final Pattern NAME_RIGHT_BEFORE = Pattern.compile(
            "(?<name>(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]+)\\s+$");
    /**
     * "Yuval Steinitz, Israeli Minister of Energy", "Shimizu Shinsuke, Japan's Special Envoy": a country's name or
     * adjective between the comma and the title. Tried only when {@link #NAME_BEFORE} finds nothing, and kept only
     * when the words name a country: in the one pattern, "Additional" or "Deputy" passed for a country.
     */
    private static final Pattern NAME_BEFORE_QUALIFIED = Pattern.compile(
            "(?<name>(?:(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*\\.?|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*)\\s+){0,3}"
                    + "(?:\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]+|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]+))\\s*(?:\\([^)]{1,20}\\)\\s*)?,\\s*(?:the\\s+)?"
                    + "(?<qual>(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}\\p{Lu}[\\p{L}.]*(?:['\u2019]s)?)\\s+"
                    + "(?:(?:Additional|Assistant|Acting|Permanent|Executive|Principal|Senior|Chief|Regional|Joint|Under|Interim)\\s+){0,2}$");
    // compiled once: String.replaceAll and split compile their regex on every call
    private static final Pattern ACRONYM_IN_BRACKETS_AT_END = Pattern.compile("\\s*\\([A-Z.]{2,6}\\)\\s*$");
    private static final Pattern POSSESSIVE_AT_END_SPACED = Pattern.compile("['\u2019]s\\s*$");
    /** "Trump's"; and a Turkish name's case ending, set off by an apostrophe: "Erdoğan'ın", "Çavuşoğlu’nun", "Fidan'a". */
    private static final Pattern POSSESSIVE_AT_END = Pattern.compile("(?<=\\p{L}{2})['\u2019](?:s|\\p{Ll}{1,4})$");
    private static final Pattern STOP_OR_COMMA_AT_END = Pattern.compile("[.,]$");
    private static final Pattern COMMA_AT_END = Pattern.compile("[,]$");
    private static final Pattern FULL_STOP_AFTER_WORD = Pattern.compile("(?<=\\p{L}{2})\\.$");
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Press " right before a title: a press secretary or officer speaks for the meeting, and took no part in it. */
    private static final Pattern PRESS_OFFICE = Pattern.compile(".*\\b[Pp]ress\\s");
    private static final Set<String> NOT_NAMES = Set.of(
            "minister", "ministers", "secretary", "foreign", "affairs", "trade", "representative", "president", "prime",
            "state", "defence", "defense", "ambassador", "vice", "deputy", "chief", "cabinet", "councilor", "chancellor",
            "envoy", "special", "general", "director", "commissioner", "high", "national", "security", "advisor",
            "adviser", "the", "and", "on", "in", "at", "of", "for", "to", "with", "during", "after", "before", "both", "held",
            "met", "said", "spoke", "today", "this", "that", "they", "he", "she", "his", "her", "a", "an", "also",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "ministry", "office", "department", "government", "meeting", "talk", "talks", "call", "video", "telephone",
            "following", "when", "while", "as", "over", "via", "by", "under", "member", "political", "bureau",
            // the verbs of headlines, which capitalise every word: "Foreign Minister Park Jin Holds Talks"
            "holds", "meets", "speaks", "calls", "visits", "receives", "hosts", "attends", "concludes", "signs",
            "welcomes", "discusses", "joins", "has", "participates", "chairs", "co-chairs", "pays", "leads",
            "presents", "assures", "affirms", "supports", "confers", "discussed", "received",
            "delivers", "launches", "travels", "congratulates", "thanks", "condoles", "expresses", "agree", "agrees",
            "hold", "meet", "speak", "visit", "readout", "statement", "joint", "press", "release",
            // "President-elect" in Malay and Indonesian, after the title: "Presiden Terpilih Indonesia"
            "terpilih",
            // "His Excellency" in Romanian, before a title: "cu Excelența Sa, Ambasadorul Ucrainei"
            "excelența", "excelenţa",
            // an organisation's name after an official's title: "Director General United Nations Office"
            "united", "nations", "commission", "union", "organization", "organisation", "programme", "agency", "fund",
            // a body after a director's or speaker's title: "Director of the Strategic Communications Centre"
            "centre", "center", "secretariat", "parliament", "limited", "region",
            // the last word of a remit, taken for the name after it: "Minister of Climate Change", "Secretary for Foreign,
            // Commonwealth & Development Affairs", "Chief Agricultural Negotiator", "Health Institutes Administration"
            "change", "commonwealth", "development", "environment", "administration", "agricultural", "agriculture", "council",
            "cooperation", "commerce", "industry", "energy", "health", "finance", "economy", "justice", "interior", "education",
            "tourism", "transport", "planning", "treasury", "investment", "infrastructure", "technology", "resources",
            "integration", "fisheries", "communications", "climate",
            // more words of headlines and remits in Title Case: "Mattis' Phone Call", "Foreign Minister Consultations",
            // "Minister of Foreign Affairs, Local Government", "FM Qureshi"
            "phone", "bilateral", "consultations", "consultation", "conversation", "local", "regional", "makes", "fm");

    /** Letters after a name: "MP", "KC", "AC". */
    private static final Set<String> POST_NOMINALS = Set.of("MP", "KC", "QC", "AC", "AO", "AM", "OBE", "CBE", "MBE", "KCB",
            "KCMG", "GCMG", "MLA", "MHA", "MHR", "PC", "CSC", "DSC", "RAN", "RAAF", "Jr", "Sr");

    /** Forms of address that precede a name: "Ms. KAMIKAWA Yoko", "H.E. Mr. CHO Tae-yul", "Shri Narendra Modi". */
    private static final Set<String> HONORIFIC_TOKENS = Set.of("mr", "ms", "mrs", "mx", "dr", "he", "h", "e", "rt", "hon",
            "honourable", "honorable", "shri", "smt", "sir", "dame", "excellency", "ambassador", "amb", "prof", "senator",
            "madam", "mme", "m", "herr", "frau", "mhe");

    /**
     * A title of the table: the country it implies, if any, the case it puts the name after it in, and the title
     * as a participant lists it (in the nominative: "Министр иностранных дел" for "Министром иностранных дел").
     */
    private record Office(String title, String country, NameCases.Case nameCase, String listed, boolean nameFirst) {

        Office(String title, String country, boolean nameFirst) {
            // as the memo's meetings table shows it: "Ministra", not the lower case running text gives it ("la ministra de ...")
            this(title, country, NameCases.of(title), capitalised(NameCases.nominativeTitle(title)), nameFirst);
        }
    }

    private static String capitalised(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    /** A portfolio opens with "of" or "for" and a capitalised word: "of Health", "for Europe". */
    private static final Pattern PORTFOLIO = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** A word of a remit, also in lower case after the first ("Minister for Foreign affairs of Seychelles"). */
    private static final Pattern PORTFOLIO_WORD = Pattern.compile("\\s*(?:,\\s*)?(?:(?<word>\\p{Lu}[\\p{L}'\u2019-]*)|and\\b|&|the\\b"
            + "|(?<word2>\\p{Ll}[\\p{L}'\u2019-]*))");
    /** The words a ministry's remit is named with. */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("health", "human", "services", "energy", "climate", "environment",
            "commerce", "trade", "industry", "industries", "defence", "defense", "finance", "treasury", "foreign", "affairs", "external",
            "international", "development", "agriculture", "economy", "economic", "cooperation", "interior", "home", "justice",
            "labour", "labor", "education", "science", "technology", "innovation", "transport", "infrastructure", "mines",
            "mining", "minerals", "resources", "natural", "petroleum", "oil", "gas", "power", "water", "fisheries", "tourism",
            "culture", "digital", "communications", "information", "security", "national", "planning", "investment",
            "investments", "small", "business", "veterans", "public", "social", "welfare", "family", "women", "youth",
            "sports", "emergency", "management", "ocean", "oceans", "maritime", "marine", "aviation", "housing", "urban",
            "rural", "regional", "land", "forestry", "food", "consumer", "competition", "employment", "enterprise",
            "industrial", "strategy", "net", "zero", "growth", "europe", "european", "pacific", "asia", "asian", "americas",
            "africa", "african", "middle", "east", "disaster", "preparedness", "homeland", "citizenship", "immigration",
            "migration", "refugees", "diaspora", "expatriates", "overseas", "partnership", "relations", "integration",
            "nuclear", "renewable", "electricity", "wellness", "care", "medical", "pharmaceuticals", "policy",
            "protection", "armed", "forces", "procurement", "personnel", "budget", "revenue", "taxation", "customs",
            "exports", "export", "imports", "promotion", "textiles", "steel", "chemicals", "fertilizers", "coal",
            "earth", "sciences", "biodiversity", "conservation", "wildlife", "sustainability", "sustainable", "green",
            "transition", "ecological", "solidarity", "francophonie", "outreach", "crisis",
            // "Ambassador Extraordinary and Plenipotentiary of India to Mongolia"
            "extraordinary", "plenipotentiary");
    /** A name in another script in brackets: Han, Hangul, kana, Cyrillic, Greek, Arabic and others. */
    private static final Pattern NATIVE_NAME = Pattern.compile("\\s*\\((?<native>[^\\p{IsLatin}\\p{IsCommon})(]"
            + "[^\\p{IsLatin})(]{0,40})\\)");

    private final CountryMentions countries;
    private final OrganisationFinder organisations = new OrganisationFinder();
    private final OfficeHolders holders = new OfficeHolders();
    private final Map<String, Office> offices = new HashMap<>();
    private final PhraseTrie officeTitles;

    public ParticipantFinder(CountryMentions countries) {
        this.countries = countries;
        List<String> titles = new ArrayList<>();
        for (String[] row : TsvResource.rows("/reference/offices.tsv")) {
            offices.put(row[0], new Office(row[0], row.length > 1 && !row[1].isBlank() ? row[1] : null,
                    row.length > 2 && row[2].equals("before")));
            titles.add(row[0]);
        }
        // a Russian, Ukrainian or other Cyrillic title opens a sentence in capitals and stands lower case inside one
        // ("Президентом" and "с президентом Франции"), whatever case the list gives it in
        for (String title : List.copyOf(titles)) {
            char first = title.charAt(0);
            if (Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC) {
                String other = (Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first)) + title.substring(1);
                if (!offices.containsKey(other)) {
                    Office office = offices.get(title);
                    offices.put(other, new Office(other, office.country(), office.nameFirst()));
                    titles.add(other);
                }
            }
        }
        officeTitles = new PhraseTrie(titles, PhraseTrie.Boundary.LETTERS);
    }

    /** A meeting to come, or one that did not take place: whoever it names did not attend this one. */
    static final Pattern NOT_HELD = Pattern.compile("(?i)\\b(?:(?:will|shall)\\s+(?:also\\s+|then\\s+|later\\s+)?(?:meet|visit|travel|hold\\s+talks|call\\s+on)"
            + "|(?:scheduled|slated|expected|due|set|planning|going)\\s+to\\s+(?:meet|visit|hold|make|travel|pay|call)"
            + "|could\\s+not\\s+meet|did\\s+not\\s+(?:get\\s+to\\s+)?meet|(?:planned|upcoming|forthcoming|proposed)\\s+(?:state\\s+|official\\s+)?visit)\\b");

    /**
     * The people at the meeting: those named in the title, the sentences that report the meeting, those that say
     * who attended, and any other sentence that reports a meeting of its own (a readout of several calls). People
     * named later ("the leaders recalled President Xi's visit") were not there, but a later, fuller mention of
     * someone at the meeting completes their name or title.
     */
    public People find(String title, List<Sentence> lead, List<Sentence> all, Predicate<String> reportsAMeeting) {
        List<Participant> present = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        if (title != null) {
            find(title, present, unresolved);
        }
        lead.forEach(s -> find(s.text(), present, unresolved));
        // everyone named as attending, and everyone met in another meeting the readout reports; each sentence's
        // titled people found once, as they are also the later mentions that complete a name (measured: finding
        // them twice cost an eighth of the extraction's time)
        List<List<Participant>> titledIn = new ArrayList<>();
        // the words of the title and of every sentence that reports the meeting, for the people named there by family name alone
        Set<String> namedAtMeeting = new HashSet<>();
        if (title != null) {
            namedAtMeeting.addAll(tokens(title));
        }
        lead.forEach(s -> namedAtMeeting.addAll(tokens(s.text())));
        for (Sentence s : all) {
            if (s.background() || lead.contains(s)) {
                continue;
            }
            // "He is scheduled to meet ...", "will travel to Berlin to meet ...", "could not meet": a meeting not held
            boolean met = saysWhoAttended(s.text()) || reportsAMeeting.test(s.text()) && !NOT_HELD.matcher(s.text()).find();
            List<Participant> titled = new ArrayList<>();
            titled(s.text(), titled, met ? unresolved : new LinkedHashSet<>());
            titledIn.add(titled);
            if (met) {
                namedAtMeeting.addAll(tokens(s.text()));
                present.addAll(titled);
                untitled(s.text(), present);
                listedByCountry(s.text(), present);
            }
        }
        if (present.isEmpty()) {
            // a readout that opens with what the two said ("Foreign Minister A and his US counterpart B affirmed
            // ...") and reports the call only after, without their names: the people of its opening sentences
            all.stream().filter(s -> !s.background() && !s.heading() && !s.text().equals(title)).limit(OPENING_SENTENCES)
                    .forEach(s -> {
                        titled(s.text(), present, new LinkedHashSet<>());
                        listedByCountry(s.text(), present);
                    });
        }
        List<Participant> people = merge(present);
        List<List<String>> names = people.stream().map(p -> tokens(p.name())).toList();
        List<Participant> later = new ArrayList<>(people);
        for (List<Participant> mentioned : titledIn) {
            for (Participant m : mentioned) {
                List<String> name = tokens(m.name());
                if (names.stream().anyMatch(n -> samePerson(n, name))) {
                    later.add(m);
                } else if (name.size() >= 2 && name.get(name.size() - 1).length() >= 3 && namedAtMeeting.contains(name.get(name.size() - 1))) {
                    // named in full elsewhere, by family name alone where the meeting is reported: "Shoukry received
                    // a phone call from Pompeo" after "Foreign Minister Sameh Shoukry and ... Mike Pompeo"
                    later.add(m);
                }
            }
        }
        List<Participant> people2 = merge(later);
        // "NISHIMURA Yasutoshi (西村康稔)" may stand in any sentence: the name in its own script wherever it is given
        List<Participant> withNative = new ArrayList<>();
        for (Participant p : people2) {
            String nativeForm = p.nativeName();
            for (int i = 0; nativeForm == null && i < all.size(); i++) {
                String text = all.get(i).text();
                nativeForm = text.contains(p.name()) ? nativeName(text, p.name(), 0) : null;
            }
            withNative.add(nativeForm == p.nativeName() ? p
                    : new Participant(p.name(), nativeForm, p.title(), p.country(), p.sentence(), p.noCountry()));
        }
        return new People(withNative, List.copyOf(unresolved));
    }

    /**
     * The people at the meeting, and the counterparts whose title names a place that is no known country
     * ("President of Somaliland", "Minister for Foreign Affairs of the Republic of Tarvania"), as written.
     */
    public record People(List<Participant> participants, List<String> unresolved) {
    }

    /** The people a sentence that reports the meeting names, with a title or as people the office-holder table knows. */
    private void find(String text, List<Participant> found, Set<String> unresolved) {
        titled(text, found, unresolved);
        untitled(text, found);
        listedByCountry(text, found);
    }

    /** A plural title that a list of countries and their people follows: "the Ambassadors of", "i Ministri degli Esteri di". */
    private static final Pattern PLURAL_TITLE = Pattern.compile("(?<![\\p{L}])(?:Ministers|Ambassadors|Ministri|Ministres|ministres|Ministros"
            + "|ministros|Embajadores|Ambassadeurs|ambassadeurs|Ambasciatori|counterparts|homologues|homólogos|omologhi)(?![\\p{L}])");
    /** "H.E. Ana Ruiz - ": an excellency's name, then a dash before (it is checked) a country. */
    private static final Pattern ENVOY_DASH_COUNTRY = Pattern.compile("(?:H\\.\\s?E\\.?|Excellency)\\s+(?<name>\\p{Lu}[\\p{L}'\u2019.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,4})\\s*[-\u2013]\\s*(?=\\p{Lu})");
    /** The comma and the capitalised word after a country in such a list: "Spain, Marcelino Cabanes Ansorena". */
    private static final Pattern COMMA_THEN_CAPITAL = Pattern.compile("\\s*,\\s*(?=(?:(?:Dr|Mr|Ms|Mrs|Sr|Sra|M|Mme|H\\.E)\\.?\\s+)?\\p{Lu})");

    /**
     * "They were the Ambassadors of Niger, Ali Moussa, Mexico, Juan Pérez; Spain, ...", "con i Ministri degli Esteri di
     * Belgio, X, Paesi Bassi, Y": after a plural title, each country followed by a comma and a name is that
     * country's person. Only after such a title: elsewhere "Ghana, Accra" or "Japan, Prime Minister ..." is no list.
     */
    private void listedByCountry(String text, List<Participant> found) {
        sideLeaders(text, found);
        // "They included H.E. Ana Ruiz - Chile, H.E Lars Berg- Norway": an envoy, a dash, the country
        Matcher envoy = ENVOY_DASH_COUNTRY.matcher(text);
        while (envoy.find()) {
            CountryMentions.Mention mention = countries.at(text, envoy.end());
            String name = mention == null ? null : envoy.group("name");
            if (name != null && !alreadyFound(found, name)) {
                found.add(new Participant(name, null, null, mention.country(), text, false));
            }
        }
        Matcher plural = PLURAL_TITLE.matcher(text);
        if (!plural.find()) {
            return;
        }
        for (CountryMentions.Mention mention : countries.find(text.substring(plural.end()))) {
            int end = plural.end() + mention.end();
            Matcher comma = COMMA_THEN_CAPITAL.matcher(text).region(end, text.length());
            if (!comma.lookingAt() || countries.at(text, comma.end()) != null) {
                continue;
            }
            String name = nameAfter(text, comma.end());
            if (name != null && name.contains(" ") && !alreadyFound(found, name)) {
                found.add(new Participant(name, null, null, mention.country(), text, false));
            }
        }
    }

    private static boolean alreadyFound(List<Participant> found, String name) {
        List<String> words = tokens(name);
        return found.stream().anyMatch(p -> samePerson(tokens(p.name()), words));
    }

    /**
     * "The Indian side was led by Secretary (East) A. B, and the Argentine side by C. D, Director": a side named by
     * its country leads, whatever country a title or an accreditation nearer the name suggests.
     */
    private static final Pattern SIDE_LED_BY = Pattern.compile("\\b(?:[Tt]he\\s+)?(?<side>\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+)?)"
            + "\\s+(?:side|delegation)\\s+(?:was\\s+|is\\s+)?(?:led|headed)\\s+by\\s+(?<leader>[^;]+?)"
            + "(?=\\s*(?:[;.](?:\\s|$)|,?\\s+(?:and|while|whereas)\\s+the\\s+\\p{Lu}|$))");
    /** A name that opens the words after "led by", before a comma: "Pablo Anselmo Tettamanti, Director ...". */
    private static final Pattern NAME_FIRST = Pattern.compile("^(?:(?:Mr|Ms|Mrs|Dr|H\\.\\s?E)\\.?\\s+)?(?<name>\\p{Lu}[\\p{L}'\u2019-]+"
            + "(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\u2019-]+)){1,4}),");

    private void sideLeaders(String text, List<Participant> found) {
        if (!text.contains(" by ")) {
            return;
        }
        Matcher side = SIDE_LED_BY.matcher(text);
        while (side.find()) {
            CountryMentions.Mention country = countries.at(text, side.start("side"));
            if (country == null || country.end() != side.end("side")) {
                continue;
            }
            String words = side.group("leader");
            List<Participant> leaders = new ArrayList<>();
            titled(words, leaders, new LinkedHashSet<>());
            Matcher nameFirst = NAME_FIRST.matcher(words);
            Participant leader = !leaders.isEmpty() ? leaders.get(0)
                    : nameFirst.find() && !isCountryName(nameFirst.group("name"))
                    ? new Participant(nameFirst.group("name"), null, null, null, text, false) : null;
            if (leader == null) {
                continue;
            }
            List<String> name = tokens(leader.name());
            found.removeIf(p -> samePerson(tokens(p.name()), name));
            found.add(new Participant(leader.name(), leader.nativeName(), leader.title(), country.country(), text, false));
        }
    }

    /** Whether the words are a country's name and nothing more. */
    private boolean isCountryName(String name) {
        CountryMentions.Mention mention = countries.at(name, 0);
        return mention != null && mention.end() >= name.length();
    }

    /** People named with a title of the office table. */
    private void titled(String text, List<Participant> found, Set<String> unresolved) {
        for (PhraseTrie.Hit office : officeTitles.findAll(text)) {
            Office o = offices.get(office.phrase());
            if (PRESS_OFFICE.matcher(text).region(Math.max(0, office.start() - 6), office.start()).matches()) {
                continue; // "Pentagon Press Secretary John F. Kirby provided the following readout": who told, not who met
            }
            if (ArabicNames.isArabic(o.title())) {
                // a script without capitals: its own reading of the name and country (ArabicNames)
                ArabicNames.Named named = ArabicNames.after(text, office.end(), countries);
                String name = named.name() != null ? named.name() : ArabicNames.before(text, office.start());
                if (name != null) {
                    String country = named.country() != null ? named.country() : holders.country(name, 0);
                    found.add(new Participant(name, null, o.listed(), country, text, false));
                }
                continue;
            }
            if (CjkNames.isCjk(o.title())) {
                // no capitals, and no spaces in Chinese and Japanese: the name is told by where it stands (CjkNames)
                CjkNames.Named named = CjkNames.around(text, office.start(), office.end(), countries);
                if (named.name() != null) {
                    String country = named.country() != null ? named.country() : o.country() != null ? o.country()
                            : holders.country(named.name(), 0);
                    found.add(named.latin() != null
                            ? new Participant(named.latin(), named.name(), o.listed(), country, text, false)
                            : new Participant(named.name(), null, o.listed(), country, text, false));
                }
                continue;
            }
            String country = qualifierBefore(text, office.start());
            // "Secretary General of the Organization of American States (OAS), José Miguel Insulza": the
            // organisation's official, named after it
            int organisationEnd = organisationEnd(text, office.end());
            boolean ofOrganisation = organisationEnd >= 0;
            int at = ofOrganisation ? organisationEnd : portfolioEnd(text, office.end());
            Matcher romance = ROMANCE_PORTFOLIO.matcher(text).region(at, text.length());
            int remitEnd = ofOrganisation ? at : romanceRemitEnd(text, at);
            Matcher remitsCountry = OF_COUNTRY.matcher(text).region(remitEnd, text.length());
            if (remitEnd > at && (NAME_RIGHT_AFTER.matcher(text).region(remitEnd, text.length()).lookingAt()
                    // "Presidente della Repubblica di Turchia Recep Tayyip Erdoğan": the country after the remit, then the name
                    || remitsCountry.lookingAt() && nameRightAfter(countries.at(text, remitsCountry.end()), text))) {
                // "ministre de la Défense Yoav Gallant a accueilli son homologue grec, Nikos Dendias": the name right
                // after the remit, not the one after a later comma
                at = remitEnd;
            } else if (!ofOrganisation && romance.lookingAt()) {
                // "el Ministro de Salud de Chile, Dr. Jaime Mañalich", "Le ministre des Affaires étrangères, ..., Nasser Bourita"
                List<CountryMentions.Mention> inSpan = countries.find(text.substring(at, romance.end()));
                if (country == null && !inSpan.isEmpty()) {
                    country = inSpan.get(inSpan.size() - 1).country();
                }
                at = romance.end();
            }
            // regions of the sentence, not copies of its rest: a long sentence has many titles
            Matcher of = OF_COUNTRY.matcher(text).region(at, text.length());
            if (!ofOrganisation && of.lookingAt()) { // the same as find() for a pattern anchored with ^, without trying every later position
                CountryMentions.Mention mention = countries.at(text, of.end());
                Matcher place = PLACE.matcher(text).region(of.end(), text.length());
                if (mention != null) {
                    country = mention.country();
                    at = mention.end();
                } else if (place.lookingAt() && isBody(place.group())) {
                    // "First Secretary of the Embassy, Julio César Sánchez": the name after the body; an official
                    // of a body that is not a government's ("of the ECOWAS Commission") has no country
                    Matcher acronym = ACRONYM_IN_BRACKETS.matcher(text).region(place.end(), text.length());
                    at = acronym.lookingAt() ? acronym.end() : place.end();
                    ofOrganisation = !GOVERNMENT_BODIES.contains(place.group("first").toLowerCase(Locale.ROOT));
                    // "Governor of the Bank of Ghana, Dr. Ernest Addison": a body of a country is that country's
                    Matcher bodyOf = OF_COUNTRY.matcher(text).region(at, text.length());
                    CountryMentions.Mention bodysCountry = bodyOf.lookingAt() ? countries.at(text, bodyOf.end()) : null;
                    if (bodysCountry != null) {
                        country = bodysCountry.country();
                        at = bodysCountry.end();
                        ofOrganisation = false;
                    }
                } else if (country == null && place.lookingAt() && !organisations.names(place.group())
                        && !PORTFOLIO_WORDS.contains(place.group("first").toLowerCase(Locale.ROOT))) {
                    // a counterpart of a place no country list knows: reported, never guessed
                    unresolved.add(text.substring(office.start(), place.end()).strip());
                    String name = nameAfter(text, place.end());
                    name = name != null ? name : nameBefore(text, office.start());
                    if (name != null) {
                        found.add(new Participant(name, nativeName(text, name, place.end()), o.listed(), null, text, true));
                    }
                    continue;
                }
            }
            Matcher forCountry = FOR_COUNTRY.matcher(text).region(at, text.length());
            CountryMentions.Mention represented = forCountry.lookingAt() ? countries.at(text, forCountry.end()) : null;
            if (represented != null) {
                // "High Commissioner for the Federal Republic of Nigeria": only a country's name, as "for" also opens
                // portfolios no list holds ("Minister for Ageing")
                country = represented.country();
                at = represented.end();
            }
            if (country == null) {
                country = o.country();
            }
            at = hostCountryEnd(text, at);
            CountryMentions.Mention genitive = country == null ? genitiveCountry(text, at) : null;
            if (genitive != null) {
                country = genitive.country();
                at = hostCountryEnd(text, genitive.end()); // "Посла Казахстана в Узбекистане Бейбута Атамкулова"
            }
            if (o.nameFirst()) {
                // "Össur Skarphéðinsson utanríkisráðherra tók á móti ...": the name right before, the country right after
                CountryMentions.Mention after = countries.at(text, skipSpaces(text, at));
                String name = nameRightBefore(text, office.start());
                if (name != null) {
                    found.add(new Participant(name, null, o.listed(), country != null ? country : after != null ? after.country()
                            : holders.country(name, 0), text, false));
                    continue;
                }
            }
            String declined = nameAfter(text, at);
            // "с Министром ... Бахтиёром Саидовым": the name in the case its title is in, given as Бахтиёр Саидов
            String name = declined == null ? null : NameCases.nominative(declined, o.nameCase());
            if (name != null && country == null && inflectingScript(name.codePointAt(0))) {
                // "Министром иностранных дел Республики Узбекистан Бахтиёром Саидовым": the country the name was found past
                int nameAt = text.indexOf(declined, at);
                country = nameAt > at ? countries.find(text.substring(at, nameAt)).stream().findFirst()
                        .map(CountryMentions.Mention::country).orElse(null) : null;
            }
            if (name != null && country == null) {
                country = countryAfterName(text, at, declined);
            }
            if (name == null) {
                name = nameBefore(text, office.start());
            }
            if (name != null && toldTheReadout(text, name)) {
                continue; // "Director of Defense Press Operations Colonel Rob Manning provided the following readout"
            }
            if (name != null) {
                boolean official = false;
                if (country == null) {
                    // "Secretary Granholm", "Prime Minister Trudeau": the person's government, if the table knows them
                    country = holders.country(name, 0);
                    official = country == null && (ofOrganisation || holders.holders(name, 0).stream().anyMatch(h -> h.organisation() != null));
                }
                found.add(new Participant(name, nativeName(text, declined != null ? declined : name, at), o.listed(), country, text, official));
            }
        }
    }

    /** People the office-holder table knows, named in full without a title: "Wang Yi said China is willing to ...". */
    private void untitled(String text, List<Participant> found) {
        for (PhraseTrie.Hit hit : holders.named(text)) {
            if (!alreadyFound(found, hit.phrase())) {
                List<OfficeHolders.Holder> holder = holders.holders(hit.phrase(), 0);
                String country = holders.country(hit.phrase(), 0);
                found.add(new Participant(hit.phrase(), nativeName(text, hit.phrase(), hit.start()), holder.get(0).office(),
                        country, text, country == null && holder.get(0).organisation() != null));
            }
        }
    }

    /**
     * Where a title's portfolio ends: "Minister of Climate and Environment", "Cabinet Secretary for Health",
     * "Secretary of Health and Human Services": the words of a ministry's remit after a title, which the
     * office table cannot list one by one. Stops before "of &lt;country&gt;" and before the name.
     */
    private int portfolioEnd(String text, int titleEnd) {
        Matcher opening = PORTFOLIO.matcher(text).region(titleEnd, text.length());
        // with "of" or "for", or going on from a title of the table: "Minister of Trade, Industry and Energy"
        int start = opening.lookingAt() ? opening.end() : titleEnd;
        int end = start;
        Matcher word = PORTFOLIO_WORD.matcher(text);
        int at = start;
        while (true) {
            word.region(at, text.length());
            if (!word.lookingAt()) {
                break;
            }
            String w = word.group("word") != null ? word.group("word") : word.group("word2");
            if (w != null && !PORTFOLIO_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            at = word.end();
            if (w != null) {
                end = at;
            }
        }
        return end == start ? titleEnd : end;
    }

    /**
     * Past a Spanish, Portuguese, French or Italian remit that runs into the name without a comma: "ministre de la
     * Défense Yoav Gallant", "ministro de Relaciones Exteriores Santiago Cafiero". Only the words of a remit: "ministre
     * de la Défense d'Israël" is left to the country that follows.
     */
    /** Whether a name follows right after the country named, if one is. */
    private static boolean nameRightAfter(CountryMentions.Mention country, String text) {
        return country != null && NAME_RIGHT_AFTER.matcher(text).region(country.end(), text.length()).lookingAt();
    }

    private static int romanceRemitEnd(String text, int from) {
        Matcher opening = ROMANCE_REMIT_OPENING.matcher(text).region(from, text.length());
        if (!opening.lookingAt()) {
            return from;
        }
        Matcher word = REMIT_WORD.matcher(text);
        int at = opening.end();
        int end = -1;
        while (true) {
            word.region(at, text.length());
            if (!word.lookingAt() || !ROMANCE_REMIT_WORDS.contains(word.group("word").toLowerCase(Locale.ROOT))) {
                break;
            }
            at = word.end();
            if (Character.isUpperCase(word.group("word").charAt(0)) || word.group("word").length() > 4) {
                end = at; // a remit word, not only a joining one
            }
        }
        return end < 0 ? from : end;
    }

    /** Whether a place a title names is a body ("the Ministry of Foreign Affairs", "the Gulf Cooperation Council"). */
    private static boolean isBody(String place) {
        String[] words = SPACES.split(place.toLowerCase(Locale.ROOT));
        return BODIES.contains(words[0]) || BODIES.contains(words[words.length - 1]);
    }

    /** Where " of the &lt;organisation&gt; (ACRONYM)" after a title ends, or -1 if no organisation follows it. */
    private int organisationEnd(String text, int titleEnd) {
        Matcher of = OF_COUNTRY.matcher(text).region(titleEnd, text.length());
        int end = of.lookingAt() ? organisations.endOfNameAt(text, of.end()) : -1;
        if (end < 0) {
            return -1;
        }
        Matcher acronym = ACRONYM_IN_BRACKETS.matcher(text).region(end, text.length());
        return acronym.lookingAt() ? acronym.end() : end;
    }

    /**
     * Past the country or organisation an envoy is posted to, which is not theirs: "Chinese Ambassador to the
     * Kingdom of Saudi Arabia Chen Weiqing", "High Commissioner to Seychelles, Mr. Jeff Glenkin".
     */
    private int hostCountryEnd(String text, int from) {
        Matcher to = TO_PLACE.matcher(text).region(from, text.length());
        if (!to.lookingAt()) {
            return from;
        }
        CountryMentions.Mention host = countries.at(text, to.end());
        if (host != null) {
            return host.end();
        }
        // an envoy to an organisation: "the Ambassador of Chile to the OAS, Juan Pablo Lira", "Permanent
        // Representative to the United Nations"
        int organisation = organisations.endOfNameAt(text, to.end());
        return organisation > 0 ? organisation : from;
    }

    /** A name's form in its own script right after it: "Park Jin (박진)", "Wang Yi (王毅)". */
    private static String nativeName(String text, String name, int from) {
        int at = text.indexOf(name, from);
        if (at < 0) {
            return null;
        }
        Matcher m = NATIVE_NAME.matcher(text).region(at + name.length(), text.length());
        return m.lookingAt() ? m.group("native").strip() : null;
    }

    /** "President Moon Jae-in of the Republic of Korea", "Prime Minister Kishida of Japan": after the name, from a position on. */
    private String countryAfterName(String text, int from, String name) {
        int end = text.indexOf(name, from);
        if (end < 0) {
            return null;
        }
        Matcher of = OF_COUNTRY.matcher(text).region(end + name.length(), text.length());
        if (!of.lookingAt()) {
            return null;
        }
        CountryMentions.Mention mention = countries.at(text, of.end());
        return mention != null ? mention.country() : null;
    }

    /** A country or adjective right before the title: "Japanese Foreign Minister", "United States (US) Trade ...". */
    private String qualifierBefore(String text, int officeStart) {
        String before = POSSESSIVE_AT_END_SPACED.matcher(ACRONYM_IN_BRACKETS_AT_END.matcher(
                text.substring(Math.max(0, officeStart - 60), officeStart)).replaceAll(" ")).replaceAll(" ");
        List<CountryMentions.Mention> mentions = countries.find(before);
        if (mentions.isEmpty()) {
            return null;
        }
        CountryMentions.Mention last = mentions.get(mentions.size() - 1);
        return before.substring(last.end()).isBlank() ? last.country() : null;
    }

    /** The name that follows a title (which ends at a position), after commas and honorifics; null if none. */
    String nameAfter(String text, int from) {
        Matcher honorifics = HONORIFICS.matcher(text).region(from, text.length());
        int at = honorifics.lookingAt() ? honorifics.end() : from;
        if (at == from && text.startsWith(",", from)) {
            at = from + 1;
        }
        List<String> tokens = new ArrayList<>();
        Matcher token = NAME_TOKEN.matcher(text);
        token.region(at, text.length());
        while (tokens.size() < 5 && token.lookingAt()) {
            String t = token.group("token");
            if (tokens.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                break; // "de Guatemala": a particle opens no name
            }
            if (isNotName(t) && !(tokens.size() >= 1 && endsName(text, token.end()) && NOT_NAMES.stream().noneMatch(t.toLowerCase(Locale.ROOT)::equals))) {
                if (inflectingScript(t.codePointAt(0)) && NOT_NAMES.stream().noneMatch(t.toLowerCase(Locale.ROOT)::equals)) {
                    // "Министр иностранных дел Республики Узбекистан Бахтиёр Саидов": Russian, Greek and their
                    // neighbours put the country, in the genitive, between the title and the name
                    tokens.clear();
                    token.region(token.end(), text.length());
                    continue;
                }
                break;
            }
            tokens.add(t);
            if (t.endsWith("'s") || t.endsWith("\u2019s")) {
                break; // "President Biden's Virtual Meeting": the name ends at the possessive
            }
            token.region(token.end(), text.length());
        }
        if (tokens.size() > 2 && inflectingScript(tokens.get(0).codePointAt(0))) {
            // "Кыргызской Республики Жээнбек Кулубаев": the words before a given name and family name are the
            // country's, in a form no list holds
            tokens = tokens.subList(tokens.size() - 2, tokens.size());
        }
        String name = name(tokens);
        // "the Trade Director of Sri Lanka, ...": a country's name is no one's
        return name == null || isCountryName(name) ? null : name;
    }

    /**
     * "Посла Казахстана Бейбута Атамкулова": the country in the genitive right after a title in Cyrillic or Greek;
     * in other scripts, as Czech, Malay and Indonesian write it, only right before a name: "Ministr zahraničních
     * věcí České republiky Pavel Dvořák", "Menteri Kesehatan Iran, Dr. Seyyed Hashemi".
     */
    private CountryMentions.Mention genitiveCountry(String text, int from) {
        int at = skipSpaces(text, from);
        if (at >= text.length()) {
            return null;
        }
        CountryMentions.Mention mention = countries.at(text, at);
        if (mention == null || inflectingScript(text.codePointAt(at))) {
            return mention;
        }
        return NAME_NEXT.matcher(text).region(mention.end(), text.length()).lookingAt() ? mention : null;
    }

    /** Two capitalised words right after a remit, no comma between: a name. */
    private static final Pattern NAME_RIGHT_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}");
    /** A name right after: a capitalised word, or a comma and one. */
    private static final Pattern NAME_NEXT = Pattern.compile(",?\\s+(?:(?:Dr|Mr|Ms|Mrs|H\\.\\s?E)\\.?\\s+)?\\p{Lu}\\p{Ll}");

    /** A letter of Cyrillic or Greek script. */
    private static boolean inflectingScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
    }

    /** Whether a name's token, as a country's name ("Lu\u00eds Montenegro"), ends it: punctuation or the text's end follows. */
    private static boolean endsName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || ",;.)(".indexOf(text.charAt(i)) >= 0;
    }

    /** The name right before a title that follows it without a comma: "Szijjártó Péter külügyminiszter". */
    private String nameRightBefore(String text, int officeStart) {
        Matcher m = NAME_RIGHT_BEFORE.matcher(text.substring(Math.max(0, officeStart - 80), officeStart));
        if (!m.find()) {
            return nameBefore(text, officeStart);
        }
        List<String> tokens = new ArrayList<>();
        for (String t : SPACES.split(m.group("name").strip())) {
            if (isNotName(t)) {
                tokens.clear();
            } else {
                tokens.add(t);
            }
        }
        return tokens.size() >= 2 ? name(tokens) : nameBefore(text, officeStart);
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** Whether the name is followed by "provided the following (readout)": the one who told of the meeting. */
    private static boolean toldTheReadout(String text, String name) {
        int at = text.indexOf(name);
        return at >= 0 && text.startsWith(" provided the following", at + name.length());
    }

    /** "Penny Wong, Minister for ..." : the name before the comma that precedes the title. */
    private String nameBefore(String text, int officeStart) {
        String before = text.substring(Math.max(0, officeStart - 80), officeStart);
        Matcher m = NAME_BEFORE.matcher(before);
        if (!m.find()) {
            m = NAME_BEFORE_QUALIFIED.matcher(before);
            if (!m.find() || countries.find(m.group("qual")).isEmpty()) {
                return null;
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String t : SPACES.split(m.group("name"))) {
            if (isNotName(t)) {
                tokens.clear();
            } else {
                tokens.add(t);
            }
        }
        return tokens.size() >= 2 ? name(tokens) : null;
    }

    private boolean isNotName(String token) {
        String unpossessive = POSSESSIVE_AT_END.matcher(token).replaceAll("");
        String plain = STOP_OR_COMMA_AT_END.matcher(unpossessive).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_NAMES.contains(plain) || !countries.find(unpossessive).isEmpty();
    }

    private static String name(List<String> tokens) {
        // post-nominals: "the Hon Pat Conroy MP", "Sir Keir Starmer KCB"
        while (!tokens.isEmpty() && POST_NOMINALS.contains(tokens.get(tokens.size() - 1).replaceAll("[.,]", ""))) {
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        int first = 0;
        while (first < tokens.size() && HONORIFIC_TOKENS.contains(tokens.get(first).toLowerCase(Locale.ROOT).replace(".", ""))) {
            first++;
        }
        tokens = tokens.subList(first, tokens.size());
        if (tokens.isEmpty()) {
            return null;
        }
        String name = POSSESSIVE_AT_END.matcher(String.join(" ", tokens)).replaceAll("");
        name = COMMA_AT_END.matcher(name).replaceAll("");
        name = FULL_STOP_AFTER_WORD.matcher(name).replaceAll(""); // the sentence's full stop, not an initial's
        // a lone initial or honorific is not a name
        return name.replace(".", "").length() < 2 ? null : name;
    }

    /** One participant per person: mentions sharing a family name merge, keeping the fullest details. */
    static List<Participant> merge(List<Participant> found) {
        List<Participant> people = new ArrayList<>();
        List<List<String>> names = new ArrayList<>(); // each person's name in tokens, worked out once
        outer:
        for (Participant p : found) {
            List<String> pName = tokens(p.name());
            for (int i = 0; i < people.size(); i++) {
                Participant q = people.get(i);
                List<String> qName = names.get(i);
                if (samePerson(pName, qName)) {
                    boolean fuller = pName.size() > qName.size();
                    String title = q.title() == null || (p.title() != null && p.title().length() > q.title().length())
                            ? p.title() : q.title();
                    people.set(i, new Participant(fuller ? p.name() : q.name(), q.nativeName() != null ? q.nativeName() : p.nativeName(), title,
                            q.country() != null ? q.country() : p.country(), q.sentence(), q.noCountry() || p.noCountry()));
                    names.set(i, fuller ? pName : qName);
                    continue outer;
                }
            }
            people.add(p);
            names.add(pName);
        }
        return people;
    }

    /**
     * Whether two names, in tokens, are one person's: the shorter one's words are all in the longer ("Lavrov" and
     * "Sergey Lavrov", "HAYASHI Yoshimasa" and "Yoshimasa Hayashi"), or both end with the same family name and
     * begin with the same letter ("S. Jaishankar", "Joseph R. Biden Jr." and "Joe Biden"). Sharing a given name
     * is not enough: "Sergey Lavrov and Defence Minister Sergey Shoigu" are two people, and so are most of those who
     * share "Mohammed" or "bin" (one shared word of three letters was the rule, and it merged them).
     */
    static boolean samePerson(List<String> a, List<String> b) {
        List<String> sa = significant(a);
        List<String> sb = significant(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        List<String> shorter = sa.size() <= sb.size() ? sa : sb;
        List<String> longer = shorter == sa ? sb : sa;
        if (longer.containsAll(shorter)) {
            return true;
        }
        String family = sa.get(sa.size() - 1);
        return family.length() >= 2 && family.equals(sb.get(sb.size() - 1)) && sa.size() > 1 && sb.size() > 1
                && sa.get(0).charAt(0) == sb.get(0).charAt(0);
    }

    /**
     * Words that join a name, follow it or honour its bearer, which two people's names share without being one:
     * "bin", "al", "Jr", "Sheikh".
     */
    private static final Set<String> NAME_JOINERS = Set.of("bin", "ibn", "bint", "binti", "al", "el", "abu", "de", "da", "del",
            "dos", "du", "van", "von", "der", "le", "la", "jr", "sr", "ii", "iii", "sheikh", "shaikh", "sheikha", "prince", "princess");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A name's words without joiners and accents ("Gavrilița" and "Gavrilita" are one name). */
    private static List<String> significant(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!t.isEmpty() && !NAME_JOINERS.contains(t)) {
                words.add(MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll(""));
            }
        }
        return words;
    }

    private static List<String> tokens(String name) {
        return List.of(SPACES.split(NOT_LETTER_OR_SPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()));
    }
}
