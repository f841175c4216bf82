// ShiftService: opening float, cash in/out, no-sale approval, X- and Z-reports, and the closure's
// journal entry written in the same transaction as its row.
#include "base/money.h"
#include "fakesigner.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "shifts/shiftservice.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace madang;
using namespace madang::test;

namespace {
TicketLine line(const QString &sku, qint64 unit, qint64 qty = 1, int vatBp = 1000)
{
    TicketLine l;
    l.sku = sku;
    l.name = sku;
    l.unitMinor = unit;
    l.qty = qty;
    l.vatBp = vatBp;
    return l;
}

SaleContext as(const QString &name, const QString &approver = {}, const QString &reason = {})
{
    return {QStringLiteral("id-") + name, name, approver, reason};
}
} // namespace

class TestShiftService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openOnlyOnce();
    void cashMovements_data();
    void cashMovements();
    void noSaleNeedsApproval();
    void zReportAddsUp();
    void closeIsJournaledAndStartsAnewShift();
    void closeNeedsAnOpenShift();
    void amountsAtTheLimit_data();
    void amountsAtTheLimit();
    void cashOutBeyondTheDrawerNeedsApproval();
    void largestAmountsAddUpExactly();
    void outOfRangeRowsAreLeftOut_data();
    void outOfRangeRowsAreLeftOut();
    void sumsPastSixtyFourBitsAreAddedSplit();

