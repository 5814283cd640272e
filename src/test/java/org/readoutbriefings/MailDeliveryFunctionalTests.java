package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.delivery.MailParts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The night's mail, night after night, through the real command line to GreenMail on a loopback port: who gets a
 * message and with which attachments, once only however often a night runs, a night with the mail server down
 * completed with exit code 3 and its messages sent the next night, and a readout title that tries to add a
 * header kept on the subject line.
 */
class MailDeliveryFunctionalTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;

    @Test
    void mailsEachSubscriberOncePerNightAndHoldsWhatAServerDownRefused() throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - name: Aiko Tanaka
                    email: aiko@example.org
                    partners: [United States]
                  - name: Ben Okafor
                    email: ben@example.org
                    partners: [AU]
                  - email: chloe@example.org
                    topics: [health]
                    daily: true
                """);
        int port = smtp.getSmtp().getPort();

        // the first night: Aiko's United States memo is new; Ben has nothing; Chloe asked for every night
        BriefingsRun.Result first = run(briefings, input, output, "2026-11-25", subscriptions, port);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(recipients()).containsExactlyInAnyOrder("aiko@example.org", "chloe@example.org");
        MimeMessage aiko = to("aiko@example.org").get(0);
        assertThat(aiko.getFrom()[0].toString()).isEqualTo("Readout Briefings <briefings@example.org>");
        assertThat(aiko.getSubject()).isEqualTo("Readout briefings 25 Nov 2026: Japan-U.S. Video Teleconference Meeting"
                + " between Foreign Minister HAYASHI and United States Trade Representative Tai");
        assertThat(MailParts.attachments(aiko)).containsExactly("digest-2026-11-25.pdf", "country-US.pdf");
        assertThat(MailParts.text(aiko, "text/plain")).contains("1 memo of yours changed tonight and is attached:\n- United States (1 page)")
                .contains("- 22 Dec 2021 Japan-U.S. Video Teleconference Meeting");
        assertThat(MailParts.text(aiko, "text/html")).contains("<li>United States (1 page)</li>");
        MimeMessage chloe = to("chloe@example.org").get(0);
        assertThat(MailParts.attachments(chloe)).containsExactly("digest-2026-11-25.pdf");
        assertThat(MailParts.text(chloe, "text/plain")).contains("None of your memos changed tonight.");
        assertThat(chloe.getSubject()).isEqualTo("Readout briefings 25 Nov 2026: nothing new on your subjects");

        // the night forced again: nothing is sent twice
        assertThat(run(briefings, input, output, "2026-11-25", subscriptions, port, "--force").exitCode()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // a readout with Australia, whose title tries to add a Bcc, on a night the mail server is down
        Files.writeString(input.resolve("call.json"), """
                {"title": "Japan-Australia Call\\r\\nBcc: eve@example.org", "meetingDate": "2026-11-26",
                 "countries": ["JP", "AU"], "topics": ["trade"]}
                """);
        BriefingsRun.Result down = run(briefings, input, output, "2026-11-26", subscriptions, closedPort());
        assertThat(down.exitCode()).as(down.err()).isEqualTo(3);
        assertThat(down.err()).contains("warning: 2 messages could not be sent (Connection refused")
                .contains("they are sent on the next run");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        JsonNode report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.path("mail").path("composed").asLong()).isEqualTo(2);
        assertThat(report.path("mail").path("sent").asLong()).isZero();
        List<String> held = new ArrayList<>();
        report.path("mail").path("held").forEach(h -> held.add(h.path("recipient").asString() + " "
                + h.path("night").asString() + " " + h.path("error").asString()));
        assertThat(held).containsExactly("ben@example.org 2026-11-26 Connection refused",
                "chloe@example.org 2026-11-26 Connection refused");
        assertThat(Files.readString(output.resolve("run-report.json"))).doesNotContain("password");

        // the next night, the server up: the two held messages as they were written, and Chloe's of the night
        BriefingsRun.Result next = run(briefings, input, output, "2026-11-27", subscriptions, port);
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(recipients()).containsExactlyInAnyOrder("aiko@example.org", "chloe@example.org", "ben@example.org",
                "chloe@example.org", "chloe@example.org");
        MimeMessage ben = to("ben@example.org").get(0);
        assertThat(ben.getSubject()).isEqualTo("Readout briefings 26 Nov 2026: Japan-Australia Call Bcc: eve@example.org");
        assertThat(ben.getHeader("Bcc")).isNull();
        assertThat(ben.getAllRecipients()).extracting(Object::toString).containsExactly("Ben Okafor <ben@example.org>");
        assertThat(MailParts.attachments(ben)).containsExactly("digest-2026-11-26.pdf", "country-AU.pdf");
        assertThat(to("chloe@example.org")).extracting(MimeMessage::getSubject).containsExactly(
                "Readout briefings 25 Nov 2026: nothing new on your subjects",
                "Readout briefings 26 Nov 2026: nothing new on your subjects",
                "Readout briefings 27 Nov 2026: nothing new on your subjects");
        report = JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
        assertThat(report.path("mail").path("sent").asLong()).isEqualTo(3);
        assertThat(report.path("mail").path("held")).isEmpty();

        // and forced again: still once each
        assertThat(run(briefings, input, output, "2026-11-27", subscriptions, port, "--force").exitCode()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(briefings.count("SELECT COUNT(*) FROM mail_message WHERE message IS NOT NULL")).isZero();

        // a night earlier than the latest (written to output/as-of-2026-11-20): old news, not even for the daily
        assertThat(run(briefings, input, output, "2026-11-20", subscriptions, port).exitCode()).isZero();
        assertThat(output.resolve("as-of-2026-11-20/index.html")).isRegularFile();
        assertThat(smtp.getReceivedMessages()).hasSize(5);
    }

    /**
     * Memos beyond briefings.mail.max-attachment-bytes are named in the body, not attached; the digest is attached
     * first. A cap smaller than any PDF leaves the digest alone.
     */
    @Test
    void memosOverTheAttachmentCapAreNamedNotAttached() throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - email: aiko@example.org
                    partners: [US]
                    topics: [trade]
                """);
        BriefingsRun.Result result = run(briefings, input, folder.resolve("output"), "2026-11-25", subscriptions,
                smtp.getSmtp().getPort(), "--briefings.mail.max-attachment-bytes=1000");
        assertThat(result.exitCode()).as(result.err()).isZero();
        MimeMessage aiko = to("aiko@example.org").get(0);
        assertThat(MailParts.attachments(aiko)).containsExactly("digest-2026-11-25.pdf");
        assertThat(MailParts.text(aiko, "text/plain"))
                .contains("2 memos of yours changed tonight:\n- United States (1 page): not attached, in the output folder as"
                        + " memos/country/US.pdf\n- Trade and market access (1 page): not attached, in the output folder as"
                        + " memos/topic/trade.pdf\n")
                .contains("Memos are attached up to 1,000 bytes in all (briefings.mail.max-attachment-bytes), after the"
                        + " digest; index.html in the output folder lists every memo.")
                .contains("The nightly digest is attached (digest-2026-11-25.pdf)");
        assertThat(MailParts.text(aiko, "text/html"))
                .contains("<li>United States (1 page): not attached, in the output folder as <code>memos/country/US.pdf</code></li>");
    }

    /** Wrong mail settings stop the run before it starts (exit 2), one line each; a password may come from the environment only. */
    @Test
    void wrongMailSettingsStopTheRunAtStart() throws IOException {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - email: not-an-address
                    partners: [Narnia]
                """);
        BriefingsRun.Result result = briefings.run(input, folder.resolve("output"), "2026-11-25",
                "--briefings.mail.enabled=true", "--briefings.mail.subscriptions=" + subscriptions,
                "--spring.mail.password=secret-on-the-command-line");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "error: spring.mail.password: give it in the environment (SPRING_MAIL_PASSWORD), not on the command line"
                        + " or in a settings file, where others can read it",
                "error: spring.mail.host: no SMTP server given, and briefings.mail.enabled is true",
                "error: briefings.mail.from: '' is not a mail address, such as 'Readout Briefings <briefings@example.org>'",
                "error: briefings.mail.subscriptions: " + subscriptions + ": subscriber 1 (not-an-address): 'not-an-address'"
                        + " is not a mail address",
                "error: briefings.mail.subscriptions: " + subscriptions + ": subscriber 1 (not-an-address): partner 'Narnia'"
                        + " is not a country (an ISO code such as US, or a name)");
        assertThat(result.err() + result.out()).doesNotContain("secret-on-the-command-line");
    }

    private static BriefingsRun.Result run(BriefingsRun briefings, Path input, Path output, String night, Path subscriptions,
                                           int port, String... more) {
        return briefings.runWithMail(input, output, night, subscriptions, port, more);
    }

    /** A loopback port nothing listens on: the mail server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> recipients() throws MessagingException {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (var address : m.getRecipients(Message.RecipientType.TO)) {
                to.add(((jakarta.mail.internet.InternetAddress) address).getAddress());
            }
        }
        return to;
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.asList(smtp.getReceivedMessagesForDomain(address));
    }
}
