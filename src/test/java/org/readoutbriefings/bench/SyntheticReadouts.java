package org.readoutbriefings.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.Topic;
import org.readoutbriefings.reference.TopicTaxonomy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes realistic synthetic readouts for benchmarks: the home country meets about 40 partners, on every
 * topic of the taxonomy, with three commitments and one follow-up per readout on average, and officials'
 * names in Latin (with diacritics), Cyrillic, Greek, Han and Hangul scripts. Most readouts arrive as
 * structured records (JSON Lines feeds, some Markdown and JSON files), the rest as prose (plain text and
 * HTML) that the extractor has to read. Everything is drawn from one seeded random source in a fixed
 * order, so the same seed writes byte-identical files; different seeds give different readout ids, so a
 * second batch can be added to a folder that holds the first.
 */
public final class SyntheticReadouts {

    /** The shares of each file kind, by readout. */
    public record Mix(double prose, double html, double markdown, double json) {
        public static final Mix DEFAULT = new Mix(0.10, 0.3, 0.03, 0.02);
    }

    public record Summary(int readouts, int commitments, int followUps, int files) {
    }

    private static final int FEED_RECORDS = 1_000;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 26);
    private static final int DAYS = 3 * 365;
    private static final DateTimeFormatter PROSE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private enum Script { LATIN, LATIN_ACCENTED, CYRILLIC, GREEK, HAN, HANGUL }

    private record Partner(String code, Script script) {
    }

    private static Partner p(String code, Script script) {
        return new Partner(code, script);
    }

    private static final List<Partner> PARTNERS = List.of(
            p("KR", Script.HANGUL), p("CN", Script.HAN), p("US", Script.LATIN), p("GB", Script.LATIN),
            p("FR", Script.LATIN_ACCENTED), p("DE", Script.LATIN_ACCENTED), p("IT", Script.LATIN), p("CA", Script.LATIN),
            p("AU", Script.LATIN), p("IN", Script.LATIN), p("ID", Script.LATIN), p("VN", Script.LATIN_ACCENTED),
            p("PH", Script.LATIN), p("TH", Script.LATIN), p("MY", Script.LATIN), p("SG", Script.LATIN),
            p("NZ", Script.LATIN), p("BR", Script.LATIN_ACCENTED), p("MX", Script.LATIN_ACCENTED), p("AR", Script.LATIN_ACCENTED),
            p("ZA", Script.LATIN), p("EG", Script.LATIN), p("SA", Script.LATIN), p("AE", Script.LATIN),
            p("TR", Script.LATIN_ACCENTED), p("RU", Script.CYRILLIC), p("UA", Script.CYRILLIC), p("PL", Script.LATIN_ACCENTED),
            p("GR", Script.GREEK), p("ES", Script.LATIN_ACCENTED), p("NL", Script.LATIN), p("SE", Script.LATIN_ACCENTED),
            p("FI", Script.LATIN_ACCENTED), p("NO", Script.LATIN_ACCENTED), p("CH", Script.LATIN_ACCENTED), p("BE", Script.LATIN),
            p("IL", Script.LATIN), p("KZ", Script.CYRILLIC), p("MN", Script.CYRILLIC), p("BD", Script.LATIN));

    private static final List<String> FORMATS = List.of("in-person", "phone", "video", "in-person", "in-person");
    private static final Map<String, String> FORMAT_PROSE = Map.of(
            "in-person", "held a meeting", "phone", "held a telephone call", "video", "held a video teleconference");
    private static final List<String> TITLES = List.of("Minister for Foreign Affairs", "Minister of Trade",
            "Minister of Economy", "Minister of Defence", "Deputy Foreign Minister", "Prime Minister");
    private static final List<String> STATUSES = List.of("open", "open", "open", "in-progress", "done");

    private static final String[] LATIN_GIVEN = {"Anna", "James", "Maria", "David", "Sarah", "Thomas", "Laura",
            "Peter", "Emma", "Daniel", "Grace", "Samuel", "Olivia", "Adam", "Nadia", "Rahul", "Siti", "Ahmed"};
    private static final String[] LATIN_FAMILY = {"Wong", "Smith", "Kumar", "Santos", "Okafor", "Haddad", "Nguyen",
            "Reyes", "Tan", "Brown", "Wilson", "Sharma", "Ibrahim", "Lim", "Murphy", "Khan", "Park", "Cohen"};
    private static final String[] ACCENTED_GIVEN = {"Łukasz", "José", "Zoë", "Søren", "Françoise", "Jürgen", "Çağla",
            "Nguyễn Văn", "Ingrid", "Mário", "Björn", "Élodie", "Małgorzata", "Hélène", "Tomás", "Åsa"};
    private static final String[] ACCENTED_FAMILY = {"Wójcik", "Müller", "García", "Lefèvre", "Sørensen", "Öztürk",
            "Trần", "Ramírez", "Håkansson", "Nowak", "Dubois", "Gonçalves", "Virtanen", "Schäfer", "Peña", "Lê"};
    private static final String[][] CYRILLIC = {{"Ivan", "Иван"}, {"Olena", "Олена"}, {"Sergei", "Сергей"},
            {"Aigerim", "Айгерим"}, {"Dmytro", "Дмитро"}, {"Bat-Erdene", "Бат-Эрдэнэ"}, {"Nikolai", "Николай"}};
    private static final String[][] CYRILLIC_FAMILY = {{"Petrov", "Петров"}, {"Kovalenko", "Коваленко"},
            {"Nurlanov", "Нурланов"}, {"Sokolova", "Соколова"}, {"Bold", "Болд"}, {"Shevchenko", "Шевченко"}};
    private static final String[][] GREEK = {{"Nikos", "Νίκος"}, {"Eleni", "Ελένη"}, {"Giorgos", "Γιώργος"},
            {"Maria", "Μαρία"}};
    private static final String[][] GREEK_FAMILY = {{"Papadopoulos", "Παπαδόπουλος"}, {"Dimitriou", "Δημητρίου"},
            {"Georgiou", "Γεωργίου"}};
    private static final String[][] HAN_FAMILY = {{"WANG", "王"}, {"LI", "李"}, {"ZHANG", "张"}, {"LIU", "刘"},
            {"CHEN", "陈"}, {"ZHAO", "赵"}};
    private static final String[][] HAN_GIVEN = {{"Yi", "毅"}, {"Wentao", "文涛"}, {"Fang", "芳"}, {"Qiang", "强"},
            {"Hui", "慧"}, {"Jun", "军"}};
    private static final String[][] HANGUL_FAMILY = {{"CHO", "조"}, {"PARK", "박"}, {"KIM", "김"}, {"LEE", "이"},
            {"CHOI", "최"}, {"YOON", "윤"}};
    private static final String[][] HANGUL_GIVEN = {{"Tae-yul", "태열"}, {"Jin", "진"}, {"Min-jun", "민준"},
            {"Seo-yeon", "서연"}, {"Hyun", "현"}, {"Ji-woo", "지우"}};
    private static final String[][] HOME = {{"IWAYA Takeshi", "岩屋毅"}, {"HAYASHI Yoshimasa", "林芳正"},
            {"MOTEGI Toshimitsu", "茂木敏充"}, {"KAMIKAWA Yoko", "上川陽子"}, {"AKAZAWA Ryosei", "赤沢亮正"}};

    private static final List<String> ACTIONS = List.of(
            "strengthen cooperation on %s", "launch a working group on %s", "hold regular consultations on %s",
            "coordinate closely on %s", "conclude negotiations on %s", "expand joint projects on %s",
            "exchange information on %s", "develop a joint plan of action on %s");
    private static final List<String> FOLLOW_UPS = List.of(
            "continue to communicate closely at the working level", "hold the next round of talks in %s",
            "meet again at the earliest opportunity", "convene a senior officials' meeting by %s");

    private final CountryDirectory countries;
    private final List<Topic> topics;
    private final Mix mix;
    private final JsonMapper json = JsonMapper.builder().build();

    public SyntheticReadouts(CountryDirectory countries, TopicTaxonomy taxonomy, Mix mix) {
        this.countries = countries;
        this.topics = List.copyOf(taxonomy.all());
        this.mix = mix;
    }

    /** Writes {@code count} readouts into {@code folder} (created if missing); ids and file names carry the seed. */
    public Summary write(Path folder, int count, long seed, String homeCountry) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        int commitments = 0;
        int followUps = 0;
        int files = 0;
        BufferedWriter feed = null;
        int inFeed = 0;
        Set<String> proseKeys = new HashSet<>();
        Generated previous = null;
        try {
            for (int i = 0; i < count; i++) {
                // about one meeting in twenty is also reported by the partner's ministry, a day later at most:
                // two readouts that the link step makes one engagement
                Generated r = previous != null && random.nextInt(20) == 0
                        ? partnerAccount(previous, random.nextBoolean(), seed, i)
                        : generate(random, seed, i, homeCountry);
                previous = r.issuer.endsWith(r.homeName) ? r : null;
                commitments += r.commitments.size();
                followUps += r.followUps.size();
                double kind = random.nextDouble();
                String name = "s" + seed + "-" + String.format(Locale.ROOT, "%07d", i);
                // a prose readout's id comes from its title and date: a second one alike goes into a feed instead
                if (kind < mix.prose && proseKeys.add(proseTitle(r) + "|" + r.date)) {
                    boolean html = random.nextDouble() < mix.html;
                    Files.writeString(folder.resolve("prose-" + name + (html ? ".html" : ".txt")),
                            html ? html(r) : prose(r), StandardCharsets.UTF_8);
                    files++;
                } else if (kind < mix.prose + mix.markdown) {
                    Files.writeString(folder.resolve("readout-" + name + ".md"), markdown(r), StandardCharsets.UTF_8);
                    files++;
                } else if (kind < mix.prose + mix.markdown + mix.json) {
                    Files.writeString(folder.resolve("readout-" + name + ".json"), json.writeValueAsString(r.record()),
                            StandardCharsets.UTF_8);
                    files++;
                } else {
                    if (feed == null || inFeed == FEED_RECORDS) {
                        if (feed != null) {
                            feed.close();
                        }
                        feed = Files.newBufferedWriter(folder.resolve("feed-" + name + ".jsonl"), StandardCharsets.UTF_8);
                        inFeed = 0;
                        files++;
                    }
                    feed.write(json.writeValueAsString(r.record()));
                    feed.write('\n');
                    inFeed++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (feed != null) {
                feed.close();
            }
        }
        return new Summary(count, commitments, followUps, files);
    }

    // --- one readout ---

    private record Person(String name, String title, String country) {
    }

    private record Item(String text, List<String> actors, String topic, LocalDate due, String dueText, String status) {
    }

    private record Generated(String id, LocalDate date, String format, String location, Person home, Person partner,
                             String partnerName, List<String> topicIds, List<String> discussion, List<Item> commitments,
                             List<Item> followUps, String homeName, String issuer) {

        Map<String, Object> record() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("title", "Foreign Ministers' " + (format.equals("in-person") ? "Meeting" : "Talks") + " between "
                    + homeName + " and " + partnerName);
            r.put("meetingDate", date.toString());
            r.put("publishedDate", date.plusDays(1).toString());
            r.put("issuer", issuer);
            r.put("format", format);
            r.put("location", location);
            r.put("participants", List.of(person(home), person(partner)));
            r.put("countries", List.of(home.country, partner.country));
            r.put("topics", topicIds);
            r.put("commitments", commitments.stream().map(Generated::item).toList());
            r.put("followUps", followUps.stream().map(Generated::item).toList());
            r.put("body", String.join(" ", discussion));
            return r;
        }

        private static Map<String, Object> person(Person p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name);
            m.put("title", p.title);
            m.put("country", p.country);
            return m;
        }

        private static Map<String, Object> item(Item i) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", i.text);
            m.put("actors", i.actors);
            m.put("topic", i.topic);
            if (i.due != null) {
                m.put("dueDate", i.due.toString());
            }
            if (i.dueText != null) {
                m.put("dueText", i.dueText);
            }
            if (i.status != null) {
                m.put("status", i.status);
            }
            return m;
        }
    }

    private Generated generate(SplittableRandom random, long seed, int index, String homeCode) {
        Partner partner = PARTNERS.get(skewed(random, PARTNERS.size()));
        String partnerCode = partner.code.equals(homeCode) ? "JP" : partner.code;
        LocalDate date = LAST_DAY.minusDays(random.nextInt(DAYS));
        String format = pick(random, FORMATS);
        String homeName = countries.name(homeCode);
        String partnerName = countries.name(partnerCode);
        String[] homePerson = HOME[random.nextInt(HOME.length)];
        Person home = new Person(homePerson[0] + " (" + homePerson[1] + ")", TITLES.get(0), homeCode);
        Person other = new Person(name(random, partner.script), pick(random, TITLES), partnerCode);

        LinkedHashSet<String> topicIds = new LinkedHashSet<>();
        int topicCount = 1 + random.nextInt(4);
        while (topicIds.size() < topicCount) {
            topicIds.add(topics.get(random.nextInt(topics.size())).id());
        }
        List<String> chosen = List.copyOf(topicIds);
        List<String> discussion = new ArrayList<>();
        for (String t : chosen) {
            discussion.add("The two sides exchanged views on " + keyword(random, t) + " and "
                    + keyword(random, t) + ", and " + pick(random, List.of("welcomed", "noted", "reviewed"))
                    + " recent progress between " + homeName + " and " + partnerName + ".");
        }
        List<Item> commitments = new ArrayList<>();
        int commitmentCount = 1 + random.nextInt(5);
        for (int c = 0; c < commitmentCount; c++) {
            String topic = chosen.get(random.nextInt(chosen.size()));
            LocalDate due = random.nextInt(3) == 0 ? date.plusDays(30 + random.nextInt(330)) : null;
            String action = String.format(Locale.ROOT, pick(random, ACTIONS), keyword(random, topic));
            String text = "The two ministers agreed to " + action
                    + (due == null ? "" : " by " + due.format(PROSE_DATE)) + ".";
            commitments.add(new Item(text, List.of(homeCode, partnerCode), topic, due, null,
                    random.nextInt(4) == 0 ? pick(random, STATUSES) : null));
        }
        List<Item> followUps = new ArrayList<>();
        int roll = random.nextInt(6);
        int followUpCount = roll < 2 ? 0 : roll < 5 ? 1 : 2;
        for (int f = 0; f < followUpCount; f++) {
            LocalDate due = date.plusDays(60 + random.nextInt(120));
            String when = due.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            String text = "They will " + String.format(Locale.ROOT, pick(random, FOLLOW_UPS), when) + ".";
            boolean dated = text.contains(when);
            followUps.add(new Item(text, List.of(homeCode, partnerCode), chosen.get(0), dated ? due : null,
                    dated ? "in " + when : null, null));
        }
        String id = "bench-s" + seed + "-" + index + "-" + homeCode.toLowerCase(Locale.ROOT) + "-"
                + partnerCode.toLowerCase(Locale.ROOT) + "-" + date;
        String location = format.equals("in-person") ? pick(random, List.of("Tokyo", "Geneva", "New York", "Jakarta"))
                : null;
        return new Generated(id, date, format, location, home, other, partnerName, chosen, discussion, commitments,
                followUps, homeName, "Ministry of Foreign Affairs of " + homeName);
    }

    /** The partner's own readout of a meeting: its ministry, its wording, the same people and countries. */
    private static Generated partnerAccount(Generated r, boolean nextDay, long seed, int index) {
        LocalDate date = nextDay ? r.date.plusDays(1) : r.date;
        List<Item> commitments = r.commitments.stream().map(c -> new Item(c.text.replace("The two ministers", "Both sides"),
                c.actors, c.topic, c.due, c.dueText, null)).toList();
        List<Item> followUps = r.followUps.stream().map(f -> new Item(f.text.replace("They will", "The sides will"),
                f.actors, f.topic, f.due, f.dueText, null)).toList();
        return new Generated("bench-s" + seed + "-" + index + "-partner-account-" + date, date, r.format, r.location,
                r.home, r.partner, r.partnerName, r.topicIds, r.discussion, commitments, followUps, r.homeName,
                "Ministry of Foreign Affairs of " + r.partnerName);
    }

    /** A few partners account for most meetings, as in a real archive. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u));
    }

    private String keyword(SplittableRandom random, String topicId) {
        Topic topic = topics.stream().filter(t -> t.id().equals(topicId)).findFirst().orElseThrow();
        return topic.keywords().isEmpty() ? topic.label().toLowerCase(Locale.ROOT) : pick(random, topic.keywords());
    }

    private static String name(SplittableRandom random, Script script) {
        return switch (script) {
            case LATIN -> pick(random, LATIN_GIVEN) + " " + pick(random, LATIN_FAMILY);
            case LATIN_ACCENTED -> pick(random, ACCENTED_GIVEN) + " " + pick(random, ACCENTED_FAMILY);
            case CYRILLIC -> twoScripts(random, CYRILLIC, CYRILLIC_FAMILY, false);
            case GREEK -> twoScripts(random, GREEK, GREEK_FAMILY, false);
            case HAN -> twoScripts(random, HAN_GIVEN, HAN_FAMILY, true);
            case HANGUL -> twoScripts(random, HANGUL_GIVEN, HANGUL_FAMILY, true);
        };
    }

    /** "CHO Tae-yul (조태열)", "Olena Kovalenko (Олена Коваленко)": the romanised name with the original. */
    private static String twoScripts(SplittableRandom random, String[][] given, String[][] family, boolean familyFirst) {
        String[] g = given[random.nextInt(given.length)];
        String[] f = family[random.nextInt(family.length)];
        return familyFirst ? f[0] + " " + g[0] + " (" + f[1] + g[1] + ")"
                : g[0] + " " + f[0] + " (" + g[1] + " " + f[1] + ")";
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String pick(SplittableRandom random, String[] array) {
        return array[random.nextInt(array.length)];
    }

    // --- the same readout as a file ---

    private String prose(Generated r) {
        StringBuilder text = new StringBuilder();
        text.append(proseTitle(r)).append("\n\n");
        text.append("On ").append(r.date.format(PROSE_DATE)).append(", Mr. ").append(r.home.name)
                .append(", Minister for Foreign Affairs of ").append(r.homeName).append(", ")
                .append(FORMAT_PROSE.get(r.format)).append(" with ").append(r.partner.title).append(' ')
                .append(r.partner.name).append(" of ").append(r.partnerName)
                .append(r.location == null ? "" : " in " + r.location).append(". The overview is as follows.\n\n");
        int n = 1;
        for (String d : r.discussion) {
            text.append(n++).append(". ").append(d).append("\n\n");
        }
        for (Item c : r.commitments) {
            text.append(n++).append(". ").append(c.text).append("\n\n");
        }
        for (Item f : r.followUps) {
            text.append(n++).append(". ").append(f.text).append("\n\n");
        }
        return text.toString();
    }

    /** "Foreign Minister IWAYA's Telephone Talk with Minister of Defence Björn Öztürk of Germany", as ministries title them. */
    private static String proseTitle(Generated r) {
        String kind = switch (r.format) {
            case "phone" -> "Telephone Talk";
            case "video" -> "Video Conference";
            default -> "Meeting";
        };
        return "Foreign Minister " + r.home.name.split(" ")[0] + "'s " + kind + " with " + r.partner.title + " "
                + r.partner.name + " of " + r.partnerName;
    }

    private String html(Generated r) {
        StringBuilder body = new StringBuilder();
        String[] paragraphs = prose(r).split("\n\n");
        for (String paragraph : List.of(paragraphs).subList(1, paragraphs.length)) {
            body.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(proseTitle(r)) + "</title></head>\n<body><nav><a href=\"/\">Home</a></nav>\n"
                + "<main>\n<h1>" + escape(proseTitle(r)) + "</h1>\n" + body + "</main><footer>Ministry of Foreign Affairs</footer></body></html>\n";
    }

    private String markdown(Generated r) {
        // JSON is valid YAML, and keeps the generator free of a second serialiser's quoting rules
        Map<String, Object> front = r.record();
        String body = (String) front.remove("body");
        return "---\n" + json.writeValueAsString(front) + "\n---\n" + body + "\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
