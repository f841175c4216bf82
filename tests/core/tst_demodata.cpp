// DemoData: each vertical's starting catalog and staff, in the merchant's currency.
#include "base/money.h"
#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void setUpWithDemo_data();
    void setUpWithDemo();
    void usdPricesHaveCents_data();
    void usdPricesHaveCents();
    void demoItemsAreValidAndSearchable();
    void seedNeedsSetUp();
    void seedTwiceAddsNoDuplicates();
    void defaultProfiles_data();
    void defaultProfiles();
};

void TestDemoData::setUpWithDemo_data()
{
    QTest::addColumn<Vertical>("vertical");
    QTest::addColumn<int>("minItems");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<int>("staff");
    QTest::addColumn<QString>("sampleSku");
    QTest::addColumn<QString>("sampleName");
    QTest::addColumn<qint64>("samplePrice");
    QTest::addColumn<int>("sampleDuration");
    QTest::newRow("salon") << Vertical::Salon << 15 << 30 << 4 << "CUT-W" << QStringLiteral("여성 커트")
                           << qint64(25000) << 45;
    QTest::newRow("restaurant") << Vertical::Restaurant << 38 << 42 << 3 << "M-KIMCHI" << QStringLiteral("김치찌개")
                                << qint64(9000) << 0;
    QTest::newRow("cleaning") << Vertical::Cleaning << 10 << 20 << 4 << "C-BASIC"
                              << QStringLiteral("기본 가정 청소 (2시간)") << qint64(60000) << 120;
}

void TestDemoData::setUpWithDemo()
{
    QFETCH(Vertical, vertical);
    QFETCH(int, minItems);
    QFETCH(int, maxItems);
    QFETCH(int, staff);
    QFETCH(QString, sampleSku);
    QFETCH(QString, sampleName);
    QFETCH(qint64, samplePrice);
    QFETCH(int, sampleDuration);

    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    Store &s = *store.value();
    auto owner = DemoData::setUpTerminal(s, DemoData::defaultProfile(vertical), DemoData::defaultOwnerName(), true);
    MADANG_VERIFY_OK(owner);
    QVERIFY(s.isSetUp());

    auto count = s.catalog().count();
    MADANG_VERIFY_OK(count);
    QVERIFY2(count.value() >= minItems && count.value() <= maxItems, qPrintable(QString::number(count.value())));
    auto members = s.merchant().staff();
    MADANG_VERIFY_OK(members);
    QCOMPARE(members->size(), staff);
    int owners = 0;
    for (const StaffMember &m : members.value()) {
        QVERIFY2(m.role == QStringLiteral("owner") || m.role == QStringLiteral("staff"), qPrintable(m.role));
        if (m.role == QStringLiteral("owner")) {
            ++owners;
            QCOMPARE(m.name, DemoData::defaultOwnerName());
        }
        QVERIFY(m.active);
    }
    QCOMPARE(owners, 1);

    auto sample = s.catalog().findBySku(sampleSku);
    MADANG_VERIFY_OK(sample);
    QVERIFY(sample->has_value());
    QCOMPARE(sample->value().name, sampleName);
    QCOMPARE(sample->value().priceMinor, samplePrice);
    QCOMPARE(sample->value().durationMin, sampleDuration);
    QVERIFY(!sample->value().categoryName.isEmpty());

    // Every item has a category that exists; timed services have a duration, retail goods do not.
    auto categories = s.catalog().categories();
    MADANG_VERIFY_OK(categories);
    QVERIFY(categories->size() >= 3);
    QSet<QString> categoryIds;
    for (const Category &c : categories.value()) {
        categoryIds.insert(c.id);
    }
    auto all = s.catalog().search(QString(), 1000);
    MADANG_VERIFY_OK(all);
    QCOMPARE(all->size(), count.value());
    int timed = 0;
    for (const CatalogItem &item : all.value()) {
        QVERIFY2(categoryIds.contains(item.categoryId), qPrintable(item.sku));
        QVERIFY2(item.priceMinor > 0, qPrintable(item.sku));
        timed += item.durationMin > 0 ? 1 : 0;
    }
    switch (vertical) {
    case Vertical::Salon:
        QVERIFY(timed > 10);          // the services
        QVERIFY(timed < all->size()); // and some retail products
        break;
    case Vertical::Restaurant:
        QCOMPARE(timed, 0);
        break;
    case Vertical::Cleaning:
        QCOMPARE(timed, all->size()); // every package is a timed job
        break;
    }
}

