-- Messages the night's mail gives up on (MailDelivery), rather than trying them every run for ever:
--   REFUSED: the mail server refused it permanently (a 5xx answer to its recipient or to the message) on
--            briefings.mail.max-refusals runs;
--   EXPIRED: it was still held (server down, 4xx answers) briefings.mail.hold-nights nights after its own night:
--            its news is old.
-- The row stays, with its last error, so the night is not composed again; its bytes are dropped.
ALTER TABLE mail_message ADD COLUMN refusals INTEGER DEFAULT 0 NOT NULL;  -- permanent (5xx) refusals so far
ALTER TABLE mail_message ADD COLUMN outcome VARCHAR(16);                 -- REFUSED or EXPIRED; null while held or once sent
ALTER TABLE mail_message ADD COLUMN given_up_run BIGINT;
ALTER TABLE mail_message ADD COLUMN given_up_at TIMESTAMP;
