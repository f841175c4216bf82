-- Schema 1: merchant, settings, staff, catalog and the sync outbox.
CREATE TABLE merchant (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    vertical TEXT NOT NULL CHECK (vertical IN ('salon', 'restaurant', 'cleaning')),
    currency TEXT NOT NULL,
    vat_bp INTEGER NOT NULL DEFAULT 1000 CHECK (vat_bp BETWEEN 0 AND 10000),
    prices_include_vat INTEGER NOT NULL DEFAULT 1,
    brn TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'staff')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE items (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    category_id TEXT REFERENCES categories (id),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    vat_bp INTEGER NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    barcode TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX items_barcode ON items (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX items_category ON items (category_id);

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    op TEXT NOT NULL,
    op_version INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (state, seq);
