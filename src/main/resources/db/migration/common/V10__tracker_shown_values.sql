-- What the last tracker showed of each item's status and due date. Reading the tracker back compares a
-- cell with this, not with the input: when the input moves a status the staff never touched, the old value
-- still in the workbook is not an edit. Null on items shown before V10, which compare with the input.
ALTER TABLE tracker_item ADD COLUMN shown_status VARCHAR(20);
ALTER TABLE tracker_item ADD COLUMN shown_due DATE;
