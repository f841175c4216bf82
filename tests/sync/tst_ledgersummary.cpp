// LedgerSummary, the one summary shape of a terminal (`madangctl summary`) and of the platform (`madang-platform
// summary`, folded from the op log by LedgerFold): two terminals of a restaurant sell, refund each other's sales
// and sync through the real platform on loopback, and then all three summaries are the same, with the figures
// that were rung up. LedgerFold on its own: a booking's status is the one of the op a terminal would apply last.
#include "ledgerfold.h"
#include "platformfixture.h"
#include "replication/opregistry.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "testsupport.h"
#include "workflows/ledgersummary.h"

#include <QJsonDocument>
#include <QtTest>

Q_DECLARE_METATYPE(QList<madang::OutboxOp>)

using namespace madang;
using namespace madang::test;

namespace {
Ticket ticket(qint64 unitMinor, qint64 qty = 1)
{
    Ticket t;
    TicketLine line;
    line.itemId = QStringLiteral("item-M");
    line.sku = QStringLiteral("M");
    line.name = QStringLiteral("김치찌개");
    line.unitMinor = unitMinor;
    line.qty = qty;
    line.vatBp = 1000;
    t.lines << line;
    return t;
}

const SaleContext kStaff{QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
const SaleContext kManager{QStringLiteral("staff-1"), QStringLiteral("김민지"), QStringLiteral("mgr-1"),
                           QStringLiteral("cold soup")};

OutboxOp bookingOp(const OpSpec &spec, const QString &id, const QString &status, const QString &hlc,
                   const QString &opId)
{
    OutboxOp op;
    op.op = QString(spec.name);
    op.version = spec.version;
    op.entityId = id;
    op.opId = opId;
    op.hlc = hlc;
    op.payload = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    return op;
}
} // namespace

class tst_LedgerSummary : public QObject, protected PlatformFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(startPlatform()); }
    void cleanup() { stopPlatform(); }

    void terminalsAndPlatformAgree()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        QVERIFY(t1.engine->syncOnce().ok());
        TerminalUnderTest &t2 = terminal(QStringLiteral("t2"), false);
        QVERIFY(t2.engine->pair(m_url, code()).ok());
        QVERIFY(t2.engine->syncOnce().ok());

        // T1: two sales (cash with change, card) and a refund of one bowl; T2: a cash sale.
        auto first = t1.store->sales().finalize(ticket(9000, 2), {PaymentInput::cash(20000)}, kStaff, *t1.device);
        MADANG_VERIFY_OK(first);
        auto second = t1.store->sales().finalize(ticket(12000), {PaymentInput::card(12000, QStringLiteral("A-1"))},
                                                 kStaff, *t1.device);
        MADANG_VERIFY_OK(second);
        MADANG_VERIFY_OK(t1.store->sales().refund(first->orderId, {{1, 1}}, kManager, *t1.device));
        MADANG_VERIFY_OK(t2.store->sales().finalize(ticket(7000), {PaymentInput::cash(7000)}, kStaff, *t2.device));
        for (TerminalUnderTest *t : {&t1, &t2, &t1}) {
            auto round = t->engine->syncOnce();
            QVERIFY2(round.ok(), describe(round).constData());
        }
        // T2 refunds T1's card sale: its own refund, T2-000002, which T1 then pulls.
        auto refund = t2.store->sales().refund(second->orderId, {{1, 1}}, kManager, *t2.device);
        MADANG_VERIFY_OK(refund);
        QCOMPARE(refund->receipt, QStringLiteral("T2-000002"));
        for (TerminalUnderTest *t : {&t2, &t1}) {
            auto round = t->engine->syncOnce();
            QVERIFY2(round.ok(), describe(round).constData());
            QCOMPARE(round->pending, 0);
        }

        auto onT1 = LedgerSummary::ofTerminal(t1.store->database().connection());
        auto onT2 = LedgerSummary::ofTerminal(t2.store->database().connection());
        auto onPlatform = m_platform->summaries();
        MADANG_VERIFY_OK(onT1);
        MADANG_VERIFY_OK(onT2);
        MADANG_VERIFY_OK(onPlatform);
        QCOMPARE(onPlatform->size(), 1);
        const QByteArray expected = R"({"bookings":{},"conflicts":0,"orders":{"count":5,"total_minor":16000},)"
                                    R"("payments":{"card":0,"cash":16000}})";
        QCOMPARE(QJsonDocument(onT1->toJson()).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(QJsonDocument(onT2->toJson()).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(QJsonDocument(onPlatform->constFirst().summary.toJson()).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(onPlatform->constFirst().name, QStringLiteral("마당 식당"));

        // Each terminal's journal holds only its own entries and still agrees with its orders.
        for (TerminalUnderTest *t : {&t1, &t2}) {
            auto verdict = t->store->journal().verifyRecords();
            MADANG_VERIFY_OK(verdict);
            QVERIFY2(verdict->ok, qPrintable(verdict->reason));
        }
        QCOMPARE(queryInt(t2.store->database().connection(), QStringLiteral("SELECT count(*) FROM journal")), 2);
    }

    void unknownMerchantIsNamed()
    {
        auto none = m_platform->summaries(QStringLiteral("없는 가게"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(none.error().message.contains(QStringLiteral("없는 가게")));
        auto all = m_platform->summaries();
        MADANG_VERIFY_OK(all);
        QVERIFY(all->isEmpty());
    }

    void foldKeepsTheStatusATerminalApplies_data()
    {
        QTest::addColumn<QList<OutboxOp>>("log");
        QTest::addColumn<QString>("bookings");
        QTest::addColumn<int>("conflicts");
        const QString b1 = QStringLiteral("b1");
        const QString early = QStringLiteral("000001765152000000-00000");
        const QString late = QStringLiteral("000001765152999000-00000");
        QTest::newRow("created only") << QList<OutboxOp>{bookingOp(ops::BookingCreated, b1, QStringLiteral("confirmed"),
                                                                   {}, QStringLiteral("o1"))}
                                      << QStringLiteral(R"({"confirmed":1})") << 0;
        QTest::newRow("a later status wins")
            << QList<OutboxOp>{bookingOp(ops::BookingCreated, b1, QStringLiteral("confirmed"), {},
                                         QStringLiteral("o1")),
                               bookingOp(ops::BookingCancelled, b1, QStringLiteral("cancelled"), late,
                                         QStringLiteral("o2"))}
            << QStringLiteral(R"({"cancelled":1})") << 0;
        QTest::newRow("an older status arriving later loses")
            << QList<OutboxOp>{bookingOp(ops::BookingCreated, b1, QStringLiteral("confirmed"), {},
                                         QStringLiteral("o1")),
                               bookingOp(ops::BookingCancelled, b1, QStringLiteral("cancelled"), late,
                                         QStringLiteral("o2")),
                               bookingOp(ops::BookingCompleted, b1, QStringLiteral("completed"), early,
                                         QStringLiteral("o3"))}
            << QStringLiteral(R"({"cancelled":1})") << 0;
        QTest::newRow("conflicts are counted")
            << QList<OutboxOp>{bookingOp(ops::BookingCreated, b1, QStringLiteral("confirmed"), {},
                                         QStringLiteral("o1")),
                               bookingOp(ops::BookingCreated, QStringLiteral("b2"), QStringLiteral("conflict"), {},
                                         QStringLiteral("o2"))}
            << QStringLiteral(R"({"confirmed":1,"conflict":1})") << 1;
    }

    void foldKeepsTheStatusATerminalApplies()
    {
        QFETCH(QList<OutboxOp>, log);
        QFETCH(QString, bookings);
        QFETCH(int, conflicts);
        platform::LedgerFold fold;
        for (const OutboxOp &op : log) {
            fold.add(op);
        }
        const LedgerSummary s = fold.summary();
        QCOMPARE(
            QString::fromUtf8(
                QJsonDocument(s.toJson().value(QStringLiteral("bookings")).toObject()).toJson(QJsonDocument::Compact)),
            bookings);
        QCOMPARE(s.conflicts(), qint64(conflicts));
        QCOMPARE(s.toJson().value(QStringLiteral("conflicts")).toInteger(), qint64(conflicts));
        QCOMPARE(s.orderCount, 0);
    }
};

QTEST_GUILESS_MAIN(tst_LedgerSummary)
#include "tst_ledgersummary.moc"
