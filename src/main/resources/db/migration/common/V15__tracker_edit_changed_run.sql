-- The run that last took a new status or due date for an item from the tracker. Memos and the digest show
-- the tracker's status and due date, so the memos of that item's partner countries and topic are rewritten
-- the night such an edit is taken (TouchedSubjects). Edits stored before this column existed count as
-- taken just now: memos did not show them before.
ALTER TABLE tracker_edit ADD COLUMN changed_run BIGINT DEFAULT 0 NOT NULL;
UPDATE tracker_edit SET changed_run = (SELECT COALESCE(MAX(job_execution_id), 0) + 1 FROM batch_job_execution)
    WHERE status IS NOT NULL OR due_date IS NOT NULL;
