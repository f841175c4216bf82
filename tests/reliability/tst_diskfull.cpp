// A disk that fills up under a sale: finalize() answers DiskFull with a clear message and leaves nothing half
// written (no order, line, payment, journal entry, outbox op or receipt number); once there is room again the
// next sale takes the next receipt number and the journal still verifies. Two ways to fill the disk: SQLite's
// max_page_count just above the file (works anywhere), and a real 4 MiB tmpfs (needs mount, so root).
#include "demo/demodata.h"
#include "fakesigner.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "testsupport.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace madang;
using namespace madang::test;

namespace {
/// What a sale may write, to show that a failed one wrote none of it.
struct Footprint
{
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 payments = 0;
    qint64 journal = 0;
    qint64 outbox = 0;
    qint64 lastReceipt = 0;

    bool operator==(const Footprint &other) const = default;
    static Footprint of(const QSqlDatabase &db)
    {
        const auto n = [&db](const char *sql) { return queryInt(db, QString::fromLatin1(sql)); };
        return {n("SELECT count(*) FROM orders"),   n("SELECT count(*) FROM order_lines"),
                n("SELECT count(*) FROM payments"), n("SELECT count(*) FROM journal"),
                n("SELECT count(*) FROM outbox"),   n("SELECT coalesce(max(last), 0) FROM receipt_counters")};
    }
    [[nodiscard]] QByteArray toText() const
    {
        return QStringLiteral("orders %1, lines %2, payments %3, journal %4, outbox %5, last receipt %6")
            .arg(orders)
            .arg(lines)
            .arg(payments)
            .arg(journal)
            .arg(outbox)
            .arg(lastReceipt)
            .toUtf8();
    }
};

Ticket ticket(int i)
{
    TicketLine line;
    line.sku = QStringLiteral("M-%1").arg(i);
    line.name = QStringLiteral("김치찌개 %1 — a longer name so that rows fill pages sooner").arg(i);
    line.unitMinor = 9000 + i;
    line.qty = 1 + i % 3;
    Ticket t;
    t.lines << line << line;
    t.tableName = QStringLiteral("테이블 %1").arg(i % 12);
    return t;
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void saleOnFullDisk_data();
    void saleOnFullDisk();
};

void TestDiskFull::saleOnFullDisk_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("cycles"); // fill, fail, make room: again and again, so different statements hit it
    QTest::newRow("max_page_count") << QStringLiteral("pages") << 12;
    QTest::newRow("tmpfs of 4 MiB") << QStringLiteral("tmpfs") << 1;
}

void TestDiskFull::saleOnFullDisk()
{
    QFETCH(QString, how);
    QFETCH(int, cycles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("disk"));
    std::unique_ptr<TmpfsMount> mount;
    if (how == QLatin1String("tmpfs")) {
        mount = std::make_unique<TmpfsMount>(folder, QStringLiteral("4m"));
        if (!mount->mounted()) {
            QSKIP("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
        }
    } else {
        QVERIFY(QDir().mkpath(folder));
    }
    const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
    FakeClock clock;
    FakeSigner signer;
    {
        auto opened = Store::open(QDir(folder).filePath(QStringLiteral("madang.db")), Database::Mode::ReadWrite, clock);
        MADANG_VERIFY_OK(opened);
        Store &store = *opened.value();
        MADANG_VERIFY_OK(DemoData::setUpTerminal(store, sampleProfile(), QStringLiteral("김사장"), true));
        QSqlDatabase db = store.database().connection();
        const SaleContext who{QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
        int sold = 0;
        const auto sell = [&]() {
            clock.advance(1000);
            const Ticket t = ticket(sold + 1);
            return store.sales().finalize(t, {PaymentInput::cash(100000)}, who, signer);
        };
        for (int i = 0; i < 3; ++i) {
            MADANG_VERIFY_OK(sell());
            ++sold;
        }
        QStringList failedAt;
        for (int cycle = 0; cycle < cycles; ++cycle) {
            if (how == QLatin1String("pages")) {
                const qint64 pages = queryInt(db, QStringLiteral("PRAGMA page_count"));
                QCOMPARE(queryInt(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
            } else {
                QFile fill(filler);
                QVERIFY(fill.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
                const QByteArray chunk(4096, 'f');
                while (fill.write(chunk) == chunk.size()) {
                }
            }
            Result<FinalizedSale> failed = makeError(ErrorCode::Storage, QStringLiteral("never full"));
            Footprint before;
            for (int attempt = 0; attempt < 1000; ++attempt) {
                before = Footprint::of(db);
                failed = sell();
                if (!failed) {
                    break;
                }
                ++sold;
                QCOMPARE(failed->receipt, SaleService::formatReceipt(QStringLiteral("T1"), sold));
            }
            QVERIFY2(!failed.ok() && failed.error().code == ErrorCode::DiskFull, describe(failed).constData());
            QVERIFY2(failed.error().message.contains(QStringLiteral("disk is full")) &&
                         failed.error().message.contains(QStringLiteral("Nothing was saved")),
                     qPrintable(failed.error().message));
            failedAt << failed.error().message.section(QLatin1Char(':'), 0, 0);
            const Footprint after = Footprint::of(db);
            QVERIFY2(after == before, after.toText() + " after, before: " + before.toText());
            QCOMPARE(queryString(db, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));

            if (how == QLatin1String("pages")) {
                QVERIFY(execSql(db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
            } else {
                QVERIFY(QFile::remove(filler));
            }
            auto next = sell();
            MADANG_VERIFY_OK(next);
            ++sold;
            QCOMPARE(next->receipt, SaleService::formatReceipt(QStringLiteral("T1"), sold));
        }
        qInfo("%s: %d sales; the full disk was hit while: %s", qPrintable(how), sold,
              qPrintable(failedAt.join(QStringLiteral(" | "))));
        auto verdict = store.journal().verifyStored(FakeSigner::check());
        MADANG_VERIFY_OK(verdict);
        QVERIFY2(verdict->ok, qPrintable(verdict->reason));
        QCOMPARE(verdict->entries, sold);
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM orders")), sold);
    }
    // Reopened from the file: the same.
    auto reopened = Store::open(QDir(folder).filePath(QStringLiteral("madang.db")), Database::Mode::ReadWrite, clock);
    MADANG_VERIFY_OK(reopened);
    auto verdict = reopened.value()->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(queryString(reopened.value()->database().connection(), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
