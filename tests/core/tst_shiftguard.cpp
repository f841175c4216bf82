// SaleService::ShiftGuard as the Store sets it (ShiftService::ensureOpen): a sale, refund or void taken while no
// shift is open opens one in its own transaction, so every sale reaches an X- and a Z-report, and the Z-reports of a
// day add up to the day's sales in the journal, whatever order the counter did things in.
#include "fakesigner.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "saletickets.h"
#include "shifts/shiftservice.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
SaleContext as(const QString &name, const QString &approver = {}, const QString &reason = {})
{
    return {QStringLiteral("id-") + name, name, approver, reason};
}

qint64 totalOf(const QJsonObject &report, const char *kind)
{
    return report.value(QLatin1String(kind)).toObject().value(QStringLiteral("total_minor")).toInteger();
}
} // namespace

class TestShiftGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aWriteWithNoShiftOpensOne_data();
    void aWriteWithNoShiftOpensOne();
    void anOpenShiftIsUsed();
    void aRefusedSaleOpensNoShift();
    void aClockSetBackKeepsOneShift();
    void zReportsOfADayAddUpToItsJournal_data();
    void zReportsOfADayAddUpToItsJournal();

private:
    qint64 count(const QString &sql) { return queryInt(m_store->database().connection(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

void TestShiftGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = FakeClock();
    m_signer = FakeSigner();
    auto store = openSetUpStore(*m_dir, m_clock);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void TestShiftGuard::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestShiftGuard::aWriteWithNoShiftOpensOne_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("a sale before the first shift") << QStringLiteral("sale");
    QTest::newRow("a refund after the shift closed") << QStringLiteral("refund");
    QTest::newRow("a void after the shift closed") << QStringLiteral("void");
}

void TestShiftGuard::aWriteWithNoShiftOpensOne()
{
    QFETCH(QString, write);
    const SaleContext manager = as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("wrong item"));
    qint64 expectedNet = 18500;
    if (write != QLatin1String("sale")) {
        MADANG_VERIFY_OK(m_store->shifts().open(50000, QStringLiteral("KRW"), as(QStringLiteral("Jisoo")), m_signer));
        auto sold = m_store->sales().finalize(oneCut(18500), {PaymentInput::cash(18500)}, as(QStringLiteral("Jisoo")),
                                              m_signer);
        MADANG_VERIFY_OK(sold);
        MADANG_VERIFY_OK(m_store->shifts().close(68500, as(QStringLiteral("Jisoo")), m_signer));
        m_clock.advanceSecs(600);
        auto corrected = write == QLatin1String("refund")
                             ? m_store->sales().refund(sold.value().orderId, {}, manager, m_signer)
                             : m_store->sales().voidSale(sold.value().orderId, manager, m_signer);
        MADANG_VERIFY_OK(corrected);
        expectedNet = -18500;
    } else {
        MADANG_VERIFY_OK(m_store->sales().finalize(oneCut(18500), {PaymentInput::cash(18500)},
                                                   as(QStringLiteral("Mina")), m_signer));
    }

    auto current = m_store->shifts().current(QStringLiteral("T1"));
    MADANG_VERIFY_OK(current);
    QVERIFY(current.value().has_value());
    const Shift &shift = *current.value();
    QVERIFY(shift.automatic);
    QCOMPARE(shift.floatMinor, 0);
    QCOMPARE(shift.openedByName, QStringLiteral("Mina"));
    QCOMPARE(shift.currency, QStringLiteral("KRW"));

    // The X-report counts it, and the drawer expects its cash.
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QVERIFY(x.value().openedAutomatically);
    QCOMPARE(x.value().netMinor, expectedNet);
    QCOMPARE(x.value().expectedCashMinor, expectedNet);
    QCOMPARE(x.value().salesCount + x.value().refundsCount + x.value().voidsCount, 1);
    // The platform hears that this shift was opened by a sale.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'shift.opened' "
                                  "AND json_extract(payload, '$.automatic') = 1")),
             1);

    // Its Z-report says so too, in the journaled body.
    auto z = m_store->shifts().close(qMax<qint64>(expectedNet, 0), as(QStringLiteral("Mina")), m_signer);
    MADANG_VERIFY_OK(z);
    QVERIFY(z.value().toJson().value(QStringLiteral("opened_automatically")).toBool());
    auto none = m_store->shifts().current(QStringLiteral("T1"));
    QVERIFY(none.ok() && !none.value().has_value());
}

