-- The ingest runs in partitions, several at once. Which job instance last read a readout, so that two files of
-- one night claiming one id are told apart from a readout read on an earlier night, whichever partition
-- stores first: the first in file order is kept, as a single reader would.
ALTER TABLE readout ADD COLUMN read_instance BIGINT;

-- One row, locked by each chunk's writes until they commit: the partitions extract at once and store one at a
-- time, so a readout's look-up and its insert see every other partition's committed work.
CREATE TABLE ingest_write_lock (
    id  INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO ingest_write_lock (id) VALUES (1);
