-- Schema 12: recurring visits (a cleaning every other Tuesday). Each visit is a booking of its own with
-- series_id set; the series keeps the rule it was made from (docs/bookings.md, "Recurring visits").
CREATE TABLE booking_series (
    id TEXT PRIMARY KEY,
    repeat TEXT NOT NULL CHECK (repeat IN ('weekly', 'every_2_weeks', 'monthly_weekday')),
    first_day TEXT NOT NULL,
    visits INTEGER NOT NULL CHECK (visits BETWEEN 1 AND 104),
    created_at TEXT NOT NULL
);
CREATE INDEX bookings_series ON bookings (series_id, day) WHERE series_id IS NOT NULL;
