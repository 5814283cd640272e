-- The scan trusts a file whose size, modification time and file key (device and inode) are those recorded
-- when its content was last hashed, as rsync and git do, and hashes only the others. hashed_at_ns tells a
-- file written in the same moment it was hashed, which is hashed again. Null in records made before: those
-- files are hashed once more, then trusted.
ALTER TABLE input_file ADD COLUMN modified_ns BIGINT;
ALTER TABLE input_file ADD COLUMN file_key VARCHAR(200);
ALTER TABLE input_file ADD COLUMN hashed_at_ns BIGINT;

-- what the scan found of each new and changed file, recorded in input_file once the ingest has read it;
-- unchanged files get no row any more (their count is in the scan step's execution context)
ALTER TABLE input_scan ADD COLUMN modified_ns BIGINT;
ALTER TABLE input_scan ADD COLUMN file_key VARCHAR(200);
ALTER TABLE input_scan ADD COLUMN hashed_at_ns BIGINT;
