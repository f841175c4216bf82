// SearchIndex and BulkIndexer: the catalog's search index in its own file, rebuilt whenever it does not
// match the items, and written on a second thread by big imports that commit or roll back with the items.
#include "catalog/catalogrepository.h"
#include "catalog/search/searchindex.h"
#include "fakeclock.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
const QString kDbName = QStringLiteral("madang.db");

/// n items, enough for upsertMany's parallel path; item k is "김치찌개 k" with sku S-k.
QList<CatalogItem> manyItems(int n, const QString &dish = QStringLiteral("김치찌개"))
{
    QList<CatalogItem> items;
    for (int k = 0; k < n; ++k) {
        items << makeItem(QStringLiteral("S-%1").arg(k), QStringLiteral("%1 %2").arg(dish).arg(k), 1000 + k,
                          QStringLiteral("식사"), QStringLiteral("880%1").arg(k, 10, 10, QLatin1Char('0')));
    }
    return items;
}

QStringList skus(Store &store, const QString &text, int limit = 50)
{
    QStringList found;
    auto result = store.catalog().search(text, limit);
    if (!result) {
        found << QStringLiteral("error: ") + result.error().message;
        return found;
    }
    for (const CatalogItem &item : result.value()) {
        found << item.sku;
    }
    return found;
}
} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseHasItsIndexFile();
    void mismatchIsRebuiltOnOpen_data();
    void mismatchIsRebuiltOnOpen();
    void staleIndexIsRebuiltBeforeSearching();
    void bulkImportIndexesOnSecondThread();
    void bulkImportReplacesOldEntries();
    void editTakesBackTheOldEntry_data();
    void editTakesBackTheOldEntry();
    void indexFailureSavesNothing();
    void itemFailureLeavesIndexAsItWas();
    void readOnlyWithoutIndexBuildsItsOwn();

private:
    FakeClock m_clock;
};

void TestSearchIndex::freshDatabaseHasItsIndexFile()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    QCOMPARE(SearchIndex::pathFor(dir.filePath(kDbName)), dir.filePath(QStringLiteral("madang.db.search")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("madang.db.search"))));
    QVERIFY(SearchIndex::isCurrent(store.value()->database().connection()));
    QCOMPARE(queryString(store.value()->database().connection(),
                         QStringLiteral("SELECT value FROM search.meta WHERE key = 'format'")),
             QString::number(SearchIndex::kFormat));
}

void TestSearchIndex::mismatchIsRebuiltOnOpen_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("crash between the two commits") << QStringLiteral("generation");
    QTest::newRow("index file deleted") << QStringLiteral("delete");
    QTest::newRow("index file is garbage") << QStringLiteral("garbage");
    QTest::newRow("index of an older format") << QStringLiteral("format");
    QTest::newRow("index file of another database") << QStringLiteral("foreign");
}

void TestSearchIndex::mismatchIsRebuiltOnOpen()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString indexPath = SearchIndex::pathFor(dir.filePath(kDbName));
    {
        auto store = openStore(dir, m_clock);
        MADANG_VERIFY_OK(store);
        MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(30)));
        QSqlDatabase db = store.value()->database().connection();
        if (damage == QLatin1String("generation")) {
            // What a crash after the items' commit and before the index's leaves behind.
            QVERIFY(execSql(db, QStringLiteral("UPDATE search_state SET generation = 'x'")));
        } else if (damage == QLatin1String("format")) {
            QVERIFY(execSql(db, QStringLiteral("UPDATE search.meta SET value = '0' WHERE key = 'format'")));
        }
    }
    if (damage == QLatin1String("delete")) {
        QVERIFY(QFile::remove(indexPath));
    } else if (damage == QLatin1String("garbage")) {
        QVERIFY(writeFile(indexPath, QByteArray(8192, 'x')));
        QFile::remove(indexPath + QStringLiteral("-wal"));
        QFile::remove(indexPath + QStringLiteral("-shm"));
    } else if (damage == QLatin1String("foreign")) {
        // Another terminal's index: five other items, its own generation.
        QTemporaryDir other;
        {
            auto store = openStore(other, m_clock);
            MADANG_VERIFY_OK(store);
            MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(5, QStringLiteral("된장찌개"))));
        }
        QVERIFY(QFile::remove(indexPath));
        QVERIFY(QFile::copy(SearchIndex::pathFor(other.filePath(kDbName)), indexPath));
    }

    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    QSqlDatabase db = store.value()->database().connection();
    QVERIFY(SearchIndex::isCurrent(db));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 30);
    QCOMPARE(skus(*store.value(), QStringLiteral("S-17")), QStringList{QStringLiteral("S-17")});
    QCOMPARE(skus(*store.value(), QStringLiteral("찌개")).size(), 30);
    QCOMPARE(skus(*store.value(), QStringLiteral("된장")), QStringList());
}

