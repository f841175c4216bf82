-- Schema 25: room for the orders that other terminals of the merchant sold, and the outbox without an op id
-- index.
--
-- An order pulled from another terminal (docs/sync-protocol.md, "Ledgers") has no entry in this terminal's
-- journal: journal_seq is NULL, and source_seq and source_hash name its entry in its own terminal's journal
-- instead. Exactly one of the two is set. The receipt stays unique across the merchant: its prefix is the
-- terminal id the platform gave. The table is rebuilt with every row (SQLite cannot drop a NOT NULL); it stays a
-- rowid table: as a WITHOUT ROWID table keyed by id, a sale wrote more pages, not fewer (its secondary indexes
-- then hold the 36-character id, and SQLite splits full index pages three ways instead of appending a page).
--
-- The outbox loses its UNIQUE index on op_id: op ids come from one UUIDv7 generator, the platform refuses an op
-- id it has seen with another payload, and the outbox is updated by seq (its key). That index was one more page
-- in every sale. Pending ops are found by a partial index that holds only the pending ones (a sent op leaves
-- it), and refused ops by another that a sale never touches.
--
-- The Migrator runs a schema's steps with foreign keys off and checks them (PRAGMA foreign_key_check) before
-- it commits: dropping orders, which order_lines and payments name, would otherwise fail.
DROP TRIGGER orders_no_update;
DROP TRIGGER orders_no_delete;
CREATE TABLE orders_025 (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'sale' OR kind = 'refund' OR kind = 'void'),
    receipt TEXT NOT NULL UNIQUE,
    terminal TEXT NOT NULL,
    corrects_id TEXT REFERENCES orders (id), -- the sale a refund or void corrects
    staff_id TEXT,
    staff_name TEXT,
    approver_id TEXT,
    reason TEXT,
    table_name TEXT,
    finalized_at TEXT NOT NULL,
    currency TEXT NOT NULL,
    subtotal_minor INTEGER NOT NULL, -- lines before the order discount
    discount_minor INTEGER NOT NULL, -- line and order discounts
    tip_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL, -- what was paid (negative for refunds and voids)
    journal_seq INTEGER UNIQUE,   -- this terminal's entry; NULL for an order pulled from another terminal
    customer_id TEXT,
    source_seq INTEGER,           -- a pulled order's entry in its own terminal's journal
    source_hash TEXT,             -- and that entry's hash
    CHECK ((journal_seq IS NULL) = (source_seq IS NOT NULL) AND (source_seq IS NULL) = (source_hash IS NULL))
);
INSERT INTO orders_025 (id, kind, receipt, terminal, corrects_id, staff_id, staff_name, approver_id, reason,
                        table_name, finalized_at, currency, subtotal_minor, discount_minor, tip_minor, vat_minor,
                        total_minor, journal_seq, customer_id)
SELECT id, kind, receipt, terminal, corrects_id, staff_id, staff_name, approver_id, reason, table_name, finalized_at,
       currency, subtotal_minor, discount_minor, tip_minor, vat_minor, total_minor, journal_seq, customer_id
FROM orders;
DROP TABLE orders;
ALTER TABLE orders_025 RENAME TO orders;
CREATE INDEX orders_time ON orders (julianday(finalized_at));
CREATE INDEX orders_corrects ON orders (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never edited; refund or void them');
END;
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never deleted; refund or void them');
END;

CREATE TABLE outbox_025 (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL,
    op TEXT NOT NULL,
    op_version INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'sent' OR state = 'failed'),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    hlc TEXT
);
INSERT INTO outbox_025 (seq, op_id, op, op_version, entity_id, payload, created_at, state, attempts, last_error, hlc)
SELECT seq, op_id, op, op_version, entity_id, payload, created_at, state, attempts, last_error, hlc
FROM outbox ORDER BY seq;
DROP TABLE outbox;
ALTER TABLE outbox_025 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (seq) WHERE state = 'pending';
CREATE INDEX outbox_failed ON outbox (seq) WHERE state = 'failed';
