// kill -9 during sales: saleworker rings sales up and is killed with SIGKILL at a random moment, round after
// round. Afterwards every receipt it acknowledged is stored, receipt numbers run T1-000001..T1-N without a gap,
// the file is intact, the signed journal verifies with the device key and matches the orders one for one.
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace madang;
using namespace madang::test;

namespace {
constexpr int kRounds = 25;
constexpr int kMinKillMs = 20;
constexpr int kMaxKillMs = 300;
} // namespace

class TestSaleCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidSaleLosesNothingAcknowledged();

private:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("madang.db")); }
    QString secrets() const { return m_dir.filePath(QStringLiteral("secrets")); }
    /// One round: start the worker, kill it after killMs, return the receipts it acknowledged.
    QStringList round(quint64 seed, int killMs);

    QTemporaryDir m_dir;
    SystemClock m_clock;
};

void TestSaleCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::open(dbPath(), Database::Mode::ReadWrite, m_clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(DemoData::setUpTerminal(*store.value(), sampleProfile(), QStringLiteral("김사장"), true));
    MADANG_VERIFY_OK(DeviceIdentity::ensure(store.value()->database(), m_clock, secrets()));
}

QStringList TestSaleCrash::round(quint64 seed, int killMs)
{
    QProcess worker;
    worker.start(QStringLiteral(SALEWORKER_PATH), {dbPath(), secrets(), QString::number(seed)});
    if (!worker.waitForStarted(10000)) {
        qWarning("saleworker did not start: %s", qPrintable(worker.errorString()));
        return {QStringLiteral("<not started>")};
    }
    if (worker.waitForFinished(killMs)) {
        // It never stops on its own: it failed.
        qWarning("saleworker exited by itself (%d): %s", worker.exitCode(), worker.readAllStandardError().constData());
        return {QStringLiteral("<exited>")};
    }
    worker.kill(); // SIGKILL
    worker.waitForFinished(10000);
    const QByteArray out = worker.readAllStandardOutput();
    QStringList acknowledged;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty()) {
            acknowledged << QString::fromLatin1(line);
        }
    }
    if (!out.isEmpty() && !out.endsWith('\n')) {
        acknowledged.removeLast(); // cut off mid-line: never fully printed, so never acknowledged
    }
    return acknowledged;
}

void TestSaleCrash::killedMidSaleLosesNothingAcknowledged()
{
    const quint64 seed = qEnvironmentVariableIsSet("MADANG_TEST_SEED")
                             ? qEnvironmentVariable("MADANG_TEST_SEED").toULongLong()
                             : 20250314;
    qInfo("seed %llu (set MADANG_TEST_SEED to repeat another run)", static_cast<unsigned long long>(seed));
    QRandomGenerator rng(static_cast<quint32>(seed));
    QStringList acknowledged;
    for (int r = 0; r < kRounds; ++r) {
        const QStringList got = round(seed + static_cast<quint64>(r), rng.bounded(kMinKillMs, kMaxKillMs + 1));
        QVERIFY2(!got.contains(QStringLiteral("<not started>")) && !got.contains(QStringLiteral("<exited>")),
                 qPrintable(QStringLiteral("round %1").arg(r)));
        acknowledged << got;
    }

    auto opened = Store::open(dbPath(), Database::Mode::ReadWrite, m_clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const QSqlDatabase db = store.database().connection();
    QCOMPARE(queryString(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    QStringList receipts;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT receipt FROM orders ORDER BY journal_seq")));
    while (q.next()) {
        receipts << q.value(0).toString();
    }
    const qint64 n = receipts.size();
    qInfo("%d rounds: %lld sales acknowledged, %lld committed (the rest were committed but killed before printing)",
          kRounds, static_cast<long long>(acknowledged.size()), static_cast<long long>(n));
    QVERIFY2(!acknowledged.isEmpty(), "no round lived long enough to sell anything");
    for (qint64 i = 0; i < n; ++i) {
        QCOMPARE(receipts.at(i), SaleService::formatReceipt(QStringLiteral("T1"), i + 1));
    }
    const QSet<QString> stored(receipts.cbegin(), receipts.cend());
    for (const QString &receipt : std::as_const(acknowledged)) {
        QVERIFY2(stored.contains(receipt), qPrintable(receipt + QStringLiteral(" was acknowledged but is not stored")));
    }
    QCOMPARE(QSet<QString>(acknowledged.cbegin(), acknowledged.cend()).size(), acknowledged.size());
    QCOMPARE(queryInt(db, QStringLiteral("SELECT last FROM receipt_counters WHERE terminal = 'T1'")), n);

    auto device = DeviceIdentity::ensure(store.database(), m_clock, secrets());
    MADANG_VERIFY_OK(device);
    auto verdict = store.journal().verifyStored(device->signatureCheck());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(QStringLiteral("entry %1: %2").arg(verdict->firstBadSeq).arg(verdict->reason)));
    QCOMPARE(verdict->entries, n);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM journal")), n);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM orders o JOIN journal j ON j.seq = o.journal_seq "
                                         "AND j.receipt = o.receipt AND j.total_minor = o.total_minor")),
             n);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'order.finalized'")), n);
    // Each order has its lines and payments, and they add up.
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                         "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)")),
             0);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM orders o WHERE o.total_minor IS NOT "
                                         "(SELECT sum(amount_minor) FROM payments p WHERE p.order_id = o.id)")),
             0);
}

QTEST_GUILESS_MAIN(TestSaleCrash)
#include "tst_salecrash.moc"
