// The catalog appliers (catalog/catalogappliers.h): a CSV import's catalog.items.upserted, option groups and the
// groups an item offers, made by a real write on terminal A and applied on terminal B (see applierpair.h); ops
// that name an item, a group or a category that B does not have are refused with B unchanged.
#include "applierpair.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "replication/outbox.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace madang;
using namespace madang::test;

namespace {
/// What the rows' writes start from, the same on A and B.
struct Baseline
{
    QString bibimbapId;
    QString colaId;
    QString spiceGroupId;
    QString extrasGroupId;
};

using Write = std::function<Status(Store &, const Baseline &)>;
using Mutate = std::function<void(QJsonObject &)>;

const QString kCategories = QStringLiteral("SELECT id, name FROM categories ORDER BY id");
const QString kItems = QStringLiteral("SELECT id, sku, name, coalesce(category_id, ''), price_minor, vat_bp, "
                                      "duration_min, coalesce(barcode, ''), active FROM items ORDER BY id");
const QString kGroups = QStringLiteral("SELECT id, name, min_choices, max_choices FROM modifier_groups ORDER BY id;"
                                       "SELECT id, group_id, name, price_minor, position FROM modifier_options "
                                       "ORDER BY id");
const QString kItemGroups =
    QStringLiteral("SELECT item_id, group_id, position FROM item_modifier_groups ORDER BY item_id, position");

/// n items of an import: new ones ("I-0001"…) and, first, the baseline's bibimbap at a new price.
QList<CatalogItem> importOf(int n)
{
    QList<CatalogItem> items{
        makeItem(QStringLiteral("M-BIBIM"), QStringLiteral("돌솥 비빔밥"), 11000, QStringLiteral("식사"))};
    for (int i = 1; i < n; ++i) {
        items << makeItem(QStringLiteral("I-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("냉면 %1호").arg(i),
                          8000 + i * 10, i % 2 ? QStringLiteral("면") : QStringLiteral("식사"),
                          i == 1 ? QStringLiteral("8800000000017") : QString());
    }
    return items;
}

ModifierGroup spice(const Baseline &base)
{
    return ModifierGroup{
        base.spiceGroupId,
        QStringLiteral("맵기"),
        1,
        1,
        {ModifierOption{{}, QStringLiteral("순한맛"), 0}, ModifierOption{{}, QStringLiteral("매운맛"), 500}}};
}
} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Mutate)

class TestCatalogAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opFromAAppliedOnB_data();
    void opFromAAppliedOnB();
    void opAboutWhatBLacksIsRefused_data();
    void opAboutWhatBLacksIsRefused();
    void sameSkuAddedOnBothSettlesAlike();

private:
    ApplierPair m_pair;
    Baseline m_base;
};

void TestCatalogAppliers::init()
{
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Restaurant, [this](Store &s) -> Status {
        auto bibimbap = s.catalog().save(
            makeItem(QStringLiteral("M-BIBIM"), QStringLiteral("비빔밥"), 10000, QStringLiteral("식사")));
        PREPARE_OK(bibimbap);
        m_base.bibimbapId = bibimbap->id;
        auto cola = s.catalog().save(makeItem(QStringLiteral("D-COLA"), QStringLiteral("콜라"), 2000,
                                              QStringLiteral("음료"), QStringLiteral("8801234567893")));
        PREPARE_OK(cola);
        m_base.colaId = cola->id;
        auto hot = s.modifiers().saveGroup(spice(m_base));
        PREPARE_OK(hot);
        m_base.spiceGroupId = hot->id;
        auto extras = s.modifiers().saveGroup(
            ModifierGroup{{}, QStringLiteral("추가"), 0, 2, {ModifierOption{{}, QStringLiteral("계란"), 1000}}});
        PREPARE_OK(extras);
        m_base.extrasGroupId = extras->id;
        return s.modifiers().setItemGroups(m_base.bibimbapId, {m_base.spiceGroupId});
    }));
}

void TestCatalogAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestCatalogAppliers::opFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");     // the last op the write queues
    QTest::addColumn<QString>("rows");   // what must be the same on A and B afterwards
    QTest::addColumn<QString>("search"); // also found the same by the catalog search, if set
    const QString catalog = kCategories + QStringLiteral(";") + kItems;

    QTest::newRow("catalog.items.upserted (an import: a new category, new items, one updated)")
        << Write([](Store &s, const Baseline &) { return statusOf(s.catalog().upsertMany(importOf(4))); })
        << QStringLiteral("catalog.items.upserted") << catalog << QStringLiteral("냉면");
    QTest::newRow("catalog.items.upserted (two ops of an import)") << Write([](Store &s, const Baseline &) {
        return statusOf(s.catalog().upsertMany(importOf(CatalogRepository::kItemsPerBulkOp + 20)));
    }) << QStringLiteral("catalog.items.upserted") << catalog << QStringLiteral("돌솥");
    QTest::newRow("catalog.items.upserted (an import whose index A writes on a second thread)")
        << Write([](Store &s, const Baseline &) {
               return statusOf(s.catalog().upsertMany(importOf(CatalogRepository::kParallelIndexAtLeast)));
           })
        << QStringLiteral("catalog.items.upserted") << catalog << QStringLiteral("냉면 1999호");
    QTest::newRow("catalog.items.upserted (an item renamed: the old name is not found)") << Write([](Store &s,
                                                                                                     const Baseline &) {
        return statusOf(s.catalog().upsertMany({makeItem(QStringLiteral("D-COLA"), QStringLiteral("제로 사이다"), 2000,
                                                         QStringLiteral("음료"), QStringLiteral("8801234567893"))}));
    }) << QStringLiteral("catalog.items.upserted") << catalog << QStringLiteral("콜라");
    QTest::newRow("catalog.modifier_group.saved (new)") << Write([](Store &s, const Baseline &) {
        return statusOf(s.modifiers().saveGroup(ModifierGroup{
            {},
            QStringLiteral("사이즈"),
            1,
            1,
            {ModifierOption{{}, QStringLiteral("보통"), 0}, ModifierOption{{}, QStringLiteral("곱빼기"), 2000}}}));
    }) << QStringLiteral("catalog.modifier_group.saved") << kGroups
                                                        << QString();
    QTest::newRow("catalog.modifier_group.saved (renamed, a price changed, an option added)")
        << Write([](Store &s, const Baseline &base) {
               auto groups = s.modifiers().groupsForItem(base.bibimbapId);
               if (!groups || groups->isEmpty()) {
                   return Status(makeError(ErrorCode::NotFound, QStringLiteral("no baseline group")));
               }
               ModifierGroup g = groups->first();
               g.name = QStringLiteral("맵기 선택");
               g.options[1].priceMinor = 700;
               g.options << ModifierOption{{}, QStringLiteral("아주 매운맛"), 1000};
               g.maxChoices = 2;
               return statusOf(s.modifiers().saveGroup(g));
           })
        << QStringLiteral("catalog.modifier_group.saved") << kGroups << QString();
    QTest::newRow("catalog.item_modifiers.set") << Write([](Store &s, const Baseline &base) {
        return s.modifiers().setItemGroups(base.bibimbapId, {base.extrasGroupId, base.spiceGroupId});
    }) << QStringLiteral("catalog.item_modifiers.set")
                                                << kItemGroups << QString();
    QTest::newRow("catalog.item_modifiers.set (none any more)")
        << Write([](Store &s, const Baseline &base) { return s.modifiers().setItemGroups(base.bibimbapId, {}); })
        << QStringLiteral("catalog.item_modifiers.set") << kItemGroups << QString();
}

void TestCatalogAppliers::opFromAAppliedOnB()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(QString, rows);
    QFETCH(QString, search);
    const QString failure = m_pair.replay([&](Store &s) { return write(s, m_base); }, op, rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    if (!search.isEmpty()) {
        const auto ids = [&](Store &s) { return searchIds(s, search); };
        QCOMPARE(ids(m_pair.b()), ids(m_pair.a()));
        // Found on both (an import) or on neither (the renamed cola): the index follows the rows either way.
        QCOMPARE(ids(m_pair.a()).isEmpty(), search == QStringLiteral("콜라"));
    }
}

void TestCatalogAppliers::opAboutWhatBLacksIsRefused_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<Mutate>("mutate"); // turns the write's last op into one about something B lacks
    QTest::addColumn<QString>("rows");  // must stay as they are on B
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says"); // in the message

    const Write assign = [](Store &s, const Baseline &base) {
        return s.modifiers().setItemGroups(base.colaId, {base.extrasGroupId});
    };
    QTest::newRow("catalog.item_modifiers.set for an unknown item")
        << assign << Mutate([](QJsonObject &p) { p.insert(QStringLiteral("item_id"), QStringLiteral("no-such-item")); })
        << kItemGroups << ErrorCode::NotFound << QStringLiteral("Item no-such-item is not in this terminal's catalog");
    QTest::newRow("catalog.item_modifiers.set with an unknown group") << assign << Mutate([](QJsonObject &p) {
        p.insert(QStringLiteral("groups"), QJsonArray{QStringLiteral("no-such-group")});
    }) << kItemGroups << ErrorCode::NotFound << QStringLiteral("Option group no-such-group is not on this terminal");
    QTest::newRow("catalog.item_modifiers.set naming a group twice") << assign << Mutate([](QJsonObject &p) {
        const QString group = p.value(QStringLiteral("groups")).toArray().at(0).toString();
        p.insert(QStringLiteral("groups"), QJsonArray{group, group});
    }) << kItemGroups << ErrorCode::InvalidInput << QStringLiteral("has no valid \"groups\"");
    QTest::newRow("catalog.items.upserted into a category B lacks")
        << Write([](Store &s, const Baseline &) {
               return statusOf(s.catalog().upsertMany(
                   {makeItem(QStringLiteral("N-1"), QStringLiteral("물냉면"), 9000, QStringLiteral("식사"))}));
           })
        << Mutate([](QJsonObject &p) {
               QJsonArray rows = p.value(QStringLiteral("rows")).toArray();
               QJsonArray row = rows.at(0).toArray();
               row[3] = QStringLiteral("no-such-category");
               rows[0] = row;
               p.insert(QStringLiteral("rows"), rows);
           })
        << kCategories + QStringLiteral(";") + kItems << ErrorCode::NotFound
        << QStringLiteral("The category of N-1 is not in the catalog yet.");
    QTest::newRow("catalog.items.upserted with a row short of a column") << Write([](Store &s, const Baseline &) {
        return statusOf(s.catalog().upsertMany(importOf(3)));
    }) << Mutate([](QJsonObject &p) {
        QJsonArray rows = p.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(2).toArray();
        row.removeLast();
        rows[2] = row;
        p.insert(QStringLiteral("rows"), rows);
    }) << kItems << ErrorCode::InvalidInput << QStringLiteral("Row 3 of \"catalog.items.upserted\"");
    QTest::newRow("catalog.items.upserted with a price of the wrong type") << Write([](Store &s, const Baseline &) {
        return statusOf(s.catalog().upsertMany(importOf(3)));
    }) << Mutate([](QJsonObject &p) {
        QJsonArray rows = p.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(1).toArray();
        row[4] = QStringLiteral("9000");
        rows[1] = row;
        p.insert(QStringLiteral("rows"), rows);
    }) << kItems << ErrorCode::InvalidInput << QStringLiteral("Row 2: The payload of");
}