void TestShiftGuard::anOpenShiftIsUsed()
{
    auto opened = m_store->shifts().open(100000, QStringLiteral("KRW"), as(QStringLiteral("Jisoo")), m_signer);
    MADANG_VERIFY_OK(opened);
    for (int i = 0; i < 3; ++i) {
        MADANG_VERIFY_OK(
            m_store->sales().finalize(oneCut(1000), {PaymentInput::cash(1000)}, as(QStringLiteral("Mina")), m_signer));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts")), 1);
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QVERIFY(!x.value().openedAutomatically);
    QCOMPARE(x.value().shiftId, opened.value().id);
    QCOMPARE(x.value().salesCount, 3);
    QVERIFY(!x.value().toJson().contains(QStringLiteral("opened_automatically"))); // the body keeps its shape
    // Another terminal's sale opens that terminal's own shift and leaves this one alone.
    MADANG_VERIFY_OK(m_store->sales().finalize(oneCut(1000), {PaymentInput::cash(1000)}, as(QStringLiteral("Mina")),
                                               FakeSigner(QStringLiteral("T2"))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts WHERE terminal = 'T2' AND opened_automatically = 1")),
             1);
    QCOMPARE(m_store->shifts().report(QStringLiteral("T1")).value().salesCount, 3);
}

void TestShiftGuard::aRefusedSaleOpensNoShift()
{
    // Underpaid, then a broken signing key: refused with nothing written, the shift included.
    const qint64 opsBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    MADANG_VERIFY_ERROR(
        m_store->sales().finalize(oneCut(18500), {PaymentInput::cash(1000)}, as(QStringLiteral("Mina")), m_signer),
        ErrorCode::InvalidInput);
    m_signer.breakKey();
    QVERIFY(!m_store->sales()
                 .finalize(oneCut(18500), {PaymentInput::cash(18500)}, as(QStringLiteral("Mina")), m_signer)
                 .ok());
    // A name the shift could not be opened under refuses the sale as well.
    FakeSigner good;
    MADANG_VERIFY_ERROR(
        m_store->sales().finalize(oneCut(18500), {PaymentInput::cash(18500)}, as(QStringLiteral("Mi\nna")), good),
        ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), opsBefore);
}

void TestShiftGuard::aClockSetBackKeepsOneShift()
{
    // A shift closes at 10:30; the clock is then set back to 09:00, so the next shift is older by time than the
    // closed one. Sales go on in that shift: no second shift, and both sales are in it.
    MADANG_VERIFY_OK(
        m_store->sales().finalize(oneCut(1000), {PaymentInput::cash(1000)}, as(QStringLiteral("Mina")), m_signer));
    m_clock.advanceSecs(3600);
    MADANG_VERIFY_OK(m_store->shifts().close(1000, as(QStringLiteral("Mina")), m_signer));
    m_clock.advanceSecs(-2 * 3600);
    for (int i = 0; i < 2; ++i) {
        MADANG_VERIFY_OK(
            m_store->sales().finalize(oneCut(2000), {PaymentInput::cash(2000)}, as(QStringLiteral("Mina")), m_signer));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts")), 2);
    auto x = m_store->shifts().report(QStringLiteral("T1"));
    MADANG_VERIFY_OK(x);
    QCOMPARE(x.value().salesCount, 2);
}

void TestShiftGuard::zReportsOfADayAddUpToItsJournal_data()
{
    // One letter a step: s sells, r refunds and v voids the last sale, o opens a shift with a float, c closes it.
    QTest::addColumn<QString>("day");
    QTest::newRow("sales before anyone opened the shift") << QStringLiteral("ss c");
    QTest::newRow("opened properly, then sales after the close") << QStringLiteral("o s s c s r c");
    QTest::newRow("a refund and a void after the last close") << QStringLiteral("o s s c r c s v c");
    QTest::newRow("several closes in a row") << QStringLiteral("s c c o c s s s c");
    QTest::newRow("a busy day") << QStringLiteral("s s r c o s v s s c s s s r s c");
}

void TestShiftGuard::zReportsOfADayAddUpToItsJournal()
{
    QFETCH(QString, day);
    const SaleContext manager = as(QStringLiteral("Mina"), QStringLiteral("mgr"), QStringLiteral("customer asked"));
    QString lastSale;
    qint64 price = 9000;
    for (const QChar step : day) {
        m_clock.advanceSecs(300);
        if (step == QLatin1Char('s')) {
            price += 1500;
            auto sale = m_store->sales().finalize(oneCut(price), {PaymentInput::cash(price)},
                                                  as(QStringLiteral("Mina")), m_signer);
            MADANG_VERIFY_OK(sale);
            lastSale = sale.value().orderId;
        } else if (step == QLatin1Char('r')) {
            MADANG_VERIFY_OK(m_store->sales().refund(lastSale, {}, manager, m_signer));
        } else if (step == QLatin1Char('v')) {
            MADANG_VERIFY_OK(m_store->sales().voidSale(lastSale, manager, m_signer));
        } else if (step == QLatin1Char('o')) {
            MADANG_VERIFY_OK(
                m_store->shifts().open(30000, QStringLiteral("KRW"), as(QStringLiteral("Jisoo")), m_signer));
        } else if (step == QLatin1Char('c')) {
            auto open = m_store->shifts().current(QStringLiteral("T1"));
            MADANG_VERIFY_OK(open);
            if (!open.value()) {
                MADANG_VERIFY_ERROR(m_store->shifts().close(0, as(QStringLiteral("Jisoo")), m_signer),
                                    ErrorCode::Conflict);
                continue;
            }
            auto x = m_store->shifts().report(QStringLiteral("T1"));
            MADANG_VERIFY_OK(x);
            // A drawer that only paid money out is counted empty.
            const qint64 counted = qMax<qint64>(x.value().expectedCashMinor, 0);
            MADANG_VERIFY_OK(m_store->shifts().close(counted, as(QStringLiteral("Jisoo")), m_signer));
        }
    }
    QVERIFY2(day.endsWith(QLatin1Char('c')), "each day ends with a close");

    auto entries = m_store->journal().entries();
    MADANG_VERIFY_OK(entries);
    qint64 journalSales = 0;
    qint64 journalEntries = 0;
    qint64 zSales = 0;
    qint64 zEntries = 0;
    for (const JournalEntry &e : entries.value()) {
        if (e.type == QLatin1String("closure")) {
            zSales += totalOf(e.body, "sales") + totalOf(e.body, "refunds") + totalOf(e.body, "voids");
            for (const char *kind : {"sales", "refunds", "voids"}) {
                zEntries += e.body.value(QLatin1String(kind)).toObject().value(QStringLiteral("count")).toInteger();
            }
        } else if (e.type == QLatin1String("sale") || e.type == QLatin1String("refund") ||
                   e.type == QLatin1String("void")) {
            journalSales += e.totalMinor;
            ++journalEntries;
        }
    }
    QVERIFY(journalEntries > 0);
    QCOMPARE(zEntries, journalEntries);
    QCOMPARE(zSales, journalSales);
    // Every shift of the day, opened by hand or by a sale, was closed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts s WHERE NOT EXISTS "
                                  "(SELECT 1 FROM shift_closures c WHERE c.shift_id = s.id)")),
             0);
}

QTEST_GUILESS_MAIN(TestShiftGuard)
#include "tst_shiftguard.moc"
