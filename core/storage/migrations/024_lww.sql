-- Schema 24: last writer wins between terminals (docs/sync-protocol.md, "Convergence").
--
-- An op that sets a piece of state (an item, a staff member's hours, a booking's status...) carries the hybrid
-- logical clock reading of its write. NULL for the ledgers (orders, shifts), which are only ever appended.
ALTER TABLE outbox ADD COLUMN hlc TEXT;

-- The clock: the last reading this terminal issued or saw, so that its next write is later than both.
CREATE TABLE hlc_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    wall_ms INTEGER NOT NULL,
    counter INTEGER NOT NULL
);

-- Per piece of state ("item/ID", "booking_status/ID"...), the version of the write that holds it: the clock reading
-- and the op id ("000001765152000123-00000/0190..."), compared as text. A pulled write older than this is not
-- applied; a local write records itself here, so that an older write from elsewhere never overwrites it.
CREATE TABLE lww_registers (
    register TEXT PRIMARY KEY,
    version TEXT NOT NULL
) WITHOUT ROWID;
