-- The scope rows (readout_country, readout_topic) carry their readout's engagement too, so that a memo's
-- queries are answered from these small rows without looking up each readout's row, which holds its text
-- (V9 did the same for the meeting date). ReadoutStore writes the copy; EngagementLinker keeps it current.
ALTER TABLE readout_country ADD COLUMN engagement_id VARCHAR(128);
UPDATE readout_country SET engagement_id = (SELECT r.engagement_id FROM readout r WHERE r.id = readout_country.readout_id);
ALTER TABLE readout_country ALTER COLUMN engagement_id SET NOT NULL;

ALTER TABLE readout_topic ADD COLUMN engagement_id VARCHAR(128);
UPDATE readout_topic SET engagement_id = (SELECT r.engagement_id FROM readout r WHERE r.id = readout_topic.readout_id);
ALTER TABLE readout_topic ALTER COLUMN engagement_id SET NOT NULL;

-- No query looks a readout up by its engagement any more; the index only cost every insert and every link.
DROP INDEX readout_engagement;