void TestSearchIndex::staleIndexIsRebuiltBeforeSearching()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(10)));
    QSqlDatabase db = store.value()->database().connection();
    // The index lost its rows and its stamp (as if its commit had failed after the items').
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO search.item_search (item_search) VALUES ('delete-all')")));
    QVERIFY(execSql(db, QStringLiteral("UPDATE search.meta SET value = 'old' WHERE key = 'generation'")));
    QVERIFY(!SearchIndex::isCurrent(db));
    QCOMPARE(skus(*store.value(), QStringLiteral("S-3")), QStringList{QStringLiteral("S-3")});
    QVERIFY(SearchIndex::isCurrent(db));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 10);
}

void TestSearchIndex::bulkImportIndexesOnSecondThread()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    const int n = CatalogRepository::kParallelIndexAtLeast + 500;
    auto written = store.value()->catalog().upsertMany(manyItems(n));
    MADANG_VERIFY_OK(written);
    QCOMPARE(written->created, n);
    QSqlDatabase db = store.value()->database().connection();
    QVERIFY(SearchIndex::isCurrent(db));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), n);
    // Every index row points at its item: the row ids were settled before the two threads started. (The
    // index keeps no text, so each item's own sku number must find its row id.)
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM items i WHERE i.rid IN (SELECT rowid & %1 FROM "
                                         "search.item_search WHERE item_search MATCH '\"' || substr(i.sku, 3) || '\"')")
                              .arg(SearchIndex::kRidMask)),
             n);
    // ... and in the order of the items' names from one order key to the next (SearchIndex::entryRowid), which
    // search relies on: only entries of one key group may be out of name order.
    QCOMPARE(queryInt(db, QStringLiteral("WITH e AS (SELECT rowid AS r, lead(rowid) OVER (ORDER BY rowid) AS next "
                                         "FROM search.item_search) SELECT count(*) FROM e JOIN items i ON i.rid = "
                                         "(e.r & %1) JOIN items j ON j.rid = (e.next & %1) "
                                         "WHERE i.name > j.name COLLATE NOCASE AND (e.r >> %2) <> (e.next >> %2)")
                              .arg(SearchIndex::kRidMask)
                              .arg(SearchIndex::kRidBits)),
             0);
    QCOMPARE(skus(*store.value(), QStringLiteral("S-2499")), QStringList{QStringLiteral("S-2499")});
    QCOMPARE(skus(*store.value(), QStringLiteral("8800000001234")), QStringList{QStringLiteral("S-1234")});
    QCOMPARE(skus(*store.value(), QStringLiteral("ㄱㅊㅉㄱ 1777")), QStringList{QStringLiteral("S-1777")});
}

void TestSearchIndex::bulkImportReplacesOldEntries()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    const int n = CatalogRepository::kParallelIndexAtLeast;
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(n)));
    // The same skus again with other names: every entry is replaced, none added.
    auto written = store.value()->catalog().upsertMany(manyItems(n, QStringLiteral("순두부")));
    MADANG_VERIFY_OK(written);
    QCOMPARE(written->updated, n);
    QSqlDatabase db = store.value()->database().connection();
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), n);
    QCOMPARE(skus(*store.value(), QStringLiteral("김치")), QStringList());
    QCOMPARE(skus(*store.value(), QStringLiteral("순두부 5")).first(), QStringLiteral("S-5"));
    QVERIFY(SearchIndex::isCurrent(db));
}

void TestSearchIndex::editTakesBackTheOldEntry_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("oldQuery");
    QTest::addColumn<QString>("newQuery");
    QTest::newRow("renamed") << QStringLiteral("name") << QStringLiteral("순두부찌개") << QStringLiteral("김치 1")
                             << QStringLiteral("ㅅㄷㅂ");
    QTest::newRow("new sku") << QStringLiteral("sku") << QStringLiteral("Q-77") << QStringLiteral("S-1")
                             << QStringLiteral("Q-77");
    QTest::newRow("new barcode") << QStringLiteral("barcode") << QStringLiteral("8809999999999")
                                 << QStringLiteral("8800000000001") << QStringLiteral("8809999");
    QTest::newRow("barcode removed") << QStringLiteral("barcode") << QString() << QStringLiteral("8800000000001")
                                     << QString();
}