void TestCatalogAppliers::opAboutWhatBLacksIsRefused()
{
    QFETCH(Write, write);
    QFETCH(Mutate, mutate);
    QFETCH(QString, rows);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    const QString failure =
        m_pair.refusesChanged([&](Store &s) { return write(s, m_base); }, QString(), mutate, rows, code, says);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCatalogAppliers::sameSkuAddedOnBothSettlesAlike()
{
    // A and B each add a cold noodle under the same SKU and barcode while apart, then each applies the other's op:
    // both end with the same two items, the older keeping the SKU and barcode, and nothing queued by settling it.
    const QString barcode = QStringLiteral("8800000000099");
    auto fromA = m_pair.opsOf([&](Store &s) {
        return statusOf(s.catalog().save(makeItem(QStringLiteral("N-1"), QStringLiteral("물냉면"), 9000, {}, barcode)));
    });
    MADANG_VERIFY_OK(fromA);
    const qint64 seenOnB = queryInt(m_pair.bDb(), QStringLiteral("SELECT max(seq) FROM outbox"));
    MADANG_VERIFY_OK(
        m_pair.b().catalog().save(makeItem(QStringLiteral("N-1"), QStringLiteral("비빔냉면"), 9500, {}, barcode)));
    auto pendingOnB = Outbox::pending(m_pair.bDb(), 1000);
    MADANG_VERIFY_OK(pendingOnB);
    QList<OutboxOp> fromB;
    for (const OutboxOp &op : pendingOnB.value()) {
        if (op.seq > seenOnB) {
            fromB << op;
        }
    }
    QCOMPARE(fromB.size(), 1);
    const qint64 outboxA = m_pair.outboxRows(m_pair.aDb());
    const qint64 outboxB = m_pair.outboxRows(m_pair.bDb());
    auto appliersOnA = makeAppliers(m_pair.a());
    for (const OutboxOp &op : fromA.value()) {
        MADANG_VERIFY_OK(m_pair.appliers().apply(op));
    }
    for (const OutboxOp &op : std::as_const(fromB)) {
        MADANG_VERIFY_OK(appliersOnA->apply(op));
    }
    QCOMPARE(snapshot(m_pair.bDb(), kItems), snapshot(m_pair.aDb(), kItems));
    const QString older =
        queryString(m_pair.aDb(), QStringLiteral("SELECT min(id) FROM items WHERE name LIKE '%냉면'"));
    QCOMPARE(
        queryString(m_pair.aDb(), QStringLiteral("SELECT sku || '/' || barcode FROM items WHERE id = '%1'").arg(older)),
        QStringLiteral("N-1/") + barcode);
    QCOMPARE(queryInt(m_pair.aDb(), QStringLiteral("SELECT count(*) FROM items WHERE sku LIKE 'N-1~%' AND barcode IS "
                                                   "NULL AND id > '%1'")
                                        .arg(older)),
             1);
    QCOMPARE(searchIds(m_pair.b(), QStringLiteral("냉면")), searchIds(m_pair.a(), QStringLiteral("냉면")));
    QCOMPARE(searchIds(m_pair.a(), QStringLiteral("냉면")).size(), 2);
    QCOMPARE(m_pair.outboxRows(m_pair.aDb()), outboxA);
    QCOMPARE(m_pair.outboxRows(m_pair.bDb()), outboxB);
}

QTEST_GUILESS_MAIN(TestCatalogAppliers)
#include "tst_catalogappliers.moc"
