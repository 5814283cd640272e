package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.tracker.TrackerIssue;

class RunReportWriterTest {

    private static final RunReport.Mail NO_MAIL = new RunReport.Mail(0, 0, List.of(), List.of(), List.of());

    @Test
    void summaryListsTheMessagesHeldForTheNextRunAndThoseGivenUp() {
        RunReport report = new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(1, 1, 0, 0, 0, 0), new RunReport.Readouts(1, 1, 0, 0, 0, 1), List.of(), List.of(),
                List.of(), new RunReport.Written(2, "tracker.xlsx", 10), List.of(), List.of(), List.of(),
                new RunReport.Mail(2, 1, List.of(new RunReport.HeldMessage(LocalDate.of(2026, 11, 28), "a@example.org", 1, 0,
                        "Connection refused")), List.of(new RunReport.GivenUpMessage(LocalDate.of(2026, 11, 26),
                        "gone@example.org", 3, "550 5.1.1 User unknown")), List.of(new RunReport.GivenUpMessage(
                        LocalDate.of(2026, 11, 18), "b@example.org", 8, "Connection refused"))));
        assertThat(RunReportWriter.summary(report)).endsWith(String.format("%n  mail: 2 messages for tonight, 1 sent"
                + "%n    held for the next run: 2026-11-28 to a@example.org: Connection refused"
                + "%n    given up, refused 3 times: 2026-11-26 to gone@example.org: 550 5.1.1 User unknown"
                + "%n    dropped, held too long: 2026-11-18 to b@example.org: Connection refused"));
        assertThat(RunReportWriter.summary(new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(1, 1, 0, 0, 0, 0), new RunReport.Readouts(1, 1, 0, 0, 0, 1), List.of(), List.of(),
                List.of(), new RunReport.Written(2, "tracker.xlsx", 10), List.of(), List.of(), List.of(), NO_MAIL)))
                .doesNotContain("mail");
    }

    @Test
    void summaryListsTrackerIssuesWithSheetRowIdAndColumn() {
        RunReport report = new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(1, 1, 0, 0, 0, 0),
                new RunReport.Readouts(1, 1, 0, 0, 0, 1), List.of(), List.of(), List.of(),
                new RunReport.Written(2, "tracker.xlsx", 10),
                List.of(new TrackerIssue("Commitments", 3, "c-5f2a", "Status",
                                "'Finished' is not one of the statuses in the list: kept in Notes"),
                        new TrackerIssue("tracker.xlsx", 0, null, "", "the tracker could not be replaced")),
                List.of(), List.of(), NO_MAIL);
        assertThat(RunReportWriter.summary(report))
                .contains("    tracker Commitments row 3 (ID c-5f2a) [Status]: 'Finished' is not one of the statuses in the list")
                .contains("    tracker tracker.xlsx: the tracker could not be replaced");
    }

    @Test
    void summaryListsWarningsAndCountsReadoutsWithoutADateOrACountry() {
        List<RunReport.Warning> warnings = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            warnings.add(new RunReport.Warning("call-" + i + ".txt", 1, "meetingDate", "no meeting date in the text"));
        }
        RunReport report = new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(23, 23, 0, 0, 0, 0), new RunReport.Readouts(23, 23, 0, 23, 0, 0), List.of(), warnings,
                List.of(new RunReport.NeedsReview("call-1.txt", "r-1", "Call", "no meeting date in the text")),
                new RunReport.Written(2, "tracker.xlsx", 10), List.of(), List.of(), List.of(), NO_MAIL);
        String summary = RunReportWriter.summary(report);
        assertThat(summary).doesNotContain("no country recognised");
        report = new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(23, 23, 0, 0, 0, 0), new RunReport.Readouts(23, 23, 0, 23, 0, 0), List.of(), warnings,
                List.of(new RunReport.NeedsReview("call-1.txt", "r-1", "Call", "no meeting date in the text"),
                        new RunReport.NeedsReview("call-2.txt", "r-2", "Call", "no meeting date in the text; no participating"
                                + " country recognised in the text", List.of("meetingDate", "countries")),
                        new RunReport.NeedsReview("call-3.txt", "r-3", "Call", "no participating country recognised in the"
                                + " text", List.of("countries"))),
                new RunReport.Written(2, "tracker.xlsx", 10), List.of(), List.of(), List.of(), NO_MAIL);
        assertThat(RunReportWriter.summary(report))
                .contains("  2 readouts have no meeting date: give them one on the tracker's Needs review sheet")
                .contains("  2 readouts have no country recognised: type their countries on the tracker's Needs review sheet");
        assertThat(summary).contains("    warning call-1.txt [meetingDate]: no meeting date in the text")
                .contains("    and 3 more warnings in run-report.json")
                .contains("  1 readout has no meeting date: give it one on the tracker's Needs review sheet")
                .doesNotContain("call-21.txt");
    }
}
