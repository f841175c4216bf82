// Database: what opening says about the files around it. A folder given as the database, a database on a disk
// that went read-only, a folder without room for the lock file: each gets a message that names the problem and
// the path, and nothing is written. The read-only and full-disk rows mount a tmpfs, so they need root.
#include "storage/database.h"
#include "testsupport.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace madang;
using namespace madang::test;

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void folderIsNotADatabase_data();
    void folderIsNotADatabase();
    void readOnlyDisk_data();
    void readOnlyDisk();
    void noRoomForTheLock();
};

void TestDatabaseFiles::folderIsNotADatabase_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabaseFiles::folderIsNotADatabase()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::InvalidInput);
    QVERIFY2(db.error().message.contains(QStringLiteral("is a folder, not a database file")),
             qPrintable(db.error().message));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral(".lock")));
}

void TestDatabaseFiles::readOnlyDisk_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("a database on it") << true;
    QTest::newRow("a new database") << false;
}

void TestDatabaseFiles::readOnlyDisk()
{
    QFETCH(bool, existing);
    if (::geteuid() != 0) {
        QSKIP("mounting a read-only tmpfs needs root");
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    TmpfsMount mount(folder, QStringLiteral("8m"));
    if (!mount.mounted()) {
        QSKIP("mount -t tmpfs failed");
    }
    const QString path = QDir(folder).filePath(QStringLiteral("terminal.db"));
    if (existing) {
        MADANG_VERIFY_OK(Database::open(path));
    }
    QVERIFY(mount.remountReadOnly());
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY2(db.error().message.contains(QStringLiteral("Cannot write in the folder ") + folder),
             qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabaseFiles::noRoomForTheLock()
{
    if (::geteuid() != 0) {
        QSKIP("mounting a tiny tmpfs needs root");
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("full"));
    TmpfsMount mount(folder, QStringLiteral("64k"));
    if (!mount.mounted()) {
        QSKIP("mount -t tmpfs failed");
    }
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    const QString path = QDir(folder).filePath(QStringLiteral("terminal.db"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DiskFull);
    QVERIFY2(db.error().message.contains(QStringLiteral("the disk is full")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
