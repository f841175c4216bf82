// HybridClock: every reading is later than every reading issued or observed before, whatever the machine's clock
// does, and survives a restart; a malformed reading is refused and changes nothing.
#include "replication/lastwriter.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestHybridClock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void format_data();
    void format();
    void ticks_data();
    void ticks();
    void fullMillisecondBorrowsTheNext();
    void observe_data();
    void observe();
    void malformedReadings_data();
    void malformedReadings();
    void outsideATransactionIsRefused();
    void survivesARestart();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    /// One tick in its own transaction.
    QString tick();
    Status observeCommitted(const QString &reading);

    static constexpr qint64 kStart = 1765152000000; // 2025-12-08 00:00:00 UTC
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestHybridClock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    m_clock->setMSecsSinceEpoch(kStart);
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestHybridClock::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestHybridClock::tick()
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    auto reading = HybridClock::tick(db, *m_clock);
    if (!reading || !tx.commit()) {
        return QStringLiteral("failed: ") + (reading ? QString() : reading.error().message);
    }
    return reading.value();
}

Status TestHybridClock::observeCommitted(const QString &reading)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    if (auto seen = HybridClock::observe(db, reading); !seen) {
        return seen;
    }
    return tx.commit();
}

void TestHybridClock::format_data()
{
    QTest::addColumn<qint64>("wallMs");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64{0} << 0 << QStringLiteral("000000000000000-00000");
    QTest::newRow("now") << kStart << 7 << QStringLiteral("001765152000000-00007");
    QTest::newRow("full counter") << kStart << HybridClock::kMaxCounter << QStringLiteral("001765152000000-99999");
}

void TestHybridClock::format()
{
    QFETCH(qint64, wallMs);
    QFETCH(int, counter);
    QFETCH(QString, text);
    QCOMPARE(HybridClock::format(wallMs, counter), text);
    QVERIFY(HybridClock::isValid(text));
}

void TestHybridClock::ticks_data()
{
    // Moves of the machine's clock between two ticks, and what the second reading is.
    QTest::addColumn<qint64>("moveMs");
    QTest::addColumn<QString>("second");
    QTest::newRow("same millisecond: the counter") << qint64{0} << QStringLiteral("001765152000000-00001");
    QTest::newRow("later: the wall clock") << qint64{5} << QStringLiteral("001765152000005-00000");
    QTest::newRow("a clock set back: still later") << qint64{-60000} << QStringLiteral("001765152000000-00001");
}

void TestHybridClock::ticks()
{
    QFETCH(qint64, moveMs);
    QFETCH(QString, second);
    QCOMPARE(tick(), QStringLiteral("001765152000000-00000"));
    m_clock->advance(moveMs);
    const QString next = tick();
    QCOMPARE(next, second);
    QVERIFY(next > QStringLiteral("001765152000000-00000"));
}

void TestHybridClock::fullMillisecondBorrowsTheNext()
{
    MADANG_VERIFY_OK(observeCommitted(HybridClock::format(kStart, HybridClock::kMaxCounter)));
    QCOMPARE(tick(), QStringLiteral("001765152000001-00000"));
}

void TestHybridClock::observe_data()
{
    QTest::addColumn<QString>("seen");
    QTest::addColumn<QString>("next"); // the tick after observing it
    QTest::newRow("from the future: past it")
        << QStringLiteral("001765152090000-00004") << QStringLiteral("001765152090000-00005");
    QTest::newRow("from the past: unchanged")
        << QStringLiteral("001765151000000-00000") << QStringLiteral("001765152000000-00001");
    QTest::newRow("the same reading: past it")
        << QStringLiteral("001765152000000-00000") << QStringLiteral("001765152000000-00001");
}

void TestHybridClock::observe()
{
    QFETCH(QString, seen);
    QFETCH(QString, next);
    QCOMPARE(tick(), QStringLiteral("001765152000000-00000"));
    MADANG_VERIFY_OK(observeCommitted(seen));
    QCOMPARE(tick(), next);
}

void TestHybridClock::malformedReadings_data()
{
    QTest::addColumn<QString>("reading");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << QStringLiteral("1765152000000-1");
    QTest::newRow("another separator") << QStringLiteral("001765152000000_00000");
    QTest::newRow("a trailing space") << QStringLiteral("001765152000000-0000 ");
    QTest::newRow("a sign") << QStringLiteral("-01765152000000-00000");
    QTest::newRow("other digits") << QStringLiteral("٠٠١٧٦٥١٥٢٠٠٠٠٠٠-00000");
    QTest::newRow("too long") << QStringLiteral("0001765152000000-00000");
}

void TestHybridClock::malformedReadings()
{
    QFETCH(QString, reading);
    QVERIFY(!HybridClock::isValid(reading));
    QCOMPARE(tick(), QStringLiteral("001765152000000-00000"));
    const Status refused = observeCommitted(reading);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(tick(), QStringLiteral("001765152000000-00001")); // nothing moved
}

void TestHybridClock::outsideATransactionIsRefused()
{
    QSqlDatabase db = conn();
    auto reading = HybridClock::tick(db, *m_clock);
    QVERIFY(!reading.ok());
    QCOMPARE(reading.error().code, ErrorCode::Storage);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM hlc_clock")), 0);
}

void TestHybridClock::survivesARestart()
{
    MADANG_VERIFY_OK(observeCommitted(QStringLiteral("001765152500000-00000")));
    m_store.reset();
    m_clock->setMSecsSinceEpoch(kStart - 3600 * 1000); // the machine comes back with its clock an hour behind
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    QCOMPARE(tick(), QStringLiteral("001765152500000-00001"));
}

QTEST_GUILESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
