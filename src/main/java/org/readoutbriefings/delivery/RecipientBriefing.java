package org.readoutbriefings.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.readoutbriefings.delivery.Subscriptions.Subscriber;
import org.readoutbriefings.memo.DigestView;
import org.readoutbriefings.memo.DigestView.DueLine;
import org.readoutbriefings.memo.DigestView.KeyPoint;
import org.readoutbriefings.memo.DigestView.NewCommitment;
import org.readoutbriefings.memo.DigestView.NewReadout;
import org.readoutbriefings.memo.MemoContent;
import org.readoutbriefings.store.MemoVersions.MemoVersion;

/**
 * What one subscriber is sent for a night: their memos that changed, the digest's news on their partners and
 * topics, and the follow-ups of theirs due soon or newly overdue. The mail templates read it as {@code mail}.
 *
 * @param digestFile  the night's digest under the output folder, attached to every message
 * @param changed     their memos that changed tonight, attached
 * @param keyPoints   the digest's key points across all partners
 * @param notAttached their changed memos (files under the output folder) left out of the message by the attachment
 *                    cap: named in the body instead
 * @param attachmentCap the bytes of attachments a message may carry (briefings.mail.max-attachment-bytes)
 */
public record RecipientBriefing(
        Subscriber subscriber,
        LocalDate night,
        LocalDate previousNight,
        int dueDays,
        String digestFile,
        List<MemoVersion> changed,
        List<KeyPoint> keyPoints,
        List<NewReadout> newReadouts,
        List<NewCommitment> newCommitments,
        List<DueLine> dueSoon,
        List<DueLine> newlyOverdue,
        List<String> notAttached,
        long attachmentCap) {

    /**
     * The briefing of one subscriber, or none when none of their memos changed tonight and they did not ask for a
     * message every night.
     */
    public static Optional<RecipientBriefing> of(Subscriber s, DigestView digest, String digestFile, List<MemoVersion> night) {
        List<MemoVersion> changed = night.stream().filter(MemoVersion::changedTonight).filter(v -> theirs(s, v)).toList();
        if (changed.isEmpty() && !s.daily()) {
            return Optional.empty();
        }
        List<DueLine> overdue = digest.overdue().stream().flatMap(g -> g.lines().stream())
                .filter(DueLine::newlyOverdue).toList();
        return Optional.of(new RecipientBriefing(s, digest.date(), digest.previousNight(), digest.dueDays(), digestFile,
                changed, digest.keyPoints(),
                digest.newReadouts().stream().filter(r -> s.follows(r.partnerCodes(), r.topicIds())).toList(),
                digest.newCommitments().stream().filter(c -> s.follows(c.partnerCodes(), List.of(c.topicId()))).toList(),
                digest.dueSoon().stream().filter(d -> s.follows(d.partnerCodes(), List.of(d.topicId()))).toList(),
                overdue.stream().filter(d -> s.follows(d.partnerCodes(), List.of(d.topicId()))).toList(), List.of(),
                Long.MAX_VALUE));
    }

    /**
     * This briefing with its attachments within {@code cap} bytes: the digest first, always (it is the message's
     * point, and far smaller than any server's limit), then each changed memo, in order, that still fits; the others
     * are named in the body. Servers refuse a message over their limit (often 10 to 35 MB, encoded), which would hold
     * the whole message and its news.
     */
    public RecipientBriefing withAttachmentCap(ToLongFunction<String> size, long cap) {
        long total = size.applyAsLong(digestFile);
        List<String> left = new ArrayList<>();
        for (MemoVersion m : changed) {
            long bytes = size.applyAsLong(m.file());
            if (total + bytes <= cap) {
                total += bytes;
            } else {
                left.add(m.file());
            }
        }
        return new RecipientBriefing(subscriber, night, previousNight, dueDays, digestFile, changed, keyPoints, newReadouts,
                newCommitments, dueSoon, newlyOverdue, List.copyOf(left), cap);
    }

    public boolean attached(MemoVersion m) {
        return !notAttached.contains(m.file());
    }

    /** The line above their changed memos: "2 memos of yours changed tonight and are attached:", or not all are. */
    public String memosLine() {
        return notAttached.isEmpty()
                ? count(changed.size(), "memo of yours changed tonight and is attached:", "memos of yours changed tonight and are attached:")
                : count(changed.size(), "memo of yours changed tonight:", "memos of yours changed tonight:");
    }

    /** Why some memos are not attached, and where they are. */
    public String capNote() {
        return "Memos are attached up to " + size(attachmentCap) + " in all (briefings.mail.max-attachment-bytes), after"
                + " the digest; index.html in the output folder lists every memo.";
    }

    static String size(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ENGLISH, "%,d bytes", bytes);
    }

    private static boolean theirs(Subscriber s, MemoVersion v) {
        return v.kind().equals("country") && s.partners().contains(v.subjectKey())
                || v.kind().equals("topic") && s.topics().contains(v.subjectKey());
    }

    /**
     * The subject line: the night and its headline, the newest readout of theirs when there is one. Readout titles
     * are input: {@link MailComposer} strips line breaks and control characters before it sets the header.
     */
    public String subject() {
        String head = "Readout briefings " + day(night) + ": ";
        if (!newReadouts.isEmpty()) {
            return head + newReadouts.get(0).title() + (newReadouts.size() > 1 ? " (and " + (newReadouts.size() - 1)
                    + " more)" : "");
        }
        if (!changed.isEmpty()) {
            return head + count(changed.size(), "memo changed", "memos changed");
        }
        return head + "nothing new on your subjects";
    }

    /**
     * Whom it is for and since when: "For Aiko Tanaka, on what is new since the night of 26 Nov 2026." (Thymeleaf
     * refuses an unescaped text expression that holds the word "new", even in a literal: the line is built here.)
     */
    public String greeting() {
        return "For " + (subscriber.name().isEmpty() ? subscriber.email() : subscriber.name())
                + (previousNight == null ? "" : ", on what is new since the night of " + day(previousNight)) + ".";
    }

    /** The attachments, under the output folder: the digest, then their changed memos within the cap. */
    public List<String> attachments() {
        return Stream.concat(Stream.of(digestFile), changed.stream().filter(this::attached).map(MemoVersion::file)).toList();
    }

    /** What an attachment is called in the message: {@code country-US.pdf}, {@code digest-2026-11-27.pdf}. */
    public static String attachmentName(String file) {
        return file.replaceFirst("^memos/", "").replace('/', '-');
    }

    public String digestAttachment() {
        return attachmentName(digestFile);
    }

    public String day(LocalDate date) {
        return date == null ? "" : MemoContent.DAY.format(date);
    }

    public String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
