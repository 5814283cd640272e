-- A later readout that records the meeting an open follow-up announced (same partners, the named meeting in
-- its title, inside the follow-up's window): the follow-up is likely fulfilled. Worked out again every night;
-- staff confirm it or not through the follow-up's status in the tracker.
CREATE TABLE follow_up_evidence (
    follow_up_id  VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES follow_up (id) ON DELETE CASCADE,
    readout_id    VARCHAR(128) NOT NULL REFERENCES readout (id) ON DELETE CASCADE,
    matched       VARCHAR(200) NOT NULL
);
CREATE INDEX follow_up_evidence_readout ON follow_up_evidence (readout_id);
