-- Schema 8: shifts, cash movements and closures (Z-reports). All append-only: a shift is open while it
-- has no closure row. A shift covers the journal entries after opened_after_seq up to its closure.
CREATE TABLE shifts (
    id TEXT PRIMARY KEY,
    terminal TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by TEXT,
    opened_by_name TEXT,
    float_minor INTEGER NOT NULL CHECK (float_minor >= 0),
    currency TEXT NOT NULL,
    opened_after_seq INTEGER NOT NULL -- the last journal seq before the shift
);
CREATE INDEX shifts_terminal ON shifts (terminal, opened_at);

CREATE TABLE cash_movements (
    id TEXT PRIMARY KEY,
    shift_id TEXT NOT NULL REFERENCES shifts (id),
    kind TEXT NOT NULL CHECK (kind IN ('in', 'out', 'no_sale')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    reason TEXT NOT NULL,
    staff_id TEXT,
    approver_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

CREATE TABLE shift_closures (
    shift_id TEXT PRIMARY KEY REFERENCES shifts (id),
    z_number INTEGER NOT NULL,
    terminal TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT,
    counted_cash_minor INTEGER NOT NULL,
    expected_cash_minor INTEGER NOT NULL,
    report TEXT NOT NULL, -- JSON, as journaled
    journal_seq INTEGER NOT NULL UNIQUE,
    UNIQUE (terminal, z_number)
);


CREATE TRIGGER shifts_no_change BEFORE UPDATE ON shifts
BEGIN
    SELECT RAISE(ABORT, 'shifts are never edited; close them');
END;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN
    SELECT RAISE(ABORT, 'shifts are never deleted');
END;
CREATE TRIGGER cash_movements_no_change BEFORE UPDATE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are never edited');
END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN
    SELECT RAISE(ABORT, 'cash movements are never deleted');
END;
CREATE TRIGGER shift_closures_no_change BEFORE UPDATE ON shift_closures
BEGIN
    SELECT RAISE(ABORT, 'closures are never edited');
END;
CREATE TRIGGER shift_closures_no_delete BEFORE DELETE ON shift_closures
BEGIN
    SELECT RAISE(ABORT, 'closures are never deleted');
END;
