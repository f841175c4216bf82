#include "catalogrepositoryfixture.h"

Counts CatalogRepositoryFixture::counts()
{
    return Counts{queryInt(conn(), QStringLiteral("SELECT count(*) FROM items")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM categories")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")),
                  queryInt(conn(), QStringLiteral("SELECT count(*) FROM search.item_search"))};
}

QList<OutboxOp> CatalogRepositoryFixture::ops(const QString &name)
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

QStringList CatalogRepositoryFixture::skus(const QString &query, int limit)
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

void CatalogRepositoryFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void CatalogRepositoryFixture::tearDown()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void CatalogRepositoryFixture::addSearchFixture()
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
