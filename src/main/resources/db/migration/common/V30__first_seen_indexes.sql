-- The digest lists and counts the readouts and commitments stored since the last night. Without an index on the
-- run that first stored them, each of its four queries read every readout or commitment row: at 100,000 readouts
-- about 2 s each from a cold page cache, every night. The run ids only grow, so these indexes append.
CREATE INDEX readout_first_seen ON readout (first_seen_run);
CREATE INDEX commitment_first_seen ON commitment (first_seen_run);
