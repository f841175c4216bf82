// CatalogRepository: create/update with outbox ops, conflicts, search (Latin, Hangul, initials), bulk upsert.
#include "catalogrepository.h"
#include "database.h"
#include "fakeclock.h"
#include "outbox.h"
#include "store.h"
#include "testsupport.h"
#include "uuid7.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
struct Counts
{
    qint64 items = 0;
    qint64 categories = 0;
    qint64 outbox = 0;
    qint64 indexed = 0;
    bool operator==(const Counts &o) const
    {
        return items == o.items && categories == o.categories && outbox == o.outbox && indexed == o.indexed;
    }
};
char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("items=%1 categories=%2 outbox=%3 indexed=%4")
                       .arg(c.items)
                       .arg(c.categories)
                       .arg(c.outbox)
                       .arg(c.indexed)
                       .toUtf8()
                       .constData());
}
} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createItem();
    void updateItem();
    void saveTrimsFields();
    void saveRejectsInvalidItem();
    void updateOfMissingItem();
    void conflicts_data();
    void conflicts();
    void findMissing();
    void search_data();
    void search();
    void searchQueriesThatMustNotBreakFts_data();
    void searchQueriesThatMustNotBreakFts();
    void punctuationOnlyQueryListsAll();
    void emptyQueryListsAllByName();
    void searchLimitKeepsNameOrder();
    void searchFollowsRenames();
    void upsertManyCreatesAndUpdates();
    void upsertManyIsAllOrNothing();
    void upsertManyReportsProgress();
    void ensureCategoryIsIdempotent();
    void categoriesInCreationOrder();
    void skuByBarcode();

private:
    CatalogRepository &catalog() { return m_store->catalog(); }
    QSqlDatabase conn() { return m_store->database().connection(); }
    Counts counts();
    QList<OutboxOp> ops(const QString &name);
    void addSearchFixture();
    QStringList skus(const QString &query, int limit = 200);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

Counts TestCatalogRepository::counts()
{
    return Counts{queryInt(conn(), QStringLiteral("SELECT count(*) FROM items")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM categories")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM item_search"))};
}

QList<OutboxOp> TestCatalogRepository::ops(const QString &name)
{
    QList<OutboxOp> found;
    auto pending = Outbox::pending(conn(), 100000);
    if (pending) {
        for (const OutboxOp &op : pending.value()) {
            if (op.op == name) {
                found << op;
            }
        }
    }
    return found;
}

QStringList TestCatalogRepository::skus(const QString &query, int limit)
{
    auto found = catalog().search(query, limit);
    if (!found) {
        return {QStringLiteral("ERROR: ") + found.error().message};
    }
    QStringList list;
    for (const CatalogItem &item : found.value()) {
        list << item.sku;
    }
    return list;
}

void TestCatalogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestCatalogRepository::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestCatalogRepository::createItem()
{
    CatalogItem item = makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000, QStringLiteral("식사"),
                                QStringLiteral("8801234500017"));
    item.vatBasisPoints = 550;
    item.durationMin = 15;
    auto saved = catalog().save(item);
    MADANG_VERIFY_OK(saved);
    QCOMPARE(Uuid7Generator::timestampMs(QUuid(saved->id)), m_clock->nowMs());
    QCOMPARE(saved->sku, item.sku);
    QCOMPARE(saved->name, item.name);
    QCOMPARE(saved->priceMinor, 9000);
    QCOMPARE(saved->vatBasisPoints, 550);
    QCOMPARE(saved->durationMin, 15);
    QCOMPARE(saved->barcode, item.barcode);
    QCOMPARE(saved->categoryName, QStringLiteral("식사"));
    QVERIFY(!saved->categoryId.isEmpty());
    QVERIFY(saved->active);

    auto found = catalog().find(saved->id);
    MADANG_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE(found->value().sku, item.sku);
    auto bySku = catalog().findBySku(item.sku);
    MADANG_VERIFY_OK(bySku);
    QCOMPARE(bySku->value().id, saved->id);
    auto byBarcode = catalog().findByBarcode(item.barcode);
    MADANG_VERIFY_OK(byBarcode);
    QCOMPARE(byBarcode->value().id, saved->id);

    const QList<OutboxOp> created = ops(QStringLiteral("catalog.item.created"));
    QCOMPARE(created.size(), 1);
    const OutboxOp &op = created.at(0);
    QCOMPARE(op.entityId, saved->id);
    QCOMPARE(op.version, 1);
    QCOMPARE(op.payload.value(QStringLiteral("id")).toString(), saved->id);
    QCOMPARE(op.payload.value(QStringLiteral("sku")).toString(), QStringLiteral("M-KIMCHI"));
    QCOMPARE(op.payload.value(QStringLiteral("name")).toString(), QStringLiteral("김치찌개"));
    QCOMPARE(op.payload.value(QStringLiteral("category_id")).toString(), saved->categoryId);
    QCOMPARE(op.payload.value(QStringLiteral("price_minor")).toInteger(), 9000);
    QCOMPARE(op.payload.value(QStringLiteral("vat_bp")).toInt(), 550);
    QCOMPARE(op.payload.value(QStringLiteral("duration_min")).toInt(), 15);
    QCOMPARE(op.payload.value(QStringLiteral("barcode")).toString(), QStringLiteral("8801234500017"));
    QCOMPARE(op.payload.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(ops(QStringLiteral("catalog.category.created")).size(), 1);
    QCOMPARE(counts(), (Counts{1, 1, 2, 1}));
}

