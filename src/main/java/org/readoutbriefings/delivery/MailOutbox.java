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

    /** A message not sent yet: {@code attempts} so far, of which {@code refusals} were permanent (5xx), the last error. */
    public record Held(LocalDate night, String recipient, String subject, byte[] message, int attempts, int refusals,
                       String lastError) {
    }

    /** Why a message was given up, in {@code mail_message.outcome}. */
    public enum GivenUp {
        /** the server refused it permanently, run after run */
        REFUSED,
        /** held longer than the hold nights: its news is old */
        EXPIRED
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

    /** Messages not sent yet nor given up, of any night, oldest night first. */
    public List<Held> held() {
        return jdbc.query("SELECT run_date, recipient, subject, message, attempts, refusals, last_error FROM mail_message"
                        + " WHERE sent_at IS NULL AND outcome IS NULL ORDER BY run_date, recipient",
                (rs, i) -> new Held(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7)));
    }

    /** The server took it: its bytes are no longer needed. */
    public void sent(Held m, long runId) {
        ownTransaction.executeWithoutResult(t -> jdbc.update("UPDATE mail_message SET sent_at = ?, sent_run = ?,"
                        + " attempts = attempts + 1, last_error = NULL, message = NULL WHERE run_date = ? AND recipient = ?",
                Timestamp.valueOf(LocalDateTime.now(clock)), runId, Date.valueOf(m.night()), m.recipient()));
    }

    /** Not sent, held for the next run; a permanent refusal counts towards giving it up. */
    public void failed(Held m, String error, boolean permanent, long runId) {
        ownTransaction.executeWithoutResult(t -> jdbc.update("UPDATE mail_message SET attempts = attempts + 1,"
                        + " refusals = refusals + ?, last_error = ?, failed_run = ? WHERE run_date = ? AND recipient = ?",
                permanent ? 1 : 0, cut(error), runId, Date.valueOf(m.night()), m.recipient()));
    }

    /**
     * Not to be tried again: the row stays with its last error (so the night is not composed again), its bytes go.
     * {@code error} is this run's answer, or null to keep the last one (a message expired without a new attempt).
     */
    public void giveUp(Held m, GivenUp why, String error, boolean attempted, long runId) {
        ownTransaction.executeWithoutResult(t -> jdbc.update("UPDATE mail_message SET outcome = ?, given_up_run = ?,"
                        + " given_up_at = ?, message = NULL, attempts = attempts + ?, refusals = refusals + ?,"
                        + " last_error = COALESCE(?, last_error) WHERE run_date = ? AND recipient = ?", why.name(), runId,
                Timestamp.valueOf(LocalDateTime.now(clock)), attempted ? 1 : 0, why == GivenUp.REFUSED && attempted ? 1 : 0,
                error == null ? null : cut(error), Date.valueOf(m.night()), m.recipient()));
    }

    private static String cut(String error) {
        return error.length() > 1000 ? error.substring(0, 999) + "…" : error;
    }
}
