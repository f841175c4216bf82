// Setup: the first-run set-up in one transaction (profile, owner, an extra step such as the demo data, the audit
// entry), the owner's PIN hash, a second set-up refused, and a set-up that fails part-way leaving nothing behind.
#include "audit/auditlog.h"
#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/setup.h"
#include "workflows/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestSetup : public QObject
{
    Q_OBJECT

private slots:
    void setUpWithoutDemo();
    void setUpPersists();
    void setUpStoresOwnerPinHash_data();
    void setUpStoresOwnerPinHash();
    void setUpTwiceIsRefused();
    void failedSetUpLeavesNothing_data();
    void failedSetUpLeavesNothing();
    void extraStep_data();
    void extraStep();
};

void TestSetup::setUpWithoutDemo()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto owner = Setup(*store.value()).run(sampleProfile(Vertical::Salon), QStringLiteral("원장님"));
    MADANG_VERIFY_OK(owner);
    QCOMPARE(owner->name, QStringLiteral("원장님"));
    QVERIFY(store.value()->isSetUp());
    QCOMPARE(store.value()->catalog().count().value(), 0);
    QCOMPARE(store.value()->merchant().staff()->size(), 1);
    QVERIFY(!Transaction::inProgress(store.value()->database().connection()));
}

void TestSetup::setUpPersists()
{
    QTemporaryDir dir;
    FakeClock clock;
    {
        auto store = openStore(dir, clock);
        MADANG_VERIFY_OK(store);
        MADANG_VERIFY_OK(DemoData::setUpTerminal(*store.value(), sampleProfile(Vertical::Restaurant),
                                                 QStringLiteral("Owner"), true));
    }
    auto reopened = openStore(dir, clock);
    MADANG_VERIFY_OK(reopened);
    QVERIFY(reopened.value()->isSetUp());
    QVERIFY(reopened.value()->catalog().count().value() > 30);
    QCOMPARE(reopened.value()->merchant().profile()->value().name, sampleProfile().name);
}

void TestSetup::setUpStoresOwnerPinHash_data()
{
    QTest::addColumn<QString>("pinHash");
    QTest::addColumn<bool>("stored");
    // The hash is opaque to core (PinHasher makes it in the app); any text is stored as given.
    QTest::newRow("hash given") << QStringLiteral("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==") << true;
    QTest::newRow("no hash: NULL, no PIN yet") << QString() << false;
}

void TestSetup::setUpStoresOwnerPinHash()
{
    QFETCH(QString, pinHash);
    QFETCH(bool, stored);
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto owner = Setup(*store.value()).run(sampleProfile(Vertical::Salon), QStringLiteral("원장님"), pinHash);
    MADANG_VERIFY_OK(owner);
    QVERIFY(owner->pinHash.isEmpty()); // the secret is not handed back
    const QSqlDatabase db = store.value()->database().connection();
    const QString id = owner->id;
    QCOMPARE(queryInt(db, QStringLiteral("SELECT pin_hash IS NULL FROM staff WHERE id = '%1'").arg(id)),
             stored ? 0 : 1);
    if (stored) {
        QCOMPARE(queryString(db, QStringLiteral("SELECT pin_hash FROM staff WHERE id = '%1'").arg(id)), pinHash);
        // Neither the outbox nor the audit trail carries it.
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox WHERE instr(payload, 'pbkdf2') > 0")), 0);
        QCOMPARE(
            queryInt(db, QStringLiteral("SELECT count(*) FROM audit WHERE instr(coalesce(detail, ''), 'pbkdf2') > 0")),
            0);
    }
}

void TestSetup::setUpTwiceIsRefused()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openSetUpStore(dir, clock);
    MADANG_VERIFY_OK(store);
    auto again =
        DemoData::setUpTerminal(*store.value(), sampleProfile(Vertical::Cleaning), QStringLiteral("Other"), true);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(store.value()->catalog().count().value(), 0); // no demo data slipped in
    QVERIFY(store.value()->merchant().profile()->value().vertical == Vertical::Restaurant);
}

void TestSetup::failedSetUpLeavesNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("invalid currency") << "currency" << ErrorCode::InvalidInput;
    QTest::newRow("demo catalog write fails after profile and owner") << "items" << ErrorCode::Storage;
    QTest::newRow("demo staff write fails after the catalog") << "staff" << ErrorCode::Storage;
}

void TestSetup::failedSetUpLeavesNothing()
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
    auto owner = DemoData::setUpTerminal(store, profile, QStringLiteral("Owner"), true);
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
    MADANG_VERIFY_OK(DemoData::setUpTerminal(store, profile, QStringLiteral("Owner"), true));
    QVERIFY(store.isSetUp());
}

void TestSetup::extraStep_data()
{
    QTest::addColumn<bool>("withStep");
    QTest::addColumn<bool>("stepFails");
    QTest::newRow("no step: audited without demo") << false << false;
    QTest::newRow("a step: run inside, audited as demo") << true << false;
    QTest::newRow("a step that fails after writing: nothing stays") << true << true;
}

/// The extra step runs inside the set-up's transaction, after the owner: what it writes commits with the
/// set-up, and if it fails the profile, the owner and its own writes all roll back.
void TestSetup::extraStep()
{
    QFETCH(bool, withStep);
    QFETCH(bool, stepFails);
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const QSqlDatabase db = store.database().connection();
    bool ran = false;
    Setup::Step step;
    if (withStep) {
        step = [&](Store &s) -> Status {
            ran = true;
            if (!Transaction::inProgress(s.database().connection()) || s.merchant().staff()->size() != 1) {
                return makeError(ErrorCode::Conflict, QStringLiteral("run outside the set-up"));
            }
            if (auto saved = s.catalog().save(makeItem(QStringLiteral("A1"), QStringLiteral("Americano"), 4500));
                !saved) {
                return saved.error();
            }
            return stepFails ? Status(makeError(ErrorCode::Storage, QStringLiteral("injected"))) : Status(Done{});
        };
    }
    auto owner = Setup(store).run(sampleProfile(Vertical::Salon), QStringLiteral("원장님"), {}, step);
    QCOMPARE(ran, withStep);
    QVERIFY(!Transaction::inProgress(db));
    if (stepFails) {
        MADANG_VERIFY_ERROR(owner, ErrorCode::Storage);
        QVERIFY(!store.isSetUp());
        for (const char *table : {"merchant", "staff", "items", "audit", "outbox"}) {
            QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        }
        return;
    }
    MADANG_VERIFY_OK(owner);
    QCOMPARE(store.catalog().count().value(), withStep ? 1 : 0);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'terminal.set_up' AND "
                                         "json_extract(detail, '$.demo') = %1 AND actor_id = '%2'")
                              .arg(withStep ? 1 : 0)
                              .arg(owner->id)),
             1);
}

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
