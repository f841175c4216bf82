// ChangeFeed: what SQLite reports after a commit, by domain, once; nothing for a rollback; a worker's commit
// on the main thread; and every table of the schema in a domain.
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "fakeclock.h"
#include "fakesigner.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "sales/saleservice.h"
#include "saletickets.h"
#include "storage/changefeed.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace madang;
using namespace madang::test;
using Domain = ChangeFeed::Domain;
using Domains = ChangeFeed::Domains;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitReportsItsDomainsOnce_data();
    void commitReportsItsDomainsOnce();
    void singleStatementIsReportedWhenItReturns();
    void commitWithoutGuardArrivesQueued();
    void rollbackReportsNothing();
    void savepointInsideCommitIsReportedWithIt();
    void workerCommitArrivesOnMainThread();
    void everyTableHasADomain();
    void readOnlyWorkReportsNothing();

private:
    /// Domains of the one changed() since the spy started; fails the test unless there was exactly one.
    static Domains onlyReport(const QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    FakeSigner m_signer;
    std::unique_ptr<Store> m_store;
};

Domains TestChangeFeed::onlyReport(const QSignalSpy &spy)
{
    if (spy.count() != 1) {
        qWarning() << "changed() was emitted" << spy.count() << "times";
        return {};
    }
    return spy.at(0).at(0).value<Domains>();
}

void TestChangeFeed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    QCoreApplication::processEvents(); // what setting up reported
}

void TestChangeFeed::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestChangeFeed::commitReportsItsDomainsOnce_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<Domains>("expected");
    QTest::addColumn<bool>("withoutRowid"); // only a WITHOUT ROWID table changes

    QTest::newRow("catalog item") << QStringLiteral("item") << Domains(Domain::Catalog | Domain::Outbox) << false;
    QTest::newRow("setting") << QStringLiteral("setting") << Domains(Domain::Merchant) << true;
    QTest::newRow("profile") << QStringLiteral("profile") << Domains(Domain::Merchant | Domain::Outbox) << false;
    QTest::newRow("staff member") << QStringLiteral("staff") << Domains(Domain::Staff | Domain::Outbox) << false;
    QTest::newRow("weekly hours") << QStringLiteral("hours") << Domains(Domain::Staff | Domain::Outbox) << true;
    QTest::newRow("customer") << QStringLiteral("customer") << Domains(Domain::Customers | Domain::Outbox) << false;
    QTest::newRow("floor area") << QStringLiteral("area") << Domains(Domain::Tables) << false;
    // The day's first sale opens the shift in the same transaction.
    QTest::newRow("sale") << QStringLiteral("sale")
                          << Domains(Domain::Orders | Domain::Journal | Domain::Outbox | Domain::Shifts) << false;
}

void TestChangeFeed::commitReportsItsDomainsOnce()
{
    QFETCH(QString, write);
    QFETCH(Domains, expected);
    QFETCH(bool, withoutRowid);
    if (withoutRowid && !ChangeFeed::seesWithoutRowidTables()) {
        QSKIP("This SQLite has no pre-update hook: WITHOUT ROWID tables are not seen");
    }
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);

    if (write == QLatin1String("item")) {
        MADANG_VERIFY_OK(m_store->catalog().save(makeItem(QStringLiteral("K1"), QStringLiteral("김밥"), 4000)));
    } else if (write == QLatin1String("setting")) {
        MADANG_VERIFY_OK(m_store->merchant().setSetting(QStringLiteral("language"), QStringLiteral("ko")));
    } else if (write == QLatin1String("profile")) {
        MerchantProfile profile = sampleProfile();
        profile.name = QStringLiteral("새 이름");
        MADANG_VERIFY_OK(m_store->merchant().updateProfile(profile));
    } else if (write == QLatin1String("staff")) {
        StaffMember member;
        member.name = QStringLiteral("박서준");
        member.role = QStringLiteral("staff");
        MADANG_VERIFY_OK(m_store->merchant().addStaff(member));
    } else if (write == QLatin1String("hours")) {
        const QString owner = m_store->merchant().staff()->first().id;
        WeeklyHours hours;
        hours.insert(1, {Interval{9 * 60, 18 * 60}});
        MADANG_VERIFY_OK(m_store->resources().setWeeklyHours(owner, hours));
    } else if (write == QLatin1String("customer")) {
        Customer customer;
        customer.name = QStringLiteral("이수진");
        customer.phone = QStringLiteral("+821012345678");
        MADANG_VERIFY_OK(m_store->customers().save(customer));
    } else if (write == QLatin1String("area")) {
        Area area;
        area.name = QStringLiteral("Terrace");
        MADANG_VERIFY_OK(m_store->tables().saveArea(area));
    } else if (write == QLatin1String("sale")) {
        MADANG_VERIFY_OK(m_store->sales().finalize(salonTicket(), {PaymentInput::cash(60000)}, staff(), m_signer));
    } else {
        QFAIL("unknown write");
    }

    // Published before the write returned, on this thread: screens refresh before the action that wrote
    // returns, as when view-models notified by hand.
    QCOMPARE(spy.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(onlyReport(spy), expected);
}

