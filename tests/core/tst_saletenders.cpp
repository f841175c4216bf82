// SaleService with its tender registry: a kind's verification runs inside the sale's transaction and a refusal
// leaves no trace; each tender's share of a refund goes back by its kind's route.
#include "fakesigner.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "sales/saleservice.h"
#include "saletickets.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(madang::RefundRoute)

using namespace madang;
using namespace madang::test;

class TestSaleTenders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusingVerificationWritesNothing();
    void verificationSeesTheSaleInsideItsTransaction();
    void verificationWritesRollBackWithARefusal();
    void refundRoutes_data();
    void refundRoutes();
    void notAtCounterRefusesAndWritesNothing();

private:
    QSqlDatabase db() { return m_store->database().connection(); }
    qint64 count(const char *table)
    {
        return queryInt(db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    /// A SaleService on the store's database with the given tender kinds.
    std::unique_ptr<SaleService> service(const TenderRegistry &tenders)
    {
        return std::make_unique<SaleService>(m_store->database(), m_store->clock(), m_store->ids(), m_store->outbox(),
                                             m_store->journal(), tenders);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestSaleTenders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_signer = FakeSigner();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestSaleTenders::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSaleTenders::refusingVerificationWritesNothing()
{
    TenderRegistry tenders = TenderRegistry::builtin();
    int calls = 0;
    QVERIFY(
        tenders.setVerify(QString(payment::Card), [&calls](QSqlDatabase &, const PaymentInput &, const TenderCheck &) {
            ++calls;
            return Status(makeError(ErrorCode::Forbidden, QStringLiteral("The card terminal declined it.")));
        }));
    auto sales = service(tenders);
    const qint64 outboxBefore = count("outbox");
    auto sale = sales->finalize(salonTicket(), {PaymentInput::card(52000, QStringLiteral("A1"))}, staff(), m_signer);
    MADANG_VERIFY_ERROR(sale, ErrorCode::Forbidden);
    QCOMPARE(sale.error().message, QStringLiteral("The card terminal declined it."));
    QCOMPARE(calls, 1);
    for (const char *table : {"orders", "order_lines", "payments", "journal", "receipt_counters"}) {
        QCOMPARE(count(table), 0);
    }
    QCOMPARE(count("outbox"), outboxBefore);
    QVERIFY(!Transaction::inProgress(db()));

    // A tender of a kind without a verification is not held up, and the refusal used no receipt number.
    auto cash = sales->finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), m_signer);
    MADANG_VERIFY_OK(cash);
    QCOMPARE(cash->receipt, QStringLiteral("T1-000001"));
    QCOMPARE(calls, 1);
    QCOMPARE(count("orders"), 1);
    QCOMPARE(count("journal"), 1);
    QCOMPARE(count("outbox"), outboxBefore + 1);
}

void TestSaleTenders::verificationSeesTheSaleInsideItsTransaction()
{
    TenderRegistry tenders = TenderRegistry::builtin();
    QStringList seen;
    QVERIFY(tenders.setVerify(QString(payment::Deposit), [&seen](QSqlDatabase &db, const PaymentInput &tender,
                                                                 const TenderCheck &check) {
        seen << QStringLiteral("%1 %2 of %3 for %4 (%5 tenders, %6, %7, %8)")
                    .arg(tender.method)
                    .arg(tender.amountMinor)
                    .arg(check.dueMinor)
                    .arg(tender.reference)
                    .arg(check.tenders.size())
                    .arg(check.ticket.bookingId, check.staffId,
                         Transaction::inProgress(db) ? QStringLiteral("in a transaction") : QStringLiteral("outside"));
        return Status(Done{});
    }));
    auto sales = service(tenders);
    Ticket ticket = salonTicket();
    ticket.bookingId = QStringLiteral("bk-1");
    auto sale = sales->finalize(ticket,
                                {PaymentInput::deposit(2000, QStringLiteral("bk-1")),
                                 PaymentInput::card(30000, QStringLiteral("A1")),
                                 PaymentInput::deposit(1000, QStringLiteral("bk-1")), PaymentInput::cash(20000)},
                                staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    // Called once per tender of its kind, in order, with the whole sale beside it.
    QCOMPARE(seen, (QStringList{
                       QStringLiteral("deposit 2000 of 52000 for bk-1 (4 tenders, bk-1, staff-1, in a transaction)"),
                       QStringLiteral("deposit 1000 of 52000 for bk-1 (4 tenders, bk-1, staff-1, in a transaction)")}));
    QCOMPARE(count("orders"), 1);
}

void TestSaleTenders::verificationWritesRollBackWithARefusal()
{
    // What a verification writes belongs to the sale's transaction: a later refusal takes it back too.
    TenderRegistry tenders = TenderRegistry::builtin();
    QVERIFY(tenders.setVerify(QString(payment::Card), [](QSqlDatabase &db, const PaymentInput &, const TenderCheck &) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("CREATE TABLE verified(x)"))
                   ? Status(Done{})
                   : Status(makeError(ErrorCode::Storage, q.lastError().text()));
    }));
    QVERIFY(tenders.setVerify(QString(payment::Deposit), [](QSqlDatabase &, const PaymentInput &, const TenderCheck &) {
        return Status(makeError(ErrorCode::InvalidInput, QStringLiteral("No such booking.")));
    }));
    auto sales = service(tenders);
    auto sale = sales->finalize(
        salonTicket(),
        {PaymentInput::card(50000, QStringLiteral("A1")), PaymentInput::deposit(2000, QStringLiteral("bk-9"))}, staff(),
        m_signer);
    MADANG_VERIFY_ERROR(sale, ErrorCode::InvalidInput);
    QCOMPARE(queryInt(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'verified'")), 0);
    QCOMPARE(count("orders"), 0);
}

void TestSaleTenders::refundRoutes_data()
{
    QTest::addColumn<RefundRoute>("cardRoute");
    QTest::addColumn<QList<AppliedPayment>>("expected");
    // The sale: 52000 paid 30000 by card A1 and 22000 in cash; refunding one unit of line 2 (12000) gives back
    // 30000/52000 and 22000/52000 of it.
    QTest::newRow("same tender (built in)")
        << RefundRoute::SameTender
        << QList<AppliedPayment>{{QStringLiteral("card"), -6923, -6923, 0, QStringLiteral("A1")},
                                 {QStringLiteral("cash"), -5077, -5077, 0, {}}};
    QTest::newRow("card back in cash") << RefundRoute::Cash
                                       << QList<AppliedPayment>{{QStringLiteral("cash"), -6923, -6923, 0, {}},
                                                                {QStringLiteral("cash"), -5077, -5077, 0, {}}};
}

void TestSaleTenders::refundRoutes()
{
    QFETCH(RefundRoute, cardRoute);
    QFETCH(QList<AppliedPayment>, expected);
    TenderRegistry tenders;
    for (TenderKind k : TenderRegistry::builtin().kinds()) {
        if (k.code == payment::Card) {
            k.refund = cardRoute;
        }
        MADANG_VERIFY_OK(tenders.add(k));
    }
    auto sales = service(tenders);
    auto sale = sales->finalize(
        salonTicket(), {PaymentInput::card(30000, QStringLiteral("A1")), PaymentInput::cash(22000)}, staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    auto refund = sales->refund(sale->orderId, {{2, 1}}, manager(), m_signer);
    MADANG_VERIFY_OK(refund);
    QCOMPARE(refund->totalMinor, -12000);
    QCOMPARE(refund->payments, expected);
    auto stored = m_store->orders().find(refund->orderId);
    MADANG_VERIFY_OK(stored);
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->payments, expected);
}

void TestSaleTenders::notAtCounterRefusesAndWritesNothing()
{
    TenderRegistry tenders;
    for (TenderKind k : TenderRegistry::builtin().kinds()) {
        if (k.code == payment::PlatformQr) {
            k.refund = RefundRoute::NotAtCounter;
        }
        MADANG_VERIFY_OK(tenders.add(k));
    }
    auto sales = service(tenders);
    auto sale = sales->finalize(
        salonTicket(),
        {PaymentInput{QString(payment::PlatformQr), 40000, 40000, QStringLiteral("Q1")}, PaymentInput::cash(12000)},
        staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    const qint64 orders = count("orders");
    const qint64 journal = count("journal");
    const qint64 outbox = count("outbox");
    auto refund = sales->refund(sale->orderId, {}, manager(), m_signer);
    MADANG_VERIFY_ERROR(refund, ErrorCode::Conflict);
    QVERIFY2(refund.error().message.contains(QStringLiteral("Platform QR")), qPrintable(refund.error().message));
    QVERIFY2(refund.error().message.contains(sale->receipt), qPrintable(refund.error().message));
    QCOMPARE(count("orders"), orders);
    QCOMPARE(count("journal"), journal);
    QCOMPARE(count("outbox"), outbox);
    // A void is refused the same way; the built-in registry still refunds it the way it came.
    MADANG_VERIFY_ERROR(sales->voidSale(sale->orderId, manager(), m_signer), ErrorCode::Conflict);
    auto builtin = m_store->sales().voidSale(sale->orderId, manager(), m_signer);
    MADANG_VERIFY_OK(builtin);
    QCOMPARE(builtin->payments.first().method, QStringLiteral("platform_qr"));
    QCOMPARE(builtin->payments.first().amountMinor, -40000);
}

QTEST_GUILESS_MAIN(TestSaleTenders)
#include "tst_saletenders.moc"
