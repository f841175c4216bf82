// Migrator: fresh and upgraded schemas, atomic failure, refusing a newer schema, statement splitting.
#include "catalog/catalogrepository.h"
#include "catalog/search/searchindex.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
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
#include <QUuid>

using namespace madang;
using namespace madang::test;

namespace {
const QString kV1Sql = QStringLiteral("CREATE TABLE v1_table (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
                                      "INSERT INTO v1_table (note) VALUES ('from v1');\n");

/// Runs statements on a plain connection that is closed again before returning.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QString error;
            if (ok && !execSql(db, sql, &error)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(error));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// What read gives on a read-only connection to path that is closed again before returning; fallback if the file
/// does not open.
template <typename T, typename Read> T onReadOnly(const QString &path, T fallback, Read read)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    T value = fallback;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            value = read(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qint64 rawInt(const QString &path, const QString &sql)
{
    return onReadOnly(path, qint64{-1}, [&sql](const QSqlDatabase &db) { return queryInt(db, sql); });
}

QString rawString(const QString &path, const QString &sql)
{
    return onReadOnly(path, QString(), [&sql](const QSqlDatabase &db) { return queryString(db, sql); });
}

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

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void builtinList();
    void freshDatabaseReachesLatest();
    void upgradeCheckedInV1Database();
    void upgradeRenamesDuplicateStations();
    void brokenMigrationLeavesNothing_data();
    void brokenMigrationLeavesNothing();
    void migrationEndingWithComment();
    void schemaTooNew();
    void saleChecksAreComparisons_data();
    void saleChecksAreComparisons();
    void editedDefinitionThatDoesNotParseLeavesNothing();
    void upgradeKeysOrdersById();
    void danglingForeignKeyLeavesNothing();
    void splitStatements_data();
    void splitStatements();
};

void TestMigrator::builtinList()
{
    const QList<Migration> list = Migrator::builtin();
    QVERIFY(list.size() >= 2);
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, i + 1);
        QVERIFY(!list.at(i).name.isEmpty());
        QVERIFY(!Migrator::splitStatements(list.at(i).sql).isEmpty());
    }
    QCOMPARE(list.at(0).name, QStringLiteral("initial"));
    QCOMPARE(list.at(1).name, QStringLiteral("search"));
    QCOMPARE(list.at(9).name, QStringLiteral("search_file"));
    QCOMPARE(Migrator::latestVersion(list), list.size());
    QCOMPARE(Migrator::latestVersion({}), 0);
}

void TestMigrator::freshDatabaseReachesLatest()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.db")), Database::Mode::ReadWrite, Migrator::builtin(),
                             {&SearchIndex::companion()});
    MADANG_VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
    // The search index lives in its own file (SearchIndex), not in the database.
    QVERIFY(!tableNames(db.value()->connection()).contains(QStringLiteral("item_search")));
    QCOMPARE(queryInt(db.value()->connection(),
                      QStringLiteral("SELECT count(*) FROM search.sqlite_schema WHERE name = 'item_search'")),
             1);
    // Migrating again is a no-op.
    QSqlDatabase c = db.value()->connection();
    MADANG_VERIFY_OK(Migrator::migrate(c, Migrator::builtin()));
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
}

void TestMigrator::upgradeCheckedInV1Database()
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

void TestMigrator::upgradeRenamesDuplicateStations()
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

void TestMigrator::brokenMigrationLeavesNothing_data()
{
    QTest::addColumn<bool>("startAtV1");
    QTest::addColumn<bool>("brokenInCode");
    QTest::newRow("fresh file, bad SQL in v2") << false << false;
    QTest::newRow("file at v1, bad SQL in v2") << true << false;
    QTest::newRow("file at v1, data step of v2 fails") << true << true;
}