void TestDemoData::usdPricesHaveCents_data()
{
    QTest::addColumn<Vertical>("vertical");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("price");
    QTest::newRow("restaurant") << Vertical::Restaurant << "M-KIMCHI"
                                << "9.00";
    QTest::newRow("restaurant side") << Vertical::Restaurant << "S-KIMBAP"
                                     << "4.50";
    QTest::newRow("salon") << Vertical::Salon << "CUT-W"
                           << "25.00";
    QTest::newRow("cleaning") << Vertical::Cleaning << "C-MOVEIN"
                              << "350.00";
}

void TestDemoData::usdPricesHaveCents()
{
    QFETCH(Vertical, vertical);
    QFETCH(QString, sku);
    QFETCH(QString, price);
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    MerchantProfile profile = DemoData::defaultProfile(vertical);
    profile.currency = QStringLiteral("USD");
    MADANG_VERIFY_OK(DemoData::setUpTerminal(*store.value(), profile, QStringLiteral("Owner"), true));
    auto item = store.value()->catalog().findBySku(sku);
    MADANG_VERIFY_OK(item);
    QVERIFY(item->has_value());
    const Money money(item->value().priceMinor, Currency::fromCode(QStringLiteral("USD")).value());
    QCOMPARE(money.toMajorString(), price);
}

void TestDemoData::demoItemsAreValidAndSearchable()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(DemoData::setUpTerminal(*store.value(), DemoData::defaultProfile(Vertical::Restaurant),
                                             QStringLiteral("Owner"), true));
    auto all = store.value()->catalog().search(QString(), 1000);
    MADANG_VERIFY_OK(all);
    for (const CatalogItem &item : all.value()) {
        MADANG_VERIFY_OK(validateItem(item));
    }
    auto stews = store.value()->catalog().search(QStringLiteral("찌개"));
    MADANG_VERIFY_OK(stews);
    QCOMPARE(stews->size(), 4); // 김치, 된장, 순두부, 부대
    auto cola = store.value()->catalog().findByBarcode(QStringLiteral("8801094013004"));
    MADANG_VERIFY_OK(cola);
    QVERIFY(cola->has_value());
}

void TestDemoData::seedNeedsSetUp()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    const Status seeded = DemoData::seed(Vertical::Salon, *store.value());
    QVERIFY(!seeded.ok());
    QCOMPARE(seeded.error().code, ErrorCode::NotFound);
    QCOMPARE(store.value()->catalog().count().value(), 0);
}

void TestDemoData::seedTwiceAddsNoDuplicates()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(DemoData::setUpTerminal(*store.value(), DemoData::defaultProfile(Vertical::Salon),
                                             QStringLiteral("Owner"), true));
    const qint64 items = store.value()->catalog().count().value();
    const qsizetype staff = store.value()->merchant().staff()->size();
    MADANG_VERIFY_OK(DemoData::seed(Vertical::Salon, *store.value()));
    QCOMPARE(store.value()->catalog().count().value(), items);
    QCOMPARE(store.value()->merchant().staff()->size(), staff);
}

void TestDemoData::defaultProfiles_data()
{
    QTest::addColumn<Vertical>("vertical");
    QTest::addColumn<QString>("name"); // untranslated here; in one language only, whatever the translation
    QTest::newRow("salon") << Vertical::Salon << QStringLiteral("Madang Hair");
    QTest::newRow("restaurant") << Vertical::Restaurant << QStringLiteral("Madang Kitchen");
    QTest::newRow("cleaning") << Vertical::Cleaning << QStringLiteral("Madang Clean");
}

void TestDemoData::defaultProfiles()
{
    QFETCH(Vertical, vertical);
    QFETCH(QString, name);
    const MerchantProfile p = DemoData::defaultProfile(vertical);
    QVERIFY(p.vertical == vertical);
    QCOMPARE(p.name, name);
    MADANG_VERIFY_OK(p.validate());
    QCOMPARE(p.currency, QStringLiteral("KRW"));
    QVERIFY(!DemoData::defaultOwnerName().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
