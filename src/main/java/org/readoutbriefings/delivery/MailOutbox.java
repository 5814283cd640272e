package org.readoutbriefings.delivery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The night's messages, one per subscriber and night ({@code mail_message}): written once, when the night first
 * composes them, and marked sent as soon as the server took each. Each change commits at once, in a transaction
 * of its own, so a run that dies after sending a message never sends it again.
 */
public class MailOutbox {

    /** A message not sent yet: {@code attempts} so far, the last one's error. */
    public record Held(LocalDate night, String recipient, String subject, byte[] message, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public MailOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether the night's message to this recipient was composed already (sent or not). */
    public boolean has(LocalDate night, String recipient) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM mail_message WHERE run_date = ? AND recipient = ?", Long.class,
                Date.valueOf(night), recipient);
        return n != null && n > 0;
    }

    public void add(LocalDate night, String recipient, String subject, byte[] message, long runId) {
        ownTransaction.executeWithoutResult(t -> jdbc.update("INSERT INTO mail_message (run_date, recipient, subject,"
                        + " message, composed_run, attempts) VALUES (?, ?, ?, ?, ?, 0)", Date.valueOf(night), recipient,
                subject, message, runId));
    }

    /** Messages not sent yet, of any night, oldest night first. */
    public List<Held> held() {
        return jdbc.query("SELECT run_date, recipient, subject, message, attempts FROM mail_message WHERE sent_at IS NULL"
                        + " ORDER BY run_date, recipient",
                (rs, i) -> new Held(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getInt(5)));
    }

    /** The server took it: its bytes are no longer needed. */
    public void sent(Held m, long runId) {
        ownTransaction.executeWithoutResult(t -> jdbc.update("UPDATE mail_message SET sent_at = ?, sent_run = ?,"
                        + " attempts = attempts + 1, last_error = NULL, message = NULL WHERE run_date = ? AND recipient = ?",
                Timestamp.valueOf(LocalDateTime.now(clock)), runId, Date.valueOf(m.night()), m.recipient()));
    }

    public void failed(Held m, String error, long runId) {
        String line = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        ownTransaction.executeWithoutResult(t -> jdbc.update("UPDATE mail_message SET attempts = attempts + 1,"
                        + " last_error = ?, failed_run = ? WHERE run_date = ? AND recipient = ?", line, runId,
                Date.valueOf(m.night()), m.recipient()));
    }
}
