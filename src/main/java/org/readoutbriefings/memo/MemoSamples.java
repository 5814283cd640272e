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
import org.readoutbriefings.memo.MemoView.Theme;

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

    /** A country memo, a topic memo, each also with a quiet period (the one-line memo), and a digest. */
    static List<MemoContent> all() {
        return List.of(memo("country", false), memo("topic", false), memo("country", true), memo("topic", true), digest());
    }

    private static MemoView memo(String kind, boolean quiet) {
        KeyFigures figures = new KeyFigures(1, DAY, "Foreign Ministers' Meeting", 1, 1, 1, 1, DAY, "Foreign Ministers' Meeting");
        return new MemoView(kind, "XX", "Sample", "Sample briefing", "UNCLASSIFIED", "Policy staff", "Readout Briefings",
                DAY, DAY.minusMonths(1), DAY, figures, List.of(new Theme("Trade", 2, 1)),
                List.of(new MonthBar("Jan 26", 1, 100)),
                quiet ? List.of() : List.of(new Meeting(DAY, "Call", "Foreign Ministers' Meeting", "A Minister (XX)", "Sample",
                        "Trade", List.of(1), "Sample Ministry", List.of("They discussed trade."))), 1,
                List.of(new Group("Trade", 1, 1, quiet ? List.of()
                        : List.of(new CommitmentLine("They will meet.", "Sample", "firm", "1 Feb 2026", "Open", "A. Officer", 1, 1)))),
                1, quiet ? List.of() : List.of(new CommitmentLine("They will open a consulate.", "Sample", "soft", "", "Done", "", 1, 0)),
                quiet ? List.of() : List.of(new FollowUpLine("A call", "Sample", "1 Feb 2026", "Open", true, 1, 1)), 1, SOURCES);
    }

    private static DigestView digest() {
        DueLine due = new DueLine(DAY, 0, "A call", "Sample", "Sample", "Open", 1, false, List.of("XX"), "trade");
        DueLine late = new DueLine(DAY.minusDays(3), -3, "A visit", "Sample", "Sample", "Open", 1, true, List.of("XX"), "trade");
        return new DigestView("digest", DAY.toString(), "Nightly digest", "UNCLASSIFIED", "Policy staff",
                "Readout Briefings", DAY, DAY.minusDays(1), 14,
                List.of(new NewReadout(DAY, "Call", "Foreign Ministers' Meeting", "Sample", "Trade", 1, List.of("XX"), List.of("trade"))), 1,
                List.of(new NewCommitment("They will meet.", "Sample", "Sample", "Trade", "2026-02-01", 1, List.of("XX"), "trade")), 1,
                List.of(due), 1, 90, List.of(new DigestView.OverdueGroup("Sample", List.of(late))), 1, 2, SOURCES);
    }
}
