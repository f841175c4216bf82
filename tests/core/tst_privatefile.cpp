// PrivateFile: the database, its WAL and shared memory, the search index and backups are readable by their owner
// only, for new files and for files an older version left readable by others.
#include "base/privatefile.h"
#include "catalog/search/searchindex.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace madang;
using namespace madang::test;

namespace {
int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

const QStringList kSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".search")};
} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_oldMask = ::umask(022); } // the usual desktop umask, which gave 0644 before
    void cleanup() { ::umask(m_oldMask); }
    void databaseFiles_data();
    void databaseFiles();
    void backupIsPrivate();
    void prepareRefusesClearly();

private:
    mode_t m_oldMask = 022;
};

void TestPrivateFile::databaseFiles_data()
{
    QTest::addColumn<int>("existingMode"); // -1: a new database
    QTest::newRow("new database") << -1;
    QTest::newRow("database left 0644 by an older version") << 0644;
    QTest::newRow("database left 0666") << 0666;
}

void TestPrivateFile::databaseFiles()
{
    QFETCH(int, existingMode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    if (existingMode >= 0) {
        {
            auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin(), {&SearchIndex::companion()});
            MADANG_VERIFY_OK(db);
            QVERIFY(execSql(db.value()->connection(), QStringLiteral("CREATE TABLE kept (x)")));
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(existingMode)) == 0);
        QCOMPARE(modeOf(path), existingMode);
    }
    auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin(), {&SearchIndex::companion()});
    MADANG_VERIFY_OK(db);
    // A write makes sure the WAL and its shared memory exist.
    QVERIFY(execSql(db.value()->connection(), QStringLiteral("CREATE TABLE written (x)")));
    for (const QString &suffix : kSuffixes) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(path + suffix));
        QCOMPARE(modeOf(path + suffix), 0600);
    }
    if (existingMode >= 0) { // narrowed, not replaced
        QCOMPARE(queryInt(db.value()->connection(), QStringLiteral("SELECT count(*) FROM kept")), 0);
    }
}

void TestPrivateFile::backupIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    auto db = Database::open(path, Database::Mode::ReadWrite, Migrator::builtin(), {&SearchIndex::companion()});
    MADANG_VERIFY_OK(db);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    MADANG_VERIFY_OK(Backup::copy(path, copy));
    QCOMPARE(modeOf(copy), 0600);
    QVERIFY(PrivateFile::isOwnerOnly(copy));
}

void TestPrivateFile::prepareRefusesClearly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/terminal.db"));
    auto prepared = PrivateFile::prepare(path);
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.error().code, ErrorCode::Io);
    QVERIFY2(prepared.error().message.contains(path), qPrintable(prepared.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