private:
    FinalizedSale sell(const Ticket &t, const QList<PaymentInput> &tenders, const QString &staff);
    qint64 count(const char *table)
    {
        return queryInt(m_store->database().connection(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    /// Everything a refused shift operation must leave as it was.
    QList<qint64> writes()
    {
        return {count("shifts"), count("cash_movements"), count("shift_closures"), count("journal"), count("outbox")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestShiftService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_signer = FakeSigner();
    auto store = openSetUpStore(*m_dir, m_clock);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestShiftService::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

FinalizedSale TestShiftService::sell(const Ticket &t, const QList<PaymentInput> &tenders, const QString &staff)
{
    auto sale = m_store->sales().finalize(t, tenders, as(staff), m_signer);
    if (!sale) {
        qWarning() << sale.error().message;
        return {};
    }
    return sale.value();
}

void TestShiftService::openOnlyOnce()
{
    auto shift = m_store->shifts().open(100000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer);
    MADANG_VERIFY_OK(shift);
    QCOMPARE(shift.value().floatMinor, 100000);
    MADANG_VERIFY_ERROR(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer),
                        ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(
        m_store->shifts().open(-1, QStringLiteral("KRW"), as(QStringLiteral("Mina")), FakeSigner(QStringLiteral("T2"))),
        ErrorCode::InvalidInput);
    // Another terminal has its own shift.
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Jisoo")),
                                            FakeSigner(QStringLiteral("T2"))));
    auto current = m_store->shifts().current(QStringLiteral("T1"));
    MADANG_VERIFY_OK(current);
    QCOMPARE(current.value()->id, shift.value().id);
}

void TestShiftService::cashMovements_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::newRow("cash in") << QStringLiteral("in") << qint64(20000) << QStringLiteral("change from bank") << true;
    QTest::newRow("cash out") << QStringLiteral("out") << qint64(5000) << QStringLiteral("flowers") << true;
    QTest::newRow("no reason") << QStringLiteral("out") << qint64(5000) << QStringLiteral("  ") << false;
    QTest::newRow("zero amount") << QStringLiteral("in") << qint64(0) << QStringLiteral("x") << false;
    QTest::newRow("negative") << QStringLiteral("out") << qint64(-1) << QStringLiteral("x") << false;
    QTest::newRow("unknown kind") << QStringLiteral("borrow") << qint64(100) << QStringLiteral("x") << false;
}

void TestShiftService::cashMovements()
{
    QFETCH(QString, kind);
    QFETCH(qint64, amount);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    const SaleContext who = as(QStringLiteral("Mina"), {}, reason);
    MADANG_VERIFY_ERROR(m_store->shifts().moveCash(QStringLiteral("in"), 100,
                                                   as(QStringLiteral("Mina"), {}, QStringLiteral("r")), m_signer),
                        ErrorCode::Conflict); // no shift yet
    MADANG_VERIFY_OK(m_store->shifts().open(50000, QStringLiteral("KRW"), who, m_signer));
    const Status moved = m_store->shifts().moveCash(kind, amount, who, m_signer);
    QCOMPARE(moved.ok(), ok);
    QCOMPARE(count("cash_movements"), ok ? 1 : 0);
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    const qint64 delta = !ok ? 0 : kind == QLatin1String("in") ? amount : -amount;
    QCOMPARE(x.value().expectedCashMinor, 50000 + delta);
}

void TestShiftService::noSaleNeedsApproval()
{
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    MADANG_VERIFY_ERROR(m_store->shifts().moveCash(QStringLiteral("no_sale"), 0,
                                                   as(QStringLiteral("Mina"), {}, QStringLiteral("check drawer")),
                                                   m_signer),
                        ErrorCode::Forbidden);
    MADANG_VERIFY_OK(m_store->shifts().moveCash(
        QStringLiteral("no_sale"), 0, as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("check drawer")),
        m_signer));
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    QCOMPARE(x.value().noSaleCount, 1);
}

void TestShiftService::zReportAddsUp()
{
    MADANG_VERIFY_OK(m_store->shifts().open(100000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), 11000, 2) << line(QStringLiteral("B"), 5000, 1, 0);
    a.tipMinor = 2000; // 29000
    const FinalizedSale first = sell(a, {PaymentInput::cash(30000)}, QStringLiteral("Mina"));
    Ticket b;
    b.lines << line(QStringLiteral("A"), 11000);
    b.orderDiscount = Discount::amount(1000); // 10000
    sell(b, {PaymentInput::card(10000, QStringLiteral("C1"))}, QStringLiteral("Jisoo"));
    Ticket c;
    c.lines << line(QStringLiteral("C"), 7000);
    const FinalizedSale third =
        sell(c, {PaymentInput::card(3000, QStringLiteral("C2")), PaymentInput::cash(4000)}, QStringLiteral("Mina"));
    MADANG_VERIFY_OK(m_store->sales().refund(
        first.orderId, {{2, 1}}, as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("cold")), m_signer));
    MADANG_VERIFY_OK(m_store->sales().voidSale(
        third.orderId, as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("twice")), m_signer));
    MADANG_VERIFY_OK(m_store->shifts().moveCash(QStringLiteral("out"), 3000,
                                                as(QStringLiteral("Mina"), {}, QStringLiteral("ice")), m_signer));

    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    const ShiftReport &r = x.value();
    QCOMPARE(r.salesCount, 3);
    QCOMPARE(r.salesMinor, 29000 + 10000 + 7000);
    QCOMPARE(r.refundsCount, 1);
    QCOMPARE(r.refundsMinor, -5000);
    QCOMPARE(r.voidsCount, 1);
    QCOMPARE(r.voidsMinor, -7000);
    QCOMPARE(r.netMinor, 34000);
    QCOMPARE(r.tipsMinor, 2000);
    QCOMPARE(r.discountsMinor, 1000);
    // cash: 29000 + 4000 (sale 3) - 5000 (refund) - 4000 (void's cash share)
    QCOMPARE(r.byMethod.size(), 2);
    QCOMPARE(r.byMethod.at(0).method, QStringLiteral("card"));
    QCOMPARE(r.byMethod.at(0).amountMinor, 10000 + 3000 - 3000);
    QCOMPARE(r.byMethod.at(1).amountMinor, 29000 + 4000 - 5000 - 4000);
    QCOMPARE(r.expectedCashMinor, 100000 + 24000 - 3000);
    QCOMPARE(r.byVat.size(), 2);
    QCOMPARE(r.byVat.at(0).vatBp, 0);
    QCOMPARE(r.byVat.at(0).grossMinor, 0); // the 0% line was refunded
    QCOMPARE(r.byVat.at(1).grossMinor, 22000 + 10000);
    QCOMPARE(r.byVat.at(1).netMinor + r.byVat.at(1).vatMinor, r.byVat.at(1).grossMinor);
    QCOMPARE(r.byStaff.size(), 2);
    QCOMPARE(r.byStaff.at(0).staff, QStringLiteral("Mina"));
    QCOMPARE(r.byStaff.at(0).orders, 2);
}

