// The WAL write buffer VFS: what it holds back is in the file before any other connection (here one on
// SQLite's stock VFS, with its own file descriptors) can be told of a commit, in every synchronous mode;
// transactions larger than the buffer and than the page cache come back whole; a rolled-back transaction
// leaves nothing; the database passes integrity_check after many commits and checkpoints.
#include "storage/sqliteconfig.h"
#include "storage/walwritebuffer.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>

using namespace madang;

namespace {
struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle open(const QString &path, const char *vfs)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
    return Handle(raw);
}

bool exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok) {
        qWarning() << sql << message;
    }
    sqlite3_free(message);
    return ok;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

QByteArray text(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return value;
}
} // namespace

class TestWalWriteBuffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isTheDefaultVfs();
    void commitsAreInTheFileBeforeOthersSeeThem_data();
    void commitsAreInTheFileBeforeOthersSeeThem();
    void bigTransactionsComeBackWhole_data();
    void bigTransactionsComeBackWhole();
    void rollbackLeavesNothing();
};

void TestWalWriteBuffer::initTestCase()
{
    configureSqlite();
    QVERIFY(installWalWriteBuffer());
}

void TestWalWriteBuffer::isTheDefaultVfs()
{
    const sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    QVERIFY(vfs != nullptr);
    QCOMPARE(QByteArray(vfs->zName), QByteArray(kWalWriteBufferVfs));
    QVERIFY(sqlite3_vfs_find("unix") != nullptr); // what it wraps, still there for whoever asks for it
}

void TestWalWriteBuffer::commitsAreInTheFileBeforeOthersSeeThem_data()
{
    QTest::addColumn<QByteArray>("synchronous");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("FULL, 1 KiB pages") << QByteArray("FULL") << 1024;
    QTest::newRow("NORMAL (no sync at commit)") << QByteArray("NORMAL") << 1024;
    QTest::newRow("OFF") << QByteArray("OFF") << 4096;
}

// After every commit through the buffer, a connection on the stock VFS (its own descriptors on the WAL)
// reads every row: nothing it is told about can still be in memory. Checkpoints happen along the way.
void TestWalWriteBuffer::commitsAreInTheFileBeforeOthersSeeThem()
{
    QFETCH(QByteArray, synchronous);
    QFETCH(int, pageSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    Handle writer = open(path, nullptr);
    QVERIFY(writer);
    QVERIFY(exec(writer.get(), "PRAGMA page_size = " + QByteArray::number(pageSize)));
    QVERIFY(exec(writer.get(), "PRAGMA journal_mode = WAL"));
    QVERIFY(exec(writer.get(), "PRAGMA synchronous = " + synchronous));
    QVERIFY(exec(writer.get(), "PRAGMA wal_autocheckpoint = 50"));
    QVERIFY(exec(writer.get(), "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)"));
    QVERIFY(exec(writer.get(), "CREATE INDEX t_a ON t (a)"));
    QVERIFY(exec(writer.get(), "CREATE INDEX t_b ON t (b)"));
    Handle reader = open(path, "unix");
    QVERIFY(reader);
    for (int i = 1; i <= 300; ++i) {
        const QByteArray n = QByteArray::number(i);
        QVERIFY(exec(writer.get(), "BEGIN IMMEDIATE; INSERT INTO t (a, b) VALUES (hex(randomblob(" + n +
                                       " % 200 + 1)), printf('%0" + QByteArray::number(1 + i % 700) + "d', " + n +
                                       ")); COMMIT"));
        QCOMPARE(scalar(reader.get(), "SELECT count(*) FROM t"), qint64{i});
        QCOMPARE(scalar(reader.get(), "SELECT max(length(b)) FROM t WHERE id = (SELECT max(id) FROM t)"),
                 qint64{1 + i % 700});
    }
    QCOMPARE(text(reader.get(), "PRAGMA integrity_check"), QByteArray("ok"));
    writer.reset();
    QCOMPARE(scalar(reader.get(), "SELECT count(*) FROM t"), qint64{300});
    QCOMPARE(text(reader.get(), "PRAGMA integrity_check"), QByteArray("ok"));
}

void TestWalWriteBuffer::bigTransactionsComeBackWhole_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cachePages");
    QTest::newRow("about 60 KiB, under one write") << 60 << 2000;
    QTest::newRow("about 3 MiB, over the buffer") << 3000 << 2000;
    QTest::newRow("about 3 MiB through a 20-page cache (spilled, read back)") << 3000 << 20;
}

// A transaction bigger than one write, than the buffer, and than the page cache (so that SQLite writes
// frames before the commit and reads them back) commits whole and reads back the same elsewhere.
void TestWalWriteBuffer::bigTransactionsComeBackWhole()
{
    QFETCH(int, rows);
    QFETCH(int, cachePages);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    Handle writer = open(path, nullptr);
    QVERIFY(exec(writer.get(), "PRAGMA page_size = 1024; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
    QVERIFY(exec(writer.get(), "PRAGMA cache_size = " + QByteArray::number(cachePages)));
    QVERIFY(exec(writer.get(), "CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"));
    QVERIFY(exec(writer.get(), "BEGIN IMMEDIATE"));
    QVERIFY(exec(writer.get(), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                                   QByteArray::number(rows) +
                                   ") INSERT INTO t (id, body) SELECT i, zeroblob(900) || randomblob(100) FROM n"));
    QVERIFY(exec(writer.get(), "UPDATE t SET body = randomblob(1000) WHERE id % 7 = 0")); // pages written again
    const qint64 sum = scalar(writer.get(), "SELECT sum(unicode(substr(hex(body), 1801, 1))) FROM t");
    QVERIFY(exec(writer.get(), "COMMIT"));
    Handle reader = open(path, "unix");
    QCOMPARE(scalar(reader.get(), "SELECT count(*) FROM t"), qint64{rows});
    QCOMPARE(scalar(reader.get(), "SELECT sum(unicode(substr(hex(body), 1801, 1))) FROM t"), sum);
    QCOMPARE(text(reader.get(), "PRAGMA integrity_check"), QByteArray("ok"));
}

// A transaction rolled back after its frames were buffered (and, past the cache, partly written) is not
// seen by anyone, and the next commit is.
void TestWalWriteBuffer::rollbackLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    Handle writer = open(path, nullptr);
    QVERIFY(exec(writer.get(), "PRAGMA journal_mode = WAL; PRAGMA cache_size = 20"));
    QVERIFY(exec(writer.get(), "CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"));
    QVERIFY(exec(writer.get(), "BEGIN IMMEDIATE; INSERT INTO t (body) SELECT randomblob(2000) FROM "
                               "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                               "SELECT i FROM n); ROLLBACK"));
    Handle reader = open(path, "unix");
    QCOMPARE(scalar(reader.get(), "SELECT count(*) FROM t"), qint64{0});
    QVERIFY(exec(writer.get(), "INSERT INTO t (body) VALUES (x'01')"));
    QCOMPARE(scalar(reader.get(), "SELECT count(*) FROM t"), qint64{1});
    QCOMPARE(text(reader.get(), "PRAGMA integrity_check"), QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "tst_walwritebuffer.moc"