void TestCatalogRepository::updateItem()
{
    auto saved = catalog().save(makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000));
    MADANG_VERIFY_OK(saved);
    m_clock->advanceSecs(60);
    CatalogItem changed = saved.value();
    changed.name = QStringLiteral("묵은지 김치찌개");
    changed.priceMinor = 9500;
    changed.active = false;
    changed.categoryId.clear();
    changed.categoryName = QStringLiteral("식사");
    auto updated = catalog().save(changed);
    MADANG_VERIFY_OK(updated);
    QCOMPARE(updated->id, saved->id);
    QCOMPARE(updated->name, QStringLiteral("묵은지 김치찌개"));
    QCOMPARE(updated->priceMinor, 9500);
    QVERIFY(!updated->active);
    QCOMPARE(updated->categoryName, QStringLiteral("식사"));

    const QList<OutboxOp> updates = ops(QStringLiteral("catalog.item.updated"));
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.at(0).entityId, saved->id);
    QCOMPARE(updates.at(0).payload.value(QStringLiteral("name")).toString(), QStringLiteral("묵은지 김치찌개"));
    QCOMPARE(updates.at(0).payload.value(QStringLiteral("price_minor")).toInteger(), 9500);
    QCOMPARE(updates.at(0).payload.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(updates.at(0).payload.value(QStringLiteral("category_id")).toString(), updated->categoryId);
    QCOMPARE(updates.at(0).createdAt, m_clock->now().toString(Qt::ISODateWithMs));
    QCOMPARE(counts(), (Counts{1, 1, 3, 1}));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT updated_at FROM items")),
             m_clock->now().toString(Qt::ISODateWithMs));
}

void TestCatalogRepository::saveTrimsFields()
{
    auto saved = catalog().save(makeItem(QStringLiteral(" A1 "), QStringLiteral("  Americano "), 4500, {},
                                         QStringLiteral(" 0123 ")));
    MADANG_VERIFY_OK(saved);
    QCOMPARE(saved->sku, QStringLiteral("A1"));
    QCOMPARE(saved->name, QStringLiteral("Americano"));
    QCOMPARE(saved->barcode, QStringLiteral("0123"));
    QCOMPARE(saved->categoryId, QString());
}

void TestCatalogRepository::saveRejectsInvalidItem()
{
    auto saved = catalog().save(makeItem(QStringLiteral("A1"), QStringLiteral("  "), 4500, QStringLiteral("Coffee")));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(counts(), Counts{});
}

void TestCatalogRepository::updateOfMissingItem()
{
    CatalogItem ghost = makeItem(QStringLiteral("A1"), QStringLiteral("Americano"), 4500);
    ghost.id = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    auto saved = catalog().save(ghost);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::NotFound);
    QCOMPARE(counts(), Counts{});
}

void TestCatalogRepository::conflicts_data()
{
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("new item, taken sku") << false << "A1" << "" << "A1";
    QTest::newRow("new item, taken barcode") << false << "B9" << "8801000000001" << "8801000000001";
    QTest::newRow("edit, taken sku") << true << "A1" << "" << "A1";
    QTest::newRow("edit, taken barcode") << true << "B2" << "8801000000001" << "8801000000001";
}

