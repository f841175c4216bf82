// SaleService: a sale is one transaction holding order, lines, payments, receipt number, journal
// entry and outbox op; refused or failed sales leave nothing behind; refunds and voids are new orders.
#include "canonicaljson.h"
#include "fakesigner.h"
#include "journal.h"
#include "orderrepository.h"
#include "outbox.h"
#include "saleservice.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(madang::Ticket)
Q_DECLARE_METATYPE(QList<madang::PaymentInput>)

using namespace madang;
using namespace madang::test;

namespace {
TicketLine line(const QString &sku, const QString &name, qint64 unit, qint64 qty = 1, int vatBp = 1000)
{
    TicketLine l;
    l.itemId = QStringLiteral("item-") + sku;
    l.sku = sku;
    l.name = name;
    l.unitMinor = unit;
    l.qty = qty;
    l.vatBp = vatBp;
    return l;
}

Ticket salonTicket()
{
    Ticket t;
    t.lines << line(QStringLiteral("CUT"), QStringLiteral("여성 커트"), 25000)
            << line(QStringLiteral("TRT"), QStringLiteral("두피 케어"), 12000, 2);
    t.tipMinor = 3000;
    return t; // 49000 of lines + 3000 tip
}

SaleContext staff()
{
    return {QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
}

SaleContext manager(const QString &reason = QStringLiteral("customer unhappy"))
{
    return {QStringLiteral("staff-1"), QStringLiteral("김민지"), QStringLiteral("mgr-1"), reason};
}
} // namespace

class TestSaleService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cashSaleWritesEverythingOnce();
    void journalBodyAndOutboxPayload_data();
    void journalBodyAndOutboxPayload();
    void receiptNumbersAreGaplessAndPerTerminal();
    void refusedSalesLeaveNoTrace_data();
    void refusedSalesLeaveNoTrace();
    void signerFailureRollsBack();
    void mixedTender();
    void partialRefundsAddUpToTheSale();
    void overRefundRefused();
    void voidWholeSale();
    void voidAfterRefundRefused();
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
    QCOMPARE(count("outbox"), outboxBefore + 1);
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

/// The body a sale's journal entry has always had, built from the order as stored: the oracle for the
/// body SaleService writes in canonical form member by member.
QJsonObject expectedBody(const Order &o, const SaleContext &who, const QString &corrects)
{
    QJsonArray lines;
    for (const OrderLine &l : o.lines) {
        QJsonObject line{{QStringLiteral("line"), l.lineNo},
                         {QStringLiteral("sku"), l.sku},
                         {QStringLiteral("name"), l.name},
                         {QStringLiteral("qty"), l.qty},
                         {QStringLiteral("unit_minor"), l.unitMinor},
                         {QStringLiteral("modifiers"), l.modifiers},
                         {QStringLiteral("discount_minor"), l.discountMinor},
                         {QStringLiteral("total_minor"), l.totalMinor},
                         {QStringLiteral("vat_bp"), l.vatBp},
                         {QStringLiteral("vat_minor"), l.vatMinor}};
        if (l.correctsLine > 0) {
            line.insert(QStringLiteral("corrects_line"), l.correctsLine);
        }
        lines.append(line);
    }
    QJsonArray vat;
    for (const VatBucket &b : o.vatBreakdown()) {
        vat.append(QJsonObject{{QStringLiteral("rate_bp"), b.vatBp},
                               {QStringLiteral("gross_minor"), b.grossMinor},
                               {QStringLiteral("net_minor"), b.netMinor},
                               {QStringLiteral("vat_minor"), b.vatMinor}});
    }
    QJsonArray payments;
    for (const AppliedPayment &p : o.payments) {
        payments.append(QJsonObject{{QStringLiteral("method"), p.method},
                                    {QStringLiteral("amount_minor"), p.amountMinor},
                                    {QStringLiteral("tendered_minor"), p.tenderedMinor},
                                    {QStringLiteral("change_minor"), p.changeMinor},
                                    {QStringLiteral("reference"), p.reference}});
    }
    QJsonObject body{{QStringLiteral("order_id"), o.id},
                     {QStringLiteral("staff"), who.staffName},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("subtotal_minor"), o.subtotalMinor},
                     {QStringLiteral("discount_minor"), o.discountMinor},
                     {QStringLiteral("tip_minor"), o.tipMinor},
                     {QStringLiteral("vat_minor"), o.vatMinor},
                     {QStringLiteral("vat"), vat},
                     {QStringLiteral("payments"), payments}};
    if (!o.tableName.isEmpty()) {
        body.insert(QStringLiteral("table"), o.tableName);
    }
    if (!corrects.isEmpty()) {
        body.insert(QStringLiteral("corrects"), corrects);
        body.insert(QStringLiteral("reason"), who.reason);
    }
    if (!who.approverId.isEmpty()) {
        body.insert(QStringLiteral("approver_id"), who.approverId);
    }
    return body;
}

