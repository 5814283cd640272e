-- What each memo said on each night, as a fingerprint of its content without its date (MemoFingerprint), with
-- its page count. Every memo is rewritten every night; these rows tell which ones changed for their readers:
-- the index page marks them and gives each memo's last change, and the mail attaches them.
CREATE TABLE memo_version (
    kind          VARCHAR(10)   NOT NULL,   -- country, topic, digest
    subject_key   VARCHAR(128)  NOT NULL,   -- ISO code, topic id, or the digest's run date
    run_date      DATE          NOT NULL,
    subject_name  VARCHAR(500)  NOT NULL,
    file          VARCHAR(500)  NOT NULL,   -- under the output folder: memos/country/US.pdf
    pages         INTEGER       NOT NULL,
    fingerprint   CHAR(64)      NOT NULL,
    changed_on    DATE          NOT NULL,   -- the night it last said something the night before it had not
    PRIMARY KEY (kind, subject_key, run_date)
);
CREATE INDEX memo_version_night ON memo_version (run_date);
