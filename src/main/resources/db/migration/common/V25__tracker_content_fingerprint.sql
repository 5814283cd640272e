-- What the written tracker shows, as a SHA-256 over its cells less those only the night's date moves (Days open,
-- the Summary's overdue count, the About sheet's run date): a night whose tracker would show the same, on a
-- tracker.xlsx staff have not saved since, leaves the file as it is (no write, no backup). Null for a tracker
-- written before this column: the next night writes it once again.
ALTER TABLE tracker_written ADD COLUMN content_fingerprint CHAR(64);
