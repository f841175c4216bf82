// Backup: a consistent copy of a database that another connection keeps writing; refusals that change nothing.
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace madang;
using namespace madang::test;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void copyOfQuietDatabase();
    void copyWhileAnotherConnectionWrites();
    void existingDestinationIsRefused();
    void missingSourceIsRefused();
    void destinationFolderMissing();
    void sourceIsNotADatabase();
};

namespace {
/// Opens a copy read-only and returns its item count, or -1.
qint64 itemsInCopy(const QString &path, const Clock &clock, QString *why)
{
    auto copy = Store::open(path, Database::Mode::ReadOnly, clock);
    if (!copy) {
        *why = copy.error().message;
        return -1;
    }
    if (queryString(copy.value()->database().connection(), QStringLiteral("PRAGMA integrity_check")) !=
        QStringLiteral("ok")) {
        *why = QStringLiteral("integrity_check failed");
        return -1;
    }
    if (copy.value()->database().schemaVersion() != Migrator::latestVersion(Migrator::builtin())) {
        *why = QStringLiteral("schema version differs");
        return -1;
    }
    auto count = copy.value()->catalog().count();
    return count ? count.value() : -1;
}

QList<CatalogItem> manyItems(int n)
{
    QList<CatalogItem> items;
    for (int i = 0; i < n; ++i) {
        items << makeItem(
            QStringLiteral("B-%1").arg(i), QStringLiteral("백업 상품 %1 (긴 이름으로 페이지를 채움)").arg(i), 1000 + i,
            QStringLiteral("분류 %1").arg(i % 7), QStringLiteral("99%1").arg(i, 11, 10, QLatin1Char('0')));
    }
    return items;
}
} // namespace

void TestBackup::copyOfQuietDatabase()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(500)));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    MADANG_VERIFY_OK(Backup::copy(dir.filePath(QStringLiteral("madang.db")), copy));
    QString why;
    QCOMPARE(itemsInCopy(copy, clock, &why), 500);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestBackup::copyWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    // Big enough that the copy takes several steps (well over 256 pages).
    MADANG_VERIFY_OK(store.catalog().upsertMany(manyItems(20000)));
    const QString source = dir.filePath(QStringLiteral("madang.db"));
    QVERIFY(queryInt(store.database().connection(), QStringLiteral("PRAGMA page_count")) > 1000);

    // The terminal keeps selling: small committed writes, one after another, on its own connection.
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    std::atomic<int> failures{0};
    std::unique_ptr<QThread> writer(QThread::create([&] {
        QSqlDatabase db = store.database().connection();
        int n = 0;
        while (!stop.load()) {
            Transaction tx(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("tick-%1").arg(n++));
            q.addBindValue(QString(200, QLatin1Char('x')));
            if (tx.active() && q.exec() && tx.commit().ok()) {
                ++commits;
            } else {
                ++failures;
            }
        }
    }));
    writer->start();
    QElapsedTimer warmUp;
    warmUp.start();
    while (commits.load() < 5 && failures.load() == 0 && warmUp.elapsed() < 10000) {
        QThread::msleep(5);
    }
    if (commits.load() < 5) {
        stop = true;
        writer->wait();
        QFAIL(qPrintable(QStringLiteral("the writer did not get going (%1 failures)").arg(failures.load())));
    }

    // Run the copy on its own thread so that a copy that never finishes fails the test instead of hanging it.
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    std::atomic<bool> copied{false};
    Status status = Done{};
    std::unique_ptr<QThread> backup(QThread::create([&] {
        status = Backup::copy(source, copy);
        copied = true;
    }));
    QElapsedTimer timer;
    timer.start();
    const int commitsAtStart = commits.load();
    backup->start();
    while (!copied.load() && timer.elapsed() < 15000) {
        QThread::msleep(10);
    }
    const bool finishedWhileWriting = copied.load();
    const int commitsDuringCopy = commits.load() - commitsAtStart;
    stop = true;
    writer->wait();
    backup->wait();

    QVERIFY2(finishedWhileWriting,
             qPrintable(QStringLiteral("the backup did not finish within 15 s while the writer committed %1 times")
                            .arg(commitsDuringCopy)));
    MADANG_VERIFY_OK(status);
    QCOMPARE(failures.load(), 0); // the copy never blocked the writer into an error
    QVERIFY(commits.load() > commitsAtStart);
    QString why;
    QCOMPARE(itemsInCopy(copy, clock, &why), 20000);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The copy holds a consistent prefix of the writer's work: ticks 0..k-1 without gaps.
    auto reader = Database::open(copy, Database::Mode::ReadOnly);
    MADANG_VERIFY_OK(reader);
    const qint64 ticks =
        queryInt(reader.value()->connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'tick-%'"));
    QVERIFY(ticks >= 5);
    QVERIFY(ticks <= commits.load());
    QCOMPARE(queryInt(reader.value()->connection(),
                      QStringLiteral("SELECT count(*) FROM settings WHERE key = 'tick-%1'").arg(ticks - 1)),
             1);
}

void TestBackup::existingDestinationIsRefused()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(store);
    const QString destination = dir.filePath(QStringLiteral("yesterday.db"));
    QVERIFY(writeFile(destination, QByteArrayLiteral("yesterday's backup")));
    const Status s = Backup::copy(dir.filePath(QStringLiteral("madang.db")), destination);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Conflict);
    QVERIFY2(s.error().message.contains(destination), qPrintable(s.error().message));
    QCOMPARE(readFile(destination), QByteArrayLiteral("yesterday's backup"));
}

void TestBackup::missingSourceIsRefused()
{
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("copy.db"));
    const Status s = Backup::copy(dir.filePath(QStringLiteral("nothing.db")), destination);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::NotFound);
    QVERIFY2(s.error().message.contains(dir.filePath(QStringLiteral("nothing.db"))), qPrintable(s.error().message));
    QVERIFY(!QFile::exists(destination));
}

void TestBackup::destinationFolderMissing()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(store);
    const QString destination = dir.filePath(QStringLiteral("usb/stick/copy.db"));
    const Status s = Backup::copy(dir.filePath(QStringLiteral("madang.db")), destination);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(destination));
}

void TestBackup::sourceIsNotADatabase()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(source, QByteArray(4096, 'n')));
    const QString destination = dir.filePath(QStringLiteral("copy.db"));
    const Status s = Backup::copy(source, destination);
    QVERIFY(!s.ok());
    QVERIFY2(!QFile::exists(destination), "no partial file may be left");
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
