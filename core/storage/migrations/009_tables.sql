-- Schema 9: the restaurant floor (areas and tables), the running ticket of each table, and where the
-- kitchen gets each category (station and course). Open tickets are drafts until paid, so they are
-- edited in place; what was sent to the kitchen is kept with them to mark new and changed items.
CREATE TABLE areas (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE dining_tables (
    id TEXT PRIMARY KEY,
    area_id TEXT NOT NULL REFERENCES areas (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 99),
    x INTEGER NOT NULL DEFAULT 0, -- position and size on the plan, in plan units (0..1000)
    y INTEGER NOT NULL DEFAULT 0,
    width INTEGER NOT NULL DEFAULT 100 CHECK (width > 0),
    height INTEGER NOT NULL DEFAULT 100 CHECK (height > 0),
    round INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (area_id, name)
);

CREATE TABLE open_tickets (
    table_id TEXT PRIMARY KEY REFERENCES dining_tables (id),
    id TEXT NOT NULL UNIQUE,
    guests INTEGER NOT NULL DEFAULT 0,
    staff_id TEXT,
    ticket TEXT NOT NULL,             -- JSON, see Ticket::toJson
    sent TEXT NOT NULL DEFAULT '{}',  -- JSON: what the kitchen has, by line id
    bill_printed INTEGER NOT NULL DEFAULT 0,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE kitchen_routes (
    category_id TEXT PRIMARY KEY REFERENCES categories (id),
    station TEXT NOT NULL DEFAULT 'kitchen',
    course INTEGER NOT NULL DEFAULT 1 CHECK (course BETWEEN 1 AND 9)
) WITHOUT ROWID;
