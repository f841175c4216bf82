// Store: open (fresh, read-only, refused), isSetUp. The first-run set-up is tst_setup.
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void openFresh();
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
