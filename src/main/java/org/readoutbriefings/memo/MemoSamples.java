package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.memo.DigestView.DueLine;
import org.readoutbriefings.memo.DigestView.NewCommitment;
import org.readoutbriefings.memo.DigestView.NewReadout;
import org.readoutbriefings.memo.MemoView.CommitmentLine;
import org.readoutbriefings.memo.MemoView.FollowUpLine;
import org.readoutbriefings.memo.MemoView.Group;
import org.readoutbriefings.memo.MemoView.KeyFigures;
import org.readoutbriefings.memo.MemoView.Meeting;
import org.readoutbriefings.memo.MemoView.MonthBar;
import org.readoutbriefings.memo.MemoView.Source;

/**
 * One memo of each kind with every list filled and every optional value set, so that filling a template
 * with it evaluates every expression the template holds: the run checks its templates with these
 * before any step starts.
 */
final class MemoSamples {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 31);
    private static final List<Source> SOURCES = List.of(
            new Source(1, "Foreign Ministers' Meeting", "Ministry of Foreign Affairs", DAY, "https://example.org/r", "r.md"));

    private MemoSamples() {
    }

    /** A country memo, a topic memo and a digest. */
    static List<MemoContent> all() {
        return List.of(memo("country"), memo("topic"), digest());
    }

    private static MemoView memo(String kind) {
        return new MemoView(kind, "XX", "Sample", "Sample briefing", "UNCLASSIFIED", "Policy staff", "Readout Briefings",
                DAY, DAY.minusMonths(1), DAY, new KeyFigures(1, DAY, "Foreign Ministers' Meeting", 1, 1, 1, 1),
                List.of(new MonthBar("Jan 26", 1, 100)),
                List.of(new Meeting(DAY, "Call", "Foreign Ministers' Meeting", "A Minister (XX)", "Sample", "Trade", List.of(1), "Sample Ministry")), 1,
                List.of(new Group("Trade", 1, 1, List.of(new CommitmentLine("They will meet.", "Sample", "2026-02-01", "Open", 1)))),
                1, List.of(new FollowUpLine("A call", "Sample", "2026-02-01", "Open", true, 1)), 1, SOURCES);
    }

    private static DigestView digest() {
        DueLine due = new DueLine(DAY, 0, "A call", "Sample", "Sample", "Open", 1);
        return new DigestView("digest", DAY.toString(), "Nightly digest", "UNCLASSIFIED", "Policy staff",
                "Readout Briefings", DAY, DAY.minusDays(1).atTime(2, 0), 14,
                List.of(new NewReadout(DAY, "Call", "Foreign Ministers' Meeting", "Sample", "Trade", 1)), 1,
                List.of(new NewCommitment("They will meet.", "Sample", "Sample", "Trade", "2026-02-01", 1)), 1,
                List.of(due), 1, List.of(due), 1, SOURCES);
    }
}
