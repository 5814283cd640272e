package org.readoutbriefings.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a sentence that say when something is due ("by the end of June 2024",
 * "later this year", "in the first half of next year", "next week", "on Monday, 4 March", "within 90 days",
 * "annually", "at an early date") and resolves those that can be to the last day they allow, counted from
 * the meeting. A place is never a time: "in Santiago in March 2027" gives "in March 2027".
 * <p>
 * Calendar expressions are preferred to the events a step is tied to ("ahead of COP28", "before the next
 * meeting of the Council"), which are kept only where a sentence names no calendar time.
 */
public final class TimeExpressions {

    /**
     * A time expression: its words as written, where they are, and the last day they allow when known.
     * {@code calendar}: a time of the calendar, not an event; {@code deadline}: one that makes an action due
     * ("by 2025", "next month"), unlike "at an early date" or "annually", which only say when a meeting is.
     */
    public record Found(String text, int start, int end, LocalDate due, boolean calendar, boolean deadline) {
    }

    /** Month names in Spanish, French and Portuguese, as readouts in those languages give a step's month. */
    private static final Map<String, Integer> ROMANCE_MONTHS = romanceMonths();
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|"
            + String.join("|", ROMANCE_MONTHS.keySet()) + ")";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String SEASON = "(?<season>spring|summer|autumn|fall|winter)";
    private static final String NUMBER = "(?<n>\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
            + "|twenty-four|thirty|sixty|ninety|a few|several)";
    private static final String UNIT = "(?<unit>days?|weeks?|months?|years?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String WHICH_YEAR = whichYear("year");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A day without a year up to this many months before the meeting is past ("the summit on April 10"); further back, next year's. */
    private static final int PAST_MONTHS = 3;

    private enum Kind { END_OF, HALF, QUARTER, WITHIN, LATER_THIS, NEXT, COMING, EDGE_OF, MONTH_YEAR, SEASON_YEAR, YEAR_ONLY,
        DAY, WEEKDAY, SOON, FREQUENCY }

    /**
     * A rule, and the lower-case words one of which a text must contain for the rule to be tried on it:
     * most sentences hold no time at all, and trying every rule's regex on each was a fifth of the extraction.
     */
    private record Rule(Kind kind, Pattern pattern, List<String> triggers) {

        Rule(Kind kind, Pattern pattern) {
            this(kind, pattern, TRIGGERS.get(kind));
        }

        boolean worthTrying(String lower, boolean digits) {
            return triggers.isEmpty() && digits || triggers.stream().anyMatch(lower::contains);
        }
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "fall", "winter");
    private static final Map<Kind, List<String>> TRIGGERS = Map.ofEntries(
            Map.entry(Kind.END_OF, List.of("end of", "middle of", "close of", "beginning of", "start of")),
            Map.entry(Kind.HALF, List.of(" half of", " part of")),
            Map.entry(Kind.QUARTER, List.of("quarter of", "trimestre")),
            Map.entry(Kind.WITHIN, List.of("within")),
            Map.entry(Kind.LATER_THIS, List.of("later", "earlier")),
            Map.entry(Kind.EDGE_OF, List.of("early", "mid", "late")),
            Map.entry(Kind.COMING, List.of("coming", "next", "following", "months and", "near future", "new year")),
            Map.entry(Kind.NEXT, List.of("next", "this ", "coming", "upcoming")),
            Map.entry(Kind.DAY, List.of()),
            Map.entry(Kind.MONTH_YEAR, java.util.stream.Stream.concat(MONTHS.stream(), ROMANCE_MONTHS.keySet().stream()).toList()),
            Map.entry(Kind.SEASON_YEAR, SEASONS),
            Map.entry(Kind.YEAR_ONLY, List.of()),
            Map.entry(Kind.WEEKDAY, List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow")),
            Map.entry(Kind.SOON, List.of("early date", "earliest", "mutually", "soon", "due course", "shortly", "early as", "later",
                    "convenient", "near", "foreseeable", "ahead", "period to come", "course of", "próximamente", "brevedad",
                    "antes posible", "futuro próximo", "prochainement", "meilleurs délais", "proche avenir", "em breve", "breve possível")),
            Map.entry(Kind.FREQUENCY, List.of("annual", "bienn", "quarterly", "once", "twice", "every", "each year", "yearly", "regularly", "second year", "times a year")));
    /** Words an event a step can be tied to is named with: without one, no event is looked for. */
    private static final List<String> EVENT_WORDS = List.of("summit", "meeting", "conference", "assembly", "ministerial", "forum", "cop ",
            "dialogue", "session", "council", "games", "congress", "week", "days", "talks", "commission", "consultations", "visit",
            "cop", "mc1", "g7", "g20", "apec", "unga", "expo", "round");

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.END_OF, Pattern.compile("\\b(?:by|before|until|no later than|not later than|at)\\s+the\\s+(?<edge>end|middle|close|beginning|start)"
                    + "\\s+of\\s+(?:(?<period>this\\s+month|this\\s+week|next\\s+month|the\\s+month|this\\s+fiscal\\s+year|the\\s+fiscal\\s+year)"
                    + "|" + MONTH + "(?:,?\\s+" + YEAR + ")?|" + whichYear("wy") + "|" + SEASON + ")\\b", FLAGS)),
            new Rule(Kind.HALF, Pattern.compile("\\b(?:in|by|during|within|before the end of)\\s+the\\s+(?<which>first|second|latter|former|early|later)"
                    + "\\s+(?:half|part)\\s+of\\s+" + WHICH_YEAR + "\\b", FLAGS)),
            new Rule(Kind.QUARTER, Pattern.compile("\\b(?:in|by|during|within)\\s+the\\s+(?<which>first|second|third|fourth|last)\\s+quarter\\s+of\\s+"
                    + WHICH_YEAR + "\\b"
                    // Spanish, French and Portuguese: "en el primer trimestre de 2027", "au deuxième trimestre de cette année"
                    + "|\\b(?:en|durante|antes\\s+de|para|au|pendant|avant|no|em|até)\\s+(?:(?:el|le|o|la)\\s+)?"
                    + "(?<whichR>primer|segundo|tercer|cuarto|premier|deuxième|second|troisième|quatrième|primeiro|terceiro|quarto)"
                    + "\\s+trimestre\\s+(?:(?:de|del|do|da)\\s+)?(?:(?<yearR>(?:19|20)\\d{2})|(?<thisR>este\\s+año|cette\\s+année|este\\s+ano)"
                    + "|(?<nextR>próximo\\s+año|año\\s+próximo|l['\u2019]année\\s+prochaine|próximo\\s+ano))(?![\\p{L}\\d])", FLAGS)),
            new Rule(Kind.WITHIN, Pattern.compile("\\bwithin\\s+(?:the\\s+next\\s+|the\\s+coming\\s+)?(?:" + NUMBER + "\\s+" + UNIT
                    + "|(?<thisperiod>(?:this|the)\\s+(?:fiscal\\s+|financial\\s+)?year|the\\s+next\\s+year|this\\s+month|the\\s+year))\\b", FLAGS)),
            new Rule(Kind.LATER_THIS, Pattern.compile("\\b(?:later|earlier)\\s+(?:this|in\\s+the|next)\\s+(?<period>year|month|week|"
                    + SEASON.replace("?<season>", "?<s2>") + ")\\b|\\blater\\s+in\\s+(?:" + YEAR + "|the\\s+year)\\b", FLAGS)),
            new Rule(Kind.EDGE_OF, Pattern.compile("\\b(?:in\\s+|by\\s+|from\\s+)?(?<edge>early|mid|late)[- ]?(?:(?<nextyear>next\\s+year)|(?<this>this\\s+year)|"
                    + MONTH + "(?:\\s+" + YEAR + ")?|(?<wy>(?:19|20)\\d{2}))\\b", FLAGS)),
            new Rule(Kind.COMING, Pattern.compile("\\b(?:in|over|during|within)\\s+the\\s+(?:coming|next|following|months\\s+and)\\s+(?:few\\s+)?"
                    + "(?<unit>days|weeks|months|years|year)\\b|\\bin\\s+the\\s+near\\s+future\\b|\\bin\\s+the\\s+new\\s+year\\b", FLAGS)),
            new Rule(Kind.NEXT, Pattern.compile("\\b(?:(?:in|by|before|during)\\s+)?(?<which>next|this|the\\s+coming|the\\s+upcoming)\\s+(?:(?<period>week|month|year|fiscal\\s+year)|"
                    + SEASON + "|" + MONTH + ")\\b", FLAGS)),
            new Rule(Kind.DAY, Pattern.compile("\\b(?:on|by|before|from|until)\\s+(?:" + WEEKDAY + ",?\\s+)?(?:(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s*(?:-|\u2013|and|to)\\s*[0-3]?\\d(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?"
                    + MONTH + "|" + MONTH.replace("?<month>", "?<month2>") + "\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s*(?:-|\u2013|and|to)\\s*[0-3]?\\d)?)"
                    + "(?:,?\\s+" + YEAR + ")?\\b", FLAGS)),
            new Rule(Kind.MONTH_YEAR, Pattern.compile("\\b(?:in|by|before|during|from|until|around|toward|towards|for)\\s+(?:early\\s+|mid-|late\\s+)?"
                    + MONTH + "(?:\\s+" + YEAR + ")?\\b"
                    // Spanish, Portuguese and French: "en noviembre de 2027", "antes de marzo", "em maio", "d'ici juin 2026"
                    + "|\\b(?:en|para|antes\\s+de|hasta|em|até|d['\u2019]ici|avant|dès)\\s+(?:(?:el\\s+mes\\s+de|o\\s+mês\\s+de|le\\s+mois\\s+de)\\s+)?"
                    + MONTH.replace("?<month>", "?<month3>") + "(?:\\s+(?:de\\s+|del\\s+)?" + YEAR.replace("?<year>", "?<year3>") + ")?(?![\\p{L}])", FLAGS)),
            new Rule(Kind.SEASON_YEAR, Pattern.compile("\\b(?:in|by|during|from|until|for)\\s+(?:the\\s+)?(?:early\\s+|late\\s+)?" + SEASON
                    + "(?:\\s+(?:of\\s+)?" + YEAR + ")?\\b|\\b" + SEASON.replace("?<season>", "?<s3>") + "\\s+" + YEAR.replace("?<year>", "?<y3>") + "\\b", FLAGS)),
            new Rule(Kind.YEAR_ONLY, Pattern.compile("\\b(?:in|by|before|during|until|for)\\s+" + YEAR + "\\b(?![-/\u2013]\\d)", FLAGS)),
            new Rule(Kind.WEEKDAY, Pattern.compile("\\b(?:on\\s+|next\\s+|this\\s+)" + WEEKDAY + "\\b|\\btomorrow\\b", FLAGS)),
            new Rule(Kind.SOON, Pattern.compile("\\b(?:at\\s+an\\s+early\\s+date|at\\s+the\\s+earliest\\s+(?:possible\\s+)?(?:opportunity|date|convenience)"
                    + "|at\\s+a\\s+mutually\\s+convenient\\s+(?:time|date)|shortly\\b|as\\s+early\\s+as\\s+possible|at\\s+the\\s+earliest\\b"
                    + "|at\\s+a\\s+later\\s+(?:date|stage)|at\\s+a\\s+convenient\\s+(?:time|date)|at\\s+a\\s+time\\s+convenient\\s+to\\s+\\p{L}+"
                    + "|in\\s+the\\s+(?:very\\s+)?near\\s+(?:future|time)|in\\s+(?:the\\s+)?foreseeable\\s+future|in\\s+the\\s+(?:months|weeks)\\s+ahead"
                    + "|in\\s+the\\s+period\\s+to\\s+come|during\\s+the\\s+course\\s+of\\s+the\\s+year|as\\s+soon\\s+as\\s+possible|in\\s+due\\s+course"
                    + "|(?<!as\\s)soon\\b"
                    // and in Spanish, French and Portuguese
                    + "|próximamente|a\\s+la\\s+brevedad|lo\\s+antes\\s+posible|en\\s+un\\s+futuro\\s+próximo|prochainement"
                    + "|dans\\s+les\\s+meilleurs\\s+délais|dans\\s+un\\s+proche\\s+avenir|em\\s+breve|o\\s+mais\\s+breve\\s+possível)", FLAGS)),
            new Rule(Kind.FREQUENCY, Pattern.compile("\\b(?:annually|biannually|biennially|quarterly|once\\s+(?:a|every|each)\\s+year|twice\\s+a\\s+year"
                    + "|every\\s+(?:year|two\\s+years|other\\s+year|six\\s+months)|each\\s+year|on\\s+an\\s+annual\\s+basis|yearly|regularly"
                    + "|every\\s+second\\s+year|(?:at\\s+least\\s+)?(?:two|three|four|five|six)\\s+times\\s+a\\s+year)\\b", FLAGS)));

    /** An event a step is tied to: "ahead of COP28", "before the next meeting of the Council", "on the margins of the G20 Summit". */
    private static final Pattern EVENT = Pattern.compile("\\b(?:ahead\\s+of|before|with\\s+a\\s+view\\s+to|in\\s+the\\s+run-up\\s+to|in\\s+the\\s+lead-up\\s+to|in\\s+preparation\\s+for"
            + "|on\\s+the\\s+(?:margins|sidelines)\\s+of|at|during)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(?:next|upcoming|forthcoming|coming|first|second|third)\\s+)?"
            + "(?:(?:[A-Z0-9][\\p{L}0-9+.\u2019'&-]*|of|the|on|and|for|de|in)\\s+){0,7}?"
            + "(?:Summit|Meeting|Conference|Assembly|Ministerial|Forum|Dialogue|Session|Council|Games|Congress|Week|Days|Talks|Commission|Consultations|Visit|COP\\s?\\d+|MC\\d+|G7|G20|APEC|UNGA|Expo|meeting|summit|session|visit|ministerial|round)\\b"
            + "(?:\\s+(?:of|in|on)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}0-9-]*\\s*){1,5})?");

    /** "this year", "next fiscal year", "the year", "2025"; the number's group is named {@code yearGroup}. */
    private static String whichYear(String yearGroup) {
        return "(?:(?<this>this|the current|the present)\\s+(?:fiscal\\s+|financial\\s+|calendar\\s+)?year"
                + "|(?<nextyear>next|the coming|the following)\\s+(?:fiscal\\s+|financial\\s+|calendar\\s+)?year|the\\s+year|(?<"
                + yearGroup + ">(?:19|20)\\d{2}))";
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18),
            Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /**
     * The time expressions of a text, left to right, none overlapping another; {@code meeting} (may be null)
     * is what "next year" and a month without a year are counted from.
     */
    public List<Found> find(String text, LocalDate meeting) {
        List<Found> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digits = text.chars().anyMatch(Character::isDigit);
        for (Rule rule : RULES) {
            if (!rule.worthTrying(lower, digits)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                Optional<LocalDate> due = meeting == null ? Optional.empty() : resolve(rule.kind(), m, meeting);
                if (pastYear(rule.kind(), m, meeting) || due.isPresent() && due.get().isBefore(meeting)) {
                    continue; // "held in Pretoria on 26 February": a day gone by, not one to come
                }
                String words = m.group().toLowerCase(Locale.ROOT);
                // "met on Wednesday" is when the meeting was; "next Wednesday", "by Friday" when something is due
                boolean deadline = rule.kind() != Kind.SOON && rule.kind() != Kind.FREQUENCY
                        && (rule.kind() != Kind.WEEKDAY || !words.startsWith("on "));
                found.add(new Found(text.substring(m.start(), m.end()).strip(), m.start(), m.end(), due.orElse(null), true, deadline));
            }
        }
        Matcher event = EVENT.matcher(text);
        while (EVENT_WORDS.stream().anyMatch(lower::contains) && event.find()) {
            if (!overlaps(found, event.start(), event.end())) {
                found.add(new Found(text.substring(event.start(), event.end()).strip(), event.start(), event.end(), null, false, false));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * What a step is due by: the first calendar expression from {@code from} on, else the first event it is
     * tied to, else nothing.
     */
    public Optional<Found> due(String text, int from, LocalDate meeting) {
        List<Found> all = find(text, meeting);
        return all.stream().filter(f -> f.start() >= from && f.calendar()).findFirst()
                .or(() -> all.stream().filter(f -> f.calendar()).findFirst())
                .or(() -> all.stream().filter(f -> f.start() >= from).findFirst())
                .or(() -> all.stream().findFirst());
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    /** "in 2016", "in May 2019" before the meeting's year: history, not a due date. */
    private static boolean pastYear(Kind kind, Matcher m, LocalDate meeting) {
        if (meeting == null || !(kind == Kind.YEAR_ONLY || kind == Kind.MONTH_YEAR || kind == Kind.SEASON_YEAR || kind == Kind.DAY)) {
            return false;
        }
        String year = group(m, "year") != null ? group(m, "year") : group(m, "y3");
        return year != null && Integer.parseInt(year) < meeting.getYear();
    }

    private static Optional<LocalDate> resolve(Kind kind, Matcher m, LocalDate meeting) {
        String lower = m.group().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (kind) {
            case END_OF -> endOf(m, meeting);
            case HALF -> {
                int year = year(m, meeting);
                String which = m.group("which").toLowerCase(Locale.ROOT);
                yield which.equals("first") || which.equals("former") || which.equals("early")
                        ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            }
            case QUARTER -> {
                int year = group(m, "yearR") != null ? Integer.parseInt(m.group("yearR"))
                        : group(m, "nextR") != null ? meeting.getYear() + 1 : group(m, "thisR") != null ? meeting.getYear() : year(m, meeting);
                String which = (group(m, "which") != null ? m.group("which") : m.group("whichR")).toLowerCase(Locale.ROOT);
                int q = switch (which) {
                    case "first", "primer", "premier", "primeiro" -> 1;
                    case "second", "segundo", "deuxième" -> 2;
                    case "third", "tercer", "troisième", "terceiro" -> 3;
                    default -> 4;
                };
                yield YearMonth.of(year, q * 3).atEndOfMonth();
            }
            case WITHIN -> {
                if (group(m, "thisperiod") != null) {
                    String period = m.group("thisperiod").toLowerCase(Locale.ROOT);
                    yield period.contains("month") ? YearMonth.from(meeting).atEndOfMonth()
                            : period.contains("fiscal") || period.contains("financial") ? fiscalYearEnd(meeting)
                            : period.contains("next") ? meeting.plusYears(1) : LocalDate.of(meeting.getYear(), 12, 31);
                }
                Integer n = number(m.group("n"));
                if (n == null) {
                    yield null;
                }
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                yield unit.startsWith("day") ? meeting.plusDays(n) : unit.startsWith("week") ? meeting.plusWeeks(n)
                        : unit.startsWith("month") ? meeting.plusMonths(n) : meeting.plusYears(n);
            }
            case LATER_THIS -> lower.contains("next") ? LocalDate.of(meeting.getYear() + 1, 12, 31)
                    : lower.contains("month") ? YearMonth.from(meeting).atEndOfMonth()
                    : lower.contains("week") ? meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                    : group(m, "year") != null ? LocalDate.of(Integer.parseInt(m.group("year")), 12, 31)
                    : LocalDate.of(meeting.getYear(), 12, 31);
            case NEXT -> {
                boolean next = lower.contains("next") || lower.contains("coming");
                if (group(m, "period") != null) {
                    String period = m.group("period").toLowerCase(Locale.ROOT);
                    yield period.startsWith("week") ? meeting.plusWeeks(next ? 1 : 0).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                            : period.startsWith("month") ? YearMonth.from(meeting).plusMonths(next ? 1 : 0).atEndOfMonth()
                            : LocalDate.of(meeting.getYear() + (next && !lower.contains("coming") || lower.contains("next") ? 1 : 0), 12, 31);
                }
                if (group(m, "month") != null) {
                    yield nextMonth(month(m.group("month")), meeting, false);
                }
                yield seasonEnd(m.group("season"), meeting, next);
            }
            case COMING -> null;
            case EDGE_OF -> {
                int year = year(m, meeting);
                if (group(m, "month") != null) {
                    yield group(m, "year") != null ? YearMonth.of(year, month(m.group("month"))).atEndOfMonth()
                            : nextMonth(month(m.group("month")), meeting, true);
                }
                String edge = m.group("edge").toLowerCase(Locale.ROOT);
                yield edge.equals("early") ? LocalDate.of(year, 4, 30) : edge.equals("mid") ? LocalDate.of(year, 8, 31)
                        : LocalDate.of(year, 12, 31);
            }
            case MONTH_YEAR -> {
                String month = group(m, "month") != null ? m.group("month") : m.group("month3");
                String year = group(m, "year") != null ? m.group("year") : group(m, "year3");
                yield year != null ? YearMonth.of(Integer.parseInt(year), month(month)).atEndOfMonth() : nextMonth(month(month), meeting, true);
            }
            case SEASON_YEAR -> {
                String season = group(m, "season") != null ? m.group("season") : m.group("s3");
                String year = group(m, "year") != null ? m.group("year") : group(m, "y3");
                yield year != null ? seasonEnd(season, LocalDate.of(Integer.parseInt(year), 1, 1), false)
                        : seasonEnd(season, meeting, false);
            }
            case YEAR_ONLY -> LocalDate.of(Integer.parseInt(m.group("year")), 12, 31);
            case DAY -> {
                String month = group(m, "month") != null ? m.group("month") : m.group("month2");
                int day = Integer.parseInt(group(m, "d1") != null ? m.group("d1") : m.group("d2"));
                int y = group(m, "year") != null ? Integer.parseInt(m.group("year")) : meeting.getYear();
                try {
                    LocalDate d = LocalDate.of(y, month(month), day);
                    // "on April 10" said on April 17 is gone by; said in December about March, it is next March
                    yield group(m, "year") == null && d.isBefore(meeting.minusMonths(PAST_MONTHS)) ? d.plusYears(1) : d;
                } catch (java.time.DateTimeException e) {
                    yield null;
                }
            }
            case WEEKDAY -> {
                if (lower.contains("tomorrow")) {
                    yield meeting.plusDays(1);
                }
                DayOfWeek day = DayOfWeek.valueOf(lower.replaceAll("^(?:on|next|this)\\s+", "").strip().toUpperCase(Locale.ROOT));
                LocalDate d = meeting.with(TemporalAdjusters.next(day));
                yield lower.startsWith("next") && d.isBefore(meeting.plusDays(7)) ? d.plusWeeks(1) : d;
            }
            case SOON, FREQUENCY -> null;
        });
    }

    private static LocalDate endOf(Matcher m, LocalDate meeting) {
        String edge = m.group("edge").toLowerCase(Locale.ROOT);
        boolean middle = edge.equals("middle");
        boolean start = edge.equals("beginning") || edge.equals("start");
        if (group(m, "period") != null) {
            String period = m.group("period").toLowerCase(Locale.ROOT);
            if (period.contains("week")) {
                return meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            }
            if (period.contains("month")) {
                return YearMonth.from(meeting).plusMonths(period.contains("next") ? 1 : 0).atEndOfMonth();
            }
            return fiscalYearEnd(meeting);
        }
        if (group(m, "month") != null) {
            int month = month(m.group("month"));
            YearMonth ym = group(m, "year") != null ? YearMonth.of(Integer.parseInt(m.group("year")), month)
                    : YearMonth.from(nextMonth(month, meeting, true));
            return middle ? ym.atDay(15) : start ? ym.atDay(1) : ym.atEndOfMonth();
        }
        if (group(m, "season") != null) {
            return seasonEnd(m.group("season"), meeting, false);
        }
        int year = year(m, meeting);
        return middle ? LocalDate.of(year, 6, 30) : start ? LocalDate.of(year, 1, 31) : LocalDate.of(year, 12, 31);
    }

    /** Japan's, India's and the UK's fiscal years end in March: the next 31 March. */
    private static LocalDate fiscalYearEnd(LocalDate meeting) {
        LocalDate march = LocalDate.of(meeting.getYear(), 3, 31);
        return meeting.isAfter(march) ? march.plusYears(1) : march;
    }

    /** The year a "this year", "next year" or numbered year stands for. */
    private static int year(Matcher m, LocalDate meeting) {
        for (String name : List.of("year", "wy")) {
            if (group(m, name) != null) {
                return Integer.parseInt(m.group(name));
            }
        }
        return group(m, "nextyear") != null ? meeting.getYear() + 1 : meeting.getYear();
    }

    /** The end of the named month on or after the meeting's ("in March" said in November is next March). */
    private static LocalDate nextMonth(int month, LocalDate meeting, boolean sameMonthCounts) {
        YearMonth ym = YearMonth.of(meeting.getYear(), month);
        YearMonth meetingMonth = YearMonth.from(meeting);
        if (ym.isBefore(meetingMonth) || (!sameMonthCounts && ym.equals(meetingMonth))) {
            ym = ym.plusYears(1);
        }
        return ym.atEndOfMonth();
    }

    /** The end of a northern-hemisphere season, the next one after {@code from} (or the one after that). */
    private static LocalDate seasonEnd(String season, LocalDate from, boolean next) {
        int endMonth = switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 5;
            case "summer" -> 8;
            case "autumn", "fall" -> 11;
            default -> 2;
        };
        YearMonth end = YearMonth.of(from.getYear() + (endMonth == 2 ? 1 : 0), endMonth);
        if (end.atEndOfMonth().isBefore(from)) {
            end = end.plusYears(1);
        }
        return (next ? end.plusYears(0) : end).atEndOfMonth();
    }

    private static Map<String, Integer> romanceMonths() {
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        String[][] languages = {
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}};
        for (String[] names : languages) {
            for (int i = 0; i < names.length; i++) {
                months.putIfAbsent(names[i], i + 1);
            }
        }
        months.put("setiembre", 9);
        return months;
    }


    private static int month(String name) {
        Integer romance = ROMANCE_MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (romance != null) {
            return romance;
        }
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(n.length() > 3 && !n.equals("sept") ? n : n.substring(0, 3))) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Integer number(String text) {
        String n = text.toLowerCase(Locale.ROOT);
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(n);
        }
        return NUMBERS.get(n);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
