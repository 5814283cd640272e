-- A later readout of the same partners that says a commitment again, in its own words: a commitment on the
-- same topic sharing its key terms (CommitmentReaffirmation). Worked out again every night, like
-- follow_up_evidence (V18); shown in the memos and the tracker's Evidence column.
CREATE TABLE commitment_evidence (
    commitment_id  VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES commitment (id) ON DELETE CASCADE,
    readout_id     VARCHAR(128) NOT NULL REFERENCES readout (id) ON DELETE CASCADE,
    matched        VARCHAR(200) NOT NULL
);
CREATE INDEX commitment_evidence_readout ON commitment_evidence (readout_id);