void TestMigrator::brokenMigrationLeavesNothing()
{
    QFETCH(bool, startAtV1);
    QFETCH(bool, brokenInCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    const Migration v1{1, QStringLiteral("first"), kV1Sql, {}};
    if (startAtV1) {
        MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, {v1}));
        QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 1);
    }
    Migration v2{2,
                 QStringLiteral("broken"),
                 QStringLiteral("CREATE TABLE v2_table (x INTEGER);\n"
                                "INSERT INTO v1_table (note) VALUES ('from v2');\n"),
                 {}};
    if (brokenInCode) {
        v2.after = [](QSqlDatabase &) -> Status { return makeError(ErrorCode::Storage, QStringLiteral("no space")); };
    } else {
        v2.sql += QStringLiteral("CREATE TABLE v2_other (y INTEGER;\n"); // syntax error
    }

    auto db = Database::open(path, Database::Mode::ReadWrite, {v1, v2});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::MigrationFailed);
    QVERIFY2(db.error().message.contains(QStringLiteral("002_broken")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("unchanged")), qPrintable(db.error().message));

    const int before = startAtV1 ? 1 : 0;
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), before);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'v2_table'")), 0);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'v1_table'")),
             startAtV1 ? 1 : 0); // v1 of the same run rolls back too: one transaction
    if (startAtV1) {
        QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM v1_table")), 1);
    }
    // The failed open let go of the file: a fixed list opens it.
    const Migration v2Fixed{2, QStringLiteral("fixed"), QStringLiteral("CREATE TABLE v2_table (x INTEGER);"), {}};
    auto fixed = Database::open(path, Database::Mode::ReadWrite, {v1, v2Fixed});
    MADANG_VERIFY_OK(fixed);
    QCOMPARE(fixed.value()->schemaVersion(), 2);
}

void TestMigrator::migrationEndingWithComment()
{
    // A migration file that ends with a comment (a note for the next person) must apply.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comment.db"));
    const Migration v1{1, QStringLiteral("first"), kV1Sql + QStringLiteral("-- Next: indexes in 002.\n"), {}};
    auto db = Database::open(path, Database::Mode::ReadWrite, {v1});
    MADANG_VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), 1);
}

void TestMigrator::schemaTooNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    // What a newer Madang leaves: WAL mode (as every Madang database), a table we do not know, version 99.
    QVERIFY(rawExec(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                           QStringLiteral("CREATE TABLE hologram_orders (id TEXT PRIMARY KEY)"),
                           QStringLiteral("INSERT INTO hologram_orders VALUES ('o1')"),
                           QStringLiteral("PRAGMA user_version = 99")}));
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(db.error().message.contains(QStringLiteral("99")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QString::number(Migrator::latestVersion(Migrator::builtin()))),
             qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 99);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM hologram_orders")), 1);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestMigrator::saleChecksAreComparisons_data()
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

void TestMigrator::saleChecksAreComparisons()
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

void TestMigrator::editedDefinitionThatDoesNotParseLeavesNothing()
{
    // A migration that edits sqlite_schema and gets the SQL wrong must fail before it commits: the migrator reads
    // the schema back, and the file stays at its old version, readable.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.db"));
    const Migration v1{1, QStringLiteral("first"), kV1Sql, {}};
    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, {v1}));
    const Migration v2{2,
                       QStringLiteral("bad_edit"),
                       QStringLiteral("PRAGMA writable_schema = ON;\n"
                                      "UPDATE sqlite_schema SET sql = 'CREATE TABLE v1_table (id INTEGER PRIMARY KEY, "
                                      "note TEXT NOT NULL CHECK (note IN' WHERE name = 'v1_table';\n"
                                      "PRAGMA writable_schema = OFF;\n"),
                       {}};
    auto db = Database::open(path, Database::Mode::ReadWrite, {v1, v2});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::MigrationFailed);
    QVERIFY2(db.error().message.contains(QStringLiteral("unchanged at schema 1")), qPrintable(db.error().message));
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 1);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM v1_table")), 1);
    auto again = Database::open(path, Database::Mode::ReadWrite, {v1});
    MADANG_VERIFY_OK(again);
}

void TestMigrator::upgradeKeysOrdersById()
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

