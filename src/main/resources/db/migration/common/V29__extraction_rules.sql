-- The extraction rules (a fingerprint of the build's ingest and extraction code and reference data) that read
-- each input file: a file read under other rules, as after an upgrade, is parsed again though it did not change,
-- so that no stored readout keeps an older build's extraction. Null in records made before: parsed once more.
ALTER TABLE input_file ADD COLUMN extraction_rules VARCHAR(64);
