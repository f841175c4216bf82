-- Schema 20: a shift that a sale opened. A sale, refund or void taken while no shift is open on its terminal
-- opens one in the same transaction (with no float counted), so that every sale reaches an X- and a Z-report
-- and every cash sale lands in some drawer's count. The flag lets the reports and an auditor tell such a shift
-- from one a worker opened with a counted float.
ALTER TABLE shifts ADD COLUMN opened_automatically INTEGER NOT NULL DEFAULT 0 CHECK (opened_automatically IN (0, 1));
