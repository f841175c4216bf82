-- Schema 19: what a sale writes, less of it. Payments kept in their order's key, deposits found by their
-- booking, and no index on an order's total.
--
-- Payments are only ever read by their order (the order's tenders, in the order they were taken) or summed by
-- method over a shift's orders; their own id is never looked up. Keyed by (order_id, id) in a WITHOUT ROWID
-- table, a payment is one B-tree entry instead of three (the rowid table, the id index and payments_order), so
-- a sale writes two fewer pages to the WAL. Ids are UUIDv7 from one generator per sale, so ORDER BY id within an
-- order is the order the tenders were taken in. The table is rebuilt with every row; the triggers that keep it
-- append-only come back as they were.
--
-- A deposit's credit is the sum of the 'deposit' payments that name its booking or reservation: a partial
-- index on the reference finds those without reading every payment, and costs nothing for other tenders.
--
-- orders_total served no query: the order search matches abs(total_minor) next to a receipt LIKE '%…%', which
-- reads the orders in time order whatever the indexes. It cost every sale a page.
DROP TRIGGER payments_no_update;
DROP TRIGGER payments_no_delete;
CREATE TABLE payments_019 (
    order_id TEXT NOT NULL REFERENCES orders (id),
    id TEXT NOT NULL,
    method TEXT NOT NULL, -- cash, card, deposit and the platform methods (core/sales/tenders.h)
    amount_minor INTEGER NOT NULL,   -- applied to the order (negative when money goes back)
    tendered_minor INTEGER NOT NULL, -- handed over (cash); equals amount otherwise
    change_minor INTEGER NOT NULL,
    reference TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (order_id, id)
) WITHOUT ROWID;
INSERT INTO payments_019 (order_id, id, method, amount_minor, tendered_minor, change_minor, reference, created_at)
SELECT order_id, id, method, amount_minor, tendered_minor, change_minor, reference, created_at FROM payments;
DROP TABLE payments;
ALTER TABLE payments_019 RENAME TO payments;
CREATE INDEX payments_deposit ON payments (reference) WHERE method = 'deposit';
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never edited');
END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never deleted');
END;
DROP INDEX orders_total;
