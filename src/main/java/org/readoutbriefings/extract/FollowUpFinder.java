package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds follow-ups: planned next steps such as contact "at the working level", a next meeting or visit,
 * or a deadline ("by the end of the year", "by February 5"). A stated or resolvable deadline becomes the
 * due date; otherwise the wording that says when is kept as the due text.
 */
public class FollowUpFinder {

    // Each pattern opens with a look-ahead for the char its match must start with: implied by what follows, so
    // it changes no match, but it rules out most positions of a sentence before the costly \b is tried there.
    private static final Pattern END_OF_YEAR = Pattern.compile("(?=b)\\bby the end of (?:the|this) year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_OF_MONTH = Pattern.compile(
            "(?=b)\\bby the end of (?<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "(?:\\s+(?<y>(?:19|20|21)\\d{2}))?\\b");
    private static final Pattern END_OF_YEAR_NUMBER = Pattern.compile("(?=b)\\bby the end of (?<y>(?:19|20|21)\\d{2})\\b");
    private static final Pattern WITHIN = Pattern.compile("(?=w)\\bwithin (?<n>\\d{1,3}|one|two|three|six) (?<unit>days|weeks|months)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by February 5", "before 31 March 2025": a deadline only when a date follows at once. */
    private static final Pattern BY_DATE = Pattern.compile("(?=[bn])\\b(?:by|before|no later than)\\s+(?<date>(?:\\d|January|February|March"
            + "|April|May|June|July|August|September|October|November|December)[^,;.]{0,28})");
    private static final Pattern WHEN = Pattern.compile(
            "\\b(?:at the working level|at an early date|at the earliest (?:possible )?opportunity|(?:by|before|ahead of|toward|towards|at|in|during|on the margins of)"
                    + "\\s+(?:the\\s+)?(?:end of [\\w ]{3,20}|(?:next|upcoming|coming)\\s+[\\w+ ]{2,30}|(?:early|mid|late)[- ]\\w+|[A-Z][\\w+]*(?:\\s+[A-Z0-9][\\w+]*){0,4}))",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final ExtractionCues cues;
    private final ActorResolver actors;
    private final TopicClassifier topics;
    private final MeetingDateFinder dates;

    public FollowUpFinder(ExtractionCues cues, ActorResolver actors, TopicClassifier topics, MeetingDateFinder dates) {
        this.cues = cues;
        this.actors = actors;
        this.topics = topics;
        this.dates = dates;
    }

    public List<ExtractedFollowUp> find(List<Sentence> sentences, LocalDate meetingDate, List<String> parties,
                                        List<Participant> participants, List<String> readoutTopics) {
        List<ExtractedFollowUp> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.heading() || s.background()) {
                continue;
            }
            Optional<CuePhrases.Match> cue = cues.followUp().find(s.text());
            Optional<LocalDate> deadline = meetingDate == null ? Optional.empty() : deadline(s.text(), meetingDate);
            if (cue.isEmpty() && deadline.isEmpty() || onlyReported(s.text(), cue)) {
                continue;
            }
            int subjectEnd = cue.map(CuePhrases.Match::start).orElse(s.text().length());
            found.add(new ExtractedFollowUp(s.text(), actors.actors(s.text(), subjectEnd, parties, participants),
                    topics.best(s.text(), readoutTopics).orElse(readoutTopics.get(0)),
                    deadline.orElse(null), deadline.isPresent() ? null : dueText(s.text(), cue)));
        }
        return found;
    }

    /**
     * "briefed the Chancellor on preparations for the G7 summit", "exchanged views on the preparations for
     * APEC": a next step reported, not planned by the parties, unless a commitment follows.
     */
    private boolean onlyReported(String text, Optional<CuePhrases.Match> cue) {
        Optional<CuePhrases.Match> not = cues.notCommitment().find(text);
        if (not.isEmpty() || cue.isEmpty() || not.get().start() > cue.get().start()) {
            return false;
        }
        String rest = text.substring(not.get().end());
        return !cues.strongCommitment().in(rest) && !cues.weakCommitment().in(rest);
    }

    /** A due date the sentence states or implies, after the meeting. */
    Optional<LocalDate> deadline(String text, LocalDate meetingDate) {
        if (END_OF_YEAR.matcher(text).find()) {
            return Optional.of(LocalDate.of(meetingDate.getYear(), 12, 31));
        }
        Matcher year = END_OF_YEAR_NUMBER.matcher(text);
        if (year.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(year.group("y")), 12, 31));
        }
        Matcher within = WITHIN.matcher(text);
        if (within.find()) {
            String n = within.group("n").toLowerCase(Locale.ROOT);
            int count = switch (n) {
                case "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "six" -> 6;
                default -> Integer.parseInt(n);
            };
            String unit = within.group("unit").toLowerCase(Locale.ROOT);
            return Optional.of(unit.equals("days") ? meetingDate.plusDays(count)
                    : unit.equals("weeks") ? meetingDate.plusWeeks(count) : meetingDate.plusMonths(count));
        }
        Matcher month = END_OF_MONTH.matcher(text);
        if (month.find()) {
            int m = java.time.Month.valueOf(month.group("m").toUpperCase(Locale.ROOT)).getValue();
            int y = month.group("y") != null ? Integer.parseInt(month.group("y"))
                    : (m >= meetingDate.getMonthValue() ? meetingDate.getYear() : meetingDate.getYear() + 1);
            return Optional.of(YearMonth.of(y, m).atEndOfMonth());
        }
        Matcher by = BY_DATE.matcher(text);
        while (by.find()) {
            Optional<LocalDate> date = dates.dateIn(by.group("date"), meetingDate).map(MeetingDateFinder.Candidate::date);
            if (date.isPresent()) {
                LocalDate d = date.get();
                // a month and day without a year is the next one after the meeting
                d = d.isBefore(meetingDate) && !by.group("date").matches(".*\\d{4}.*") ? d.plusYears(1) : d;
                if (d.isAfter(meetingDate)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The words that say when: "at the working level", "at the next 2+2 meeting", else the cue itself. */
    private static String dueText(String text, Optional<CuePhrases.Match> cue) {
        Matcher when = WHEN.matcher(text);
        if (when.find()) {
            return when.group().strip();
        }
        return cue.map(c -> text.substring(c.start(), c.end())).orElse(null);
    }
}
