-- Schema 18: the outbox without AUTOINCREMENT, and the pull cursor.
--
-- Outbox rows are never deleted (a sent op stays, marked 'sent'), so the largest seq is never freed and a plain
-- INTEGER PRIMARY KEY (max + 1) never reuses one. AUTOINCREMENT only added a write to sqlite_sequence to every
-- transaction that queues an op: a sale. The table is rebuilt with every row and its seq.
CREATE TABLE outbox_018 (
    seq INTEGER PRIMARY KEY,
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
INSERT INTO outbox_018 (seq, op_id, op, op_version, entity_id, payload, created_at, state, attempts, last_error)
SELECT seq, op_id, op, op_version, entity_id, payload, created_at, state, attempts, last_error FROM outbox ORDER BY seq;
DROP TABLE outbox;
ALTER TABLE outbox_018 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (state, seq);

-- Where the terminal is in the platform's op log (PullCursor): the server's epoch and the last sequence applied
-- from it. At most one row; none before the first pull.
CREATE TABLE sync_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_epoch TEXT NOT NULL CHECK (server_epoch <> ''),
    last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
    updated_at TEXT NOT NULL
);
