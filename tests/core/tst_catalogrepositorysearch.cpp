// CatalogRepository::search: Hangul prefixes, infixes and initials, sku and barcode, odd queries, name order.
#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "catalogrepositoryfixture.h"

#include <QSqlError>
#include <QSqlQuery>

class TestCatalogRepositorySearch : public QObject, protected CatalogRepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void search_data();
    void search();
    void searchQueriesThatMustNotBreakFts_data();
    void searchQueriesThatMustNotBreakFts();
    void punctuationOnlyQueryListsAll();
    void emptyQueryListsAllByName();
    void searchLimitKeepsNameOrder();
    void searchFollowsRenames();
    void filterByCategoryAndForSale();
    void firstPageIsTheFirstByName_data();
    void firstPageIsTheFirstByName();
};

void TestCatalogRepositorySearch::search_data()
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

void TestCatalogRepositorySearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    addSearchFixture();
    QCOMPARE(skus(query), expected);
}

void TestCatalogRepositorySearch::searchQueriesThatMustNotBreakFts_data()
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

void TestCatalogRepositorySearch::searchQueriesThatMustNotBreakFts()
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

void TestCatalogRepositorySearch::punctuationOnlyQueryListsAll()
{
    addSearchFixture();
    const QStringList all = skus(QString());
    QCOMPARE(all.size(), 9);
    QCOMPARE(skus(QStringLiteral("!!!")), all);
    QCOMPARE(skus(QStringLiteral("- * ( )")), all);
    QCOMPARE(skus(QStringLiteral("   ")), all);
}

void TestCatalogRepositorySearch::emptyQueryListsAllByName()
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

void TestCatalogRepositorySearch::searchLimitKeepsNameOrder()
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

void TestCatalogRepositorySearch::searchFollowsRenames()
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

void TestCatalogRepositorySearch::filterByCategoryAndForSale()
{
    addSearchFixture();
    auto categories = catalog().categories();
    MADANG_VERIFY_OK(categories);
    QString meals;
    for (const Category &c : categories.value()) {
        if (c.name == QStringLiteral("식사")) {
            meals = c.id;
        }
    }
    QVERIFY(!meals.isEmpty());
    const auto skusOf = [this](const QString &text, const CatalogFilter &filter) {
        auto found = catalog().search(text, 200, filter);
        QStringList out;
        for (const CatalogItem &item : found.value()) {
            out << item.sku;
        }
        return out;
    };
    QCOMPARE(skusOf(QString(), {meals, false}),
             QStringList({QStringLiteral("M-KIMBAP"), QStringLiteral("M-KIMCHI"), QStringLiteral("M-DOENJANG")}));
    QCOMPARE(skusOf(QStringLiteral("김치"), {meals, false}), QStringList{QStringLiteral("M-KIMCHI")});

    auto kimbap = catalog().findBySku(QStringLiteral("M-KIMBAP"));
    MADANG_VERIFY_OK(kimbap);
    CatalogItem off = *kimbap.value();
    off.active = false;
    MADANG_VERIFY_OK(catalog().save(off));
    QCOMPARE(skusOf(QString(), {meals, true}), QStringList({QStringLiteral("M-KIMCHI"), QStringLiteral("M-DOENJANG")}));
    QCOMPARE(skusOf(QStringLiteral("김"), {{}, true}),
             QStringList({QStringLiteral("S-KIMCHIJEON"), QStringLiteral("M-KIMCHI"), QStringLiteral("P-KIMCHI-TO")}));
    QVERIFY(skusOf(QStringLiteral("김"), {}).contains(QStringLiteral("M-KIMBAP")));
}

