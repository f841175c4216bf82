// DatabaseLock: a lock left by a crash never locks the terminal out; a live owner is still respected.
// The other process is tests/core/lockholder (hold: keeps the lock; cycle: opens and closes until killed).
#include "storage/database.h"
#include "storage/databaselock.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace madang;
using namespace madang::test;

namespace {
/// A lockholder process, killed (and waited for) when it goes out of scope.
class Holder
{
public:
    explicit Holder(const QStringList &args) { m_process.start(QStringLiteral(LOCKHOLDER_PATH), args); }
    ~Holder() { kill(); }
    Holder(const Holder &) = delete;
    Holder &operator=(const Holder &) = delete;

    /// Waits until a `hold` process says it holds the lock.
    bool waitLocked()
    {
        while (m_process.state() != QProcess::NotRunning && !m_process.canReadLine()) {
            m_process.waitForReadyRead(200);
        }
        return m_process.canReadLine() && m_process.readLine().trimmed() == "locked";
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
};

/// The lock file of a lockholder that took the lock of path and was then killed: a real leftover.
QByteArray leftoverOfKilledHolder(const QString &path)
{
    Holder holder({QStringLiteral("hold"), path});
    if (!holder.waitLocked()) {
        return {};
    }
    const QByteArray contents = readFile(path + QStringLiteral(".lock"));
    holder.kill();
    return contents;
}

/// contents with its line number `line` (0: process id, 2: host) replaced.
QByteArray withLine(QByteArray contents, int line, const QByteArray &value)
{
    QList<QByteArray> lines = contents.split('\n');
    lines[line] = value;
    return lines.join('\n');
}
} // namespace

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void leftoverIsTakenOver_data();
    void leftoverIsTakenOver();
    void ownerIsRespected_data();
    void ownerIsRespected();
    void killDuringOpening();
};

void TestDatabaseLock::leftoverIsTakenOver_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("leftover");
    QTest::newRow("empty file") << "empty" << int(DatabaseLock::Leftover::Unreadable);
    QTest::newRow("half-written process id") << "half" << int(DatabaseLock::Leftover::Unreadable);
    QTest::newRow("cut after the program") << "cut" << int(DatabaseLock::Leftover::Unreadable);
    QTest::newRow("garbage") << "garbage" << int(DatabaseLock::Leftover::Unreadable);
    QTest::newRow("process killed with the lock") << "killed" << int(DatabaseLock::Leftover::DeadProcess);
    QTest::newRow("process id reused by another program") << "reused" << int(DatabaseLock::Leftover::DeadProcess);
}

void TestDatabaseLock::leftoverIsTakenOver()
{
    QFETCH(QString, kind);
    QFETCH(int, leftover);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    const QString lockPath = path + QStringLiteral(".lock");
    { // a database with a sale's worth of schema, closed cleanly
        auto db = Database::open(path);
        MADANG_VERIFY_OK(db);
    }
    QProcess other; // a live process of another program, whose id a leftover may name
    QByteArray contents;
    if (kind == QLatin1String("half")) {
        contents = "12";
    } else if (kind == QLatin1String("cut")) {
        contents = "1\nlockholder\n"; // process 1 runs, but the file names no host
    } else if (kind == QLatin1String("garbage")) {
        contents = QByteArray("\x01\xff not a lock file\n\n", 20);
    } else if (kind != QLatin1String("empty")) {
        contents = leftoverOfKilledHolder(path);
        QVERIFY2(!contents.isEmpty(), "lockholder did not take the lock");
        if (kind == QLatin1String("reused")) {
            other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(other.waitForStarted());
            contents = withLine(contents, 0, QByteArray::number(other.processId()));
        }
    }
    QVERIFY(writeFile(lockPath, contents));
    QCOMPARE(int(DatabaseLock::inspect(lockPath, 50)), leftover);

    auto db = Database::open(path);
    MADANG_VERIFY_OK(db);
    QCOMPARE(db.value()->quickCheck().value(), QStringLiteral("ok"));
    // The lock is ours now, and a second writer is kept out as before.
    QVERIFY(readFile(lockPath).startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
    auto second = Database::open(path);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Locked);
    other.kill();
    other.waitForFinished();
}

void TestDatabaseLock::ownerIsRespected_data()
{
    QTest::addColumn<bool>("otherHost");
    QTest::newRow("a live process holds it") << false;
    QTest::newRow("written on another host") << true;
}

void TestDatabaseLock::ownerIsRespected()
{
    QFETCH(bool, otherHost);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.db"));
    const QString lockPath = path + QStringLiteral(".lock");
    Holder holder({QStringLiteral("hold"), path});
    QVERIFY(holder.waitLocked());
    QString expected = QStringLiteral("process %1").arg(holder.pid());
    if (otherHost) {
        const QByteArray contents = readFile(lockPath);
        holder.kill();
        // Another machine: its host name and machine id (QLockFile's third and fourth lines).
        QVERIFY(writeFile(lockPath, withLine(withLine(contents, 2, "till-2.example"), 3, "0123456789abcdef")));
        expected += QStringLiteral(" on till-2.example");
    }
    const QByteArray before = readFile(lockPath);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Locked);
        QVERIFY2(db.error().message.contains(QStringLiteral("already open in another program")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("lockholder, ") + expected),
                 qPrintable(db.error().message));
    }
    QCOMPARE(readFile(lockPath), before); // untouched
}

void TestDatabaseLock::killDuringOpening()
{
    const quint32 seed =
        qEnvironmentVariableIsSet("MADANG_LOCK_SEED") ? qEnvironmentVariable("MADANG_LOCK_SEED").toUInt() : 20261207;
    qInfo("seed %u (set MADANG_LOCK_SEED to repeat another run)", seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    int leftovers = 0;
    constexpr int kRounds = 30;
    for (int round = 0; round < kRounds; ++round) {
        // Every third round starts from no file, so that some kills land in the first migration.
        const QString path = dir.filePath(QStringLiteral("terminal%1.db").arg(round % 3 == 0 ? round : 1));
        {
            Holder victim({QStringLiteral("cycle"), path});
            QTest::qWait(static_cast<int>(random.bounded(5, 120)));
        }
        leftovers += QFile::exists(path + QStringLiteral(".lock")) ? 1 : 0;
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(describe(db)))));
        QCOMPARE(db.value()->quickCheck().value(), QStringLiteral("ok"));
        QVERIFY(db.value()->schemaVersion() > 0);
    }
    qInfo("%d of %d kills left a lock file behind; every one was taken over", leftovers, kRounds);
}

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