void TestShiftService::closeIsJournaledAndStartsAnewShift()
{
    MADANG_VERIFY_OK(m_store->shifts().open(50000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), 12000);
    sell(a, {PaymentInput::cash(12000)}, QStringLiteral("Mina"));
    const qint64 journalBefore = count("journal");
    auto z = m_store->shifts().close(61000, as(QStringLiteral("Owner")), m_signer);
    MADANG_VERIFY_OK(z);
    QCOMPARE(z.value().zNumber, 1);
    QCOMPARE(z.value().expectedCashMinor, 62000);
    QCOMPARE(z.value().differenceMinor, -1000);
    QCOMPARE(count("journal"), journalBefore + 1);
    auto entries = m_store->journal().entries(journalBefore + 1);
    MADANG_VERIFY_OK(entries);
    const JournalEntry &closure = entries.value().constFirst();
    QCOMPARE(closure.type, QStringLiteral("closure"));
    QVERIFY(closure.receipt.isEmpty());
    QCOMPARE(closure.totalMinor, 12000);
    QCOMPARE(
        closure.body.value(QStringLiteral("cash")).toObject().value(QStringLiteral("difference_minor")).toInteger(),
        -1000);
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    QVERIFY(verdict.ok() && verdict.value().ok);
    // Closed: no shift until the next one opens, which counts from here.
    auto none = m_store->shifts().current(QStringLiteral("T1"));
    QVERIFY(none.ok() && !none.value());
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    auto fresh = m_store->shifts().report(QStringLiteral("T1"));
    QCOMPARE(fresh.value().salesCount, 0);
    auto z2 = m_store->shifts().close(0, as(QStringLiteral("Owner")), m_signer);
    QCOMPARE(z2.value().zNumber, 2);
}

void TestShiftService::closeNeedsAnOpenShift()
{
    MADANG_VERIFY_ERROR(m_store->shifts().close(0, as(QStringLiteral("Owner")), m_signer), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(m_store->shifts().report(QStringLiteral("T1")), ErrorCode::Conflict);
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    MADANG_VERIFY_ERROR(m_store->shifts().close(-5, as(QStringLiteral("Owner")), m_signer), ErrorCode::InvalidInput);
    m_signer.breakKey();
    QVERIFY(!m_store->shifts().close(0, as(QStringLiteral("Owner")), m_signer).ok());
    QCOMPARE(count("shift_closures"), 0); // nothing half-written
    QCOMPARE(count("journal"), 0);
}

void TestShiftService::amountsAtTheLimit_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("mentions"); // empty: accepted
    constexpr qint64 top = Money::kMaxAmountMinor;
    constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
    const QString over = QStringLiteral("over the maximum of ₩1,000,000,000,000");
    QTest::newRow("float at the maximum") << QStringLiteral("open") << top << QString();
    QTest::newRow("float above") << QStringLiteral("open") << top + 1 << over;
    QTest::newRow("float INT64_MAX") << QStringLiteral("open") << int64Max << over;
    QTest::newRow("cash in at the maximum") << QStringLiteral("in") << top << QString();
    QTest::newRow("cash in above") << QStringLiteral("in") << top + 1 << over;
    QTest::newRow("cash in INT64_MAX") << QStringLiteral("in") << int64Max << over;
    QTest::newRow("cash out above") << QStringLiteral("out") << top + 1 << over;
    // The drawer may hold several amounts: its count has a ticket's limit.
    const QString overTotal = QStringLiteral("over the maximum of ₩10,000,000,000,000");
    QTest::newRow("counted at the maximum") << QStringLiteral("close") << Money::kMaxTotalMinor << QString();
    QTest::newRow("counted above") << QStringLiteral("close") << Money::kMaxTotalMinor + 1 << overTotal;
    QTest::newRow("counted INT64_MAX") << QStringLiteral("close") << int64Max << overTotal;
}

