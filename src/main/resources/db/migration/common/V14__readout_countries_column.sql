-- Every country of a readout, as a column of its row as well ('CN JP US': ISO codes, sorted, space-separated),
-- beside the readout_country rows, which stay for the memos' scope index. The tracker, the linker and the
-- rollup read readouts in bulk and each looked up every readout's countries in readout_country, one index
-- descent per readout per pass; they now have them with the row. ReadoutStore writes both.
ALTER TABLE readout ADD COLUMN countries VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE readout SET countries = COALESCE((SELECT STRING_AGG(c.country, ' ' ORDER BY c.country)
    FROM readout_country c WHERE c.readout_id = readout.id), '');
