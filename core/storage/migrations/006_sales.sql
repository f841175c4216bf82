-- Schema 6: modifiers, orders, payments, receipt numbers, parked tickets and the signed sales journal
-- (see core/journal.h and docs/journal.md). Orders, lines, payments and the journal are ledgers: rows are
-- only ever added; a refund or a void is a new order that points at the one it corrects.

-- Option groups (size, spice level, extra shot) and which items offer them.
CREATE TABLE modifier_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    min_choices INTEGER NOT NULL DEFAULT 0 CHECK (min_choices >= 0),
    max_choices INTEGER NOT NULL DEFAULT 1 CHECK (max_choices >= 1 AND max_choices >= min_choices),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE modifier_options (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES modifier_groups (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX modifier_options_group ON modifier_options (group_id, position);
CREATE TABLE item_modifier_groups (
    item_id TEXT NOT NULL REFERENCES items (id),
    group_id TEXT NOT NULL REFERENCES modifier_groups (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, group_id)
) WITHOUT ROWID;

-- The last receipt number handed out per terminal. Bumped inside the sale's transaction, so a sale that
-- rolls back gives its number back and the sequence stays gapless.
CREATE TABLE receipt_counters (
    terminal TEXT PRIMARY KEY,
    last INTEGER NOT NULL CHECK (last >= 0)
) WITHOUT ROWID;

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'void')),
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
    journal_seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX orders_time ON orders (julianday(finalized_at));
CREATE INDEX orders_total ON orders (total_minor);
CREATE INDEX orders_corrects ON orders (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE TABLE order_lines (
    order_id TEXT NOT NULL REFERENCES orders (id),
    line_no INTEGER NOT NULL,
    item_id TEXT,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    qty INTEGER NOT NULL,
    unit_minor INTEGER NOT NULL,      -- catalog price at the time, without modifiers
    modifiers_minor INTEGER NOT NULL, -- per unit
    discount_minor INTEGER NOT NULL,  -- line discount plus its share of the order discount
    total_minor INTEGER NOT NULL,     -- after discounts, VAT included
    vat_bp INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,       -- the line's share of its rate's VAT
    modifiers TEXT NOT NULL DEFAULT '[]', -- JSON: [{"group":…,"option":…,"price_minor":…}]
    note TEXT,
    staff_id TEXT,
    corrects_line INTEGER, -- for refunds: the line_no in the corrected sale
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id),
    method TEXT NOT NULL, -- cash, card, and later the platform methods
    amount_minor INTEGER NOT NULL,   -- applied to the order (negative when money goes back)
    tendered_minor INTEGER NOT NULL, -- handed over (cash); equals amount otherwise
    change_minor INTEGER NOT NULL,
    reference TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);

-- Held tickets: drafts, so the one table here that is edited and deleted.
CREATE TABLE parked_tickets (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    staff_id TEXT,
    ticket TEXT NOT NULL, -- JSON, see Ticket::toJson
    parked_at TEXT NOT NULL
);

-- The signed journal: hash = sha256(prev || canonical JSON of the entry without hash and sig),
-- sig = ECDSA P-256 over the ASCII hash by the device key.
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY,
    terminal TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('sale', 'refund', 'void', 'closure', 'reprint')),
    at TEXT NOT NULL,
    receipt TEXT,
    total_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    body TEXT NOT NULL, -- canonical JSON
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    sig TEXT NOT NULL
);
CREATE INDEX journal_receipt ON journal (receipt);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal entries are append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal entries are append-only');
END;
CREATE TRIGGER journal_append_at_end BEFORE INSERT ON journal
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM journal)
BEGIN
    SELECT RAISE(ABORT, 'journal entries are appended at the end, in sequence');
END;

CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never edited; refund or void them');
END;
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never deleted; refund or void them');
END;
CREATE TRIGGER order_lines_no_change BEFORE UPDATE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never edited; refund or void them');
END;
CREATE TRIGGER order_lines_no_delete BEFORE DELETE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'finalized orders are never deleted; refund or void them');
END;
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never edited');
END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are never deleted');
END;