void TestCatalogRepository::conflicts()
{
    QFETCH(bool, update);
    QFETCH(QString, sku);
    QFETCH(QString, barcode);
    QFETCH(QString, mentions);
    auto first = catalog().save(makeItem(QStringLiteral("A1"), QStringLiteral("Americano"), 4500,
                                         QStringLiteral("Coffee"), QStringLiteral("8801000000001")));
    MADANG_VERIFY_OK(first);
    auto second = catalog().save(makeItem(QStringLiteral("B2"), QStringLiteral("Bagel"), 3000));
    MADANG_VERIFY_OK(second);
    const Counts before = counts();

    CatalogItem clash = makeItem(sku, QStringLiteral("Brownie"), 3500, QStringLiteral("Bakery"), barcode);
    if (update) {
        clash.id = second->id;
    }
    auto saved = catalog().save(clash);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::Conflict);
    QVERIFY2(saved.error().message.contains(mentions), qPrintable(saved.error().message));
    QVERIFY2(saved.error().message.contains(barcode.isEmpty() ? QStringLiteral("SKU") : QStringLiteral("barcode")),
             qPrintable(saved.error().message));
    QCOMPARE(counts(), before); // not even the new "Bakery" category
    auto stillFirst = catalog().findBySku(QStringLiteral("A1"));
    MADANG_VERIFY_OK(stillFirst);
    QCOMPARE(stillFirst->value().id, first->id);
    QCOMPARE(stillFirst->value().barcode, QStringLiteral("8801000000001"));
    auto stillSecond = catalog().find(second->id);
    MADANG_VERIFY_OK(stillSecond);
    QCOMPARE(stillSecond->value().name, QStringLiteral("Bagel"));
    QCOMPARE(stillSecond->value().sku, QStringLiteral("B2"));
}

void TestCatalogRepository::findMissing()
{
    auto byId = catalog().find(QStringLiteral("nope"));
    MADANG_VERIFY_OK(byId);
    QVERIFY(!byId->has_value());
    auto bySku = catalog().findBySku(QStringLiteral("nope"));
    MADANG_VERIFY_OK(bySku);
    QVERIFY(!bySku->has_value());
    auto byBarcode = catalog().findByBarcode(QString());
    MADANG_VERIFY_OK(byBarcode);
    QVERIFY(!byBarcode->has_value());
}

void TestCatalogRepository::addSearchFixture()
{
    const QList<CatalogItem> items{
        makeItem(QStringLiteral("A-AMER"), QStringLiteral("Americano"), 4500, QStringLiteral("커피")),
        makeItem(QStringLiteral("A-LATTE"), QStringLiteral("Cafe Latte"), 5000, QStringLiteral("커피")),
        makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000, QStringLiteral("식사")),
        makeItem(QStringLiteral("M-DOENJANG"), QStringLiteral("된장찌개"), 9000, QStringLiteral("식사")),
        makeItem(QStringLiteral("M-KIMBAP"), QStringLiteral("김밥"), 4500, QStringLiteral("식사")),
        makeItem(QStringLiteral("S-KIMCHIJEON"), QStringLiteral("김치전"), 12000, QStringLiteral("안주")),
        makeItem(QStringLiteral("D-COLA"), QStringLiteral("콜라 355ml"), 2000, QStringLiteral("음료"),
                 QStringLiteral("8801094013004")),
        makeItem(QStringLiteral("G-SAMGYEOP"), QStringLiteral("삼겹살 (200g)"), 16000, QStringLiteral("구이")),
        makeItem(QStringLiteral("P-KIMCHI-TO"), QStringLiteral("포장 김치 500g"), 8000, QStringLiteral("포장")),
    };
    // One transaction for the lot (the save() path of the index is covered by searchFollowsRenames).
    auto added = catalog().upsertMany(items);
    MADANG_VERIFY_OK(added);
    QCOMPARE(added->created, 9);
}

