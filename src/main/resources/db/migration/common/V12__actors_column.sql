-- Who committed, as a column of the commitment or follow-up ('CN US': ISO codes, sorted, space-separated)
-- rather than a row per actor in a table of its own. The actors are only ever read with their item, and
-- their rows were two in five of all the rows a readout wrote, each one a random key in an index.
ALTER TABLE commitment ADD COLUMN actors VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE commitment SET actors = COALESCE((SELECT STRING_AGG(a.country, ' ' ORDER BY a.country)
    FROM commitment_actor a WHERE a.commitment_id = commitment.id), '');
DROP TABLE commitment_actor;

ALTER TABLE follow_up ADD COLUMN actors VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE follow_up SET actors = COALESCE((SELECT STRING_AGG(a.country, ' ' ORDER BY a.country)
    FROM follow_up_actor a WHERE a.follow_up_id = follow_up.id), '');
DROP TABLE follow_up_actor;
