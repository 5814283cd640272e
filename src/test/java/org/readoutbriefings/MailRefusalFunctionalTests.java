package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.delivery.RefusingGreenMail;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mail server that answers, but refuses: a recipient it does not know (550 at RCPT TO), a full mailbox (452), a
 * message its filter rejects after DATA (554). Through the real command line to GreenMail on a loopback port, with
 * GreenMail's answers replaced for the recipients named ({@link RefusingGreenMail}).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailRefusalFunctionalTests {

    private static final String UNKNOWN = "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown";
    private static final String FULL = "452 4.2.2 <full@example.org>: Mailbox full, try again later";
    private static final String FILTERED = "554 5.7.1 Message refused by the content filter";

    @TempDir
    Path folder;

    private final RefusingGreenMail smtp = new RefusingGreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void refusedMessagesAreHeldATemporaryRefusalUntilAcceptedAPermanentOneThreeTimes(CapturedOutput log) throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - email: aiko@example.org
                    partners: [US]
                  - email: gone@example.org
                    partners: [US]
                  - email: full@example.org
                    partners: [US]
                  - email: filtered@example.org
                    partners: [US]
                """);
        smtp.refuseRecipient("gone@example.org", UNKNOWN).refuseRecipient("full@example.org", FULL)
                .refuseMessageTo("filtered@example.org", FILTERED);

        // the first night: Aiko's message is taken, the three others refused, each with the server's answer
        BriefingsRun.Result first = run(briefings, input, output, "2026-11-25", subscriptions);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.err()).contains("warning: 3 messages could not be sent (").contains("they are sent on the next run");
        assertThat(received()).containsExactly("aiko@example.org");
        JsonNode report = report(output);
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.path("mail").path("sent").asLong()).isEqualTo(1);
        assertThat(held(report)).containsExactly(
                "2026-11-25 filtered@example.org attempts 1 refusals 1: " + FILTERED,
                "2026-11-25 full@example.org attempts 1 refusals 0: " + FULL,
                "2026-11-25 gone@example.org attempts 1 refusals 1: " + UNKNOWN);
        assertThat(Files.readString(output.resolve("run-report.json"))).doesNotContainIgnoringCase("password");
        // one warning line each in the log, with the recipient and the server's answer
        assertThat(warnings(log, "gone@example.org")).singleElement().asString().endsWith("mail: the mail server refused"
                + " the message of 2026-11-25 to gone@example.org (1 of 3 refusals): " + UNKNOWN + "; it is tried again on the next run");
        assertThat(warnings(log, "full@example.org")).singleElement().asString().endsWith("mail: the message of"
                + " 2026-11-25 to full@example.org was not sent: " + FULL + "; it is sent on the next run");

        // the next night the mailbox has room and the filter lets the message through; the unknown user is still unknown
        smtp.refuseRecipient("full@example.org", null).refuseMessageTo("filtered@example.org", null);
        BriefingsRun.Result second = run(briefings, input, output, "2026-11-26", subscriptions);
        assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
        assertThat(received()).containsExactlyInAnyOrder("aiko@example.org", "full@example.org", "filtered@example.org");
        MimeMessage full = smtp.getReceivedMessagesForDomain("full@example.org")[0];
        assertThat(full.getSubject()).startsWith("Readout briefings 25 Nov 2026: ");
        assertThat(held(report(output))).containsExactly("2026-11-25 gone@example.org attempts 2 refusals 2: " + UNKNOWN);
        assertThat(warnings(log, "full@example.org")).hasSize(1);

        // a third permanent refusal: given up, reported once, not tried again
        BriefingsRun.Result third = run(briefings, input, output, "2026-11-27", subscriptions);
        assertThat(third.exitCode()).as(third.err()).isEqualTo(3);
        assertThat(third.err()).contains("warning: 1 message was given up, the mail server having refused it 3 times ("
                + UNKNOWN + "); check the address in " + subscriptions).doesNotContain("could not be sent");
        assertThat(warnings(log, "gone@example.org")).hasSize(3).last().asString().endsWith("mail: the message of 2026-11-25"
                + " to gone@example.org is given up: the mail server refused it 3 times, last: " + UNKNOWN);
        report = report(output);
        assertThat(report.path("mail").path("held")).isEmpty();
        List<String> refused = new ArrayList<>();
        report.path("mail").path("refused").forEach(r -> refused.add(r.path("night").asString() + " "
                + r.path("recipient").asString() + " attempts " + r.path("attempts").asInt() + ": " + r.path("error").asString()));
        assertThat(refused).containsExactly("2026-11-25 gone@example.org attempts 3: " + UNKNOWN);
        assertThat(briefings.query("SELECT outcome, message IS NULL FROM mail_message WHERE recipient = 'gone@example.org'"))
                .containsExactly(List.of("REFUSED", "true"));

        BriefingsRun.Result fourth = run(briefings, input, output, "2026-11-28", subscriptions);
        assertThat(fourth.exitCode()).as(fourth.err()).isZero();
        assertThat(smtp.refused().stream().filter(r -> r.startsWith("gone@"))).hasSize(3);
        assertThat(report(output).path("mail").path("refused")).isEmpty();
        assertThat(received()).hasSize(3);
    }

    /**
     * Messages held because the server was down are not sent weeks late: past briefings.mail.hold-nights (here 1) they
     * are dropped, reported and recorded as expired; younger ones go out when the server is back.
     */
    @Test
    void messagesHeldLongerThanTheHoldNightsAreDropped(CapturedOutput log) throws Exception {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - email: aiko@example.org
                    partners: [US]
                  - email: duty@example.org
                    topics: [health]
                    daily: true
                """);
        int down = closedPort();

        // two nights with the server down
        for (String night : List.of("2026-11-25", "2026-11-26")) {
            BriefingsRun.Result result = run(briefings, input, output, night, subscriptions, down, "--briefings.mail.hold-nights=1");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        }
        assertThat(held(report(output))).containsExactly(
                "2026-11-25 aiko@example.org attempts 2 refusals 0: Connection refused",
                "2026-11-25 duty@example.org attempts 2 refusals 0: Connection refused",
                "2026-11-26 duty@example.org attempts 1 refusals 0: Connection refused");

        // the server back two nights later: the night of the 25th is too old to send, the 26th's and 27th's go out
        BriefingsRun.Result back = run(briefings, input, output, "2026-11-27", subscriptions, smtp.port(),
                "--briefings.mail.hold-nights=1");
        assertThat(back.exitCode()).as(back.err()).isEqualTo(3);
        assertThat(back.err()).contains("warning: 2 messages held since 2026-11-25 were dropped, held longer than"
                + " briefings.mail.hold-nights (1 night): their news is old. See 'mail.expired' in").doesNotContain("could not be sent");
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString() + " " + m.getSubject())
                .containsExactlyInAnyOrder("duty@example.org Readout briefings 26 Nov 2026: nothing new on your subjects",
                        "duty@example.org Readout briefings 27 Nov 2026: nothing new on your subjects");
        JsonNode report = report(output);
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.path("mail").path("held")).isEmpty();
        assertThat(report.path("mail").path("sent").asLong()).isEqualTo(2);
        List<String> expired = new ArrayList<>();
        report.path("mail").path("expired").forEach(r -> expired.add(r.path("night").asString() + " "
                + r.path("recipient").asString() + " attempts " + r.path("attempts").asInt() + ": " + r.path("error").asString()));
        assertThat(expired).containsExactly("2026-11-25 aiko@example.org attempts 2: Connection refused",
                "2026-11-25 duty@example.org attempts 2: Connection refused");
        assertThat(warnings(log, "aiko@example.org")).last().asString().endsWith("mail: the message of 2026-11-25 to"
                + " aiko@example.org is dropped, held 2 nights, longer than briefings.mail.hold-nights (1); last error: Connection refused");
        assertThat(briefings.query("SELECT run_date, recipient, outcome, message IS NULL FROM mail_message WHERE sent_at IS NULL"
                + " ORDER BY run_date, recipient")).containsExactly(
                List.of("2026-11-25", "aiko@example.org", "EXPIRED", "true"),
                List.of("2026-11-25", "duty@example.org", "EXPIRED", "true"));

        // the next night: nothing held, nothing dropped again
        BriefingsRun.Result next = run(briefings, input, output, "2026-11-28", subscriptions, smtp.port(),
                "--briefings.mail.hold-nights=1");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(report(output).path("mail").path("expired")).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    private BriefingsRun.Result run(BriefingsRun briefings, Path input, Path output, String night, Path subscriptions,
                                    String... more) {
        return run(briefings, input, output, night, subscriptions, smtp.port(), more);
    }

    private BriefingsRun.Result run(BriefingsRun briefings, Path input, Path output, String night, Path subscriptions,
                                    int port, String... more) {
        return briefings.runWithMail(input, output, night, subscriptions, port, more);
    }

    private List<String> received() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            to.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        return to;
    }

    /** A loopback port nothing listens on: the mail server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The log's warning lines about a recipient. */
    private static List<String> warnings(CapturedOutput log, String recipient) {
        return log.getOut().lines().filter(l -> l.contains(" WARN ") && l.contains(recipient)).toList();
    }

    private static JsonNode report(Path output) throws IOException {
        return JsonMapper.builder().build().readTree(output.resolve("run-report.json").toFile());
    }

    private static List<String> held(JsonNode report) {
        List<String> held = new ArrayList<>();
        report.path("mail").path("held").forEach(h -> held.add(h.path("night").asString() + " " + h.path("recipient").asString()
                + " attempts " + h.path("attempts").asInt() + " refusals " + h.path("refusals").asInt() + ": "
                + h.path("error").asString()));
        return held;
    }
}
