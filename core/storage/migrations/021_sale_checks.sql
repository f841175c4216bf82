-- Schema 21: the sale path's CHECK constraints written as comparisons instead of IN lists.
--
-- SQLite evaluates `x IN ('a', 'b', 'c')` (three values or more) by building a temporary index of the list on
-- every run of the statement, so each sale built three: for orders.kind, journal.type and outbox.state, about
-- 2 µs each. `x = 'a' OR x = 'b' OR x = 'c'` is the same constraint and costs nothing to set up.
--
-- The rows are not touched (they satisfy both forms), so the tables are not rebuilt: the definitions are edited
-- in sqlite_schema, the way SQLite documents for changing a CHECK constraint ("Making Other Kinds Of Table
-- Schema Changes"), inside the migration's transaction. The migrator then moves the schema version on, so
-- that every connection reads the new definitions; a definition that did not parse would fail the migration
-- and leave the file as it was.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''sale'', ''refund'', ''void''))',
                  'CHECK (kind = ''sale'' OR kind = ''refund'' OR kind = ''void'')')
WHERE type = 'table' AND name = 'orders';
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (type IN (''sale'', ''refund'', ''void'', ''closure'', ''reprint''))',
                  'CHECK (type = ''sale'' OR type = ''refund'' OR type = ''void'' OR type = ''closure'' OR type = ''reprint'')')
WHERE type = 'table' AND name = 'journal';
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (state IN (''pending'', ''sent'', ''failed''))',
                  'CHECK (state = ''pending'' OR state = ''sent'' OR state = ''failed'')')
WHERE type = 'table' AND name = 'outbox';
PRAGMA writable_schema = OFF;
