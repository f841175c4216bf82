-- Schema 7: printers and the durable print queue (see core/printqueue.h and docs/printing.md).
-- Times are UTC, ISO 8601 with milliseconds and a "Z" ("2025-03-14T00:30:05.000Z"), so that text order is time order.

CREATE TABLE printers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('tcp', 'serial', 'pdf')),
    address TEXT NOT NULL CHECK (length(address) > 0), -- "host[:port]", "/dev/ttyUSB0[@baud]" or a folder
    width_mm INTEGER NOT NULL CHECK (width_mm IN (58, 80)),
    fallback_id TEXT REFERENCES printers (id) CHECK (fallback_id IS NULL OR fallback_id <> id),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at TEXT NOT NULL
);

-- One job is the exact bytes for one printer. queued -> done; queued -> failed after the last attempt
-- (retry queues it again); queued or failed -> cancelled. A job that moves to a fallback printer keeps its id.
CREATE TABLE print_jobs (
    id TEXT PRIMARY KEY, -- UUIDv7: text order is enqueue order
    printer_id TEXT NOT NULL REFERENCES printers (id),
    kind TEXT NOT NULL CHECK (length(kind) > 0), -- receipt, kitchen, report...
    reference TEXT NOT NULL DEFAULT '', -- e.g. the receipt number
    payload BLOB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX print_jobs_queue ON print_jobs (printer_id, id) WHERE state = 'queued';
CREATE INDEX print_jobs_failed ON print_jobs (updated_at) WHERE state = 'failed';
CREATE INDEX print_jobs_finished ON print_jobs (updated_at) WHERE state IN ('done', 'cancelled');
