-- The workbook each run wrote, by file name, with its SHA-256. A tracker.xlsx that is still byte for byte
-- what the last run wrote holds nothing staff typed, so the next run need not read it back.
CREATE TABLE tracker_written (
    file_name   VARCHAR(255) NOT NULL PRIMARY KEY,
    sha256      CHAR(64)     NOT NULL,
    run_id      BIGINT       NOT NULL,
    written_at  TIMESTAMP    NOT NULL
);