void TestCatalogRepository::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // skus in name order

    const auto row = [](const char *tag, const QString &query, const QStringList &expected) {
        QTest::newRow(tag) << query << expected;
    };
    row("Latin prefix", QStringLiteral("amer"), {QStringLiteral("A-AMER")});
    row("Latin, other case", QStringLiteral("AMERICANO"), {QStringLiteral("A-AMER")});
    row("Latin, second word", QStringLiteral("lat"), {QStringLiteral("A-LATTE")});
    row("two Latin words AND", QStringLiteral("caf lat"), {QStringLiteral("A-LATTE")});
    row("two words, one misses", QStringLiteral("cafe amer"), {});
    row("no match", QStringLiteral("espresso"), {});
    row("sku", QStringLiteral("A-AMER"), {QStringLiteral("A-AMER")});
    row("sku, lower case", QStringLiteral("m-kimchi"), {QStringLiteral("M-KIMCHI")});
    row("sku part", QStringLiteral("kimchi"),
        {QStringLiteral("S-KIMCHIJEON"), QStringLiteral("M-KIMCHI"), QStringLiteral("P-KIMCHI-TO")});
    row("barcode", QStringLiteral("8801094013004"), {QStringLiteral("D-COLA")});
    row("barcode prefix", QStringLiteral("880109"), {QStringLiteral("D-COLA")});
    row("Hangul prefix", QStringLiteral("김치"),
        {QStringLiteral("S-KIMCHIJEON"), QStringLiteral("M-KIMCHI"), QStringLiteral("P-KIMCHI-TO")});
    row("one syllable", QStringLiteral("김"),
        {QStringLiteral("M-KIMBAP"), QStringLiteral("S-KIMCHIJEON"), QStringLiteral("M-KIMCHI"),
         QStringLiteral("P-KIMCHI-TO")});
    row("Hangul infix", QStringLiteral("찌개"), {QStringLiteral("M-KIMCHI"), QStringLiteral("M-DOENJANG")});
    row("Hangul infix, middle", QStringLiteral("치찌"), {QStringLiteral("M-KIMCHI")});
    row("Hangul suffix", QStringLiteral("겹살"), {QStringLiteral("G-SAMGYEOP")});
    row("initials", QStringLiteral("ㄱㅊ"),
        {QStringLiteral("S-KIMCHIJEON"), QStringLiteral("M-KIMCHI"), QStringLiteral("P-KIMCHI-TO")});
    row("initials, full word", QStringLiteral("ㄷㅈㅉㄱ"), {QStringLiteral("M-DOENJANG")});
    row("initials across words", QStringLiteral("ㅍㅈㄱㅊ"), {QStringLiteral("P-KIMCHI-TO")});
    row("two Hangul words AND", QStringLiteral("포장 김치"), {QStringLiteral("P-KIMCHI-TO")});
    row("Hangul and number AND", QStringLiteral("김치 500"), {QStringLiteral("P-KIMCHI-TO")});
    row("Hangul and initials AND", QStringLiteral("찌개 ㄷ"), {QStringLiteral("M-DOENJANG")});
    row("number inside parentheses", QStringLiteral("200g"), {QStringLiteral("G-SAMGYEOP")});
    row("word with parentheses", QStringLiteral("(200g)"), {QStringLiteral("G-SAMGYEOP")});
    row("extra spaces", QStringLiteral("  찌개   김치 "), {QStringLiteral("M-KIMCHI")});
}

void TestCatalogRepository::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    addSearchFixture();
    QCOMPARE(skus(query), expected);
}

void TestCatalogRepository::searchQueriesThatMustNotBreakFts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // empty list with first entry "*" = any result is fine
    QTest::newRow("quoted word") << QStringLiteral("\"찌개\"")
                                 << QStringList{QStringLiteral("M-KIMCHI"), QStringLiteral("M-DOENJANG")};
    QTest::newRow("quote inside a word") << QStringLiteral("김\"치") << QStringList{QStringLiteral("*")};
    QTest::newRow("lone double quote") << QStringLiteral("\"") << QStringList{QStringLiteral("*")};
    QTest::newRow("unbalanced quote") << QStringLiteral("\"amer") << QStringList{QStringLiteral("A-AMER")};
    QTest::newRow("single quote") << QStringLiteral("cafe'") << QStringList{QStringLiteral("A-LATTE")};
    QTest::newRow("SQL injection") << QStringLiteral("'); DROP TABLE items; --") << QStringList{QStringLiteral("*")};
    QTest::newRow("FTS OR") << QStringLiteral("amer OR latte") << QStringList();
    QTest::newRow("FTS NOT") << QStringLiteral("NOT") << QStringList();
    QTest::newRow("FTS NEAR") << QStringLiteral("NEAR(amer latte)") << QStringList();
    QTest::newRow("FTS column filter") << QStringLiteral("sku:amer") << QStringList();
    QTest::newRow("FTS star") << QStringLiteral("amer*") << QStringList{QStringLiteral("A-AMER")};
    QTest::newRow("FTS caret") << QStringLiteral("^amer") << QStringList{QStringLiteral("A-AMER")};
    QTest::newRow("FTS minus") << QStringLiteral("-amer") << QStringList{QStringLiteral("A-AMER")};
    QTest::newRow("FTS plus") << QStringLiteral("amer + latte") << QStringList();
    QTest::newRow("braces") << QStringLiteral("{name}") << QStringList();
}

