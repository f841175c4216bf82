// CatalogRepository::search: Hangul prefixes, infixes and initials, sku and barcode, odd queries, name order.
#include "catalogrepositoryfixture.h"

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

QTEST_GUILESS_MAIN(TestCatalogRepositorySearch)
#include "tst_catalogrepositorysearch.moc"

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
