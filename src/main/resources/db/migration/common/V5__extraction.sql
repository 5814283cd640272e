-- Readouts extracted from prose: where each value came from, and how binding each commitment's wording is.
-- (V3 and V4 are taken by the tracker's and the memos' work.)

ALTER TABLE readout ADD COLUMN provenance VARCHAR(10) DEFAULT 'given' NOT NULL;

ALTER TABLE commitment ADD COLUMN strength VARCHAR(10);

CREATE TABLE readout_evidence (
    readout_id       VARCHAR(128) NOT NULL REFERENCES readout (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    field            VARCHAR(100) NOT NULL,
    extracted_value  TEXT         NOT NULL,
    sentence         TEXT,
    PRIMARY KEY (readout_id, position)
);