void TestCatalogRepository::searchQueriesThatMustNotBreakFts()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    addSearchFixture();
    auto found = catalog().search(query);
    QVERIFY2(found.ok(), test::describe(found).constData());
    if (expected != QStringList{QStringLiteral("*")}) {
        QCOMPARE(skus(query), expected);
    }
    QCOMPARE(counts().items, 9); // and nothing happened to the data
}

void TestCatalogRepository::punctuationOnlyQueryListsAll()
{
    addSearchFixture();
    const QStringList all = skus(QString());
    QCOMPARE(all.size(), 9);
    QCOMPARE(skus(QStringLiteral("!!!")), all);
    QCOMPARE(skus(QStringLiteral("- * ( )")), all);
    QCOMPARE(skus(QStringLiteral("   ")), all);
}

void TestCatalogRepository::emptyQueryListsAllByName()
{
    for (const char *name : {"cherry", "Banana", "apple", "Date", "김밥", "가지볶음"}) {
        const QString n = QString::fromUtf8(name);
        MADANG_VERIFY_OK(catalog().save(makeItem(QStringLiteral("SKU-") + QString::number(qHash(n)), n, 1000)));
    }
    auto all = catalog().search(QString());
    MADANG_VERIFY_OK(all);
    QStringList names;
    for (const CatalogItem &item : all.value()) {
        names << item.name;
    }
    // Case-insensitive by name; Hangul after Latin.
    QCOMPARE(names, QStringList({QStringLiteral("apple"), QStringLiteral("Banana"), QStringLiteral("cherry"),
                                 QStringLiteral("Date"), QStringLiteral("가지볶음"), QStringLiteral("김밥")}));
    auto firstTwo = catalog().search(QString(), 2);
    MADANG_VERIFY_OK(firstTwo);
    QCOMPARE(firstTwo->size(), 2);
    QCOMPARE(firstTwo->at(0).name, QStringLiteral("apple"));
    QCOMPARE(firstTwo->at(1).name, QStringLiteral("Banana"));
}

void TestCatalogRepository::searchLimitKeepsNameOrder()
{
    // "ordered by name" with a limit means the first items by name, as for the empty query.
    for (const char *name : {"Zucchini bar", "Yuzu bar", "Apple bar", "Mango bar"}) {
        const QString n = QString::fromUtf8(name);
        MADANG_VERIFY_OK(catalog().save(makeItem(n.left(3).toUpper(), n, 1000)));
    }
    auto all = catalog().search(QStringLiteral("bar"));
    MADANG_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).name, QStringLiteral("Apple bar"));
    auto firstTwo = catalog().search(QStringLiteral("bar"), 2);
    MADANG_VERIFY_OK(firstTwo);
    QCOMPARE(firstTwo->size(), 2);
    QCOMPARE(firstTwo->at(0).name, QStringLiteral("Apple bar"));
}

void TestCatalogRepository::searchFollowsRenames()
{
    auto saved = catalog().save(makeItem(QStringLiteral("M-1"), QStringLiteral("김치찌개"), 9000));
    MADANG_VERIFY_OK(saved);
    CatalogItem renamed = saved.value();
    renamed.name = QStringLiteral("부대찌개");
    renamed.sku = QStringLiteral("M-BUDAE");
    renamed.barcode = QStringLiteral("4006381333931");
    MADANG_VERIFY_OK(catalog().save(renamed));
    QCOMPARE(skus(QStringLiteral("김치")), QStringList());
    QCOMPARE(skus(QStringLiteral("ㄱㅊ")), QStringList());
    QCOMPARE(skus(QStringLiteral("M-1")), QStringList());
    QCOMPARE(skus(QStringLiteral("부대")), QStringList{QStringLiteral("M-BUDAE")});
    QCOMPARE(skus(QStringLiteral("ㅂㄷ")), QStringList{QStringLiteral("M-BUDAE")});
    QCOMPARE(skus(QStringLiteral("4006381333931")), QStringList{QStringLiteral("M-BUDAE")});
    QCOMPARE(counts().indexed, 1);
}

