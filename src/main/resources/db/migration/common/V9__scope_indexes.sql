-- Memos and the rollup choose readouts by partner country or topic, and by meeting date. Each carries the
-- meeting date of its readout, so one index range (country or topic, then date) finds a memo's readouts
-- without visiting every readout of the period. ReadoutStore writes the copy with the rows.
ALTER TABLE readout_country ADD COLUMN meeting_date DATE;
UPDATE readout_country SET meeting_date = (SELECT r.meeting_date FROM readout r WHERE r.id = readout_country.readout_id);
ALTER TABLE readout_country ALTER COLUMN meeting_date SET NOT NULL;
DROP INDEX readout_country_country;
CREATE INDEX readout_country_scope ON readout_country (country, meeting_date);

ALTER TABLE readout_topic ADD COLUMN meeting_date DATE;
UPDATE readout_topic SET meeting_date = (SELECT r.meeting_date FROM readout r WHERE r.id = readout_topic.readout_id);
ALTER TABLE readout_topic ALTER COLUMN meeting_date SET NOT NULL;
DROP INDEX readout_topic_topic;
CREATE INDEX readout_topic_scope ON readout_topic (topic, meeting_date);
