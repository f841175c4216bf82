-- Schema 23: the platform this terminal is paired with, and what sync could not do by itself.
--
-- At most one row: pairing writes it once (madangctl pair, Settings -> Platform); last_sync_at is the end of the
-- last round that completed.
CREATE TABLE platform_link (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL CHECK (url <> ''),
    merchant_id TEXT NOT NULL CHECK (merchant_id <> ''),
    merchant_name TEXT NOT NULL,
    device_id TEXT NOT NULL CHECK (device_id <> ''),
    terminal_id TEXT NOT NULL,
    paired_at TEXT NOT NULL,
    last_sync_at TEXT
);

-- Changes pulled from the platform that this terminal could not apply (a payload it refuses): kept with the reason
-- for someone to look at, so that one bad change never stops the ones after it.
CREATE TABLE sync_attention (
    op_id TEXT PRIMARY KEY,
    op TEXT NOT NULL,
    origin TEXT NOT NULL,
    server_seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    noted_at TEXT NOT NULL
);
