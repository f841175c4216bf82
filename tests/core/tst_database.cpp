// Database: pragmas, the single-instance lock (in and across processes), bad files, per-thread connections.
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace madang;
using namespace madang::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void pragmasAfterOpen_data();
    void pragmasAfterOpen();
    void freshFileIsMigrated();
    void companionsAreAttachedToEveryConnection();
    void failingCompanionFailsTheOpen();
    void pageSizeAndCheckpoint_data();
    void pageSizeAndCheckpoint();
    void secondReadWriteOpenIsLocked();
    void readOnlyOpenWhileLocked();
    void lockHoldsAcrossProcesses();
    void lockReleasedAfterDestruction();
    void notADatabase_data();
    void notADatabase();
    void readOnlyMissingFile();
    void readWriteMissingFolder();
    void emptyPath();
    void readOnlyCannotWrite();
    void connectionPerThread();
    void connectionsOfSuccessiveThreads();
    void storageError_data();
    void storageError();

private:
    static QStringList pragmaValues(const QSqlDatabase &db);
};

QStringList TestDatabase::pragmaValues(const QSqlDatabase &db)
{
    return {queryString(db, QStringLiteral("PRAGMA journal_mode")),
            queryString(db, QStringLiteral("PRAGMA synchronous")),
            queryString(db, QStringLiteral("PRAGMA foreign_keys"))};
}