void TestShiftService::amountsAtTheLimit()
{
    QFETCH(QString, op);
    QFETCH(qint64, amount);
    QFETCH(QString, mentions);
    const SaleContext who = as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("bank"));
    if (op != QLatin1String("open")) {
        MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), who, m_signer));
    }
    const QList<qint64> before = writes();
    Status done = Done{};
    if (op == QLatin1String("open")) {
        auto opened = m_store->shifts().open(amount, QStringLiteral("KRW"), who, m_signer);
        done = opened ? Status(Done{}) : Status(opened.error());
    } else if (op == QLatin1String("close")) {
        auto closed = m_store->shifts().close(amount, who, m_signer);
        done = closed ? Status(Done{}) : Status(closed.error());
    } else {
        done = m_store->shifts().moveCash(op, amount, who, m_signer);
    }
    if (mentions.isEmpty()) {
        MADANG_VERIFY_OK(done);
        return;
    }
    MADANG_VERIFY_ERROR(done, ErrorCode::InvalidInput);
    QVERIFY2(done.error().message.contains(mentions), qPrintable(done.error().message));
    QCOMPARE(writes(), before);
}

void TestShiftService::cashOutBeyondTheDrawerNeedsApproval()
{
    MADANG_VERIFY_OK(m_store->shifts().open(10000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), 2000);
    sell(a, {PaymentInput::cash(2000)}, QStringLiteral("Mina")); // the drawer holds 12000
    const SaleContext alone = as(QStringLiteral("Mina"), {}, QStringLiteral("bank run"));
    const QList<qint64> before = writes();
    const Status refused = m_store->shifts().moveCash(QStringLiteral("out"), 12001, alone, m_signer);
    MADANG_VERIFY_ERROR(refused, ErrorCode::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("₩12,000 the drawer holds")),
             qPrintable(refused.error().message));
    QCOMPARE(writes(), before);
    // With a manager's approval it goes through; up to what the drawer holds it needs none.
    MADANG_VERIFY_OK(m_store->shifts().moveCash(
        QStringLiteral("out"), 12001, as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("bank run")),
        m_signer));
    MADANG_VERIFY_OK(m_store->shifts().moveCash(QStringLiteral("in"), 500, alone, m_signer));
    MADANG_VERIFY_OK(m_store->shifts().moveCash(QStringLiteral("out"), 499, alone, m_signer));
    MADANG_VERIFY_ERROR(m_store->shifts().moveCash(QStringLiteral("out"), 1, alone, m_signer), ErrorCode::Forbidden);
    QCOMPARE(m_store->shifts().report(QStringLiteral("T1")).value().expectedCashMinor, 0);
}

void TestShiftService::largestAmountsAddUpExactly()
{
    // The probe: a float and two cash-ins at the maximum, and a sale; nothing fails or wraps.
    constexpr qint64 top = Money::kMaxAmountMinor;
    const SaleContext who = as(QStringLiteral("Mina"), {}, QStringLiteral("bank"));
    MADANG_VERIFY_OK(m_store->shifts().open(top, QStringLiteral("KRW"), who, m_signer));
    MADANG_VERIFY_OK(m_store->shifts().moveCash(QStringLiteral("in"), top, who, m_signer));
    MADANG_VERIFY_OK(m_store->shifts().moveCash(QStringLiteral("in"), top, who, m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), top);
    sell(a, {PaymentInput::cash(top)}, QStringLiteral("Mina"));
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QCOMPARE(x->expectedCashMinor, 4 * top);
    QCOMPARE(x->outOfRangeCount, 0);
    auto z = m_store->shifts().close(top, who, m_signer);
    MADANG_VERIFY_OK(z);
    QCOMPARE(z->differenceMinor, -3 * top);
}

