package org.readoutbriefings.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.readoutbriefings.tracker.TrackerIssue;

/**
 * What one run read, accepted, rejected and wrote, written as {@code run-report.json} and summarised on
 * the console. A restarted run reports over all its attempts.
 */
public record RunReport(
        String job,
        LocalDate runDate,
        long jobExecutionId,
        String status,
        LocalDateTime start,
        LocalDateTime end,
        String input,
        String output,
        Files files,
        Readouts readouts,
        List<Reject> rejected,
        List<Warning> warnings,
        List<NeedsReview> needsReview,
        Written written,
        List<TrackerIssue> trackerIssues,
        List<StepSummary> steps,
        List<String> failures,
        Mail mail) {

    /**
     * The input folder as the scan found it: files parsed this run (new or changed), skipped because they
     * did not change, and removed since the last run; readouts kept without a source file.
     */
    /** {@code missing}: known files gone on a night when most were, not taken as removed (see --accept-removals). */
    public record Files(long found, long parsed, long unchanged, long removed, long missing, long readoutsWithoutSource) {
    }

    /** Records read and what became of them. */
    public record Readouts(long read, long accepted, long rejected, long newReadouts, long changed, long unchanged) {
    }

    /** A record or file the run could not accept. */
    public record Reject(String file, int line, String field, String reason) {
    }

    /** Something about a readout read this run that staff should check although it was accepted. */
    public record Warning(String file, int line, String field, String message) {
    }

    /**
     * A readout whose document carries no meeting date, or names no country the rules recognise and staff have
     * given it none: stored, on the tracker's Needs review sheet, and in no memo or rollup until staff give it a
     * date there, in no country memo until they give its countries.
     *
     * @param needs what staff are to give: "meetingDate", "countries", or both
     */
    public record NeedsReview(String file, String id, String title, String missing, List<String> needs) {

        /** A readout that needs a meeting date. */
        public NeedsReview(String file, String id, String title, String missing) {
            this(file, id, title, missing, List.of(MEETING_DATE));
        }

        public static final String MEETING_DATE = "meetingDate";
        public static final String COUNTRIES = "countries";
    }

    /**
     * {@code tracker}: the file the night wrote (tracker.xlsx, or a dated one when it was locked), null when it
     * wrote none; {@code trackerLeft}: the tracker it left as it was, as nothing it shows had changed.
     */
    public record Written(long memos, String tracker, long trackerRows, String trackerLeft) {

        public Written(long memos, String tracker, long trackerRows) {
            this(memos, tracker, trackerRows, null);
        }
    }

    public record StepSummary(String name, String status, long read, long written, long skipped, double seconds) {
    }

    /**
     * The night's messages: composed tonight, sent by this run (tonight's and held ones), those still held, to be
     * sent by the next run, those this run gave up because the server refused them permanently again, and those it
     * dropped, held longer than the hold nights.
     */
    public record Mail(long composed, long sent, List<HeldMessage> held, List<GivenUpMessage> refused,
                       List<GivenUpMessage> expired) {
    }

    /**
     * A message the mail server did not take; {@code error} is what it said, or why it could not be reached;
     * {@code refusals} the attempts it refused permanently (5xx).
     */
    public record HeldMessage(LocalDate night, String recipient, int attempts, int refusals, String error) {
    }

    /** A message not to be tried again, with the server's last answer (or why it could not be reached). */
    public record GivenUpMessage(LocalDate night, String recipient, int attempts, String error) {
    }
}
