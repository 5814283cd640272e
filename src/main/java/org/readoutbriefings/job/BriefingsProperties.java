package org.readoutbriefings.job;

import java.nio.file.Path;

import org.readoutbriefings.output.OutputFiles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Readout Briefings, under {@code briefings.*} in {@code application.yml}; each can be
 * overridden on the command line ({@code --briefings.home-country=GB}) or by an environment variable
 * ({@code BRIEFINGS_HOME_COUNTRY=GB}).
 *
 * @param homeCountry   ISO alpha-2 code of the country whose staff read the memos; the others are partners
 * @param input         folder of readouts to read
 * @param output        folder the memos, tracker and run report are written to
 * @param topicsFile    a topic taxonomy to use instead of the built-in one, or empty
 * @param templates     folder of memo templates that override, file by file, those inside the application; empty for
 *                      {@code templates/} in the working directory if there is one, else the application's alone
 * @param outputFileMode mode output files are created with before the process umask takes its bits away (octal, as
 *                      for any program: 666 gives 644 under umask 022); a smaller one, such as 640, keeps them from others
 * @param chunkSize     records per transaction in the ingest step
 * @param maxInputFileBytes files read whole (Markdown, text, HTML, PDF) and JSON Lines lines larger than this are rejected
 * @param memo          memo settings
 * @param tracker       tracker workbook settings
 * @param mail          the night's messages to subscribers (the SMTP server is Spring's {@code spring.mail.*})
 */
@ConfigurationProperties("briefings")
public record BriefingsProperties(
        @DefaultValue("JP") String homeCountry,
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        Path topicsFile,
        Path templates,
        @DefaultValue(OutputFiles.DEFAULT_MODE) String outputFileMode,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("10485760") long maxInputFileBytes,
        @DefaultValue Memo memo,
        @DefaultValue Tracker tracker,
        @DefaultValue Mail mail) {

    /**
     * @param periodMonths   months covered by a memo, ending on the run date
     * @param handling       handling marking printed in every memo's header and footer
     * @param from           the memo header's FROM line
     * @param to             the memo header's TO line
     * @param maxMeetings    most recent meetings listed in a memo; the tracker lists all
     * @param maxCommitments open commitments listed in a memo; the tracker lists all
     * @param digestDueDays  the nightly digest lists follow-ups due within this many days
     */
    public record Memo(
            @DefaultValue("12") int periodMonths,
            @DefaultValue("UNCLASSIFIED") String handling,
            @DefaultValue("Readout Briefings") String from,
            @DefaultValue("Policy staff") String to,
            @DefaultValue("25") int maxMeetings,
            @DefaultValue("40") int maxCommitments,
            @DefaultValue("14") int digestDueDays) {
    }

    /**
     * @param backups            dated copies of the previous tracker kept in tracker-backups/ beside it
     * @param protectionPassword password of the sheet protection that locks generated columns; empty = none
     * @param staleAfterDays     an open commitment older than this is highlighted
     */
    public record Tracker(
            @DefaultValue("7") int backups,
            @DefaultValue("") String protectionPassword,
            @DefaultValue("180") int staleAfterDays) {
    }

    /**
     * @param enabled       mail the night's briefings to the subscribers once the night has written its memos
     * @param subscriptions the file of subscribers, their partners and topics (docs/delivery.md)
     * @param from          the sender's address, e.g. {@code Readout Briefings <briefings@example.org>}
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("subscriptions.yml") Path subscriptions,
            @DefaultValue("") String from) {
    }
}