void TestDatabase::pragmasAfterOpen_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabase::pragmasAfterOpen()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("madang.db"));
    auto rw = Database::open(path);
    MADANG_VERIFY_OK(rw);
    std::unique_ptr<Database> ro;
    if (readOnly) {
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        MADANG_VERIFY_OK(opened);
        ro = std::move(opened).value();
        QCOMPARE(ro->mode(), Database::Mode::ReadOnly);
    }
    const Database &db = readOnly ? *ro : *rw.value();
    const QSqlDatabase c = db.connection();
    QVERIFY(c.isOpen());
    QCOMPARE(queryString(c, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(queryInt(c, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    QCOMPARE(queryInt(c, QStringLiteral("PRAGMA foreign_keys")), 1);
    QVERIFY(queryInt(c, QStringLiteral("PRAGMA busy_timeout")) > 0);
    QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
    // The connection is a named one, never Qt's default connection.
    QVERIFY(!c.connectionName().isEmpty());
    QVERIFY(c.connectionName() != QLatin1String(QSqlDatabase::defaultConnection));
}

void TestDatabase::freshFileIsMigrated()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.db")));
    MADANG_VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
    const QStringList tables = tableNames(db.value()->connection());
    for (const char *table : {"merchant", "settings", "staff", "categories", "items", "outbox"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    // Storage alone makes no companion file: the catalog's search index is attached by whoever asks for it.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("fresh.db.search"))));
}

namespace {
/// Counts what the database asks of a companion, and attaches an in-memory schema as `extra`.
class CountingCompanion final : public DatabaseCompanion
{
public:
    Status attach(QSqlDatabase &db, const QString &, bool readOnly) const override
    {
        ++attached;
        lastReadOnly = readOnly;
        QSqlQuery q(db);
        return q.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS extra"))
                   ? Status(Done{})
                   : Status(makeError(ErrorCode::Storage, q.lastError().text()));
    }
    Status prepare(QSqlDatabase &, const QString &) const override
    {
        ++prepared;
        return failPrepare ? Status(makeError(ErrorCode::Storage, QStringLiteral("companion refused")))
                           : Status(Done{});
    }
    mutable int attached = 0;
    mutable int prepared = 0;
    mutable bool lastReadOnly = false;
    bool failPrepare = false;
};
} // namespace

void TestDatabase::companionsAreAttachedToEveryConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    CountingCompanion companion;
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin(), {&companion});
        MADANG_VERIFY_OK(db);
        QCOMPARE(companion.prepared, 1);
        QCOMPARE(companion.attached, 1);
        QVERIFY(!companion.lastReadOnly);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM extra.sqlite_schema")));
    }
    auto reader = Database::open(path, Database::Mode::ReadOnly, Migrator::builtin(), {&companion});
    MADANG_VERIFY_OK(reader);
    QCOMPARE(companion.prepared, 1); // read-only opens never prepare
    QCOMPARE(companion.attached, 2);
    QVERIFY(companion.lastReadOnly);
}

void TestDatabase::failingCompanionFailsTheOpen()
{
    QTemporaryDir dir;
    CountingCompanion companion;
    companion.failPrepare = true;
    auto db = Database::open(dir.filePath(QStringLiteral("c.db")), Database::Mode::ReadWrite, Migrator::builtin(),
                             {&companion});
    QVERIFY(!db);
    QCOMPARE(db.error().message, QStringLiteral("companion refused"));
}

void TestDatabase::pageSizeAndCheckpoint_data()
{
    QTest::addColumn<int>("existingPageBytes"); // 0: a new file
    QTest::addColumn<int>("expectedPageBytes");
    QTest::addColumn<int>("expectedCheckpointPages");
    QTest::newRow("new database: 1 KiB pages, checkpoint at 4 MiB") << 0 << 1024 << 4096;
    QTest::newRow("database made with 4 KiB pages keeps them") << 4096 << 4096 << 1024;
    QTest::newRow("database made with 2 KiB pages keeps them") << 2048 << 2048 << 2048;
}

// A new database gets small pages (a sale writes ~20 index pages, each whole, to the WAL); one that
// exists keeps its page size, and the WAL is checkpointed at the same 4 MiB either way.
void TestDatabase::pageSizeAndCheckpoint()
{
    QFETCH(int, existingPageBytes);
    QFETCH(int, expectedPageBytes);
    QFETCH(int, expectedCheckpointPages);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("madang.db"));
    if (existingPageBytes > 0) {
        const QString name = QStringLiteral("made-before");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = %1").arg(existingPageBytes)));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE earlier (x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(path);
    MADANG_VERIFY_OK(db);
    const QSqlDatabase c = db.value()->connection();
    QCOMPARE(queryInt(c, QStringLiteral("PRAGMA page_size")), expectedPageBytes);
    QCOMPARE(queryInt(c, QStringLiteral("PRAGMA wal_autocheckpoint")), expectedCheckpointPages);
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
}

void TestDatabase::secondReadWriteOpenIsLocked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    auto first = Database::open(path);
    MADANG_VERIFY_OK(first);
    auto second = Database::open(path);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Locked);
    QVERIFY2(second.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(QStringLiteral("already open")), qPrintable(second.error().message));
    // The same file reached through another spelling of its path is the same file.
    auto third = Database::open(dir.path() + QStringLiteral("/./terminal.db"));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, ErrorCode::Locked);
    // The first one still works.
    QVERIFY(execSql(first.value()->connection(), QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")));
}

void TestDatabase::readOnlyOpenWhileLocked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    auto writer = Database::open(path);
    MADANG_VERIFY_OK(writer);
    QVERIFY(execSql(writer.value()->connection(), QStringLiteral("INSERT INTO settings VALUES ('lang', 'ko')")));
    auto reader = Database::open(path, Database::Mode::ReadOnly);
    MADANG_VERIFY_OK(reader);
    QCOMPARE(queryString(reader.value()->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'lang'")),
             QStringLiteral("ko"));
    QCOMPARE(reader.value()->schemaVersion(), writer.value()->schemaVersion());
}

void TestDatabase::lockHoldsAcrossProcesses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    QVERIFY(writeFile(csv, QByteArrayLiteral("sku,name,price\nA1,Americano,4500\n")));
    auto held = Database::open(path);
    MADANG_VERIFY_OK(held);

    QProcess ctl;
    ctl.start(QStringLiteral(MADANGCTL_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("catalog"), QStringLiteral("import"), csv});
    QVERIFY2(ctl.waitForFinished(30000), "madangctl did not finish");
    const QString err = QString::fromUtf8(ctl.readAllStandardError());
    QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ctl.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("already open")), qPrintable(err));
    QVERIFY2(err.contains(QFileInfo(path).absoluteFilePath()), qPrintable(err));
    // Nothing was written behind our back.
    QCOMPARE(queryInt(held.value()->connection(), QStringLiteral("SELECT count(*) FROM items")), 0);
}

void TestDatabase::lockReleasedAfterDestruction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    {
        auto first = Database::open(path);
        MADANG_VERIFY_OK(first);
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    {
        auto again = Database::open(path);
        MADANG_VERIFY_OK(again);
    }
    // And another process may now open it too, once we let go.
    QProcess ctl;
    ctl.start(QStringLiteral(MADANGCTL_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--vertical"),
               QStringLiteral("salon"), QStringLiteral("--name"), QStringLiteral("Salon")});
    QVERIFY(ctl.waitForFinished(30000));
    QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
}

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabase::notADatabase()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QByteArray junk(8192, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : junk) {
        c = static_cast<char>(gen.bounded(256));
    }
    QVERIFY(writeFile(path, junk));
    const QByteArray before = fileHash(path);
    const auto mode = readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    for (int attempt = 0; attempt < 2; ++attempt) {
        // The second attempt shows that the failed first one left no lock behind.
        auto db = Database::open(path, mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Storage);
        QVERIFY2(db.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Madang database")), qPrintable(db.error().message));
    }
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::readOnlyMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    QVERIFY2(!QFile::exists(path), "a read-only open must not create the file");
}

