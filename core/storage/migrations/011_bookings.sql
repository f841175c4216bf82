-- Schema 11: bookings (docs/bookings.md). Resources (working hours, days off, stations), the bookable
-- details of a service item, customers with their consent-scoped shared profile, and the bookings
-- themselves with their lifecycle and the audited moves.

-- Weekly working hours: one row per working interval; breaks are the gaps. No row on a weekday: day off.
CREATE TABLE staff_hours (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- Monday = 1 … Sunday = 7
    start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1440),
    CHECK (end_min > start_min),
    PRIMARY KEY (staff_id, weekday, start_min)
) WITHOUT ROWID;

CREATE TABLE staff_days_off (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    day TEXT NOT NULL, -- YYYY-MM-DD
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (staff_id, day)
) WITHOUT ROWID;

-- Chairs, rooms, basins and vans.
CREATE TABLE stations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('chair', 'room', 'basin', 'van')),
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

-- What booking a catalog item takes. The price comes from the item; work + processing + finish is the
-- span a customer is in the shop (a colour: 30 work, 40 processing in which the stylist is free, 20 finish).
CREATE TABLE services (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    work_min INTEGER NOT NULL CHECK (work_min > 0),
    processing_min INTEGER NOT NULL DEFAULT 0 CHECK (processing_min >= 0),
    finish_min INTEGER NOT NULL DEFAULT 0 CHECK (finish_min >= 0),
    buffer_before_min INTEGER NOT NULL DEFAULT 0 CHECK (buffer_before_min >= 0),
    buffer_after_min INTEGER NOT NULL DEFAULT 0 CHECK (buffer_after_min >= 0),
    station_kind TEXT NOT NULL DEFAULT '' CHECK (station_kind IN ('', 'chair', 'room', 'basin', 'van'))
) WITHOUT ROWID;

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    phone TEXT NOT NULL DEFAULT '',       -- normalized, "+821012345678"; '' when unknown
    phone_last4 TEXT NOT NULL DEFAULT '', -- the counter asks "the last four digits?"
    notes TEXT NOT NULL DEFAULT '',
    platform_id TEXT UNIQUE,              -- the platform's customer id, when known
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_phone ON customers (phone) WHERE phone <> '';
CREATE INDEX customers_last4 ON customers (phone_last4);

-- What a customer chose to share with this merchant on the platform, one row per field, each with the
-- scope and the moment of consent. A revoked field is deleted: the terminal keeps nothing of it.
CREATE TABLE shared_profile (
    customer_id TEXT NOT NULL REFERENCES customers (id),
    field TEXT NOT NULL,   -- preferred_staff | playlist | allergies | preferences | …
    value TEXT NOT NULL,
    scope TEXT NOT NULL,   -- what the consent covers, e.g. "bookings" or "visit"
    consented_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, field)
) WITHOUT ROWID;

CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'checked_in', 'in_service', 'completed',
                                           'no_show', 'cancelled', 'pending_sync', 'conflict')),
    source TEXT NOT NULL CHECK (source IN ('counter', 'walk_in', 'phone', 'platform')),
    customer_id TEXT REFERENCES customers (id),
    item_id TEXT NOT NULL REFERENCES items (id),
    staff_id TEXT REFERENCES staff (id),
    station_id TEXT REFERENCES stations (id),
    day TEXT NOT NULL,                 -- local date, YYYY-MM-DD
    start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    -- The service's phases as booked, so that a later edit of the service does not move old bookings.
    work_min INTEGER NOT NULL CHECK (work_min > 0),
    processing_min INTEGER NOT NULL DEFAULT 0,
    finish_min INTEGER NOT NULL DEFAULT 0,
    buffer_before_min INTEGER NOT NULL DEFAULT 0,
    buffer_after_min INTEGER NOT NULL DEFAULT 0,
    starts_at TEXT NOT NULL,           -- ISO 8601 with the local offset
    party_size INTEGER NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 99),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    deposit_minor INTEGER NOT NULL DEFAULT 0 CHECK (deposit_minor >= 0),
    no_show_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (no_show_fee_minor >= 0),
    cancel_reason TEXT,
    notes TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    access_notes TEXT NOT NULL DEFAULT '',
    series_id TEXT,
    order_id TEXT,                     -- the sale that checked it out
    needs_reassignment INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start_min + work_min + processing_min + finish_min <= 1440)
);
CREATE INDEX bookings_day ON bookings (day, start_min);
CREATE INDEX bookings_customer ON bookings (customer_id);
CREATE INDEX bookings_staff ON bookings (staff_id, day);

-- Every change of a booking after it was made: status changes, moves (from and to), cancellations.
CREATE TABLE booking_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id TEXT NOT NULL REFERENCES bookings (id),
    kind TEXT NOT NULL,   -- created | status | moved | cancelled | no_show | deposit
    detail TEXT NOT NULL, -- JSON
    staff_id TEXT,        -- who did it at the terminal, when known
    at TEXT NOT NULL
);
CREATE INDEX booking_events_booking ON booking_events (booking_id, seq);

-- A staff member taken off the team keeps their history; their open bookings are flagged for someone
-- else to take over (the calendar lists them).
CREATE TRIGGER staff_retired_flags_bookings AFTER UPDATE OF active ON staff
WHEN NEW.active = 0 AND OLD.active = 1
BEGIN
    UPDATE bookings SET needs_reassignment = 1
    WHERE staff_id = NEW.id AND status IN ('requested', 'confirmed', 'pending_sync', 'conflict');
END;
