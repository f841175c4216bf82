-- Schema 14: cleaning crews (docs/bookings.md). A crew is people who work together, usually with a van; a
-- job booked for a crew takes every member and the van, and the crew needs time to drive between its jobs.

CREATE TABLE crews (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    van_id TEXT REFERENCES stations (id),
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE crew_members (
    crew_id TEXT NOT NULL REFERENCES crews (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    position INTEGER NOT NULL DEFAULT 0, -- the first member leads: the booking's staff member
    PRIMARY KEY (crew_id, staff_id)
) WITHOUT ROWID;

-- Driving minutes between two job addresses, either way; pairs not listed take the default setting.
CREATE TABLE travel_times (
    from_address TEXT NOT NULL,
    to_address TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
    PRIMARY KEY (from_address, to_address)
) WITHOUT ROWID;

ALTER TABLE bookings ADD COLUMN crew_id TEXT REFERENCES crews (id);
CREATE INDEX bookings_crew ON bookings (crew_id, day) WHERE crew_id IS NOT NULL;
