-- A deposit taken for a reservation (for example for a large party), credited when its table's bill is paid:
-- payments of method 'deposit' whose reference is the reservation id count against it.
ALTER TABLE reservations ADD COLUMN deposit_minor INTEGER NOT NULL DEFAULT 0 CHECK (deposit_minor >= 0);
