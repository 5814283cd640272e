package org.readoutbriefings.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.delivery.MailOutbox.GivenUp;
import org.readoutbriefings.delivery.MailOutbox.Held;
import org.readoutbriefings.delivery.Subscriptions.Subscriber;
import org.readoutbriefings.memo.DigestView;
import org.readoutbriefings.memo.DigestViewBuilder;
import org.readoutbriefings.memo.MemoSubject;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.MemoVersions;
import org.readoutbriefings.store.MemoVersions.MemoVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.MessagingException;

/**
 * Mails the night's briefings, the last step of a night: composes each subscriber's message once (none when
 * nothing of theirs changed, unless they asked for one daily), then sends every message not sent yet, this
 * night's and those a mail server refused on earlier nights. A failure to send leaves the message held for the
 * next run and the night completed; the run report and the exit code (3) say so. A message the server refuses
 * permanently (5xx) on {@code maxRefusals} runs is given up, one held longer than {@code holdNights} dropped
 * (docs/delivery.md).
 */
public class MailDelivery implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final Subscriptions subscriptions;
    private final DigestViewBuilder digests;
    private final MemoVersions versions;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final LocalDate night;
    private final boolean latest;
    private final long runId;
    private final int maxRefusals;
    private final LocalDate today;
    private final int holdNights;

    /**
     * @param latest whether this is the latest night run: a run for an earlier night (written to
     *               {@code output/as-of-DATE/}) composes no message, as its news is old; it still sends held ones
     * @param maxRefusals permanent refusals (5xx) after which a message is given up: such an answer is about this
     *               recipient or message and rarely changes, but a server's filter or a mailbox being set up can, so
     *               it is tried on a few runs, not one
     * @param today  the latest night run, this one or a later one: a held message's age is counted to it
     * @param holdNights nights a message may be held after its own: older ones are dropped unsent
     */
    public MailDelivery(Subscriptions subscriptions, DigestViewBuilder digests, MemoVersions versions, MailComposer composer,
                        MailOutbox outbox, JavaMailSender sender, LocalDate night, boolean latest, long runId,
                        int maxRefusals, LocalDate today, int holdNights) {
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.versions = versions;
        this.composer = composer;
        this.outbox = outbox;
        this.sender = sender;
        this.night = night;
        this.latest = latest;
        this.runId = runId;
        this.maxRefusals = maxRefusals;
        this.today = today;
        this.holdNights = holdNights;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        int composed = latest ? compose() : 0;
        int sent = 0;
        int held = 0;
        int refused = 0;
        int expired = 0;
        String unreachable = null;
        for (Held message : outbox.held()) {
            long nights = ChronoUnit.DAYS.between(message.night(), today);
            if (nights > holdNights) {
                // its news is old, and the next night's message (or the digest) says what is new since
                log.warn("mail: the message of {} to {} is dropped, held {} nights, longer than briefings.mail.hold-nights"
                        + " ({}); last error: {}", message.night(), message.recipient(), nights, holdNights, message.lastError());
                outbox.giveUp(message, GivenUp.EXPIRED, null, false, runId);
                expired++;
                continue;
            }
            if (unreachable != null) {
                // the server did not answer: the others would wait as long for the same answer
                outbox.failed(message, unreachable, false, runId);
                held++;
                continue;
            }
            try {
                sender.send(sender.createMimeMessage(new ByteArrayInputStream(message.message())));
                outbox.sent(message, runId);
                sent++;
            } catch (MailException e) {
                SendFailure failure = SendFailure.of(e);
                if (failure.permanent() && message.refusals() + 1 >= maxRefusals) {
                    log.warn("mail: the message of {} to {} is given up: the mail server refused it {} times, last: {}",
                            message.night(), message.recipient(), message.refusals() + 1, failure.answer());
                    outbox.giveUp(message, GivenUp.REFUSED, failure.answer(), true, runId);
                    refused++;
                    continue;
                }
                if (failure.permanent()) {
                    log.warn("mail: the mail server refused the message of {} to {} ({} of {} refusals): {}; it is tried"
                            + " again on the next run", message.night(), message.recipient(), message.refusals() + 1,
                            maxRefusals, failure.answer());
                } else {
                    log.warn("mail: the message of {} to {} was not sent: {}; it is sent on the next run", message.night(),
                            message.recipient(), failure.answer());
                }
                outbox.failed(message, failure.answer(), failure.permanent(), runId);
                held++;
                if (failure.unreachable()) {
                    unreachable = failure.answer();
                }
            }
        }
        ProgressReporter.summarise(contribution, (latest ? count(composed, "message", "messages") + " for tonight"
                : "none for a night earlier than the latest") + ", " + sent + " sent" + (held > 0 ? ", " + held
                + " held for the next run" : "") + (refused > 0 ? ", " + refused + " given up (refused)" : "")
                + (expired > 0 ? ", " + expired + " dropped (held too long)" : ""));
        return RepeatStatus.FINISHED;
    }

    /** Tonight's messages not composed yet: all on a first run, none on a rerun (a new subscriber's, if any). */
    private int compose() throws MessagingException, IOException {
        List<Subscriber> waiting = subscriptions.subscribers().stream().filter(s -> !outbox.has(night, s.email())).toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        DigestView digest = digests.build(night, runId);
        List<MemoVersion> memos = versions.ofNight(night);
        String digestFile = new MemoSubject(MemoSubject.Kind.DIGEST, night.toString(), "").relativePath();
        int composed = 0;
        for (Subscriber s : waiting) {
            Optional<RecipientBriefing> briefing = RecipientBriefing.of(s, digest, digestFile, memos);
            if (briefing.isPresent()) {
                outbox.add(night, s.email(), MailComposer.oneLine(briefing.get().subject()),
                        composer.compose(briefing.get()), runId);
                composed++;
            }
        }
        return composed;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