void TestCatalogRepository::upsertManyCreatesAndUpdates()
{
    QList<CatalogItem> items;
    for (int i = 0; i < 1200; ++i) {
        items << makeItem(QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("상품 %1").arg(i),
                          1000 + i, QStringLiteral("분류 %1").arg(i % 3));
    }
    auto first = catalog().upsertMany(items);
    MADANG_VERIFY_OK(first);
    QCOMPARE(first->created, 1200);
    QCOMPARE(first->updated, 0);
    QCOMPARE(counts().items, 1200);
    QCOMPARE(counts().indexed, 1200);
    QCOMPARE(counts().categories, 3);
    QCOMPARE(ops(QStringLiteral("catalog.category.created")).size(), 3);
    QList<OutboxOp> bulk = ops(QStringLiteral("catalog.items.upserted"));
    QCOMPARE(bulk.size(), 3); // one op per 500 items
    QCOMPARE(bulk.at(0).payload.value(QStringLiteral("rows")).toArray().size(), CatalogRepository::kItemsPerBulkOp);
    QCOMPARE(bulk.at(1).payload.value(QStringLiteral("rows")).toArray().size(), CatalogRepository::kItemsPerBulkOp);
    QCOMPARE(bulk.at(2).payload.value(QStringLiteral("rows")).toArray().size(), 200);
    // Columnar payload: one "columns" list and one array per item in that order.
    const QJsonArray columns = bulk.at(0).payload.value(QStringLiteral("columns")).toArray();
    const QJsonArray firstRow = bulk.at(0).payload.value(QStringLiteral("rows")).toArray().at(0).toArray();
    QCOMPARE(firstRow.size(), columns.size());
    QJsonObject firstItem;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        firstItem.insert(columns.at(i).toString(), firstRow.at(i));
    }
    QCOMPARE(firstItem.value(QStringLiteral("sku")).toString(), QStringLiteral("SKU-00000"));
    QCOMPARE(firstItem.value(QStringLiteral("price_minor")).toInteger(), 1000);
    QVERIFY(!firstItem.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!firstItem.value(QStringLiteral("category_id")).toString().isEmpty());

    auto before700 = catalog().findBySku(QStringLiteral("SKU-00700"));
    MADANG_VERIFY_OK(before700);
    QVERIFY(before700->has_value());

    // Second run: 700 existing skus with new prices and 100 new ones.
    QList<CatalogItem> again;
    for (int i = 500; i < 1300; ++i) {
        again << makeItem(QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("상품 %1").arg(i),
                          5000 + i, QStringLiteral("분류 %1").arg(i % 3));
    }
    auto second = catalog().upsertMany(again);
    MADANG_VERIFY_OK(second);
    QCOMPARE(second->created, 100);
    QCOMPARE(second->updated, 700);
    QCOMPARE(counts().items, 1300);
    QCOMPARE(counts().indexed, 1300);
    QCOMPARE(ops(QStringLiteral("catalog.items.upserted")).size(), 3 + 2);
    auto updated = catalog().findBySku(QStringLiteral("SKU-00700"));
    MADANG_VERIFY_OK(updated);
    QCOMPARE(updated->value().priceMinor, 5700);
    QCOMPARE(updated->value().id, before700->value().id);
    auto untouched = catalog().findBySku(QStringLiteral("SKU-00499"));
    MADANG_VERIFY_OK(untouched);
    QCOMPARE(untouched->value().priceMinor, 1499);
    // The updated items keep their ids and stay searchable once, not twice.
    QCOMPARE(skus(QStringLiteral("SKU-00700")), QStringList{QStringLiteral("SKU-00700")});
    QCOMPARE(skus(QStringLiteral("상품 1250")), QStringList{QStringLiteral("SKU-01250")});
}

