-- Readouts as governments publish them: a readout whose document carries no meeting date anywhere is stored
-- with everything else extracted, listed for review, and kept out of memos and the rollup (their queries
-- select by meeting date, which a NULL never matches) until staff give it a date in the tracker.
ALTER TABLE readout ALTER COLUMN meeting_date DROP NOT NULL;
ALTER TABLE readout ALTER COLUMN meeting_month DROP NOT NULL;
ALTER TABLE readout_country ALTER COLUMN meeting_date DROP NOT NULL;
ALTER TABLE readout_topic ALTER COLUMN meeting_date DROP NOT NULL;

-- Where the meeting date came from: text, dateline, metadata, file-name, given. Prose readouts stored before
-- this column existed show none until their file changes or a --full run reads them again.
ALTER TABLE readout ADD COLUMN date_source VARCHAR(10);
UPDATE readout SET date_source = 'given' WHERE provenance = 'given';

-- A name in its own script beside the romanised one ("Park Jin (박진)").
ALTER TABLE readout_participant ADD COLUMN native_name VARCHAR(500);

-- What staff should check about a readout although it was accepted; replaced with the readout's other rows.
CREATE TABLE readout_warning (
    readout_id  VARCHAR(128)  NOT NULL REFERENCES readout (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    field       VARCHAR(100)  NOT NULL,
    message     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (readout_id, position)
);

-- The meeting date staff typed on the tracker's Needs review sheet (tracker_edit kind 'R', by readout id).
ALTER TABLE tracker_edit ADD COLUMN meeting_date DATE;
