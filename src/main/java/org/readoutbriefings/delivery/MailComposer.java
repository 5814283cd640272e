package org.readoutbriefings.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes one subscriber's message, whole, as MIME: a plain-text and an HTML body from the same briefing, and the
 * digest and their changed memos attached as read from the output folder that night. The bytes are kept until
 * the message is sent, so a message held by a mail server that was down goes out as it was written.
 */
public class MailComposer {

    /** A subject line is a header: one line, cut to what a mail client shows. */
    static final int MAX_SUBJECT = 200;

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final Path output;
    private final DeliveryTemplates templates;
    private final long maxAttachmentBytes;

    /** @param maxAttachmentBytes the files a message may carry, in all: memos beyond it are named in the body instead */
    public MailComposer(JavaMailSender sender, InternetAddress from, Path output, DeliveryTemplates templates,
                        long maxAttachmentBytes) {
        this.sender = sender;
        this.from = from;
        this.output = output;
        this.templates = templates;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public byte[] compose(RecipientBriefing whole) throws MessagingException, IOException {
        RecipientBriefing briefing;
        try {
            briefing = whole.withAttachmentCap(file -> {
                try {
                    return Files.size(output.resolve(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, maxAttachmentBytes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipient(briefing.subscriber()));
        helper.setSubject(oneLine(briefing.subject()));
        Map<String, Object> variables = Map.of("mail", briefing);
        helper.setText(templates.text("mail", variables), templates.html("mail", variables));
        for (String file : briefing.attachments()) {
            helper.addAttachment(RecipientBriefing.attachmentName(file), new FileSystemResource(output.resolve(file)),
                    "application/pdf");
        }
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    private static InternetAddress recipient(Subscriptions.Subscriber s) throws UnsupportedEncodingException {
        // the display name is encoded by Jakarta Mail (RFC 2047): quotes and commas in it cannot add a recipient
        return s.name().isEmpty() ? new InternetAddress(s.email(), null, StandardCharsets.UTF_8.name())
                : new InternetAddress(s.email(), oneLine(s.name()), StandardCharsets.UTF_8.name());
    }

    /**
     * Text fit for a header: line breaks and other control characters (a readout title is input, and a CR LF in a
     * subject would start a header of its own, a Bcc for instance) become spaces; the rest is encoded by Jakarta
     * Mail when it is not ASCII.
     */
    static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\u0085]+", " ").replaceAll("\\s{2,}", " ").strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }
}
