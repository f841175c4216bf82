// The applier of order.finalized (sales/orderappliers.h), over the A/B replay of applierpair.h: A is terminal T1
// and sells, refunds and voids; B is another terminal of the merchant that has sold nothing yet. B applies A's
// ops and then holds A's orders, lines and payments as A does, read-only, with A's journal entry named instead of
// one of its own: B's journal, receipt counters and outbox do not move, its journal check still passes, and B
// can refund A's sale as its own sale transaction (T2). Then what B must refuse with nothing written.
#include "applierpair.h"
#include "fakesigner.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "saletickets.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace madang;
using namespace madang::test;

namespace {
/// What both terminals compare: every column that travels (not the staff id, the item id or a line's note,
/// which the journal body does not carry, nor the payment ids, which each terminal makes), and each order's
/// journal entry: A's own, which B names as the source.
const QString kRows = QStringLiteral(
    "SELECT o.id, o.kind, o.receipt, o.terminal, coalesce(o.corrects_id, ''), coalesce(o.staff_name, ''), "
    "coalesce(o.approver_id, ''), coalesce(o.reason, ''), coalesce(o.table_name, ''), o.finalized_at, o.currency, "
    "o.subtotal_minor, o.discount_minor, o.tip_minor, o.vat_minor, o.total_minor, coalesce(o.customer_id, ''), "
    "coalesce(o.journal_seq, o.source_seq), coalesce(j.hash, o.source_hash) "
    "FROM orders o LEFT JOIN journal j ON j.seq = o.journal_seq ORDER BY o.id;"
    "SELECT order_id, line_no, sku, name, qty, unit_minor, modifiers_minor, discount_minor, total_minor, vat_bp, "
    "vat_minor, modifiers, coalesce(corrects_line, 0) FROM order_lines ORDER BY 1, 2;"
    "SELECT order_id, method, amount_minor, tendered_minor, change_minor, coalesce(reference, ''), created_at "
    "FROM payments ORDER BY order_id, id");

using Write = std::function<Status(Store &, const QString &saleId)>;
using Mutate = std::function<void(QJsonObject &)>;

Ticket withExtras()
{
    Ticket t = salonTicket();
    t.lines[0].modifiers << ModifierChoice{QStringLiteral("g1"), QStringLiteral("길이"), QStringLiteral("o1"),
                                           QStringLiteral("긴 머리"), 5000};
    t.customerId = QStringLiteral("customer-1");
    t.tableName = QStringLiteral("창가 2");
    return t;
}
} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Mutate)

class TestOrderAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void orderFromAAppliedOnB_data();
    void orderFromAAppliedOnB();
    void optionalFieldsTravel();
    void pulledOrderStaysOutOfBsLedger();
    void refusedWithBUnchanged_data();
    void refusedWithBUnchanged();

private:
    ApplierPair m_pair;
    FakeSigner m_t1{QStringLiteral("T1")};
    FakeSigner m_t2{QStringLiteral("T2")};
    QString m_saleId; ///< a cash sale A made before B was copied
};

void TestOrderAppliers::init()
{
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Salon, [this](Store &a) -> Status {
        auto sale = a.sales().finalize(oneCut(30000), {PaymentInput::cash(50000)}, staff(), m_t1);
        PREPARE_OK(sale);
        m_saleId = sale->orderId;
        // B is a terminal that sold nothing yet: the copy keeps A's sale but not A's receipt counter.
        return Done{};
    }));
    QVERIFY(execSql(m_pair.bDb(), QStringLiteral("DELETE FROM receipt_counters")));
}

void TestOrderAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestOrderAppliers::orderFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::newRow("a sale in cash and by card") << Write([this](Store &s, const QString &) {
        const QList<PaymentInput> tenders{PaymentInput::cash(20000), PaymentInput::card(32000, QStringLiteral("A-77"))};
        return statusOf(s.sales().finalize(salonTicket(), tenders, staff(), m_t1));
    });
    QTest::newRow("a refund of one cut") << Write([this](Store &s, const QString &saleId) {
        return statusOf(s.sales().refund(saleId, {{1, 1}}, manager(), m_t1));
    });
    QTest::newRow("a void") << Write([this](Store &s, const QString &saleId) {
        return statusOf(s.sales().voidSale(saleId, manager(QStringLiteral("rang up twice")), m_t1));
    });
}