void TestShiftService::outOfRangeRowsAreLeftOut_data()
{
    QTest::addColumn<QString>("sql"); // written as an older version could have; %1 is the sale's order id
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<qint64>("sales");
    const QString big = QString::number(std::numeric_limits<qint64>::max());
    QTest::newRow("cash in INT64_MAX")
        << QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount_minor, reason, at) SELECT 'old', id, "
                          "'in', %1, 'old', 'x' FROM shifts")
               .arg(big)
        << qint64(100000 + 18000) << qint64(18000);
    QTest::newRow("float INT64_MAX")
        << QStringLiteral("DROP TRIGGER shifts_no_change; UPDATE shifts SET float_minor = %1").arg(big) << qint64(18000)
        << qint64(18000);
    QTest::newRow("order total INT64_MIN")
        << QStringLiteral("DROP TRIGGER orders_no_update; UPDATE orders SET total_minor = -%1 - 1").arg(big)
        << qint64(100000 + 18000) << qint64(0);
    QTest::newRow("payment INT64_MAX")
        << QStringLiteral("DROP TRIGGER payments_no_update; UPDATE payments SET amount_minor = %1").arg(big)
        << qint64(100000) << qint64(18000);
    QTest::newRow("line just above the ticket maximum")
        << QStringLiteral("DROP TRIGGER order_lines_no_change; UPDATE order_lines SET total_minor = %1")
               .arg(Money::kMaxTotalMinor + 1)
        << qint64(100000 + 18000) << qint64(18000);
}

void TestShiftService::outOfRangeRowsAreLeftOut()
{
    QFETCH(QString, sql);
    QFETCH(qint64, expected);
    QFETCH(qint64, sales);
    MADANG_VERIFY_OK(m_store->shifts().open(100000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), 18000);
    sell(a, {PaymentInput::cash(18000)}, QStringLiteral("Mina"));
    const QSqlDatabase db = m_store->database().connection();
    for (const QString &statement : sql.split(QStringLiteral("; "))) {
        QString error;
        QVERIFY2(execSql(db, statement, &error), qPrintable(error));
    }
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QCOMPARE(x->expectedCashMinor, expected);
    QCOMPARE(x->salesMinor, sales);
    QCOMPARE(x->outOfRangeCount, 1);
    auto z = m_store->shifts().close(expected, as(QStringLiteral("Owner")), m_signer);
    MADANG_VERIFY_OK(z);
    QCOMPARE(z->differenceMinor, 0);
    auto entries = m_store->journal().entries(count("journal"));
    MADANG_VERIFY_OK(entries);
    const QJsonObject body = entries->constFirst().body;
    QCOMPARE(body.value(QStringLiteral("out_of_range")).toInteger(), 1);
    QCOMPARE(body.value(QStringLiteral("cash")).toObject().value(QStringLiteral("expected_minor")).toInteger(),
             expected);
}

void TestShiftService::sumsPastSixtyFourBitsAreAddedSplit()
{
    // 922,338 card payments at the ticket maximum (each within the limits) add up past 2^63: SQLite's sum()
    // fails with "integer overflow" instead of wrapping, and the figures are added again in high and low bits.
    // The total past 64 bits stops at the largest figure and is counted, the rest stays exact.
    MADANG_VERIFY_OK(m_store->shifts().open(100000, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    Ticket a;
    a.lines << line(QStringLiteral("A"), 18000);
    sell(a, {PaymentInput::cash(18000)}, QStringLiteral("Mina"));
    constexpr qint64 kRows = 922338; // × 10^13 > 9,223,372,036,854,775,807
    QString error;
    QVERIFY2(execSql(m_store->database().connection(),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                    "INSERT INTO payments (id, order_id, method, amount_minor, tendered_minor, "
                                    "change_minor, created_at) SELECT 'old-' || i, (SELECT id FROM orders), 'card', "
                                    "%2, %2, 0, 'x' FROM n")
                         .arg(kRows)
                         .arg(Money::kMaxTotalMinor),
                     &error),
             qPrintable(error));
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QCOMPARE(x->expectedCashMinor, 100000 + 18000); // cash is exact
    QCOMPARE(x->salesMinor, 18000);
    QCOMPARE(x->outOfRangeCount, 1); // the card total, which no 64-bit figure can hold
    QCOMPARE(x->byMethod.size(), 2);
    QCOMPARE(x->byMethod.at(0).method, QStringLiteral("card"));
    QCOMPARE(x->byMethod.at(0).count, kRows);
    QCOMPARE(x->byMethod.at(0).amountMinor, std::numeric_limits<qint64>::max());
}

QTEST_GUILESS_MAIN(TestShiftService)
#include "tst_shiftservice.moc"
