#!/bin/sh
# Makes madang-v1.db: a terminal database as Madang schema 1 wrote it (before the search index of
# schema 2), with a merchant, a category, three items with Hangul names and one pending outbox op.
# tst_migrator copies it and upgrades the copy. Run once from anywhere; commit the result.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/madang-v1.db"
rm -f "$out"
sqlite3 "$out" <<SQL
.read $here/../../core/storage/migrations/001_initial.sql
PRAGMA user_version = 1;
BEGIN;
INSERT INTO merchant (id, name, vertical, currency, vat_bp, prices_include_vat, brn, created_at)
VALUES (1, '마당 식당 (Madang Kitchen)', 'restaurant', 'KRW', 1000, 1, '123-45-67890', '2024-11-02T10:15:00.000+09:00');
INSERT INTO staff (id, name, role, active, created_at)
VALUES ('0192ecb1-7f4a-7000-8000-000000000001', '김사장', 'owner', 1, '2024-11-02T10:15:00.000+09:00');
INSERT INTO categories (id, name, position) VALUES ('0192ecb1-7f4a-7000-8000-0000000000c1', '식사', 1);
INSERT INTO items (rid, id, sku, name, category_id, price_minor, vat_bp, duration_min, barcode, active, created_at, updated_at)
VALUES
 (1, '0192ecb1-7f4a-7000-8000-000000000101', 'M-KIMCHI', '김치찌개', '0192ecb1-7f4a-7000-8000-0000000000c1', 9000, 1000, 0, NULL, 1,
  '2024-11-02T10:16:00.000+09:00', '2024-11-02T10:16:00.000+09:00'),
 (2, '0192ecb1-7f4a-7000-8000-000000000102', 'M-DOENJANG', '된장찌개', '0192ecb1-7f4a-7000-8000-0000000000c1', 9000, 1000, 0, NULL, 1,
  '2024-11-02T10:16:00.000+09:00', '2024-11-02T10:16:00.000+09:00'),
 (3, '0192ecb1-7f4a-7000-8000-000000000103', 'D-COLA', '콜라 355ml', NULL, 2000, 1000, 0, '8801094013004', 1,
  '2024-11-02T10:16:00.000+09:00', '2024-11-02T10:16:00.000+09:00');
INSERT INTO outbox (op_id, op, op_version, entity_id, payload, created_at)
VALUES ('0192ecb1-7f4a-7000-8000-0000000000f1', 'catalog.item.created', 1, '0192ecb1-7f4a-7000-8000-000000000101',
        '{"id":"0192ecb1-7f4a-7000-8000-000000000101","sku":"M-KIMCHI","name":"김치찌개","price_minor":9000}',
        '2024-11-02T10:16:00.000+09:00');
COMMIT;
VACUUM;
SQL
echo "wrote $out (user_version $(sqlite3 "$out" 'PRAGMA user_version'))"
