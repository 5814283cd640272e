-- Each commitment's key terms (KeyTerms.stored: the word of each term, separated by spaces), cut once when the
-- commitment is stored, so that the nightly matching of reaffirmed commitments (CommitmentReaffirmation) reads
-- this short column instead of re-reading and re-cutting 300,000 texts. NULL until cut: the rows stored before
-- this migration are cut by the next night's fulfilment step (LaterReadoutEvidence), once. A change to KeyTerms'
-- rules needs a migration that sets the column back to NULL.
ALTER TABLE commitment ADD COLUMN key_terms VARCHAR;