void TestCatalogRepositorySearch::firstPageIsTheFirstByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("activeOnly");
    QTest::addColumn<bool>("oneCategory");
    const auto row = [](const char *tag, const char *query, int limit, bool activeOnly = false,
                        bool oneCategory = false) {
        QTest::newRow(tag) << QString::fromUtf8(query) << limit << activeOnly << oneCategory;
    };
    // The shapes that read only the first matches by name (see CatalogRepository::matchingRids), many names
    // sharing their first syllables or letters, as salon and café menus do.
    row("one syllable", "성", 50);
    row("one syllable, first of a shared start", "여", 50);
    row("two syllables", "여성", 50);
    row("one syllable, everything", "커", -1);
    row("one letter, page of one", "c", 1);
    row("one letter, upper case", "C", 50);
    row("two letters, odd page", "cl", 7);
    row("one letter, page past the matches", "z", 400);
    row("accent folded", "e", 50);
    row("initial consonant", "ㅋ", 50);
    row("initials", "ㅇㅅ", 50);
    row("digit", "1", 50);
    row("Chinese", "中", 50);
    row("two words", "커트 a", 30);
    row("sku prefix", "T-1", 50);
    row("barcode prefix", "88000", 50);
    row("no hit", "xylophone", 50);
    row("for sale only", "성", 250, true);
    row("one category", "김", 50, false, true);
    row("both filters", "커트", 5, true, true);
}

void TestCatalogRepositorySearch::firstPageIsTheFirstByName()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    QFETCH(bool, activeOnly);
    QFETCH(bool, oneCategory);
    // More items than the bulk write indexes on its own (a second thread), names that share long beginnings,
    // that differ only in case or accents, the same name more than once, and characters beyond Hangul.
    const QStringList starts{QStringLiteral("여성 커트"),     QStringLiteral("여성 펌"),
                             QStringLiteral("남성 커트"),     QStringLiteral("원장 디자인 커트"),
                             QStringLiteral("Classic"),       QStringLiteral("classic"),
                             QStringLiteral("CLASSIC Latte"), QStringLiteral("Clé"),
                             QStringLiteral("김치찌개"),      QStringLiteral("김밥"),
                             QStringLiteral("ㅋㅋ 세트"),     QStringLiteral("😀 Smile"),
                             QStringLiteral("中华 面"),       QStringLiteral("Ärger"),
                             QStringLiteral("zz top")};
    const QStringList ends{QStringLiteral("A"),  QStringLiteral("b"), QStringLiteral("가"), QStringLiteral("나"),
                           QStringLiteral("10"), QStringLiteral("2"), QStringLiteral("é")};
    QList<CatalogItem> items;
    const int n = CatalogRepository::kParallelIndexAtLeast + 400;
    for (int k = 0; k < n; ++k) {
        const QString name = k % 50 == 0 ? starts.at(0)
                                         : QStringLiteral("%1 %2 %3")
                                               .arg(starts.at(k % starts.size()), ends.at((k / 3) % ends.size()))
                                               .arg(k % 41);
        CatalogItem item = makeItem(QStringLiteral("T-%1").arg(k), name, 1000,
                                    k % 3 == 0 ? QStringLiteral("식사") : QStringLiteral("음료"),
                                    k % 4 == 0 ? QStringLiteral("880%1").arg(k, 10, 10, QLatin1Char('0')) : QString());
        item.active = k % 5 != 0;
        items << item;
    }
    MADANG_VERIFY_OK(catalog().upsertMany(items));
    CatalogFilter filter;
    filter.activeOnly = activeOnly;
    if (oneCategory) {
        for (const Category &c : catalog().categories().value()) {
            if (c.name == QStringLiteral("식사")) {
                filter.categoryId = c.id;
            }
        }
    }
    auto found = catalog().search(query, limit, filter);
    MADANG_VERIFY_OK(found);
    QStringList got;
    for (const CatalogItem &item : found.value()) {
        got << item.sku;
    }
    // What sorting every match gives.
    QSqlQuery q(conn());
    q.prepare(
        QStringLiteral(
            "SELECT i.sku FROM items i WHERE i.rid IN (SELECT rowid & %1 FROM search.item_search "
            "WHERE item_search MATCH ?) AND (coalesce(?, '') = '' OR i.category_id = ?) AND (? = 0 OR i.active = 1) "
            "ORDER BY i.name COLLATE NOCASE, i.rid LIMIT ?")
            .arg(SearchIndex::kRidMask));
    q.addBindValue(CatalogSearch::matchExpression(query));
    q.addBindValue(filter.categoryId);
    q.addBindValue(filter.categoryId);
    q.addBindValue(activeOnly ? 1 : 0);
    q.addBindValue(limit);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList expected;
    while (q.next()) {
        expected << q.value(0).toString();
    }
    QVERIFY(limit < 0 || got.size() <= limit);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestCatalogRepositorySearch)
#include "tst_catalogrepositorysearch.moc"
