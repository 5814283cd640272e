-- The tracker's order of readouts: latest meeting first, then by id. With this index the database hands
-- the readouts over in that order without sorting them (H2 would otherwise sort them in a temporary result).
CREATE INDEX readout_tracker_order ON readout (meeting_date DESC, id);
