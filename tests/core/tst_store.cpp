// Store: open, first-run setUp, isSetUp, and a setUp that fails part-way leaving nothing behind.
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "storage/migrator.h"
#include "workflows/store.h"
#include "testsupport.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void openFresh();
    void setUpWithoutDemo();
    void setUpPersists();
    void setUpStoresOwnerPinHash_data();
    void setUpStoresOwnerPinHash();
    void setUpTwiceIsRefused();
    void failedSetUpLeavesNothing_data();
    void failedSetUpLeavesNothing();
    void readOnlyStoreSeesData();
    void openErrorsPassThrough();
};

void TestStore::openFresh()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    QVERIFY(!store.value()->isSetUp());
    QCOMPARE(store.value()->database().schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
    QCOMPARE(&store.value()->clock(), static_cast<const Clock *>(&clock));
    QCOMPARE(store.value()->catalog().count().value(), 0);
}

void TestStore::setUpWithoutDemo()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto owner = store.value()->setUp(sampleProfile(Vertical::Salon), QStringLiteral("원장님"), false);
    MADANG_VERIFY_OK(owner);
    QCOMPARE(owner->name, QStringLiteral("원장님"));
    QVERIFY(store.value()->isSetUp());
    QCOMPARE(store.value()->catalog().count().value(), 0);
    QCOMPARE(store.value()->merchant().staff()->size(), 1);
    QVERIFY(!Transaction::inProgress(store.value()->database().connection()));
}

void TestStore::setUpPersists()
{
    QTemporaryDir dir;
    FakeClock clock;
    {
        auto store = openStore(dir, clock);
        MADANG_VERIFY_OK(store);
        MADANG_VERIFY_OK(store.value()->setUp(sampleProfile(Vertical::Restaurant), QStringLiteral("Owner"), true));
    }
    auto reopened = openStore(dir, clock);
    MADANG_VERIFY_OK(reopened);
    QVERIFY(reopened.value()->isSetUp());
    QVERIFY(reopened.value()->catalog().count().value() > 30);
    QCOMPARE(reopened.value()->merchant().profile()->value().name, sampleProfile().name);
}

void TestStore::setUpStoresOwnerPinHash_data()
{
    QTest::addColumn<QString>("pinHash");
    QTest::addColumn<bool>("stored");
    // The hash is opaque to core (PinHasher makes it in the app); any text is stored as given.
    QTest::newRow("hash given") << QStringLiteral("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==") << true;
    QTest::newRow("no hash: NULL, no PIN yet") << QString() << false;
}

void TestStore::setUpStoresOwnerPinHash()
{
    QFETCH(QString, pinHash);
    QFETCH(bool, stored);
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto owner = store.value()->setUp(sampleProfile(Vertical::Salon), QStringLiteral("원장님"), false, pinHash);
    MADANG_VERIFY_OK(owner);
    QVERIFY(owner->pinHash.isEmpty()); // the secret is not handed back
    const QSqlDatabase db = store.value()->database().connection();
    const QString id = owner->id;
    QCOMPARE(queryInt(db, QStringLiteral("SELECT pin_hash IS NULL FROM staff WHERE id = '%1'").arg(id)), stored ? 0 : 1);
    if (stored) {
        QCOMPARE(queryString(db, QStringLiteral("SELECT pin_hash FROM staff WHERE id = '%1'").arg(id)), pinHash);
        // Neither the outbox nor the audit trail carries it.
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox WHERE instr(payload, 'pbkdf2') > 0")), 0);
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM audit WHERE instr(coalesce(detail, ''), 'pbkdf2') > 0")),
                 0);
    }
}

void TestStore::setUpTwiceIsRefused()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto again = store.value()->setUp(sampleProfile(Vertical::Cleaning), QStringLiteral("Other"), true);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(store.value()->catalog().count().value(), 0); // no demo data slipped in
    QVERIFY(store.value()->merchant().profile()->value().vertical == Vertical::Restaurant);
}

void TestStore::failedSetUpLeavesNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("invalid currency") << "currency" << ErrorCode::InvalidInput;
    QTest::newRow("demo catalog write fails after profile and owner") << "items" << ErrorCode::Storage;
    QTest::newRow("demo staff write fails after the catalog") << "staff" << ErrorCode::Storage;
}

void TestStore::failedSetUpLeavesNothing()
{
    QFETCH(QString, fault);
    QFETCH(ErrorCode, code);
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    QSqlDatabase db = store.database().connection();
    MerchantProfile profile = sampleProfile(Vertical::Salon);
    if (fault == QStringLiteral("currency")) {
        profile.currency = QStringLiteral("WON");
    } else if (fault == QStringLiteral("items")) {
        QVERIFY(execSql(db, QStringLiteral("CREATE TRIGGER fault BEFORE INSERT ON items "
                                           "WHEN new.sku = 'CLR-BLEACH' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    } else {
        // The owner goes in first; the demo team after the catalog.
        QVERIFY(execSql(db, QStringLiteral("CREATE TRIGGER fault BEFORE INSERT ON staff "
                                           "WHEN new.role = 'staff' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    }
    auto owner = store.setUp(profile, QStringLiteral("Owner"), true);
    QVERIFY(!owner.ok());
    QCOMPARE(owner.error().code, code);
    QVERIFY(!store.isSetUp());
    for (const char *table : {"merchant", "staff", "items", "categories", "outbox", "search.item_search"}) {
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    }
    QVERIFY(!Transaction::inProgress(db));

    // Fixed, the same setUp succeeds on the same store.
    execSql(db, QStringLiteral("DROP TRIGGER IF EXISTS fault"));
    profile.currency = QStringLiteral("KRW");
    MADANG_VERIFY_OK(store.setUp(profile, QStringLiteral("Owner"), true));
    QVERIFY(store.isSetUp());
}

void TestStore::readOnlyStoreSeesData()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto writer = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(writer);
    MADANG_VERIFY_OK(writer.value()->catalog().save(makeItem(QStringLiteral("A1"), QStringLiteral("Americano"), 4500)));
    auto reader = Store::open(dir.filePath(QStringLiteral("madang.db")), Database::Mode::ReadOnly, clock);
    MADANG_VERIFY_OK(reader);
    QVERIFY(reader.value()->isSetUp());
    auto found = reader.value()->catalog().search(QStringLiteral("amer"));
    MADANG_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    auto refused = reader.value()->catalog().save(makeItem(QStringLiteral("B1"), QStringLiteral("Bagel"), 3000));
    QVERIFY(!refused.ok());
}

void TestStore::openErrorsPassThrough()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto missing = Store::open(dir.filePath(QStringLiteral("none.db")), Database::Mode::ReadOnly, clock);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto first = openStore(dir, clock);
    MADANG_VERIFY_OK(first);
    auto second = openStore(dir, clock);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Locked);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