void TestDatabase::readWriteMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/madang.db"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY2(db.error().message.contains(dir.filePath(QStringLiteral("no/such/folder"))),
             qPrintable(db.error().message));
}

void TestDatabase::emptyPath()
{
    auto db = Database::open(QString());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::InvalidInput);
}

void TestDatabase::readOnlyCannotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    MADANG_VERIFY_OK(Database::open(path));
    auto reader = Database::open(path, Database::Mode::ReadOnly);
    MADANG_VERIFY_OK(reader);
    QString error;
    QVERIFY(!execSql(reader.value()->connection(), QStringLiteral("INSERT INTO settings VALUES ('k', 'v')"), &error));
    QVERIFY2(error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(error));
}

namespace {
struct ThreadProbe
{
    QString connectionName;
    bool valid = false;
    bool open = false;
    QString value;
    qint64 foreignKeys = -1;
};

ThreadProbe probeInThread(const Database &db)
{
    ThreadProbe probe;
    std::unique_ptr<QThread> thread(QThread::create([&db, &probe] {
        QSqlDatabase c = db.connection();
        probe.connectionName = c.connectionName();
        probe.valid = c.isValid();
        probe.open = c.isOpen();
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'shared'")) && q.next()) {
            probe.value = q.value(0).toString();
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next()) {
            probe.foreignKeys = q.value(0).toLongLong();
        }
    }));
    thread->start();
    thread->wait();
    return probe;
}
} // namespace

void TestDatabase::connectionPerThread()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("threads.db")));
    MADANG_VERIFY_OK(db);
    QVERIFY(execSql(db.value()->connection(), QStringLiteral("INSERT INTO settings VALUES ('shared', 'seen')")));
    const ThreadProbe probe = probeInThread(*db.value());
    QVERIFY(probe.valid);
    QVERIFY(probe.open);
    QVERIFY(probe.connectionName != db.value()->connection().connectionName());
    QCOMPARE(probe.value, QStringLiteral("seen"));
    QCOMPARE(probe.foreignKeys, 1);
    // The calling thread keeps getting its own one connection.
    QCOMPARE(db.value()->connection().connectionName(), db.value()->connection().connectionName());
}

void TestDatabase::connectionsOfSuccessiveThreads()
{
    // A pool or a worker that is started again gets a new thread, often with a recycled native thread id.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("threads.db")));
    MADANG_VERIFY_OK(db);
    QVERIFY(execSql(db.value()->connection(), QStringLiteral("INSERT INTO settings VALUES ('shared', 'seen')")));
    for (int i = 0; i < 5; ++i) {
        const ThreadProbe probe = probeInThread(*db.value());
        QVERIFY2(probe.valid && probe.open, qPrintable(QStringLiteral("thread %1 got no usable connection").arg(i)));
        QCOMPARE(probe.value, QStringLiteral("seen"));
    }
}

void TestDatabase::storageError_data()
{
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("SQLITE_FULL code") << "database or disk is full"
                                      << "13" << ErrorCode::DiskFull;
    QTest::newRow("SQLITE_FULL code, other text") << "something"
                                                  << "13" << ErrorCode::DiskFull;
    QTest::newRow("disk full text, no code") << "database or disk is full"
                                             << "" << ErrorCode::DiskFull;
    QTest::newRow("constraint") << "UNIQUE constraint failed: items.sku"
                                << "19" << ErrorCode::Storage;
    QTest::newRow("busy") << "database is locked"
                          << "5" << ErrorCode::Storage;
    QTest::newRow("I/O error") << "disk I/O error"
                               << "10" << ErrorCode::Storage;
}

void TestDatabase::storageError()
{
    QFETCH(QString, databaseText);
    QFETCH(QString, nativeCode);
    QFETCH(ErrorCode, code);
    const QSqlError sqlError(QStringLiteral("Unable to execute"), databaseText, QSqlError::StatementError, nativeCode);
    const Error e = Database::storageError(sqlError, QStringLiteral("Saving item A1"));
    QCOMPARE(e.code, code);
    QVERIFY2(e.message.contains(QStringLiteral("Saving item A1")), qPrintable(e.message));
    if (code == ErrorCode::DiskFull) {
        QVERIFY2(e.message.contains(QStringLiteral("disk is full")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("Nothing was saved")), qPrintable(e.message));
    } else {
        QVERIFY2(e.message.contains(databaseText), qPrintable(e.message));
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
