-- Why a daily bar is suspect (a close outside its range, a non-positive price, a move no split
-- explains): its SuspectReason names, comma separated in the enum's order; NULL for a bar that is
-- not, and for every row written before the flags existed.
ALTER TABLE daily_bar
    ADD COLUMN suspect_reasons VARCHAR(255) NULL;
