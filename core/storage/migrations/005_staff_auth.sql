-- Schema 5: staff sign-in (PIN hashes, failure counts, lockout), bookable services, and single-use
-- manager approvals (see security/staffauth.h). PIN hashes are PinHasher strings peppered with the device
-- secret, so they are only meaningful on this terminal; they never leave it (no outbox payload holds them).
ALTER TABLE staff ADD COLUMN pin_hash TEXT;                              -- NULL: no PIN yet
ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0; -- wrong PINs since the last good one
ALTER TABLE staff ADD COLUMN locked_out INTEGER NOT NULL DEFAULT 0;      -- 1: a manager or the owner must unlock
ALTER TABLE staff ADD COLUMN retry_after TEXT;                           -- ISO 8601 with offset, or NULL
ALTER TABLE staff ADD COLUMN services TEXT NOT NULL DEFAULT '[]';        -- JSON array of catalog item ids
ALTER TABLE staff ADD COLUMN updated_at TEXT;

-- One row per issued approval token. Only the lowercase hex SHA-256 of the token is stored.
CREATE TABLE approvals (
    token_hash TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    record TEXT NOT NULL,
    approver_id TEXT NOT NULL REFERENCES staff (id),
    reason TEXT,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
) WITHOUT ROWID;