void TestSaleService::journalBodyAndOutboxPayload_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<bool>("thenVoid");
    QTest::newRow("plain") << salonTicket() << false << false;
    Ticket table;
    table.tableName = QStringLiteral("7번 \"창가\"");
    table.lines << line(QStringLiteral("LAT"), QStringLiteral("라떼\n(아이스)"), 5000, 2)
                << line(QStringLiteral("BAG"), QStringLiteral("Bagel \\ cream"), 3500, 1, 0);
    table.lines[0].modifiers << ModifierChoice{QStringLiteral("g1"), QStringLiteral("사이즈"), QStringLiteral("o1"),
                                               QStringLiteral("Large"), 500}
                             << ModifierChoice{QStringLiteral("g2"), QStringLiteral("Extra"), QStringLiteral("o2"),
                                               QStringLiteral("샷 추가"), 700};
    table.orderDiscount = Discount::percent(1000);
    QTest::newRow("table, modifiers, escapes, two VAT rates, approved discount") << table << true << false;
    QTest::newRow("void of a sale") << salonTicket() << false << true;
}

// What the journal stores for a sale is exactly the body it has always had, in canonical form, and the
// order.finalized op carries that body with the receipt, time, total, currency and journal hash beside it.
void TestSaleService::journalBodyAndOutboxPayload()
{
    QFETCH(Ticket, ticket);
    QFETCH(bool, approved);
    QFETCH(bool, thenVoid);
    const SaleContext who = approved ? manager() : staff();
    auto sold = m_store->sales().finalize(
        ticket, {PaymentInput::card(1000, QStringLiteral("C1")), PaymentInput::cash(100000)}, who, m_signer);
    MADANG_VERIFY_OK(sold);
    FinalizedSale checked = sold.value();
    SaleContext checkedWho = who;
    QString corrects;
    if (thenVoid) {
        checkedWho = manager(QStringLiteral("wrong \"table\""));
        auto voided = m_store->sales().voidSale(sold.value().orderId, checkedWho, m_signer);
        MADANG_VERIFY_OK(voided);
        checked = voided.value();
        corrects = sold.value().receipt;
    }
    QVERIFY(checked.journal.body.isEmpty()); // written as text; read back below
    auto order = m_store->orders().find(checked.orderId);
    MADANG_VERIFY_OK(order);
    QVERIFY(order.value().has_value());
    const QJsonObject expected = expectedBody(*order.value(), checkedWho, corrects);
    auto entry = m_store->journal().bySeq(checked.journal.seq);
    MADANG_VERIFY_OK(entry);
    QVERIFY(entry.value().has_value());
    QCOMPARE(entry.value()->body, expected);
    QCOMPARE(
        queryString(db(), QStringLiteral("SELECT body FROM journal WHERE seq = %1").arg(checked.journal.seq)).toUtf8(),
        canonical::json(expected).value());
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict.value().ok, qPrintable(verdict.value().reason));

    QJsonObject payload = expected;
    payload.insert(QStringLiteral("receipt"), checked.receipt);
    payload.insert(QStringLiteral("finalized_at"), order.value()->finalizedAt);
    payload.insert(QStringLiteral("total_minor"), checked.totalMinor);
    payload.insert(QStringLiteral("currency"), QStringLiteral("KRW"));
    payload.insert(QStringLiteral("journal_seq"), checked.journal.seq);
    payload.insert(QStringLiteral("journal_hash"), checked.journal.hash);
    const QByteArray stored = queryString(db(), QStringLiteral("SELECT payload FROM outbox WHERE op = "
                                                               "'order.finalized' AND entity_id = '%1'")
                                                    .arg(checked.orderId))
                                  .toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    QCOMPARE(doc.object(), payload);
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
