// LwwRegisters: which piece of state an op sets, and which write holds it. A register only moves forward; a write
// whose reading is missing is older than any.
#include "replication/lastwriter.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestLwwRegisters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerOf_data();
    void registerOf();
    void newer_data();
    void newer();
    void onlyMovesForward();
    void outsideATransactionIsRefused();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    Status recordCommitted(const QString &reg, const QString &version);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestLwwRegisters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestLwwRegisters::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

Status TestLwwRegisters::recordCommitted(const QString &reg, const QString &version)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    if (auto held = LwwRegisters::record(db, reg, version); !held) {
        return held;
    }
    return tx.commit();
}

void TestLwwRegisters::registerOf_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("reg");
    const QJsonObject day{{QStringLiteral("staff_id"), QStringLiteral("s1")},
                          {QStringLiteral("day"), QStringLiteral("2026-12-07")}};
    QTest::newRow("an item's create and update share one")
        << QStringLiteral("catalog.item.created") << QStringLiteral("i1") << QJsonObject{} << QStringLiteral("item/i1");
    QTest::newRow("update") << QStringLiteral("catalog.item.updated") << QStringLiteral("i1") << QJsonObject{}
                            << QStringLiteral("item/i1");
    QTest::newRow("a booking's status") << QStringLiteral("booking.cancelled") << QStringLiteral("b1") << QJsonObject{}
                                        << QStringLiteral("booking_status/b1");
    QTest::newRow("its time is another piece") << QStringLiteral("booking.moved") << QStringLiteral("b1")
                                               << QJsonObject{} << QStringLiteral("booking_time/b1");
    QTest::newRow("a day off, by its day") << QStringLiteral("staff.day_off.removed") << QStringLiteral("s1") << day
                                           << QStringLiteral("staff_day_off/s1/2026-12-07");
    QTest::newRow("a sale is a ledger entry")
        << QStringLiteral("order.finalized") << QStringLiteral("o1") << QJsonObject{} << QString();
    QTest::newRow("a booking is created once")
        << QStringLiteral("booking.created") << QStringLiteral("b1") << QJsonObject{} << QString();
    QTest::newRow("a bulk import") << QStringLiteral("catalog.items.upserted") << QStringLiteral("batch")
                                   << QJsonObject{} << QString();
}

void TestLwwRegisters::registerOf()
{
    QFETCH(QString, op);
    QFETCH(QString, entity);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, reg);
    const OpSpec *spec = OpRegistry::find(op);
    QVERIFY(spec != nullptr);
    QCOMPARE(LwwRegisters::registerOf(*spec, entity, payload), reg);
}

void TestLwwRegisters::newer_data()
{
    QTest::addColumn<QString>("held"); // empty: the register holds nothing yet
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("newer");
    const QString a = LwwRegisters::version(QStringLiteral("001765152000000-00000"), QStringLiteral("op-a"));
    const QString b = LwwRegisters::version(QStringLiteral("001765152000000-00000"), QStringLiteral("op-b"));
    const QString later = LwwRegisters::version(QStringLiteral("001765152000000-00001"), QStringLiteral("op-0"));
    const QString none = LwwRegisters::version(QString(), QStringLiteral("op-z"));
    QTest::newRow("nothing held") << QString() << a << true;
    QTest::newRow("the same write") << a << a << false;
    QTest::newRow("a later reading") << a << later << true;
    QTest::newRow("an earlier reading") << later << a << false;
    QTest::newRow("one reading: the op id decides") << a << b << true;
    QTest::newRow("and the other way") << b << a << false;
    QTest::newRow("no reading is older than any") << a << none << false;
    QTest::newRow("no reading, nothing held") << QString() << none << true;
}

void TestLwwRegisters::newer()
{
    QFETCH(QString, held);
    QFETCH(QString, candidate);
    QFETCH(bool, newer);
    const QString reg = QStringLiteral("item/i1");
    if (!held.isEmpty()) {
        MADANG_VERIFY_OK(recordCommitted(reg, held));
    }
    auto isNewer = LwwRegisters::isNewer(conn(), reg, candidate);
    MADANG_VERIFY_OK(isNewer);
    QCOMPARE(isNewer.value(), newer);
    QVERIFY(LwwRegisters::isNewer(conn(), QStringLiteral("item/other"), candidate).value()); // registers are apart
}

void TestLwwRegisters::onlyMovesForward()
{
    const QString reg = QStringLiteral("customer/c1");
    const QString later = LwwRegisters::version(QStringLiteral("001765152000009-00000"), QStringLiteral("op-2"));
    const QString earlier = LwwRegisters::version(QStringLiteral("001765152000001-00000"), QStringLiteral("op-1"));
    MADANG_VERIFY_OK(recordCommitted(reg, later));
    MADANG_VERIFY_OK(recordCommitted(reg, earlier));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT version FROM lww_registers WHERE register = 'customer/c1'")),
             later);
}

void TestLwwRegisters::outsideATransactionIsRefused()
{
    const Status refused = LwwRegisters::record(conn(), QStringLiteral("item/i1"), QStringLiteral("x/y"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM lww_registers")), 0);
}

QTEST_GUILESS_MAIN(TestLwwRegisters)
#include "tst_lwwregisters.moc"
