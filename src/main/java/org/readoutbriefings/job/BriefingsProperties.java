package org.readoutbriefings.job;

import java.nio.file.Path;
import java.time.Duration;

import org.readoutbriefings.memo.MemoSettings;
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
 * @param scan          input scan settings
 * @param ingest        ingest settings
 * @param memo          memo settings
 * @param tracker       tracker workbook settings
 * @param mail          the night's messages to subscribers (the SMTP server is Spring's {@code spring.mail.*})
 * @param scale         scale-out: the ingest and memo partitions run by worker processes (docs/scale-out.md)
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
        @DefaultValue Scan scan,
        @DefaultValue Ingest ingest,
        @DefaultValue MemoSettings memo,
        @DefaultValue Tracker tracker,
        @DefaultValue Mail mail,
        @DefaultValue Scale scale) {

    /**
     * @param verify hash every input file every night, as {@code run --verify} does, instead of trusting a file whose
     *               size, modification time and file key are those recorded when it was last hashed
     */
    public record Scan(@DefaultValue("false") boolean verify) {
    }

    /**
     * @param partitions partitions the night's files are split into, read and extracted at once; 0 for one per
     *                   processor core. A restarted night keeps the split it started with
     */
    public record Ingest(@DefaultValue("0") int partitions) {

        public int partitionsOrCores() {
            return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
        }
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
     * @param maxRefusals   runs on which the server may refuse a message permanently (5xx) before it is given up
     * @param holdNights    nights a message not sent (server down, 4xx) is kept and tried after its own; then dropped
     * @param maxAttachmentBytes the files one message carries, in all: the digest first, then the memos that fit
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("subscriptions.yml") Path subscriptions,
            @DefaultValue("") String from,
            @DefaultValue("3") int maxRefusals,
            @DefaultValue("7") int holdNights,
            @DefaultValue("10485760") long maxAttachmentBytes) {
    }

    /**
     * Scale-out (docs/scale-out.md): {@code run} becomes the manager of remote workers ({@code worker}) that share its
     * PostgreSQL database and take the ingest's and the memos' partitions from an Artemis broker.
     *
     * @param workers          0 (the default): the whole job runs in this process, as always. N: the ingest and memo
     *                         steps are handed to N worker processes through the broker
     * @param brokerUrl        the broker every role connects to, e.g. {@code tcp://broker:61616}
     * @param brokerUser       the broker's user, if it asks for one
     * @param brokerPassword   its password
     * @param partitions       partitions of each partitioned step; 0 for two per worker, so a slow partition keeps
     *                         the others busy and a lost one costs little to run again
     * @param partitionTimeout how long the manager waits for a step's partitions before it takes the missing ones for
     *                         lost, marks them FAILED and fails the run (the next run re-runs them only)
     * @param pollInterval     how often the manager reads the job repository for its partitions' outcome
     * @param workerPartitions partitions one worker runs at once; 0 for one per processor core
     */
    public record Scale(
            @DefaultValue("0") int workers,
            @DefaultValue("") String brokerUrl,
            @DefaultValue("") String brokerUser,
            @DefaultValue("") String brokerPassword,
            @DefaultValue("0") int partitions,
            @DefaultValue("2h") Duration partitionTimeout,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("0") int workerPartitions) {

        public boolean enabled() {
            return workers > 0;
        }

        public int partitionsOrTwoPerWorker() {
            return partitions > 0 ? partitions : 2 * Math.max(1, workers);
        }

        public int workerPartitionsOrCores() {
            return workerPartitions > 0 ? workerPartitions : Runtime.getRuntime().availableProcessors();
        }
    }
}
