// SaleService: a sale is one transaction holding order, lines, payments, receipt number, journal
// entry and outbox op; refused or failed sales leave nothing behind; refunds and voids are new orders.
#include "base/money.h"
#include "customers/customerrepository.h"
#include "fakesigner.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "sales/saleservice.h"
#include "saletickets.h"
#include "testsupport.h"

#include <QTest>
#include <limits>

Q_DECLARE_METATYPE(QList<madang::PaymentInput>)

using namespace madang;
using namespace madang::test;

class TestSaleService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cashSaleWritesEverythingOnce();
    void receiptNumbersAreGaplessAndPerTerminal();
    void refusedSalesLeaveNoTrace_data();
    void refusedSalesLeaveNoTrace();
    void signerFailureRollsBack();
    void mixedTender();
    void partialRefundsAddUpToTheSale();
    void overRefundRefused();
    void refundQuantityOutOfRange();
    void saleBeyondTheLimitsIsNotCorrected_data();
    void saleBeyondTheLimitsIsNotCorrected();
    void voidWholeSale();
    void voidAfterRefundRefused();
    void customerIsKeptOnTheOrderAndJournal_data();
    void customerIsKeptOnTheOrderAndJournal();
    void correctionsNeedApproval();
    void reprintIsJournaledAsDuplicate();
    void ordersAreAppendOnly();
    void searchByReceiptOrAmount_data();
    void searchByReceiptOrAmount();

private:
    QSqlDatabase db() { return m_store->database().connection(); }
    qint64 count(const char *table)
    {
        return queryInt(db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    FinalizedSale sell(const Ticket &t, const QList<PaymentInput> &tenders);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestSaleService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_signer = FakeSigner();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestSaleService::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

FinalizedSale TestSaleService::sell(const Ticket &t, const QList<PaymentInput> &tenders)
{
    auto sale = m_store->sales().finalize(t, tenders, staff(), m_signer);
    if (!sale) {
        qWarning() << "sale failed:" << sale.error().message;
        return {};
    }
    return sale.value();
}

void TestSaleService::cashSaleWritesEverythingOnce()
{
    const qint64 outboxBefore = count("outbox");
    auto sale = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(60000)}, staff(), m_signer);
    MADANG_VERIFY_OK(sale);
    const FinalizedSale &s = sale.value();
    QCOMPARE(s.receipt, QStringLiteral("T1-000001"));
    QCOMPARE(s.totalMinor, 52000);
    QCOMPARE(s.changeMinor, 8000);
    QCOMPARE(s.journal.seq, 1);
    QCOMPARE(s.journal.type, QStringLiteral("sale"));
    QCOMPARE(s.journal.prev, QString(64, QLatin1Char('0')));
    auto entry = m_store->journal().bySeq(s.journal.seq);
    MADANG_VERIFY_OK(entry);
    QVERIFY(entry.value().has_value());
    QCOMPARE(entry.value()->body.value(QStringLiteral("tip_minor")).toInteger(), 3000);
    QCOMPARE(entry.value()->body.value(QStringLiteral("vat_minor")).toInteger(), 4455); // 49000 - round(49000/1.1)

    QCOMPARE(count("orders"), 1);
    QCOMPARE(count("order_lines"), 2);
    QCOMPARE(count("payments"), 1);
    QCOMPARE(count("journal"), 1);
    // No shift was open: the sale opened one (tst_shiftguard), and said so to the outbox before its own op.
    QCOMPARE(count("shifts"), 1);
    QCOMPARE(count("outbox"), outboxBefore + 2);
    QCOMPARE(queryString(db(), QStringLiteral("SELECT op FROM outbox ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("order.finalized"));

    auto stored = m_store->orders().find(s.orderId);
    MADANG_VERIFY_OK(stored);
    QVERIFY(stored.value().has_value());
    const Order &o = *stored.value();
    QCOMPARE(o.receipt, s.receipt);
    QCOMPARE(o.totalMinor, 52000);
    QCOMPARE(o.lines.size(), 2);
    QCOMPARE(o.lines.at(1).qty, 2);
    QCOMPARE(o.lines.at(1).totalMinor, 24000);
    QCOMPARE(o.lines.at(0).vatMinor + o.lines.at(1).vatMinor, o.vatMinor);
    QCOMPARE(o.payments.size(), 1);
    QCOMPARE(o.payments.at(0), (AppliedPayment{QStringLiteral("cash"), 52000, 60000, 8000, {}}));
    QCOMPARE(o.staffName, QStringLiteral("김민지"));
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict.value().ok, qPrintable(verdict.value().reason));
}

void TestSaleService::receiptNumbersAreGaplessAndPerTerminal()
{
    QStringList receipts;
    for (int i = 0; i < 5; ++i) {
        receipts << sell(salonTicket(), {PaymentInput::cash(52000)}).receipt;
        // A refused sale in between uses no number.
        QVERIFY(!m_store->sales().finalize(salonTicket(), {PaymentInput::cash(100)}, staff(), m_signer).ok());
    }
    QCOMPARE(receipts,
             (QStringList{QStringLiteral("T1-000001"), QStringLiteral("T1-000002"), QStringLiteral("T1-000003"),
                          QStringLiteral("T1-000004"), QStringLiteral("T1-000005")}));
    FakeSigner kiosk(QStringLiteral("KIOSK2"));
    auto other = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), kiosk);
    MADANG_VERIFY_OK(other);
    QCOMPARE(other.value().receipt, QStringLiteral("KIOSK2-000001"));
    QCOMPARE(SaleService::formatReceipt(QStringLiteral("T1"), 1234567), QStringLiteral("T1-1234567"));
}

