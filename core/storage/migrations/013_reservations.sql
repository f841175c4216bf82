-- Schema 13: restaurant reservations and the waitlist (docs/bookings.md). A reservation holds a party
-- size, a time and one or more tables; seating it opens the ticket on its first table. Tables that may
-- be pushed together share a combine group and have consecutive positions in it.

ALTER TABLE dining_tables ADD COLUMN combine_group TEXT NOT NULL DEFAULT '';
ALTER TABLE dining_tables ADD COLUMN combine_position INTEGER NOT NULL DEFAULT 0;

-- When the room takes reservations: one row per interval (lunch, dinner). No row on a weekday: closed.
CREATE TABLE dining_hours (
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- Monday = 1 … Sunday = 7
    start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1440),
    CHECK (end_min > start_min),
    PRIMARY KEY (weekday, start_min)
) WITHOUT ROWID;

CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'checked_in', 'in_service', 'completed',
                                           'no_show', 'cancelled', 'pending_sync', 'conflict')),
    source TEXT NOT NULL CHECK (source IN ('counter', 'walk_in', 'phone', 'platform')),
    customer_id TEXT REFERENCES customers (id),
    guest_name TEXT NOT NULL CHECK (length(guest_name) > 0),
    party_size INTEGER NOT NULL CHECK (party_size BETWEEN 1 AND 99),
    day TEXT NOT NULL,                 -- local date, YYYY-MM-DD
    start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 15 AND 480),
    starts_at TEXT NOT NULL,           -- ISO 8601 with the local offset
    notes TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT,
    seated_table_id TEXT REFERENCES dining_tables (id), -- where its ticket was opened
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start_min + duration_min <= 1440)
);
CREATE INDEX reservations_day ON reservations (day, start_min);

-- The tables a reservation holds, in position order (two or more when tables are combined).
CREATE TABLE reservation_tables (
    reservation_id TEXT NOT NULL REFERENCES reservations (id),
    table_id TEXT NOT NULL REFERENCES dining_tables (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (reservation_id, table_id)
) WITHOUT ROWID;
CREATE INDEX reservation_tables_table ON reservation_tables (table_id);

-- Every change of a reservation after it was made, as booking_events does for bookings.
CREATE TABLE reservation_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    reservation_id TEXT NOT NULL REFERENCES reservations (id),
    kind TEXT NOT NULL,   -- created | moved | status | cancelled | no_show | seated
    detail TEXT NOT NULL, -- JSON
    staff_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX reservation_events_reservation ON reservation_events (reservation_id, seq);

-- Parties waiting for a table tonight. The quote is what the host told them when they were added.
CREATE TABLE waitlist (
    id TEXT PRIMARY KEY,
    guest_name TEXT NOT NULL CHECK (length(guest_name) > 0),
    phone TEXT NOT NULL DEFAULT '',    -- normalized, to call them back
    party_size INTEGER NOT NULL CHECK (party_size BETWEEN 1 AND 99),
    quoted_min INTEGER NOT NULL CHECK (quoted_min >= 0),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'seated', 'left')),
    seated_table_id TEXT REFERENCES dining_tables (id),
    added_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX waitlist_waiting ON waitlist (status, added_at);
