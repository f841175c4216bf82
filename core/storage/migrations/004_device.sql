-- Schema 4: this terminal's identity. One row. The private key and the PIN pepper are NOT here: they live in
-- files under <secrets root>/<secret_id>/ (see security/secretstore.h), so a copy of this file alone cannot
-- sign as the terminal or recover PINs.
CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    terminal_id TEXT NOT NULL,
    secret_id TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    created_at TEXT NOT NULL
);
