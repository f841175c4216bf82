// ShiftService: opening float, cash in/out, no-sale approval, X- and Z-reports, and the closure's
// journal entry written in the same transaction as its row.
#include "fakesigner.h"
#include "journal.h"
#include "saleservice.h"
#include "shiftservice.h"
#include "testsupport.h"

#include <QTest>

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
    void sellsOutsideShiftsAreNotCounted();

private:
    FinalizedSale sell(const Ticket &t, const QList<PaymentInput> &tenders, const QString &staff);
    qint64 count(const char *table)
    {
        return queryInt(m_store->database().connection(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
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

void TestShiftService::sellsOutsideShiftsAreNotCounted()
{
    Ticket a;
    a.lines << line(QStringLiteral("A"), 1000);
    sell(a, {PaymentInput::cash(1000)}, QStringLiteral("Mina"));
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), as(QStringLiteral("Mina")), m_signer));
    sell(a, {PaymentInput::cash(1000)}, QStringLiteral("Mina"));
    sell(a, {PaymentInput::cash(1000)}, QStringLiteral("Mina"));
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    QCOMPARE(x.value().salesCount, 2);
}

QTEST_GUILESS_MAIN(TestShiftService)
#include "tst_shiftservice.moc"