void TestChangeFeed::singleStatementIsReportedWhenItReturns()
{
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);
    const QSqlDatabase c = m_store->database().connection();
    QVERIFY(execSql(c, QStringLiteral("INSERT INTO categories (id, name) VALUES ('c1', 'Drinks')")));
    QCOMPARE(spy.count(), 1); // a statement outside a transaction commits on its own, and is published
    QVERIFY(execSql(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    QCOMPARE(spy.count(), 2);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<Domains>(), Domains(Domain::Catalog));
    QCOMPARE(spy.at(1).at(0).value<Domains>(), Domains(Domain::Merchant));
}

void TestChangeFeed::commitWithoutGuardArrivesQueued()
{
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);
    QSqlDatabase c = m_store->database().connection();
    QVERIFY(c.transaction());
    QVERIFY(execSql(c, QStringLiteral("INSERT INTO categories (id, name) VALUES ('c1', 'Drinks')")));
    QVERIFY(c.commit());
    QCOMPARE(spy.count(), 0); // nothing publishes after QSqlDatabase::commit(): the queued flush does
    QCoreApplication::processEvents();
    QCOMPARE(onlyReport(spy), Domains(Domain::Catalog));
}

void TestChangeFeed::rollbackReportsNothing()
{
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);
    {
        Transaction tx(m_store->database().connection());
        QVERIFY(tx.active());
        MADANG_VERIFY_OK(m_store->catalog().save(makeItem(QStringLiteral("K1"), QStringLiteral("김밥"), 4000)));
        MADANG_VERIFY_OK(m_store->merchant().setSetting(QStringLiteral("language"), QStringLiteral("ko")));
    } // rolled back
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->catalog().count().value(), 0);

    // The next commit reports only its own change, not what was rolled back.
    MADANG_VERIFY_OK(m_store->tables().saveArea(Area{{}, QStringLiteral("Hall"), 0}));
    QCoreApplication::processEvents();
    QCOMPARE(onlyReport(spy), Domains(Domain::Tables));
}

void TestChangeFeed::savepointInsideCommitIsReportedWithIt()
{
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);
    {
        Transaction tx(m_store->database().connection());
        MADANG_VERIFY_OK(m_store->tables().saveArea(Area{{}, QStringLiteral("Hall"), 0})); // a savepoint
        QCOMPARE(spy.count(), 0);                                                          // not committed yet
        Customer customer;
        customer.name = QStringLiteral("이수진");
        customer.phone = QStringLiteral("+821012345678");
        MADANG_VERIFY_OK(m_store->customers().save(customer));
        MADANG_VERIFY_OK(tx.commit());
        QCOMPARE(spy.count(), 1); // when commit() returns
    }
    QCoreApplication::processEvents();
    QCOMPARE(onlyReport(spy), Domains(Domain::Tables | Domain::Customers | Domain::Outbox));
}

void TestChangeFeed::workerCommitArrivesOnMainThread()
{
    QThread *mainThread = QThread::currentThread();
    QList<QThread *> deliveredOn;
    QList<Domains> delivered;
    connect(&m_store->database().changes(), &ChangeFeed::changed, this, [&](Domains domains) {
        deliveredOn << QThread::currentThread();
        delivered << domains;
    });
    bool saved = false;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { saved = m_store->catalog().save(makeItem(QStringLiteral("K1"), QStringLiteral("김밥"), 4000)).ok(); }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(saved);
    QVERIFY(delivered.isEmpty()); // queued: nothing ran on the worker
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(deliveredOn.first(), mainThread);
    QCOMPARE(delivered.first(), Domains(Domain::Catalog | Domain::Outbox));
    QCoreApplication::processEvents();
    QCOMPARE(delivered.size(), 1);
}

void TestChangeFeed::everyTableHasADomain()
{
    const QStringList schema = tableNames(m_store->database().connection());
    QVERIFY(schema.size() > 40);
    for (const QString &table : schema) {
        QVERIFY2(ChangeFeed::domainOf(table).has_value(),
                 qPrintable(QStringLiteral("%1 belongs to no domain: add it to ChangeFeed's table").arg(table)));
    }
    // And the list names no table that is gone.
    for (const QString &table : ChangeFeed::tables()) {
        QVERIFY2(schema.contains(table), qPrintable(QStringLiteral("%1 is not in the schema").arg(table)));
    }
    QVERIFY(!ChangeFeed::domainOf(QStringLiteral("no_such_table")).has_value());
}

void TestChangeFeed::readOnlyWorkReportsNothing()
{
    QSignalSpy spy(&m_store->database().changes(), &ChangeFeed::changed);
    QVERIFY(m_store->catalog().count().ok());
    {
        Transaction tx(m_store->database().connection());
        QVERIFY(m_store->merchant().profile().ok());
        MADANG_VERIFY_OK(tx.commit());
    }
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
