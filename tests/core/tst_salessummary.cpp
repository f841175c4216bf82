// SalesSummary::between: the sales, refunds and voids of a period, added up from the orders, over every terminal.
#include "fakesigner.h"
#include "sales/saleservice.h"
#include "sales/salessummary.h"
#include "saletickets.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace madang;
using namespace madang::test;

namespace {
const SaleContext kMina{QStringLiteral("id-mina"), QStringLiteral("Mina"), QStringLiteral("mgr"),
                        QStringLiteral("asked")};
} // namespace

class TestSalesSummary : public QObject
{
    Q_OBJECT

private slots:
    void periods_data();
    void periods();
    void badPeriodIsRefused();
};

void TestSalesSummary::periods_data()
{
    // The day (FakeClock starts 2025-03-14 09:30 +09:00): 09:30 a sale of 10,000 with a 1,000 tip on T1,
    // 10:30 one of 20,000 on T2, 11:30 one of 5,000 on T1 that is voided at 12:30, 13:30 one of 7,000 refunded
    // the next day at 09:00.
    QTest::addColumn<QTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<qint64>("corrections");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tips");
    QTest::newRow("the whole day") << QTime(0, 0) << 1 << QTime(0, 0) << qint64{4} << qint64{1} << qint64{37000}
                                   << qint64{1000};
    QTest::newRow("the morning") << QTime(0, 0) << 0 << QTime(12, 0) << qint64{3} << qint64{0} << qint64{35000}
                                 << qint64{1000};
    QTest::newRow("from is inclusive, to exclusive")
        << QTime(10, 30) << 0 << QTime(11, 30) << qint64{1} << qint64{0} << qint64{20000} << qint64{0};
    QTest::newRow("the next morning holds the refund")
        << QTime(13, 31) << 1 << QTime(12, 0) << qint64{0} << qint64{1} << qint64{-7000} << qint64{0};
    QTest::newRow("an empty period") << QTime(5, 0) << 0 << QTime(9, 0) << qint64{0} << qint64{0} << qint64{0}
                                     << qint64{0};
}

void TestSalesSummary::periods()
{
    QFETCH(QTime, from);
    QFETCH(int, days);
    QFETCH(QTime, to);
    QFETCH(qint64, sales);
    QFETCH(qint64, corrections);
    QFETCH(qint64, net);
    QFETCH(qint64, tips);
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const QDateTime start = clock.now();
    const FakeSigner t1;
    const FakeSigner t2(QStringLiteral("T2"));
    MADANG_VERIFY_OK(store.sales().finalize(oneCut(9000, 1000), {PaymentInput::cash(10000)}, kMina, t1));
    clock.advanceSecs(3600);
    MADANG_VERIFY_OK(store.sales().finalize(oneCut(20000), {PaymentInput::cash(20000)}, kMina, t2));
    clock.advanceSecs(3600);
    auto voided = store.sales().finalize(oneCut(5000), {PaymentInput::cash(5000)}, kMina, t1);
    MADANG_VERIFY_OK(voided);
    clock.advanceSecs(3600);
    MADANG_VERIFY_OK(store.sales().voidSale(voided.value().orderId, kMina, t1));
    clock.advanceSecs(3600);
    auto refunded = store.sales().finalize(oneCut(7000), {PaymentInput::cash(7000)}, kMina, t1);
    MADANG_VERIFY_OK(refunded);
    clock.set(QDateTime(start.date().addDays(1), QTime(9, 0), start.timeZone()));
    MADANG_VERIFY_OK(store.sales().refund(refunded.value().orderId, {}, kMina, t1));

    const QDateTime f(start.date(), from, start.timeZone());
    const QDateTime t(start.date().addDays(days), to, start.timeZone());
    auto summary = SalesSummary::between(store.database(), f, t);
    MADANG_VERIFY_OK(summary);
    QCOMPARE(summary.value().sales, sales);
    QCOMPARE(summary.value().corrections, corrections);
    QCOMPARE(summary.value().netMinor, net);
    QCOMPARE(summary.value().tipsMinor, tips);
}

void TestSalesSummary::badPeriodIsRefused()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    const QDateTime now = clock.now();
    MADANG_VERIFY_ERROR(SalesSummary::between(opened.value()->database(), now, now.addSecs(-1)),
                        ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(SalesSummary::between(opened.value()->database(), QDateTime(), now), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSalesSummary)
#include "tst_salessummary.moc"
