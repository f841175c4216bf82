// What each schema step does to an older file with rows in it: the checked-in schema-1 file comes through with
// every row and its backup; schema 17 renames duplicate stations; schema 21 writes the sale path's CHECK
// constraints as comparisons; schema 25 rebuilds orders and the outbox with every row and every rule.
#include "catalog/catalogrepository.h"
#include "catalog/search/searchindex.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "rawsqlite.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
QStringList searchNames(Store &store, const QString &text)
{
    QStringList names;
    auto found = store.catalog().search(text);
    if (found) {
        for (const CatalogItem &item : found.value()) {
            names << item.name;
        }
    } else {
        names << QStringLiteral("ERROR: ") + found.error().message;
    }
    return names;
}
} // namespace

class TestSchemaUpgrades : public QObject
{
    Q_OBJECT

private slots:
    void upgradeCheckedInV1Database();
    void upgradeRenamesDuplicateStations();
    void saleChecksAreComparisons_data();
    void saleChecksAreComparisons();
    void upgradeKeysOrdersById();
};

void TestSchemaUpgrades::upgradeCheckedInV1Database()
{
    const QString fixture = dataPath(QStringLiteral("madang-v1.db"));
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QByteArray fixtureHash = fileHash(fixture);
    QCOMPARE(rawInt(fixture, QStringLiteral("PRAGMA user_version")), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgraded.db"));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    FakeClock clock;
    {
        auto store = Store::open(path, Database::Mode::ReadWrite, clock);
        MADANG_VERIFY_OK(store);
        Store &s = *store.value();
        const QSqlDatabase c = s.database().connection();
        QCOMPARE(s.database().schemaVersion(), Migrator::latestVersion(Migrator::builtin()));

        // Rows written by schema 1 are all there.
        QVERIFY(s.isSetUp());
        auto profile = s.merchant().profile();
        MADANG_VERIFY_OK(profile);
        QCOMPARE(profile.value()->name, QStringLiteral("마당 식당 (Madang Kitchen)"));
        QVERIFY(profile.value()->vertical == Vertical::Restaurant);
        QCOMPARE(profile.value()->currency, QStringLiteral("KRW"));
        auto staff = s.merchant().staff();
        MADANG_VERIFY_OK(staff);
        QCOMPARE(staff->size(), 1);
        QCOMPARE(staff->at(0).name, QStringLiteral("김사장"));
        auto categories = s.catalog().categories();
        MADANG_VERIFY_OK(categories);
        QCOMPARE(categories->size(), 1);
        QCOMPARE(categories->at(0).name, QStringLiteral("식사"));
        QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM items")), 3);
        auto kimchi = s.catalog().findBySku(QStringLiteral("M-KIMCHI"));
        MADANG_VERIFY_OK(kimchi);
        QVERIFY(kimchi->has_value());
        QCOMPARE(kimchi->value().name, QStringLiteral("김치찌개"));
        QCOMPARE(kimchi->value().priceMinor, 9000);
        QCOMPARE(kimchi->value().categoryName, QStringLiteral("식사"));
        auto pending = Outbox::pending(c);
        MADANG_VERIFY_OK(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->at(0).op, QStringLiteral("catalog.item.created"));
        QCOMPARE(pending->at(0).payload.value(QStringLiteral("name")).toString(), QStringLiteral("김치찌개"));

        // The index file was built from the old rows: prefix, infix, initials and barcode all find them.
        QCOMPARE(searchNames(s, QStringLiteral("찌개")),
                 QStringList({QStringLiteral("김치찌개"), QStringLiteral("된장찌개")}));
        QCOMPARE(searchNames(s, QStringLiteral("ㄱㅊ")), QStringList({QStringLiteral("김치찌개")}));
        QCOMPARE(searchNames(s, QStringLiteral("된장")), QStringList({QStringLiteral("된장찌개")}));
        QCOMPARE(searchNames(s, QStringLiteral("8801094013004")), QStringList({QStringLiteral("콜라 355ml")}));

        // And the upgraded store takes new writes.
        MADANG_VERIFY_OK(s.catalog().save(makeItem(QStringLiteral("M-BUDAE"), QStringLiteral("부대찌개"), 11000)));
        QCOMPARE(searchNames(s, QStringLiteral("찌개")).size(), 3);
    }
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), Migrator::latestVersion(Migrator::builtin()));
    QCOMPARE(fileHash(fixture), fixtureHash); // the checked-in file itself is never touched

    // The upgrade first copied the database as it was; that copy still opens at schema 1 with its rows.
    const QString backup = path + QStringLiteral(".schema1.bak");
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    QCOMPARE(rawInt(backup, QStringLiteral("PRAGMA user_version")), 1);
    QCOMPARE(rawInt(backup, QStringLiteral("SELECT count(*) FROM items")), 3);
    // Opening the upgraded file again backs up nothing more; an older copy is never overwritten.
    {
        auto again = Store::open(path, Database::Mode::ReadWrite, clock);
        MADANG_VERIFY_OK(again);
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
    const QString second = dir.filePath(QStringLiteral("second.db"));
    QVERIFY(QFile::copy(fixture, second));
    QVERIFY(QFile::setPermissions(second, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(QFile::copy(backup, second + QStringLiteral(".schema1.bak")));
    {
        auto upgraded = Store::open(second, Database::Mode::ReadWrite, clock);
        MADANG_VERIFY_OK(upgraded);
    }
    QVERIFY(QFile::exists(second + QStringLiteral(".schema1-2.bak")));
}

void TestSchemaUpgrades::upgradeRenamesDuplicateStations()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stations.db"));
    QList<Migration> upTo16 = Migrator::builtin();
    upTo16.removeIf([](const Migration &m) { return m.version > 16; });
    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, upTo16));
    // Three chairs named alike (ids by time), one already called "Chair (2)", and names that differ in case only.
    QVERIFY(rawExec(path, {QStringLiteral("INSERT INTO stations (id, name, kind) VALUES ('01', 'Chair', 'chair'), "
                                          "('02', 'Chair', 'chair'), ('03', 'Chair', 'chair'), "
                                          "('00', 'Chair (2)', 'chair'), ('04', 'chair', 'chair'), "
                                          "('05', '1호차', 'van')")}));
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 16);

    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, Migrator::builtin()));
    const auto named = [&](const char *id, const QString &name) {
        return rawInt(path, QStringLiteral("SELECT count(*) FROM stations WHERE id = '%1' AND name = '%2'")
                                .arg(QLatin1String(id), name));
    };
    QCOMPARE(named("01", QStringLiteral("Chair")), 1);      // the first keeps its name
    QCOMPARE(named("02", QStringLiteral("Chair (02)")), 1); // "Chair (2)" was taken: its id instead
    QCOMPARE(named("03", QStringLiteral("Chair (3)")), 1);
    QCOMPARE(named("00", QStringLiteral("Chair (2)")), 1);
    QCOMPARE(named("04", QStringLiteral("chair")), 1); // like crews', names differ by case
    QCOMPARE(named("05", QStringLiteral("1호차")), 1);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM stations")), 6);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM sqlite_temp_master")), 0);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'stations_name'")), 1);
    QVERIFY(!rawExec(path, {QStringLiteral("INSERT INTO stations (id, name, kind) VALUES ('06', 'Chair', 'room')")}));
}