void TestSaleService::refusedSalesLeaveNoTrace_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<QList<PaymentInput>>("tenders");
    QTest::addColumn<QString>("message");

    QTest::newRow("not enough cash") << salonTicket() << QList<PaymentInput>{PaymentInput::cash(50000)}
                                     << QStringLiteral("₩2,000 is still due.");
    QTest::newRow("card without reference")
        << salonTicket() << QList<PaymentInput>{PaymentInput::card(52000, {})} << QStringLiteral("approval number");
    QTest::newRow("card above due") << salonTicket()
                                    << QList<PaymentInput>{PaymentInput::card(60000, QStringLiteral("A1"))}
                                    << QStringLiteral("more than");
    QTest::newRow("no tenders") << salonTicket() << QList<PaymentInput>{} << QStringLiteral("still due");
    QTest::newRow("empty ticket") << Ticket{} << QList<PaymentInput>{PaymentInput::cash(1000)}
                                  << QStringLiteral("no items");
    Ticket zeroQty = salonTicket();
    zeroQty.lines[0].qty = 0;
    QTest::newRow("zero quantity") << zeroQty << QList<PaymentInput>{PaymentInput::cash(100000)}
                                   << QStringLiteral("quantity");
    Ticket bigTip = salonTicket();
    bigTip.tipMinor = Money::kMaxAmountMinor + 1;
    QTest::newRow("tip above the maximum") << bigTip << QList<PaymentInput>{PaymentInput::cash(100000)}
                                           << QStringLiteral("The tip ₩1,000,000,000,001 is over the maximum");
    Ticket manyUnits = salonTicket();
    manyUnits.lines[0].qty = std::numeric_limits<qint64>::max();
    QTest::newRow("quantity INT64_MAX") << manyUnits << QList<PaymentInput>{PaymentInput::cash(100000)}
                                        << QStringLiteral("is out of range (1 to 10,000)");
    QTest::newRow("cash handed over above a ticket")
        << salonTicket() << QList<PaymentInput>{PaymentInput::cash(std::numeric_limits<qint64>::max())}
        << QStringLiteral("over the maximum of ₩10,000,000,000,000");
    QTest::newRow("unknown method") << salonTicket()
                                    << QList<PaymentInput>{PaymentInput{QStringLiteral("bitcoin"), 52000, 0, {}}}
                                    << QStringLiteral("Unknown payment method");
}

void TestSaleService::refusedSalesLeaveNoTrace()
{
    QFETCH(Ticket, ticket);
    QFETCH(QList<PaymentInput>, tenders);
    QFETCH(QString, message);
    const qint64 outboxBefore = count("outbox");
    auto sale = m_store->sales().finalize(ticket, tenders, staff(), m_signer);
    MADANG_VERIFY_ERROR(sale, ErrorCode::InvalidInput);
    QVERIFY2(sale.error().message.contains(message), qPrintable(sale.error().message));
    for (const char *table : {"orders", "order_lines", "payments", "journal", "receipt_counters"}) {
        QCOMPARE(count(table), 0);
    }
    QCOMPARE(count("outbox"), outboxBefore);
}

void TestSaleService::signerFailureRollsBack()
{
    sell(salonTicket(), {PaymentInput::cash(52000)});
    m_signer.breakKey();
    auto sale = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), m_signer);
    QVERIFY(!sale.ok());
    QVERIFY2(sale.error().message.contains(QStringLiteral("device key")), qPrintable(sale.error().message));
    QCOMPARE(count("orders"), 1);
    QCOMPARE(count("journal"), 1);
    QCOMPARE(queryInt(db(), QStringLiteral("SELECT last FROM receipt_counters")), 1);
    m_signer = FakeSigner();
    QCOMPARE(sell(salonTicket(), {PaymentInput::cash(52000)}).receipt, QStringLiteral("T1-000002"));
}

