-- The night's message to each subscriber (MailDelivery): composed once, whole (MIME, with its attachments), kept
-- until the mail server takes it, then marked sent and its bytes dropped. A rerun or restart of the night finds
-- its row and never sends it again; a message the server refused is sent by the next run, as it was written.
CREATE TABLE mail_message (
    run_date      DATE           NOT NULL,
    recipient     VARCHAR(320)   NOT NULL,
    subject       VARCHAR(1000)  NOT NULL,
    message       BYTEA,                      -- null once sent
    composed_run  BIGINT         NOT NULL,
    attempts      INTEGER        NOT NULL,
    last_error    VARCHAR(1000),
    failed_run    BIGINT,
    sent_run      BIGINT,
    sent_at       TIMESTAMP,
    PRIMARY KEY (run_date, recipient)
);
CREATE INDEX mail_message_held ON mail_message (sent_at);
