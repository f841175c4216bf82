// AppStore: a write made straight through core, on this thread or a worker, reaches the screens' signals
// through the database's ChangeFeed, and view-models refresh without being told; set-up waits for the wizard.
#include "catalog/catalogrepository.h"
#include "common/cataloglistmodel.h"
#include "customers/customerrepository.h"
#include "fixture.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "shell/appstore.h"
#include "testsupport.h"
#include "workflows/setup.h"
#include "workflows/store.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace madang;

class tst_AppStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreWriteEmitsScreenSignals_data();
    void coreWriteEmitsScreenSignals();
    void viewModelRefreshesAfterCoreWrite();
    void workerWriteRefreshesViewModel();
    void setUpWaitsForTheWizard();

private:
    Fixture m_fixture;
};

namespace {
const char *const kSignals[] = {"setUpChanged",  "profileChanged",  "catalogChanged",   "staffChanged",
                                "ordersChanged", "bookingsChanged", "printQueueChanged"};

/// The names of the signals in kSignals that store emitted while write ran (and the events it queued).
template <typename Write> QStringList emittedDuring(AppStore *store, Write write)
{
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const char *name : kSignals) {
        const QByteArray signature = QByteArray("2") + name + "()"; // as SIGNAL() spells it
        spies.push_back(std::make_unique<QSignalSpy>(store, signature.constData()));
    }
    write();
    QCoreApplication::processEvents();
    QStringList emitted;
    for (size_t i = 0; i < spies.size(); ++i) {
        for (int n = 0; n < spies[i]->count(); ++n) {
            emitted << QString::fromLatin1(kSignals[i]);
        }
    }
    return emitted;
}
} // namespace

void tst_AppStore::coreWriteEmitsScreenSignals_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("catalog item") << QStringLiteral("item") << QStringList{QStringLiteral("catalogChanged")};
    QTest::newRow("sale") << QStringLiteral("sale") << QStringList{QStringLiteral("ordersChanged")};
    QTest::newRow("staff member") << QStringLiteral("staff")
                                  << QStringList{QStringLiteral("staffChanged"), QStringLiteral("bookingsChanged")};
    QTest::newRow("customer") << QStringLiteral("customer") << QStringList{QStringLiteral("bookingsChanged")};
    QTest::newRow("setting") << QStringLiteral("setting") << QStringList{QStringLiteral("profileChanged")};
    QTest::newRow("printer") << QStringLiteral("printer") << QStringList{QStringLiteral("printQueueChanged")};
    QTest::newRow("floor area (no screen-wide signal)") << QStringLiteral("area") << QStringList{};
}

void tst_AppStore::coreWriteEmitsScreenSignals()
{
    QFETCH(QString, write);
    QFETCH(QStringList, expected);
    AppStore *app = m_fixture.freshStore(QStringLiteral("restaurant"), true);
    QVERIFY(app != nullptr);
    QCoreApplication::processEvents();
    Store &store = app->store();

    const QStringList emitted = emittedDuring(app, [&] {
        if (write == QLatin1String("item")) {
            QVERIFY(store.catalog().save(test::makeItem(QStringLiteral("K-NEW"), QStringLiteral("김밥"), 4000)).ok());
        } else if (write == QLatin1String("sale")) {
            QVERIFY(!m_fixture.sellDemo(app, {QStringLiteral("M-KIMCHI")}, 0).contains(QStringLiteral("error")));
        } else if (write == QLatin1String("staff")) {
            StaffMember member;
            member.name = QStringLiteral("박서준");
            member.role = QStringLiteral("staff");
            QVERIFY(store.merchant().addStaff(member).ok());
        } else if (write == QLatin1String("customer")) {
            Customer customer;
            customer.name = QStringLiteral("이수진");
            customer.phone = QStringLiteral("+821099990001");
            QVERIFY(store.customers().save(customer).ok());
        } else if (write == QLatin1String("setting")) {
            QVERIFY(store.merchant().setSetting(QStringLiteral("note"), QStringLiteral("x")).ok());
        } else if (write == QLatin1String("printer")) {
            QVERIFY(!m_fixture.addPrinter(app, QStringLiteral("Kitchen")).isEmpty());
        } else if (write == QLatin1String("area")) {
            QVERIFY(store.tables().saveArea(Area{{}, QStringLiteral("Terrace"), 9}).ok());
        }
    });
    QCOMPARE(emitted, expected);
}

void tst_AppStore::viewModelRefreshesAfterCoreWrite()
{
    AppStore *app = m_fixture.freshStore(QStringLiteral("restaurant"), true);
    QVERIFY(app != nullptr);
    CatalogListModel list;
    list.setStore(app);
    const int before = list.count();
    QVERIFY(before > 0);
    // No view-model wrote this and nobody calls a notify: the commit itself refreshes the list, before
    // save() returns.
    QVERIFY(app->store().catalog().save(test::makeItem(QStringLiteral("K-NEW"), QStringLiteral("김밥"), 4000)).ok());
    QCOMPARE(list.count(), before + 1);
}

void tst_AppStore::workerWriteRefreshesViewModel()
{
    AppStore *app = m_fixture.freshStore(QStringLiteral("restaurant"), true);
    QVERIFY(app != nullptr);
    CatalogListModel list;
    list.setStore(app);
    const int before = list.count();
    bool saved = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        saved = app->store().catalog().save(test::makeItem(QStringLiteral("K-BG"), QStringLiteral("떡"), 3000)).ok();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(saved);
    QCOMPARE(list.count(), before); // the change arrives through the event loop, on this thread
    QTRY_COMPARE(list.count(), before + 1);
}

void tst_AppStore::setUpWaitsForTheWizard()
{
    AppStore *app = m_fixture.freshStore(QString(), false);
    QVERIFY(app != nullptr);
    QVERIFY(!app->isSetUp());
    QSignalSpy setUp(app, &AppStore::setUpChanged);
    QSignalSpy profile(app, &AppStore::profileChanged);
    QVERIFY(madang::Setup(app->store()).run(test::sampleProfile(), QStringLiteral("Owner")).ok());
    QCoreApplication::processEvents();
    QVERIFY(profile.count() >= 1); // the new profile shows at once
    QCOMPARE(setUp.count(), 0);    // the shell switches only when the wizard has signed the owner in
    app->notifySetUp();
    QCOMPARE(setUp.count(), 1);
}

QTEST_MAIN(tst_AppStore)
#include "tst_appstore.moc"