void TestSaleService::mixedTender()
{
    const FinalizedSale s =
        sell(salonTicket(), {PaymentInput::card(30000, QStringLiteral("APP-77")), PaymentInput::cash(25000)});
    QCOMPARE(s.payments.size(), 2);
    QCOMPARE(s.payments.at(0), (AppliedPayment{QStringLiteral("card"), 30000, 30000, 0, QStringLiteral("APP-77")}));
    QCOMPARE(s.payments.at(1), (AppliedPayment{QStringLiteral("cash"), 22000, 25000, 3000, {}}));
    QCOMPARE(s.changeMinor, 3000);
}

void TestSaleService::partialRefundsAddUpToTheSale()
{
    Ticket t;
    t.lines << line(QStringLiteral("A"), QStringLiteral("김치찌개"), 9000, 3);
    t.orderDiscount = Discount::amount(1000); // 26000: shares that do not divide evenly by 3
    const FinalizedSale sale = sell(t, {PaymentInput::card(26000, QStringLiteral("C1"))});
    qint64 refunded = 0;
    qint64 refundedVat = 0;
    for (int i = 0; i < 3; ++i) {
        auto r = m_store->sales().refund(sale.orderId, {{1, 1}}, manager(), m_signer);
        MADANG_VERIFY_OK(r);
        QCOMPARE(r.value().kind, QStringLiteral("refund"));
        QVERIFY(r.value().totalMinor < 0);
        QCOMPARE(r.value().journal.type, QStringLiteral("refund"));
        QCOMPARE(r.value().journal.totalMinor, r.value().totalMinor);
        QCOMPARE(r.value().payments.size(), 1);
        QCOMPARE(r.value().payments.at(0).method, QStringLiteral("card"));
        QCOMPARE(r.value().payments.at(0).amountMinor, r.value().totalMinor);
        refunded += r.value().totalMinor;
        auto o = m_store->orders().find(r.value().orderId);
        refundedVat += o.value()->vatMinor;
        QCOMPARE(o.value()->correctsId, sale.orderId);
        QCOMPARE(o.value()->lines.at(0).correctsLine, 1);
    }
    QCOMPARE(refunded, -26000);
    auto original = m_store->orders().find(sale.orderId);
    QCOMPARE(refundedVat, -original.value()->vatMinor);
    QCOMPARE(count("orders"), 4);
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    QVERIFY(verdict.ok() && verdict.value().ok);
    QCOMPARE(verdict.value().entries, 4);
}

void TestSaleService::overRefundRefused()
{
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {{2, 3}}, manager(), m_signer), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {{9, 1}}, manager(), m_signer), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(m_store->sales().refund(QStringLiteral("no-such-order"), {}, manager(), m_signer),
                        ErrorCode::NotFound);
    MADANG_VERIFY_OK(m_store->sales().refund(sale.orderId, {{2, 2}}, manager(), m_signer));
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {{2, 1}}, manager(), m_signer), ErrorCode::InvalidInput);
    // The rest (line 1 and the tip) can still go back, exactly once.
    auto rest = m_store->sales().refund(sale.orderId, {}, manager(), m_signer);
    MADANG_VERIFY_OK(rest);
    QCOMPARE(rest.value().totalMinor, -(25000 + 3000));
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {}, manager(), m_signer), ErrorCode::InvalidInput);
    QCOMPARE(count("journal"), 3);
}

void TestSaleService::refundQuantityOutOfRange()
{
    // Line 2 sold 2; one is refunded. A huge count must not wrap past the check on what is left.
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    MADANG_VERIFY_OK(m_store->sales().refund(sale.orderId, {{2, 1}}, manager(), m_signer));
    const qint64 journal = count("journal");
    const qint64 outbox = count("outbox");
    constexpr qint64 huge = std::numeric_limits<qint64>::max();
    for (const QList<RefundLine> &lines :
         {QList<RefundLine>{{2, huge}}, QList<RefundLine>{{2, huge}, {2, huge}}, QList<RefundLine>{{2, -huge}}}) {
        auto refused = m_store->sales().refund(sale.orderId, lines, manager(), m_signer);
        MADANG_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("out of range")), qPrintable(refused.error().message));
    }
    QCOMPARE(count("journal"), journal);
    QCOMPARE(count("outbox"), outbox);
    QCOMPARE(count("orders"), 2);
}