void TestSchemaUpgrades::saleChecksAreComparisons_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("validRow");   // an INSERT that the constraint allows
    QTest::addColumn<QString>("invalidRow"); // the same with a value it refuses
    const QString order = QStringLiteral(
        "INSERT INTO orders (id, kind, receipt, terminal, finalized_at, currency, subtotal_minor, discount_minor, "
        "tip_minor, vat_minor, total_minor, journal_seq) VALUES ('%1', '%2', 'T1-%1', 'T1', 't', 'KRW', 1, 0, 0, 0, "
        "1, %3)");
    QTest::newRow("orders.kind") << QStringLiteral("orders") << QStringLiteral("kind")
                                 << order.arg(QStringLiteral("1"), QStringLiteral("void"), QStringLiteral("1"))
                                 << order.arg(QStringLiteral("2"), QStringLiteral("gift"), QStringLiteral("2"));
    const QString entry =
        QStringLiteral("INSERT INTO journal (seq, terminal, type, at, receipt, total_minor, currency, "
                       "body, prev, hash, sig) VALUES (%1, 'T1', '%2', 't', NULL, 0, 'KRW', '{}', "
                       "'p', 'h', 's')");
    QTest::newRow("journal.type") << QStringLiteral("journal") << QStringLiteral("type")
                                  << entry.arg(QStringLiteral("1"), QStringLiteral("reprint"))
                                  << entry.arg(QStringLiteral("2"), QStringLiteral("Sale"));
    const QString op = QStringLiteral("INSERT INTO outbox (op_id, op, op_version, entity_id, payload, created_at, "
                                      "state) VALUES ('%1', 'x', 1, 'e', '{}', 't', '%2')");
    QTest::newRow("outbox.state") << QStringLiteral("outbox") << QStringLiteral("state")
                                  << op.arg(QStringLiteral("a"), QStringLiteral("failed"))
                                  << op.arg(QStringLiteral("b"), QStringLiteral("lost"));
}

