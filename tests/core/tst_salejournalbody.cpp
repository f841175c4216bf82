// What a sale's journal entry holds: the body the journal has always had, written in canonical form member by
// member (SaleService), and the order.finalized op that carries it with the receipt, time, total and hash.
#include "base/canonicaljson.h"
#include "fakesigner.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "saletickets.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace madang;
using namespace madang::test;

class TestSaleJournalBody : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void journalBodyAndOutboxPayload_data();
    void journalBodyAndOutboxPayload();

private:
    QSqlDatabase db() { return m_store->database().connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestSaleJournalBody::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestSaleJournalBody::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

namespace {
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

} // namespace

void TestSaleJournalBody::journalBodyAndOutboxPayload_data()
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
// order.finalized op refers to that entry, and reads back as the body with the receipt, time, total, currency and
// journal hash beside it.
void TestSaleJournalBody::journalBodyAndOutboxPayload()
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
    payload.insert(QStringLiteral("terminal"), QStringLiteral("T1"));
    payload.insert(QStringLiteral("type"), checked.kind);
    // Stored: the entry by reference (order.finalized v2); read back by Outbox::pending(): the whole payload.
    const QString where =
        QStringLiteral(" FROM outbox WHERE op = 'order.finalized' AND entity_id = '%1'").arg(checked.orderId);
    QCOMPARE(queryString(db(), QStringLiteral("SELECT payload") + where),
             QStringLiteral("{\"entry_hash\":\"%1\",\"journal_seq\":%2}")
                 .arg(checked.journal.hash)
                 .arg(checked.journal.seq));
    QCOMPARE(queryInt(db(), QStringLiteral("SELECT op_version") + where), 2);
    auto pending = Outbox::pending(db(), 1000);
    MADANG_VERIFY_OK(pending);
    const auto op = std::find_if(pending->cbegin(), pending->cend(), [&](const OutboxOp &o) {
        return o.op == QLatin1String("order.finalized") && o.entityId == checked.orderId;
    });
    QVERIFY(op != pending->cend());
    QCOMPARE(op->version, 2);
    QCOMPARE(op->payload, payload);
}

QTEST_GUILESS_MAIN(TestSaleJournalBody)
#include "tst_salejournalbody.moc"