void TestSearchIndex::editTakesBackTheOldEntry()
{
    // The index keeps no copy of what it indexed: an edit must hand back exactly the old values, or the
    // old words would still find the item.
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, oldQuery);
    QFETCH(QString, newQuery);
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(3)));
    auto item = store.value()->catalog().findBySku(QStringLiteral("S-1"));
    MADANG_VERIFY_OK(item);
    QVERIFY(item->has_value());
    CatalogItem edited = item->value();
    (field == u"name" ? edited.name : field == u"sku" ? edited.sku : edited.barcode) = value;
    MADANG_VERIFY_OK(store.value()->catalog().save(edited));
    QCOMPARE(skus(*store.value(), oldQuery), QStringList());
    if (!newQuery.isEmpty()) {
        QCOMPARE(skus(*store.value(), newQuery), QStringList{edited.sku});
    }
    // The other items keep their entries, and FTS5 finds its structure sound.
    QCOMPARE(skus(*store.value(), QStringLiteral("S-2")), QStringList{QStringLiteral("S-2")});
    QSqlDatabase db = store.value()->database().connection();
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 3);
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO search.item_search (item_search) VALUES ('integrity-check')")));
}

void TestSearchIndex::indexFailureSavesNothing()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    QSqlDatabase db = store.value()->database().connection();
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(3)));
    const qint64 outbox = queryInt(db, QStringLiteral("SELECT count(*) FROM outbox"));
    // The index writer's last step fails; the items, written meanwhile, must go with it.
    QVERIFY(execSql(db, QStringLiteral("CREATE TRIGGER search.refuse BEFORE INSERT ON meta "
                                       "BEGIN SELECT RAISE(ABORT, 'index refused'); END")));
    auto written = store.value()->catalog().upsertMany(manyItems(CatalogRepository::kParallelIndexAtLeast + 10));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("index refused")), qPrintable(written.error().message));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM items")), 3);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 3);
    QVERIFY(SearchIndex::isCurrent(db));
    QCOMPARE(queryString(db, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
}

void TestSearchIndex::itemFailureLeavesIndexAsItWas()
{
    QTemporaryDir dir;
    auto store = openStore(dir, m_clock);
    MADANG_VERIFY_OK(store);
    QSqlDatabase db = store.value()->database().connection();
    MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(3)));
    // The item rows fail near the end, after the index thread has written all of its rows.
    QVERIFY(execSql(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON items WHEN new.sku = 'S-2005' "
                                       "BEGIN SELECT RAISE(ABORT, 'item refused'); END")));
    auto written = store.value()->catalog().upsertMany(manyItems(CatalogRepository::kParallelIndexAtLeast + 10));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("item refused")), qPrintable(written.error().message));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM items")), 3);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 3);
    QVERIFY(SearchIndex::isCurrent(db));
    QCOMPARE(skus(*store.value(), QStringLiteral("S-2000")), QStringList());
}

void TestSearchIndex::readOnlyWithoutIndexBuildsItsOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(kDbName);
    {
        auto store = openStore(dir, m_clock);
        MADANG_VERIFY_OK(store);
        MADANG_VERIFY_OK(store.value()->catalog().upsertMany(manyItems(4)));
    }
    QVERIFY(QFile::remove(SearchIndex::pathFor(path)));
    auto store = Store::open(path, Database::Mode::ReadOnly, m_clock);
    MADANG_VERIFY_OK(store);
    // A backup copy, say: searching builds an index in the connection's memory and writes no file.
    auto all = store.value()->catalog().search(QString(), 10);
    MADANG_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(skus(*store.value(), QStringLiteral("ㄱㅊ 2")), QStringList{QStringLiteral("S-2")});
    QVERIFY(SearchIndex::hasTemporary(store.value()->database().connection()));
    QCOMPARE(skus(*store.value(), QStringLiteral("찌개")).size(), 4);
    QVERIFY(!QFile::exists(SearchIndex::pathFor(path)));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
