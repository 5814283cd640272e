package org.readoutbriefings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** A received message's parts, as a mail client shows them: its attachments (each a PDF) and its bodies. */
public final class MailParts {

    private MailParts() {
    }

    /** The attachments' file names, each checked to be a PDF. */
    public static List<String> attachments(Part part) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
            assertThat(part.getContentType()).startsWith("application/pdf");
            assertThat(part.getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(attachments(multipart.getBodyPart(i)));
            }
        }
        return names;
    }

    /** The body of the given type, the plain text or the HTML. */
    public static String text(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = text(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
