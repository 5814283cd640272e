-- Incremental runs: each input file's size and SHA-256 as last read, so an unchanged file is not parsed
-- again, and the files of each run with what the scan found.

CREATE TABLE input_file (
    path            VARCHAR(1000) NOT NULL PRIMARY KEY,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    read_run        BIGINT        NOT NULL,
    rejected        INTEGER       NOT NULL,
    read_at         TIMESTAMP     NOT NULL
);

-- keyed by job instance: a restarted run skips the completed scan step and finds its work list here
CREATE TABLE input_scan (
    job_instance_id   BIGINT        NOT NULL,
    path              VARCHAR(1000) NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    state             VARCHAR(10)   NOT NULL,   -- NEW, CHANGED, UNCHANGED, REMOVED
    PRIMARY KEY (job_instance_id, path)
);

-- A readout whose file was removed, or whose changed file no longer holds it: kept, never silently dropped.
ALTER TABLE readout ADD COLUMN source_missing BOOLEAN DEFAULT FALSE NOT NULL;