void TestSaleService::saleBeyondTheLimitsIsNotCorrected_data()
{
    QTest::addColumn<QString>("sql"); // what an older version could have stored
    QTest::addColumn<bool>("isVoid");
    const QString big = QString::number(std::numeric_limits<qint64>::max());
    QTest::newRow("refund of a line at INT64_MAX")
        << QStringLiteral("DROP TRIGGER order_lines_no_change; UPDATE order_lines SET total_minor = %1").arg(big)
        << false;
    QTest::newRow("void of a line of 2^62 units")
        << QStringLiteral("DROP TRIGGER order_lines_no_change; UPDATE order_lines SET qty = 4611686018427387904")
        << true;
    QTest::newRow("refund of a payment at INT64_MAX")
        << QStringLiteral("DROP TRIGGER payments_no_update; UPDATE payments SET amount_minor = %1").arg(big) << false;
}

void TestSaleService::saleBeyondTheLimitsIsNotCorrected()
{
    // Taking back part of such a sale multiplies units by amounts: refused by name, nothing written.
    QFETCH(QString, sql);
    QFETCH(bool, isVoid);
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    for (const QString &statement : sql.split(QStringLiteral("; "))) {
        QString error;
        QVERIFY2(execSql(db(), statement, &error), qPrintable(error));
    }
    const qint64 orders = count("orders");
    const qint64 journal = count("journal");
    auto refused = isVoid ? m_store->sales().voidSale(sale.orderId, manager(), m_signer)
                          : m_store->sales().refund(sale.orderId, {}, manager(), m_signer);
    MADANG_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("beyond the limits")),
             qPrintable(refused.error().message));
    QCOMPARE(count("orders"), orders);
    QCOMPARE(count("journal"), journal);
}

void TestSaleService::voidWholeSale()
{
    const FinalizedSale sale =
        sell(salonTicket(), {PaymentInput::card(20000, QStringLiteral("C9")), PaymentInput::cash(32000)});
    auto v = m_store->sales().voidSale(sale.orderId, manager(QStringLiteral("rung up twice")), m_signer);
    MADANG_VERIFY_OK(v);
    QCOMPARE(v.value().kind, QStringLiteral("void"));
    QCOMPARE(v.value().receipt, QStringLiteral("T1-000002"));
    QCOMPARE(v.value().totalMinor, -52000);
    QCOMPARE(v.value().payments.size(), 2);
    QCOMPARE(v.value().payments.at(0).amountMinor + v.value().payments.at(1).amountMinor, -52000);
    auto entry = m_store->journal().bySeq(v.value().journal.seq);
    MADANG_VERIFY_OK(entry);
    QVERIFY(entry.value().has_value());
    QCOMPARE(entry.value()->body.value(QStringLiteral("corrects")).toString(), sale.receipt);
    QCOMPARE(entry.value()->body.value(QStringLiteral("reason")).toString(), QStringLiteral("rung up twice"));
    MADANG_VERIFY_ERROR(m_store->sales().voidSale(sale.orderId, manager(), m_signer), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {}, manager(), m_signer), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(m_store->sales().voidSale(v.value().orderId, manager(), m_signer), ErrorCode::NotFound);
}

void TestSaleService::voidAfterRefundRefused()
{
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    MADANG_VERIFY_OK(m_store->sales().refund(sale.orderId, {{1, 1}}, manager(), m_signer));
    MADANG_VERIFY_ERROR(m_store->sales().voidSale(sale.orderId, manager(), m_signer), ErrorCode::Conflict);
}

void TestSaleService::customerIsKeptOnTheOrderAndJournal_data()
{
    QTest::addColumn<bool>("withCustomer");
    QTest::newRow("a customer looked up at the counter") << true;
    QTest::newRow("nobody in particular") << false;
}

