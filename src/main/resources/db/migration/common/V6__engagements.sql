-- Two readouts of one meeting, issued by different governments, share an engagement id: the rollup counts
-- the meeting once, and memos cite both. Every readout has one (its own id when it stands alone).
ALTER TABLE readout ADD COLUMN engagement_id VARCHAR(128);
UPDATE readout SET engagement_id = id;
CREATE INDEX readout_engagement ON readout (engagement_id);
