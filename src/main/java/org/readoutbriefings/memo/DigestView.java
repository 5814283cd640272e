package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.memo.MemoView.Source;

/**
 * The nightly digest: what is new since the last successful run, and the follow-ups that need action.
 * Templates read it as {@code memo}; docs/templates.md lists every field.
 *
 * @param previousNight the night of the last completed run before this night's; null on the first run, when
 *                      everything is new
 * @param dueDays       the digest lists follow-ups due within this many days of {@code date}
 * @param newReadouts   readouts stored since, most recent meeting first
 * @param newCommitments commitments stored since (of new readouts or added to known ones)
 * @param overdue       open follow-ups overdue by at most {@code overdueDays}, grouped by partner countries
 * @param olderOverdue  open follow-ups overdue by more: counted, and left to the tracker
 */
public record DigestView(
        String kind,
        String subjectKey,
        String title,
        String handling,
        String to,
        String from,
        LocalDate date,
        LocalDate previousNight,
        int dueDays,
        List<NewReadout> newReadouts,
        int moreNewReadouts,
        List<NewCommitment> newCommitments,
        int moreNewCommitments,
        List<DueLine> dueSoon,
        int moreDueSoon,
        int overdueDays,
        List<OverdueGroup> overdue,
        int moreOverdue,
        long olderOverdue,
        List<Source> sources) implements MemoContent {

    /** How many overdue follow-ups the groups list. */
    public int overdueListed() {
        return overdue.stream().mapToInt(g -> g.lines().size()).sum();
    }

    /**
     * The digest's key points, as its first section, the index page and the mail give them: what is new, what is
     * due soon, what is overdue ({@code overdue} true for the last when any is).
     */
    public List<KeyPoint> keyPoints() {
        String since = previousNight == null ? "first run: everything stored is new"
                : "new since the night of " + day(previousNight);
        long overdueCount = overdueListed() + moreOverdue;
        return List.of(
                new KeyPoint(count(newReadouts.size() + moreNewReadouts, "new readout", "new readouts") + " and "
                        + count(newCommitments.size() + moreNewCommitments, "new commitment", "new commitments") + ", "
                        + since + ".", false),
                new KeyPoint(count(dueSoon.size() + moreDueSoon, "open follow-up", "open follow-ups") + " due within "
                        + dueDays + " days.", false),
                new KeyPoint(count(overdueCount, "open follow-up", "open follow-ups") + " overdue by up to " + overdueDays
                        + " days" + (olderOverdue > 0 ? "; " + olderOverdue + " overdue for longer are in the tracker." : "."),
                        !overdue.isEmpty()));
    }

    /** A line of the key points; {@code overdue} marks the one that warns. */
    public record KeyPoint(String text, boolean overdue) {
    }

    /** {@code partnerCodes} and {@code topicIds}: the ISO codes and topic ids behind the names, to choose by subject. */
    public record NewReadout(LocalDate date, String format, String title, String partners, String topics, int ref,
                             List<String> partnerCodes, List<String> topicIds) {
    }

    /** {@code partnerCodes} and {@code topicId}: the readout's partner countries and the commitment's topic. */
    public record NewCommitment(String text, String actors, String partners, String topic, String due, int ref,
                                List<String> partnerCodes, String topicId) {
    }

    /**
     * An open follow-up with a due date; {@code days} from the run date to it (negative when overdue);
     * {@code newlyOverdue} when it fell due since the previous night; {@code partnerCodes} those of its readout,
     * {@code topicId} its topic.
     */
    public record DueLine(LocalDate due, long days, String text, String actors, String partners, String status, int ref,
                          boolean newlyOverdue, List<String> partnerCodes, String topicId) {

        /** "today", "in 3 days", "overdue 1 day". */
        public String when() {
            if (days == 0) {
                return "today";
            }
            long n = Math.abs(days);
            return (days < 0 ? "overdue " : "in ") + n + (n == 1 ? " day" : " days");
        }
    }

    /** The overdue follow-ups with one set of partner countries. */
    public record OverdueGroup(String partners, List<DueLine> lines) {
    }
}
