package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything a memo template can show, already chosen, ordered and capped. Templates read it as
 * {@code memo}; docs/templates.md lists every field.
 */
public record MemoView(
        String kind,
        String subjectKey,
        String subjectName,
        String title,
        String handling,
        String to,
        String from,
        LocalDate date,
        LocalDate periodFrom,
        LocalDate periodTo,
        KeyFigures keyFigures,
        List<Theme> themes,
        List<MonthBar> months,
        List<Meeting> meetings,
        int moreMeetings,
        List<Group> groups,
        int moreCommitments,
        List<CommitmentLine> completed,
        List<FollowUpLine> followUps,
        int moreFollowUps,
        List<Source> sources) implements MemoContent {

    /** The chart's alternative text: what a screen reader says instead of showing bars. */
    public String chartSummary() {
        String busy = months.stream().filter(m -> m.meetings() > 0)
                .map(m -> m.meetings() + " in " + m.label())
                .collect(Collectors.joining(", "));
        String span = months.isEmpty() ? ""
                : " from " + months.get(0).label() + " to " + months.get(months.size() - 1).label();
        return "Bar chart of meetings per month" + span + ": "
                + (busy.isEmpty() ? "no meetings." : busy + "; none in the other months.");
    }

    /** Whether the period holds nothing to brief on: the memo is then one line that says so. */
    public boolean quiet() {
        return meetings.isEmpty() && followUps.isEmpty() && listedGroups().isEmpty() && completed.isEmpty();
    }

    /** The groups with commitments to list: a heading with nothing under it is left out. */
    public List<Group> listedGroups() {
        return groups.stream().filter(g -> !g.commitments().isEmpty()).toList();
    }

    /**
     * The numbers that open the memo; {@code lastEverDate} and {@code lastEverTitle} name the last engagement
     * at any time before the memo's date (null when there was none), for a memo whose period is quiet.
     */
    public record KeyFigures(int meetings, LocalDate lastEngagementDate, String lastEngagementTitle,
                             int commitmentsOpen, int commitmentsTotal, int followUpsOpen, int followUpsOverdue,
                             LocalDate lastEverDate, String lastEverTitle) {
    }

    /**
     * A topic of a country memo, or a partner of a topic memo, with its meetings in the period and in the
     * twelve months before it.
     */
    public record Theme(String name, int meetings, int before) {

        /** "up from 2", "down from 5", "as many as before", "none before". */
        public String change() {
            if (before == 0) {
                return "none in the 12 months before";
            }
            if (before == meetings) {
                return "as many as in the 12 months before";
            }
            return (meetings > before ? "up from " : "down from ") + before + " in the 12 months before";
        }
    }

    /** One bar of the engagements-per-month chart; {@code percent} of the tallest bar. */
    public record MonthBar(String label, int meetings, int percent) {
    }

    /**
     * One meeting: its readout, or when both sides published one, all of them ({@code refs} cites each,
     * {@code alsoReportedBy} names the other issuers); {@code points} quote what it was about.
     */
    public record Meeting(LocalDate date, String format, String title, String participants, String counterparts,
                          String topics, List<Integer> refs, String alsoReportedBy, List<String> points) {

        public Meeting {
            refs = List.copyOf(refs);
            points = List.copyOf(points);
        }
    }

    /** Commitments under one heading: a topic in a country memo, a partner country in a topic memo. */
    public record Group(String heading, int meetings, int commitmentsOpen, List<CommitmentLine> commitments) {
    }

    /**
     * {@code strength} is "firm" or "soft" language; {@code owner} whom staff gave it to, or empty;
     * {@code reaffirmedBy} the reference of a later readout of the same partners that says it again, or 0.
     */
    public record CommitmentLine(String text, String actors, String strength, String due, String status, String owner,
                                 int ref, int reaffirmedBy) {
    }

    /** {@code fulfilledBy}: the reference of a later readout that records the meeting it announced, or 0. */
    public record FollowUpLine(String text, String actors, String due, String status, boolean overdue, int ref,
                               int fulfilledBy) {
    }

    /** A cited readout; {@code ref} is the number used in the text. */
    public record Source(int ref, String title, String issuer, LocalDate date, String url, String file) {
    }
}