void TestCatalogRepository::upsertManyIsAllOrNothing()
{
    MADANG_VERIFY_OK(catalog().save(makeItem(QStringLiteral("OLD"), QStringLiteral("Old"), 100, {}, QStringLiteral("111"))));
    const Counts before = counts();
    QList<CatalogItem> items;
    for (int i = 0; i < 600; ++i) {
        items << makeItem(QStringLiteral("N%1").arg(i), QStringLiteral("New %1").arg(i), 100, QStringLiteral("New cat"));
    }
    items[550].barcode = QStringLiteral("111"); // taken by OLD: fails after the first bulk op was queued
    auto result = catalog().upsertMany(items);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Conflict);
    QVERIFY2(result.error().message.contains(QStringLiteral("111")), qPrintable(result.error().message));
    QCOMPARE(counts(), before);

    items[550].barcode.clear();
    items[10].name.clear(); // invalid
    result = catalog().upsertMany(items);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(QStringLiteral("N10")), qPrintable(result.error().message));
    QCOMPARE(counts(), before);
}

void TestCatalogRepository::upsertManyReportsProgress()
{
    QList<CatalogItem> items;
    for (int i = 0; i < 2500; ++i) {
        items << makeItem(QStringLiteral("P%1").arg(i), QStringLiteral("Item %1").arg(i), 100);
    }
    QList<qsizetype> done;
    qsizetype total = -1;
    auto result = catalog().upsertMany(items, [&](qsizetype d, qsizetype t) {
        done << d;
        total = t;
    });
    MADANG_VERIFY_OK(result);
    QVERIFY(!done.isEmpty());
    QCOMPARE(total, 2500);
    QCOMPARE(done.constLast(), 2500);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
}

void TestCatalogRepository::ensureCategoryIsIdempotent()
{
    auto first = catalog().ensureCategory(QStringLiteral("식사"));
    MADANG_VERIFY_OK(first);
    QVERIFY(!first->isEmpty());
    auto again = catalog().ensureCategory(QStringLiteral("식사"));
    MADANG_VERIFY_OK(again);
    QCOMPARE(again.value(), first.value());
    auto padded = catalog().ensureCategory(QStringLiteral("  식사 "));
    MADANG_VERIFY_OK(padded);
    QCOMPARE(padded.value(), first.value());
    QCOMPARE(counts().categories, 1);
    const QList<OutboxOp> created = ops(QStringLiteral("catalog.category.created"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).entityId, first.value());
    QCOMPARE(created.at(0).payload.value(QStringLiteral("name")).toString(), QStringLiteral("식사"));

    auto blank = catalog().ensureCategory(QStringLiteral("  "));
    MADANG_VERIFY_OK(blank);
    QVERIFY(blank->isEmpty());
    QCOMPARE(counts().categories, 1);
    // A save naming the same category reuses it.
    auto item = catalog().save(makeItem(QStringLiteral("M1"), QStringLiteral("비빔밥"), 10000, QStringLiteral("식사")));
    MADANG_VERIFY_OK(item);
    QCOMPARE(item->categoryId, first.value());
    QCOMPARE(counts().categories, 1);
}

void TestCatalogRepository::categoriesInCreationOrder()
{
    for (const char *name : {"식사", "음료", "Alcohol", "사이드"}) {
        MADANG_VERIFY_OK(catalog().ensureCategory(QString::fromUtf8(name)));
    }
    auto list = catalog().categories();
    MADANG_VERIFY_OK(list);
    QStringList names;
    for (const Category &c : list.value()) {
        names << c.name;
    }
    QCOMPARE(names, QStringList({QStringLiteral("식사"), QStringLiteral("음료"), QStringLiteral("Alcohol"),
                                 QStringLiteral("사이드")}));
    QCOMPARE(list->at(0).position, 1);
    QCOMPARE(list->at(3).position, 4);
}

void TestCatalogRepository::skuByBarcode()
{
    MADANG_VERIFY_OK(catalog().save(makeItem(QStringLiteral("A"), QStringLiteral("A"), 1, {}, QStringLiteral("111"))));
    MADANG_VERIFY_OK(catalog().save(makeItem(QStringLiteral("B"), QStringLiteral("B"), 1)));
    MADANG_VERIFY_OK(catalog().save(makeItem(QStringLiteral("C"), QStringLiteral("C"), 1, {}, QStringLiteral("333"))));
    auto owners = catalog().skuByBarcode();
    MADANG_VERIFY_OK(owners);
    QCOMPARE(owners->size(), 2);
    QCOMPARE(owners->value(QStringLiteral("111")), QStringLiteral("A"));
    QCOMPARE(owners->value(QStringLiteral("333")), QStringLiteral("C"));
    auto count = catalog().count();
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), 3);
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
