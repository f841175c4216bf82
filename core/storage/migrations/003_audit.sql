-- Schema 3: the audit trail. Append-only and hash-chained (see docs/audit.md and core/auditlog.h):
-- hash = sha256(prev || canonical JSON of every column but hash); the first entry's prev is 64 zeros.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT,
    actor_name TEXT,
    action TEXT NOT NULL,
    record TEXT,
    approver_id TEXT,
    reason TEXT,
    detail TEXT,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_action ON audit (action, seq);
CREATE INDEX audit_actor ON audit (actor_id, seq);
-- "at" carries its own offset, so times are compared as instants, not as text.
CREATE INDEX audit_time ON audit (julianday(at));

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- Appends only, at the end, without gaps: this also stops INSERT OR REPLACE from swapping out an entry.
CREATE TRIGGER audit_append_at_end BEFORE INSERT ON audit
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit)
BEGIN
    SELECT RAISE(ABORT, 'audit entries are appended at the end, in sequence');
END;