void TestOrderAppliers::orderFromAAppliedOnB()
{
    QFETCH(Write, write);
    const QString journalOnB = snapshot(m_pair.bDb(), QStringLiteral("SELECT count(*), max(seq) FROM journal"));
    const QString saleId = m_saleId;
    const QString failed =
        m_pair.replay([&](Store &a) { return write(a, saleId); }, QStringLiteral("order.finalized"), kRows);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // B took no receipt number and wrote nothing in its journal for A's order.
    QCOMPARE(snapshot(m_pair.bDb(), QStringLiteral("SELECT count(*), max(seq) FROM journal")), journalOnB);
    QCOMPARE(queryInt(m_pair.bDb(), QStringLiteral("SELECT count(*) FROM receipt_counters")), 0);
    QCOMPARE(queryInt(m_pair.bDb(), QStringLiteral("SELECT count(*) FROM orders WHERE journal_seq IS NULL")), 1);
}

void TestOrderAppliers::optionalFieldsTravel()
{
    // A sale's customer, table and modifiers are in the body only when it has them.
    auto ops = m_pair.opsOf([this](Store &a) {
        return statusOf(a.sales().finalize(withExtras(), {PaymentInput::cash(60000)}, staff(), m_t1));
    });
    MADANG_VERIFY_OK(ops);
    QCOMPARE(ops->size(), 1);
    MADANG_VERIFY_OK(m_pair.appliers().apply(ops->constFirst()));
    const QString differ = m_pair.differences(kRows);
    QVERIFY2(differ.isEmpty(), qPrintable(differ));
    QCOMPARE(queryString(m_pair.bDb(), QStringLiteral("SELECT table_name || '/' || customer_id || '/' || "
                                                      "modifiers_minor FROM orders o JOIN order_lines l ON "
                                                      "l.order_id = o.id AND l.line_no = 1 WHERE o.journal_seq "
                                                      "IS NULL")),
             QStringLiteral("창가 2/customer-1/5000"));
}

void TestOrderAppliers::pulledOrderStaysOutOfBsLedger()
{
    auto ops = m_pair.opsOf([this](Store &a) {
        return statusOf(a.sales().finalize(salonTicket(), {PaymentInput::cash(60000)}, staff(), m_t1));
    });
    MADANG_VERIFY_OK(ops);
    MADANG_VERIFY_OK(m_pair.appliers().apply(ops->constFirst()));
    const QString pulledId = ops->constFirst().entityId;

    // B refunds A's sale: B's own sale transaction, numbered and journaled as T2's.
    auto refund = m_pair.b().sales().refund(pulledId, {{2, 1}}, manager(), m_t2);
    MADANG_VERIFY_OK(refund);
    QCOMPARE(refund->receipt, QStringLiteral("T2-000001"));
    QCOMPARE(refund->totalMinor, -12000);
    QCOMPARE(queryString(m_pair.bDb(), QStringLiteral("SELECT corrects_id FROM orders WHERE receipt = 'T2-000001'")),
             pulledId);
    // The refund's entry names the sale by A's receipt, as a refund of B's own sale would.
    QCOMPARE(queryString(m_pair.bDb(), QStringLiteral("SELECT json_extract(body, '$.corrects') FROM journal "
                                                      "WHERE receipt = 'T2-000001'")),
             QStringLiteral("T1-000002"));
    // B's journal and records still agree: the pulled order needs no entry of B's.
    auto verdict = m_pair.b().journal().verifyRecords();
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    // A second refund of the same line is refused, whoever made the first.
    MADANG_VERIFY_ERROR(m_pair.b().sales().refund(pulledId, {{2, 2}}, manager(), m_t2), ErrorCode::InvalidInput);

    // An order carrying B's own receipt numbers without an entry of B's journal is what the check names.
    QVERIFY(execSql(m_pair.bDb(), QStringLiteral("INSERT INTO receipt_counters (terminal, last) VALUES ('T1', 2)")));
    verdict = m_pair.b().journal().verifyRecords();
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict->ok);
    QVERIFY2(verdict->reason.contains(QStringLiteral("T1-000002")), qPrintable(verdict->reason));
    // And from then on, an order under those numbers is not taken from the platform.
    auto next = m_pair.opsOf([this](Store &a) {
        return statusOf(a.sales().finalize(oneCut(10000), {PaymentInput::cash(10000)}, staff(), m_t1));
    });
    MADANG_VERIFY_OK(next);
    const QString refusal = m_pair.refuses(next->constFirst(), kRows, ErrorCode::Conflict,
                                           QStringLiteral("this terminal's receipt number"));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
}

