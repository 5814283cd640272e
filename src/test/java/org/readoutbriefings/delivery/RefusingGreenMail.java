package org.readoutbriefings.delivery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on a loopback port that refuses what a test tells it to, the way a real server answers: a recipient at
 * {@code RCPT TO} (550 user unknown, 452 mailbox full) or a whole message after {@code DATA} (554 refused by a
 * filter). GreenMail accepts everything and has no setting for this (greenmail issue #124): its SMTP commands ask
 * {@link SmtpManager#checkRecipient} and {@link SmtpManager#checkData} and send back any answer they return, so the
 * server's SMTP manager is swapped for one that returns ours. Everything else is GreenMail's: the project's real
 * sender talks SMTP to it, and what it accepts is received as usual.
 */
public class RefusingGreenMail extends GreenMail {

    /** Recipient address to the answer its RCPT TO gets; none: 250. */
    private final Map<String, String> recipientAnswers = new ConcurrentHashMap<>();
    /** Recipient address to the answer the end of DATA gets for a message to it; none: 250. */
    private final Map<String, String> dataAnswers = new ConcurrentHashMap<>();
    /** Every refusal sent, "recipient answer", in order. */
    private final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RefusingGreenMail(ServerSetup setup) {
        super(setup);
    }

    /** Answers RCPT TO for this recipient with, e.g., {@code 550 5.1.1 ... User unknown}; null to accept again. */
    public RefusingGreenMail refuseRecipient(String address, String answer) {
        if (answer == null) {
            recipientAnswers.remove(address);
        } else {
            recipientAnswers.put(address, answer);
        }
        return this;
    }

    /** Answers the end of DATA of a message to this recipient with, e.g., {@code 554 5.7.1 ...}; null to accept. */
    public RefusingGreenMail refuseMessageTo(String address, String answer) {
        if (answer == null) {
            dataAnswers.remove(address);
        } else {
            dataAnswers.put(address, answer);
        }
        return this;
    }

    public List<String> refused() {
        return List.copyOf(refused);
    }

    public int port() {
        return getSmtp().getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        return super.createServices(config, new RefusingManagers(managers));
    }

    /** GreenMail's own managers (its users and mailboxes), with our SMTP manager in front. */
    private final class RefusingManagers extends Managers {

        private final Managers own;
        private final SmtpManager smtp;

        RefusingManagers(Managers own) {
            this.own = own;
            this.smtp = new SmtpManager(own.getImapHostManager(), own.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return answer(recipientAnswers, rcpt.getEmail());
                }

                @Override
                public String checkData(SmtpState state) {
                    for (MailAddress to : state.getMessage().getToAddresses()) {
                        String answer = answer(dataAnswers, to.getEmail());
                        if (answer != null) {
                            return answer;
                        }
                    }
                    return null;
                }
            };
        }

        private String answer(Map<String, String> answers, String address) {
            String answer = answers.get(address);
            if (answer != null) {
                refused.add(address + " " + answer);
            }
            return answer;
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return own.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return own.getImapHostManager();
        }
    }
}
