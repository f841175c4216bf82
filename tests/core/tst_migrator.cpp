// Migrator: fresh schemas, atomic failure, foreign keys checked, refusing a newer schema, statement splitting.
// What each schema step does to an older file with rows is in tst_schemaupgrades.
#include "catalog/search/searchindex.h"
#include "fakeclock.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
const QString kV1Sql = QStringLiteral("CREATE TABLE v1_table (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
                                      "INSERT INTO v1_table (note) VALUES ('from v1');\n");

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void builtinList();
    void freshDatabaseReachesLatest();
    void brokenMigrationLeavesNothing_data();
    void brokenMigrationLeavesNothing();
    void migrationEndingWithComment();
    void schemaTooNew();
    void editedDefinitionThatDoesNotParseLeavesNothing();
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