void TestSaleService::customerIsKeptOnTheOrderAndJournal()
{
    // The ticket's customer goes onto the order and into the signed entry, and a void repeats it; a sale to
    // nobody in particular has neither (its entry keeps the shape it always had).
    QFETCH(bool, withCustomer);
    QString customerId;
    if (withCustomer) {
        auto customer = m_store->customers().findOrAdd(QStringLiteral("010-1234-5678"), QStringLiteral("김하늘"));
        MADANG_VERIFY_OK(customer);
        customerId = customer->id;
    }
    Ticket ticket = salonTicket();
    ticket.customerId = customerId;
    const FinalizedSale sale = sell(ticket, {PaymentInput::cash(60000)});
    QVERIFY(!sale.orderId.isEmpty());
    auto voided = m_store->sales().voidSale(sale.orderId, manager(QStringLiteral("wrong customer")), m_signer);
    MADANG_VERIFY_OK(voided);
    for (const FinalizedSale &s : {sale, voided.value()}) {
        auto stored = m_store->orders().find(s.orderId);
        MADANG_VERIFY_OK(stored);
        QCOMPARE((*stored.value()).customerId, customerId);
        auto entry = m_store->journal().bySeq(s.journal.seq);
        MADANG_VERIFY_OK(entry);
        QCOMPARE(entry.value()->body.contains(QStringLiteral("customer_id")), withCustomer);
        QCOMPARE(entry.value()->body.value(QStringLiteral("customer_id")).toString(), customerId);
    }
    QCOMPARE(queryInt(db(), QStringLiteral("SELECT count(*) FROM orders WHERE customer_id IS NULL")),
             withCustomer ? 0 : 2);
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict.value().ok, qPrintable(verdict.value().reason));
}

void TestSaleService::correctionsNeedApproval()
{
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    MADANG_VERIFY_ERROR(m_store->sales().refund(sale.orderId, {}, staff(), m_signer), ErrorCode::Forbidden);
    MADANG_VERIFY_ERROR(m_store->sales().voidSale(sale.orderId, manager(QStringLiteral("  ")), m_signer),
                        ErrorCode::Forbidden);
    QCOMPARE(count("orders"), 1);
}

void TestSaleService::reprintIsJournaledAsDuplicate()
{
    const FinalizedSale sale = sell(salonTicket(), {PaymentInput::cash(52000)});
    auto entry = m_store->sales().reprint(sale.orderId, staff(), m_signer);
    MADANG_VERIFY_OK(entry);
    QCOMPARE(entry.value().type, QStringLiteral("reprint"));
    QCOMPARE(entry.value().receipt, sale.receipt);
    QCOMPARE(entry.value().body.value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(entry.value().body.value(QStringLiteral("original_seq")).toInteger(), sale.journal.seq);
    QCOMPARE(entry.value().prev, sale.journal.hash);
    QCOMPARE(count("orders"), 1);
    MADANG_VERIFY_ERROR(m_store->sales().reprint(QStringLiteral("nope"), staff(), m_signer), ErrorCode::NotFound);
}

void TestSaleService::ordersAreAppendOnly()
{
    sell(salonTicket(), {PaymentInput::cash(52000)});
    for (const char *sql : {"UPDATE orders SET total_minor = 1", "DELETE FROM orders", "UPDATE order_lines SET qty = 9",
                            "DELETE FROM payments", "UPDATE journal SET total_minor = 1", "DELETE FROM journal"}) {
        QString error;
        QVERIFY2(!execSql(db(), QLatin1String(sql), &error), sql);
        QVERIFY2(error.contains(QStringLiteral("never")) || error.contains(QStringLiteral("append-only")),
                 qPrintable(error));
    }
}

void TestSaleService::searchByReceiptOrAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("receipts");
    QTest::newRow("receipt number") << QStringLiteral("000002") << QStringList{QStringLiteral("T1-000002")};
    QTest::newRow("receipt prefix") << QStringLiteral("T1-00000")
                                    << QStringList{QStringLiteral("T1-000003"), QStringLiteral("T1-000002"),
                                                   QStringLiteral("T1-000001")};
    QTest::newRow("amount") << QStringLiteral("9,000") << QStringList{QStringLiteral("T1-000002")};
    QTest::newRow("refund by amount") << QStringLiteral("52000")
                                      << QStringList{QStringLiteral("T1-000003"), QStringLiteral("T1-000001")};
    QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("T9") << QStringList{};
}

void TestSaleService::searchByReceiptOrAmount()
{
    QFETCH(QString, text);
    QFETCH(QStringList, receipts);
    const FinalizedSale first = sell(salonTicket(), {PaymentInput::cash(52000)});
    Ticket small;
    small.lines << line(QStringLiteral("A"), QStringLiteral("김치찌개"), 9000);
    sell(small, {PaymentInput::cash(10000)});
    MADANG_VERIFY_OK(m_store->sales().voidSale(first.orderId, manager(), m_signer));
    auto found = m_store->orders().list(OrderFilter{text, {}, {}, 50});
    MADANG_VERIFY_OK(found);
    QStringList got;
    for (const Order &o : found.value()) {
        got << o.receipt;
    }
    QCOMPARE(got, receipts);
}

QTEST_GUILESS_MAIN(TestSaleService)
#include "tst_saleservice.moc"
