package org.readoutbriefings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.delivery.Subscriptions.Subscriber;
import org.readoutbriefings.memo.DigestView.DueLine;
import org.readoutbriefings.memo.DigestView.KeyPoint;
import org.readoutbriefings.memo.DigestView.NewReadout;
import org.readoutbriefings.store.MemoVersions.MemoVersion;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** One message written and parsed back, as a mail client would: headers, bodies, attachments; no server. */
class MailComposerTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 27);

    @TempDir
    Path output;

    @Test
    void aReadoutTitleStaysOnTheSubjectLineAndTextInTheBody() throws Exception {
        Files.createDirectories(output.resolve("memos/country"));
        Files.write(output.resolve("memos/digest-2026-11-27.pdf"), "%PDF-1.7 digest".getBytes());
        Files.write(output.resolve("memos/country/AU.pdf"), "%PDF-1.7 AU".getBytes());
        String hostile = "Talks\r\nBcc: eve@example.org\r\n\r\n<script>alert(1)</script> \u2028Über";
        Subscriber ben = new Subscriber("Okafor, Ben \"the\" <boss@example.org>", "ben@example.org", Set.of("AU"), Set.of(), false);
        RecipientBriefing briefing = new RecipientBriefing(ben, NIGHT, NIGHT.minusDays(1), 14, "memos/digest-2026-11-27.pdf",
                List.of(new MemoVersion("country", "AU", "Australia", "memos/country/AU.pdf", 2, NIGHT, NIGHT)),
                List.of(new KeyPoint("1 new readout.", false)),
                List.of(new NewReadout(NIGHT, "Call", hostile, "Australia", "Trade", 1, List.of("AU"), List.of("trade"))),
                List.of(), List.of(new DueLine(NIGHT.plusDays(3), 3, "Meet <b>again</b>.", "Australia", "Australia", "Open", 1,
                        false, List.of("AU"), "trade")), List.of(), List.of(), Long.MAX_VALUE);

        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        byte[] bytes = new MailComposer(sender, new InternetAddress("Briefings <briefings@example.org>"), output,
                new DeliveryTemplates(), 10L * 1024 * 1024).compose(briefing);
        MimeMessage parsed = new MimeMessage(sender.getSession(), new ByteArrayInputStream(bytes));

        assertThat(parsed.getHeader("Subject")).hasSize(1);
        assertThat(parsed.getSubject()).isEqualTo("Readout briefings 27 Nov 2026: Talks Bcc: eve@example.org <script>alert(1)</script> Über");
        assertThat(parsed.getHeader("Bcc")).isNull();
        assertThat(parsed.getRecipients(Message.RecipientType.TO)).singleElement()
                .satisfies(a -> assertThat(((InternetAddress) a).getAddress()).isEqualTo("ben@example.org"));
        assertThat(parsed.getAllRecipients()).hasSize(1);
        String headers = new String(bytes, 0, indexOf(bytes, "\r\n\r\n".getBytes()));
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc:"));

        String html = MailParts.text(parsed, "text/html");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Meet &lt;b&gt;again&lt;/b&gt;.").doesNotContain("<script>");
        assertThat(MailParts.text(parsed, "text/plain")).contains("<script>alert(1)</script>")
                .contains("- 30 Nov 2026 (in 3 days) Meet <b>again</b>. (Australia; Open)")
                .contains("1 memo of yours changed tonight and is attached:\n- Australia (2 pages)");
        assertThat(MailParts.attachments(parsed)).containsExactly("digest-2026-11-27.pdf", "country-AU.pdf");
        assertThat(parsed.getContent()).isInstanceOf(Multipart.class);
    }

    /** The digest always, then each changed memo that still fits, in order; the cap is said in words. */
    @Test
    void theAttachmentCapKeepsTheDigestAndTheMemosThatFit() {
        Subscriber ben = new Subscriber("Ben", "ben@example.org", Set.of("AU", "NZ", "GB"), Set.of(), false);
        List<MemoVersion> changed = List.of(memo("AU", 600), memo("NZ", 300), memo("GB", 100));
        RecipientBriefing briefing = new RecipientBriefing(ben, NIGHT, null, 14, "memos/digest-2026-11-27.pdf", changed,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Long.MAX_VALUE)
                .withAttachmentCap(file -> file.startsWith("memos/digest") ? 500 : Long.parseLong(file.replaceAll("\\D", "")), 1000);
        assertThat(briefing.attachments()).containsExactly("memos/digest-2026-11-27.pdf", "memos/country/NZ-300.pdf",
                "memos/country/GB-100.pdf");
        assertThat(briefing.notAttached()).containsExactly("memos/country/AU-600.pdf");
        assertThat(briefing.memosLine()).isEqualTo("3 memos of yours changed tonight:");
        assertThat(briefing.withAttachmentCap(file -> 500, 10).attachments()).containsExactly("memos/digest-2026-11-27.pdf");
        assertThat(RecipientBriefing.size(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(RecipientBriefing.size(512 * 1024)).isEqualTo("512 KB");
        assertThat(RecipientBriefing.size(1000)).isEqualTo("1,000 bytes");
    }

    private static MemoVersion memo(String code, int bytes) {
        return new MemoVersion("country", code, code, "memos/country/" + code + "-" + bytes + ".pdf", 1, NIGHT, NIGHT);
    }

    @Test
    void oneLineKeepsAHeaderOnOneLineAndShort() {
        assertThat(MailComposer.oneLine("a\r\nb\nc\rd\te\u0085f\u2028g\u0000h")).isEqualTo("a b c d e f g h");
        assertThat(MailComposer.oneLine("x".repeat(500))).hasSize(MailComposer.MAX_SUBJECT).endsWith("…");
    }

    private static int indexOf(byte[] bytes, byte[] part) throws IOException {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IOException("no end of headers");
    }
}