void TestMigrator::danglingForeignKeyLeavesNothing()
{
    // Steps run with foreign keys off; one that leaves a row naming a missing row fails the whole migration.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dangling.db"));
    const Migration v1{1,
                       QStringLiteral("first"),
                       QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY);\n"
                                      "CREATE TABLE child (parent_id TEXT NOT NULL REFERENCES parent (id));\n"
                                      "INSERT INTO parent VALUES ('a');\nINSERT INTO child VALUES ('a');\n"),
                       {}};
    MADANG_VERIFY_OK(Database::open(path, Database::Mode::ReadWrite, {v1}));
    const Migration v2{2, QStringLiteral("orphan"), QStringLiteral("DELETE FROM parent;\n"), {}};
    auto db = Database::open(path, Database::Mode::ReadWrite, {v1, v2});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::MigrationFailed);
    QVERIFY2(db.error().message.contains(QStringLiteral("child")) &&
                 db.error().message.contains(QStringLiteral("unchanged at schema 1")),
             qPrintable(db.error().message));
    QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 1);
    QCOMPARE(rawInt(path, QStringLiteral("SELECT count(*) FROM parent")), 1);
    auto again = Database::open(path, Database::Mode::ReadWrite, {v1});
    MADANG_VERIFY_OK(again);
    QCOMPARE(queryInt(again.value()->connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
}

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("whitespace") << QStringLiteral(" \n\t\n") << QStringList();
    QTest::newRow("empty statements") << QStringLiteral(";;\n;") << QStringList();
    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x);"),
                                                   QStringLiteral("CREATE TABLE b (y);")};
    QTest::newRow("last without semicolon") << QStringLiteral("SELECT 1;\nSELECT 2")
                                            << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    const QString trigger = QStringLiteral("CREATE TRIGGER items_touch AFTER UPDATE ON items BEGIN\n"
                                           "    UPDATE items SET updated_at = 'now' WHERE rid = new.rid;\n"
                                           "    INSERT INTO log VALUES ('touched; again');\n"
                                           "END;");
    QTest::newRow("trigger stays whole") << QStringLiteral("CREATE TABLE log (t TEXT);\n") + trigger +
                                                QStringLiteral("\nSELECT 1;")
                                         << QStringList{QStringLiteral("CREATE TABLE log (t TEXT);"), trigger,
                                                        QStringLiteral("SELECT 1;")};
    QTest::newRow("string containing semicolons")
        << QStringLiteral("INSERT INTO a VALUES ('x;y', '김치;찌개');\nSELECT ';';")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y', '김치;찌개');"), QStringLiteral("SELECT ';';")};
    QTest::newRow("quoted identifier with semicolon") << QStringLiteral("CREATE TABLE \"odd;name\" (x);")
                                                      << QStringList{QStringLiteral("CREATE TABLE \"odd;name\" (x);")};
    QTest::newRow("comment with semicolon before a statement")
        << QStringLiteral("-- a; b\nCREATE TABLE a (x);")
        << QStringList{QStringLiteral("-- a; b\nCREATE TABLE a (x);")};
    QTest::newRow("block comment with semicolon") << QStringLiteral("/* header; */ CREATE TABLE a (x);")
                                                  << QStringList{QStringLiteral("/* header; */ CREATE TABLE a (x);")};
    QTest::newRow("trailing comment, same line")
        << QStringLiteral("CREATE TABLE a (x); -- the end") << QStringList{QStringLiteral("CREATE TABLE a (x);")};
    QTest::newRow("trailing comment only")
        << QStringLiteral("CREATE TABLE a (x);\n-- the end\n") << QStringList{QStringLiteral("CREATE TABLE a (x);")};
    QTest::newRow("trailing block comment")
        << QStringLiteral("CREATE TABLE a (x);\n/* the end */\n") << QStringList{QStringLiteral("CREATE TABLE a (x);")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing\n-- here\n") << QStringList();
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrator::splitStatements(sql), expected);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
