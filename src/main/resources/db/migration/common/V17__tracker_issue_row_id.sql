-- The ID of the tracker row an issue is about, as the row showed it; null for the file itself and for a
-- row whose ID was deleted. Staff find a row by its ID, which sorting or filtering a sheet leaves alone,
-- unlike its number.
ALTER TABLE tracker_issue ADD COLUMN row_id VARCHAR(500);
