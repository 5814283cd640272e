package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunReportWriterTest {

    @Test
    void summaryListsTrackerIssuesWithSheetRowAndColumn() {
        RunReport report = new RunReport("nightlyBriefing", LocalDate.of(2026, 11, 28), 7, "COMPLETED",
                LocalDateTime.of(2026, 11, 28, 2, 0), LocalDateTime.of(2026, 11, 28, 2, 1), "input", "output",
                new RunReport.Files(1, 1, 0, 0, 0),
                new RunReport.Readouts(1, 1, 0, 0, 0, 1), List.of(), new RunReport.Written(2, "tracker.xlsx", 10),
                List.of(new RunReport.TrackerIssue("Commitments", 3, "Status",
                                "'Finished' is not one of the statuses in the list: kept in Notes"),
                        new RunReport.TrackerIssue("tracker.xlsx", 0, "", "the tracker could not be replaced")),
                List.of(), List.of());
        assertThat(RunReportWriter.summary(report))
                .contains("    tracker Commitments row 3 [Status]: 'Finished' is not one of the statuses in the list")
                .contains("    tracker tracker.xlsx: the tracker could not be replaced");
    }
}