void TestSchemaUpgrades::saleChecksAreComparisons()
{
    // Schema 21 writes the sale path's CHECK constraints as comparisons, which SQLite checks without building a
    // temporary index of an IN list on every insert. A file at schema 20 with rows is upgraded in place.
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, validRow);
    QFETCH(QString, invalidRow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checks.db"));
    QList<Migration> upTo20 = Migrator::builtin();
    upTo20.removeIf([](const Migration &m) { return m.version > 20; });
    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, upTo20));
    QVERIFY(rawExec(path, {validRow}));

    auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin());
    MADANG_VERIFY_OK(db);
    QVERIFY(db.value()->schemaVersion() >= 21);
    QSqlDatabase c = db.value()->connection();
    const QString definition =
        queryString(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table));
    QVERIFY2(definition.contains(QStringLiteral("CHECK (%1 = ").arg(column)), qPrintable(definition));
    QVERIFY2(!definition.contains(QStringLiteral("%1 IN (").arg(column)), qPrintable(definition));
    if (table == QLatin1String("orders")) {
        // Schema 22 added a column to orders after 021 edited its text (the schema was read again in between);
        // schema 25 rebuilt the table with every column.
        QVERIFY2(definition.contains(QStringLiteral("journal_seq INTEGER UNIQUE")), qPrintable(definition));
        QVERIFY2(definition.contains(QStringLiteral("customer_id TEXT")), qPrintable(definition));
    }
    // The connection that migrated uses the new definition: its insert builds no temporary index.
    QSqlQuery plan(c);
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN ") + invalidRow));
    while (plan.next()) {
        QVERIFY2(plan.value(1).toString() != QStringLiteral("OpenEphemeral"), qPrintable(invalidRow));
    }
    plan.finish();
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 1); // the row came through
    QString error;
    QVERIFY(!execSql(c, invalidRow, &error)); // and the constraint still refuses what it refused
    QVERIFY2(error.contains(QStringLiteral("CHECK constraint failed")), qPrintable(error));
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 1);
    QCOMPARE(queryString(c, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestSchemaUpgrades::upgradeKeysOrdersById()
{
    // Schema 25 rebuilds orders (journal_seq may be NULL for an order pulled from another terminal) while
    // order_lines, payments and the order's own refunds name it, and the outbox without its op id index. A file at
    // schema 24 with a sale, its refund, their lines and payments and two ops comes through with every row, and every
    // rule still holds.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QList<Migration> upTo24 = Migrator::builtin();
    upTo24.removeIf([](const Migration &m) { return m.version > 24; });
    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, upTo24));
    const QString order = QStringLiteral(
        "INSERT INTO orders (id, kind, receipt, terminal, corrects_id, finalized_at, currency, subtotal_minor, "
        "discount_minor, tip_minor, vat_minor, total_minor, journal_seq, customer_id) VALUES ('%1', '%2', 'T1-%3', "
        "'T1', %4, '2026-12-08T10:00:00.000Z', 'KRW', %5, 0, 0, 0, %5, %3, 'c1')");
    const QString line = QStringLiteral(
        "INSERT INTO order_lines (order_id, line_no, sku, name, qty, unit_minor, modifiers_minor, discount_minor, "
        "total_minor, vat_bp, vat_minor) VALUES ('%1', 1, 'M-1', '김치찌개', %2, 9000, 0, 0, %3, 1000, 0)");
    const QString payment = QStringLiteral(
        "INSERT INTO payments (order_id, id, method, amount_minor, tendered_minor, change_minor, created_at) "
        "VALUES ('%1', 'p%1', 'cash', %2, %2, 0, 't')");
    QVERIFY(rawExec(path, {order.arg(QStringLiteral("o1"), QStringLiteral("sale"), QStringLiteral("1"),
                                     QStringLiteral("NULL"), QStringLiteral("9000")),
                           order.arg(QStringLiteral("o2"), QStringLiteral("refund"), QStringLiteral("2"),
                                     QStringLiteral("'o1'"), QStringLiteral("-9000")),
                           line.arg(QStringLiteral("o1"), QStringLiteral("1"), QStringLiteral("9000")),
                           line.arg(QStringLiteral("o2"), QStringLiteral("-1"), QStringLiteral("-9000")),
                           payment.arg(QStringLiteral("o1"), QStringLiteral("9000")),
                           payment.arg(QStringLiteral("o2"), QStringLiteral("-9000")),
                           QStringLiteral("INSERT INTO outbox (seq, op_id, op, op_version, entity_id, payload, "
                                          "created_at, state, hlc) VALUES (3, 'a', 'order.finalized', 2, 'o1', "
                                          "'{}', 't', 'sent', NULL), (5, 'b', 'customer.created', 1, 'c1', "
                                          "'{\"name\":\"김민지\"}', 't', 'pending', '000001765152000123-00000')")}));
    const QString ordersSql = QStringLiteral(
        "SELECT group_concat(r, '|') FROM (SELECT id || ',' || kind || ',' || receipt || ',' || "
        "coalesce(corrects_id, '-') || ',' || total_minor || ',' || journal_seq || ',' || customer_id AS r "
        "FROM orders ORDER BY id)");
    const QString outboxSql = QStringLiteral(
        "SELECT group_concat(r, '|') FROM (SELECT seq || ',' || op_id || ',' || payload || ',' || state || ',' || "
        "coalesce(hlc, '-') AS r FROM outbox ORDER BY seq)");
    const QString before = rawString(path, ordersSql) + rawString(path, outboxSql);

    auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin());
    MADANG_VERIFY_OK(db);
    QSqlDatabase c = db.value()->connection();
    QVERIFY(db.value()->schemaVersion() >= 25);
    QCOMPARE(queryString(c, ordersSql) + queryString(c, outboxSql), before);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM order_lines")), 2);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM payments")), 2);
    QVERIFY(queryString(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'orders'"))
                .contains(QStringLiteral("journal_seq INTEGER UNIQUE,")));
    QCOMPARE(
        queryInt(c, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_outbox%'")),
        0);
    QCOMPARE(queryInt(c, QStringLiteral("PRAGMA foreign_keys")), 1); // back on after the migration
    QCOMPARE(queryString(c, QStringLiteral("PRAGMA foreign_key_check")), QString());
    QCOMPARE(queryString(c, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    // The rules came back: orders are never edited or deleted, a line needs its order, receipts are unique,
    // and an order has either this terminal's entry or another terminal's (both of its source columns).
    QString error;
    QVERIFY(!execSql(c, QStringLiteral("UPDATE orders SET total_minor = 1 WHERE id = 'o1'"), &error));
    QVERIFY2(error.contains(QStringLiteral("never edited")), qPrintable(error));
    QVERIFY(!execSql(c, QStringLiteral("DELETE FROM orders WHERE id = 'o2'"), &error));
    QVERIFY2(error.contains(QStringLiteral("never deleted")), qPrintable(error));
    QVERIFY(!execSql(c, line.arg(QStringLiteral("o9"), QStringLiteral("1"), QStringLiteral("1")), &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    QVERIFY(!execSql(c,
                     order.arg(QStringLiteral("o3"), QStringLiteral("sale"), QStringLiteral("1"),
                               QStringLiteral("NULL"), QStringLiteral("1")),
                     &error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    const QString pulled = QStringLiteral(
        "INSERT INTO orders (id, kind, receipt, terminal, finalized_at, currency, subtotal_minor, discount_minor, "
        "tip_minor, vat_minor, total_minor, journal_seq, source_seq, source_hash) VALUES ('%1', 'sale', '%2', 'T2', "
        "'t', 'KRW', 1, 0, 0, 0, 1, %3)");
    QVERIFY(!execSql(
        c, pulled.arg(QStringLiteral("o4"), QStringLiteral("T2-000001"), QStringLiteral("NULL, NULL, NULL")), &error));
    QVERIFY2(error.contains(QStringLiteral("CHECK")), qPrintable(error));
    QVERIFY(!execSql(c, pulled.arg(QStringLiteral("o4"), QStringLiteral("T2-000001"), QStringLiteral("9, 7, 'h'")),
                     &error));
    QVERIFY(!execSql(c, pulled.arg(QStringLiteral("o4"), QStringLiteral("T2-000001"), QStringLiteral("NULL, 7, NULL")),
                     &error));
    QVERIFY2(execSql(c, pulled.arg(QStringLiteral("o4"), QStringLiteral("T2-000001"), QStringLiteral("NULL, 7, 'h'")),
                     &error),
             qPrintable(error));
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM orders")), 3);
}

QTEST_GUILESS_MAIN(TestSchemaUpgrades)
#include "tst_schemaupgrades.moc"
