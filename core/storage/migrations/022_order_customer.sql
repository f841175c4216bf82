-- Schema 22: a sale names the customer it was rung up for.
--
-- The counter looks the customer up by phone number (or the booking being checked out brings them), and the
-- sale's order keeps their id; a refund or void repeats its sale's. NULL for a sale to nobody in particular,
-- and for every sale before this schema. Like staff_id, a plain id without a foreign key (finalized orders are
-- never edited, whatever happens to the row it names), and without an index, so that a sale writes no extra
-- page.
ALTER TABLE orders ADD COLUMN customer_id TEXT;
