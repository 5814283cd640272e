-- The countries staff type on the tracker's Needs review sheet for a readout in which no participating country
-- was recognised (tracker_edit kind 'R', by readout id): the ISO codes taken ('AT PL': sorted, space-separated,
-- as readout.countries), and what was typed when it could not be taken, which the cell shows again.
ALTER TABLE tracker_edit ADD COLUMN countries VARCHAR(1000);
ALTER TABLE tracker_edit ADD COLUMN countries_typed VARCHAR(500);