void TestOrderAppliers::refusedWithBUnchanged_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const auto set = [](const char *key, QJsonValue value) {
        return Mutate([key, value](QJsonObject &p) { p.insert(QLatin1String(key), value); });
    };
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("unknown type") << set("type", QStringLiteral("gift")) << invalid << QStringLiteral("\"type\"");
    QTest::newRow("a sale that corrects")
        << set("corrects", QStringLiteral("T1-000001")) << invalid << QStringLiteral("\"corrects\"");
    QTest::newRow("a refund without its sale")
        << set("type", QStringLiteral("refund")) << invalid << QStringLiteral("\"corrects\"");
    QTest::newRow("receipt of another terminal")
        << set("receipt", QStringLiteral("T9-000002")) << invalid << QStringLiteral("\"receipt\"");
    QTest::newRow("entry hash not a hash")
        << set("journal_hash", QStringLiteral("abc")) << invalid << QStringLiteral("\"journal_hash\"");
    QTest::newRow("entry seq zero") << set("journal_seq", 0) << invalid << QStringLiteral("\"journal_seq\"");
    QTest::newRow("another order id") << set("order_id", QStringLiteral("someone-else")) << invalid
                                      << QStringLiteral("\"order_id\"");
    QTest::newRow("a line's quantity as text") << Mutate([](QJsonObject &p) {
        QJsonArray lines = p.value(QLatin1String("lines")).toArray();
        QJsonObject first = lines.at(0).toObject();
        first.insert(QLatin1String("qty"), QStringLiteral("1"));
        lines.replace(0, first);
        p.insert(QLatin1String("lines"), lines);
    }) << invalid << QStringLiteral("\"lines\"");
    QTest::newRow("a payment without a method") << Mutate([](QJsonObject &p) {
        QJsonArray payments = p.value(QLatin1String("payments")).toArray();
        QJsonObject first = payments.at(0).toObject();
        first.remove(QLatin1String("method"));
        payments.replace(0, first);
        p.insert(QLatin1String("payments"), payments);
    }) << invalid << QStringLiteral("\"payments\"");
    QTest::newRow("tenders that do not add up")
        << set("total_minor", 60001) << invalid << QStringLiteral("\"payments\"");
    QTest::newRow("VAT that does not add up") << set("vat_minor", 1) << invalid << QStringLiteral("\"vat\"");
    QTest::newRow("a table as a number") << set("table", 2) << invalid << QStringLiteral("\"table\"");
    QTest::newRow("a refund of a sale B does not have") << Mutate([](QJsonObject &p) {
        p.insert(QLatin1String("type"), QStringLiteral("refund"));
        p.insert(QLatin1String("corrects"), QStringLiteral("T1-000999"));
        p.insert(QLatin1String("approver_id"), QStringLiteral("mgr-1"));
        p.insert(QLatin1String("reason"), QStringLiteral("late"));
    }) << int(ErrorCode::NotFound) << QStringLiteral("T1-000999");
}

void TestOrderAppliers::refusedWithBUnchanged()
{
    QFETCH(Mutate, mutate);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QString failed = m_pair.refusesChanged(
        [this](Store &a) {
            return statusOf(a.sales().finalize(salonTicket(), {PaymentInput::cash(60000)}, staff(), m_t1));
        },
        QStringLiteral("order.finalized"), mutate, kRows, static_cast<ErrorCode>(code), says);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QTEST_GUILESS_MAIN(TestOrderAppliers)
#include "tst_orderappliers.moc"
