// CatalogRepository writes: create, update, conflicts, bulk upserts with their outbox ops, categories.
#include "catalogrepositoryfixture.h"

#include <QMap>
#include <QSqlQuery>

class TestCatalogRepository : public QObject, protected CatalogRepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void createItem();
    void updateItem();
    void saveTrimsFields();
    void saveRejectsInvalidItem();
    void updateOfMissingItem();
    void conflicts_data();
    void conflicts();
    void findMissing();
    void upsertManyCreatesAndUpdates();
    void upsertManyIsAllOrNothing();
    void upsertManyReportsProgress();
    void bigUpsertRebuildsIndexes_data();
    void bigUpsertRebuildsIndexes();
    void ensureCategoryIsIdempotent();
    void categoriesInCreationOrder();
    void skuByBarcode();
};

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
    auto saved = catalog().save(
        makeItem(QStringLiteral(" A1 "), QStringLiteral("  Americano "), 4500, {}, QStringLiteral(" 0123 ")));
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
    QTest::newRow("new item, taken sku") << false << "A1"
                                         << ""
                                         << "A1";
    QTest::newRow("new item, taken barcode") << false << "B9"
                                             << "8801000000001"
                                             << "8801000000001";
    QTest::newRow("edit, taken sku") << true << "A1"
                                     << ""
                                     << "A1";
    QTest::newRow("edit, taken barcode") << true << "B2"
                                         << "8801000000001"
                                         << "8801000000001";
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
    MADANG_VERIFY_OK(
        catalog().save(makeItem(QStringLiteral("OLD"), QStringLiteral("Old"), 100, {}, QStringLiteral("111"))));
    const Counts before = counts();
    QList<CatalogItem> items;
    for (int i = 0; i < 600; ++i) {
        items << makeItem(QStringLiteral("N%1").arg(i), QStringLiteral("New %1").arg(i), 100,
                          QStringLiteral("New cat"));
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

namespace {
/// The items table's indexes as the schema holds them: name -> CREATE statement.
QMap<QString, QString> itemIndexes(const QSqlDatabase &db)
{
    QMap<QString, QString> indexes;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'index' AND "
                          "tbl_name = 'items'"));
    while (q.next()) {
        indexes.insert(q.value(0).toString(), q.value(1).toString());
    }
    return indexes;
}
} // namespace

void TestCatalogRepository::bigUpsertRebuildsIndexes_data()
{
    QTest::addColumn<bool>("failAtTheEnd");
    QTest::newRow("saved") << false;
    QTest::newRow("refused by the last row") << true;
}

// An import of at least DeferredIndexes::kAtLeast new items drops the name and category indexes and
// builds them again in its transaction: afterwards they are exactly what the migrations made, and the
// name-ordered listing uses them; an import that fails leaves them as they were.
void TestCatalogRepository::bigUpsertRebuildsIndexes()
{
    QFETCH(bool, failAtTheEnd);
    MADANG_VERIFY_OK(
        catalog().save(makeItem(QStringLiteral("OLD"), QStringLiteral("Old"), 100, {}, QStringLiteral("111"))));
    const QMap<QString, QString> before = itemIndexes(conn());
    QVERIFY(before.contains(QStringLiteral("items_name")));
    QVERIFY(before.contains(QStringLiteral("items_category")));
    const Counts countsBefore = counts();
    QList<CatalogItem> items;
    for (int i = 0; i < 12000; ++i) {
        items << makeItem(QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("상품 %1").arg(11999 - i), 100 + i, QStringLiteral("분류 %1").arg(i % 7));
    }
    if (failAtTheEnd) {
        items.last().barcode = QStringLiteral("111"); // OLD's: refused by the unique index while rows are written
    }
    auto result = catalog().upsertMany(items);
    QCOMPARE(result.ok(), !failAtTheEnd);
    QCOMPARE(itemIndexes(conn()), before);
    if (failAtTheEnd) {
        QCOMPARE(counts(), countsBefore);
        return;
    }
    QCOMPARE(result->created, 12000);
    QSqlQuery check(conn());
    QVERIFY(check.exec(QStringLiteral("PRAGMA main.integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM items WHERE category_id = 'x'")) &&
            check.next());
    QVERIFY2(check.value(3).toString().contains(QStringLiteral("items_category")),
             qPrintable(check.value(3).toString()));
    auto first = catalog().search(QString(), 3);
    MADANG_VERIFY_OK(first);
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).name, QStringLiteral("Old"));
    QCOMPARE(first->at(1).name, QStringLiteral("상품 0"));
    QCOMPARE(first->at(1).sku, QStringLiteral("B11999"));
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
