package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.readoutbriefings.memo.MemoView.Source;

/**
 * The nightly digest: what is new since the last successful run, and the follow-ups that need action.
 * Templates read it as {@code memo}; docs/templates.md lists every field.
 *
 * @param since         when the last successful run ended; null on the first run, when everything is new
 * @param dueDays       the digest lists follow-ups due within this many days of {@code date}
 * @param newReadouts   readouts stored since, most recent meeting first
 * @param newCommitments commitments stored since (of new readouts or added to known ones)
 */
public record DigestView(
        String kind,
        String subjectKey,
        String title,
        String handling,
        String to,
        String from,
        LocalDate date,
        LocalDateTime since,
        int dueDays,
        List<NewReadout> newReadouts,
        int moreNewReadouts,
        List<NewCommitment> newCommitments,
        int moreNewCommitments,
        List<DueLine> dueSoon,
        int moreDueSoon,
        List<DueLine> overdue,
        int moreOverdue,
        List<Source> sources) implements MemoContent {

    public record NewReadout(LocalDate date, String format, String title, String partners, String topics, int ref) {
    }

    public record NewCommitment(String text, String actors, String partners, String topic, String due, int ref) {
    }

    /** An open follow-up with a due date; {@code days} from the run date to it (negative when overdue). */
    public record DueLine(LocalDate due, long days, String text, String actors, String partners, String status, int ref) {
    }
}
