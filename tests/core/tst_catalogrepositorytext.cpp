// CatalogRepository and clean text: names, categories and barcodes with control characters, text direction
// controls or too many characters are refused by save, upsertMany and ensureCategory, and nothing is written.
#include "catalogrepositoryfixture.h"

class TestCatalogRepositoryText : public QObject, protected CatalogRepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void saveRefusesUncleanText_data();
    void saveRefusesUncleanText();
};

void TestCatalogRepositoryText::saveRefusesUncleanText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QString>("says");

    QTest::newRow("ESC in the category") << QStringLiteral("Americano")
                                         << (QStringLiteral("Coffee") + QChar(0x1B) + QStringLiteral("[31m"))
                                         << QString()
                                         << QStringLiteral("The category contains a control character (U+001B) at "
                                                           "position 7.");
    QTest::newRow("a megabyte of category")
        << QStringLiteral("Americano") << QString(1024 * 1024, QLatin1Char('c')) << QString()
        << QStringLiteral("The category is 1048576 characters; the maximum is 40.");
    QTest::newRow("category of 41 characters") << QStringLiteral("Americano") << QString(41, QChar(0xC2DD)) << QString()
                                               << QStringLiteral("The category is 41 characters; the maximum is 40.");
    QTest::newRow("right-to-left override in the name")
        << (QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("exe.txt")) << QStringLiteral("Coffee") << QString()
        << QStringLiteral("The name contains a text direction control (U+202E) at position 4.");
    QTest::newRow("NUL in the name") << (QStringLiteral("Ameri") + QChar(0) + QStringLiteral("cano")) << QString()
                                     << QString()
                                     << QStringLiteral("The name contains a control character (U+0000) at position 6.");
    QTest::newRow("C1 control in the barcode")
        << QStringLiteral("Americano") << QString() << (QStringLiteral("880") + QChar(0x9B))
        << QStringLiteral("The barcode contains a control character (U+009B) at position 4.");
}

void TestCatalogRepositoryText::saveRefusesUncleanText()
{
    QFETCH(QString, name);
    QFETCH(QString, category);
    QFETCH(QString, barcode);
    QFETCH(QString, says);

    auto saved = catalog().save(makeItem(QStringLiteral("A1"), name, 4500, category, barcode));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(saved.error().message, says);
    QCOMPARE(counts(), Counts{});
    // The same item in bulk is refused the same way, naming its SKU; a category alone too.
    auto bulk = catalog().upsertMany({makeItem(QStringLiteral("A1"), name, 4500, category, barcode)});
    QVERIFY(!bulk.ok());
    QCOMPARE(bulk.error().message, QStringLiteral("Item A1: ") + says);
    QCOMPARE(counts(), Counts{});
    if (!category.isEmpty() && !says.startsWith(QLatin1String("The name"))) {
        auto alone = catalog().ensureCategory(category);
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error().message, says);
        QCOMPARE(counts(), Counts{});
    }
}

QTEST_GUILESS_MAIN(TestCatalogRepositoryText)
#include "tst_catalogrepositorytext.moc"
