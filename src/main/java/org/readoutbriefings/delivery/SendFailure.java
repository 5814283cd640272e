package org.readoutbriefings.delivery;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;

/**
 * Why a message was not sent, in one line, and what that means for trying again.
 *
 * @param answer      the server's answer ("550 5.1.1 ... User unknown"), or why it could not be reached
 * @param permanent   the server refused this message for good: a 5xx answer to its recipient (RCPT TO) or to the
 *                    message itself (DATA). Such a message is given up after a few runs; anything else (4xx, no
 *                    connection, a refused login or sender, which are the installation's and not the message's)
 *                    is held until the server takes it or the message expires
 * @param unreachable the server could not be reached at all: the night's other messages would wait as long
 */
public record SendFailure(String answer, boolean permanent, boolean unreachable) {

    public static SendFailure of(Throwable failure) {
        boolean unreachable = false;
        Throwable smtp = null;
        boolean sender = false;
        for (Throwable t : chain(failure)) {
            unreachable |= t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof UnknownHostException;
            // a refused MAIL FROM is the sender's setting, the same for every message: not this message's fault
            sender |= t instanceof SMTPSenderFailedException;
            if (smtp == null && (t instanceof SMTPAddressFailedException || t instanceof SMTPSendFailedException)) {
                smtp = t;
            }
        }
        if (smtp instanceof SMTPAddressFailedException a) {
            return new SendFailure(oneLine(a.getMessage()), a.getReturnCode() >= 500, false);
        }
        if (smtp instanceof SMTPSendFailedException s) {
            return new SendFailure(oneLine(s.getMessage()), s.getReturnCode() >= 500 && !sender, false);
        }
        return new SendFailure(oneLine(innermost(failure)), false, unreachable);
    }

    /**
     * The failure and everything it wraps: causes, Jakarta Mail's chained exceptions, and the per-message exceptions
     * of Spring's MailSendException, which keeps the server's answer there and not as its cause.
     */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        List<Throwable> all = new ArrayList<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException m) {
                todo.addAll(m.getFailedMessages().values());
            }
        }
        return all;
    }

    private static String innermost(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
