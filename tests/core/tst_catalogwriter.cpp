// CatalogWriter's bulk outbox payload: written as canonical JSON by hand for speed, so it must parse to
// exactly what itemPayload() says about each item, whatever the text holds.
#include "catalog/catalogwriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestCatalogWriter : public QObject
{
    Q_OBJECT

private slots:
    void bulkPayloadParsesToEachItem_data();
    void bulkPayloadParsesToEachItem();
    void bulkPayloadCoversOnlyItsRange();
};

void TestCatalogWriter::bulkPayloadParsesToEachItem_data()
{
    QTest::addColumn<CatalogItem>("item");
    QTest::newRow("plain") << makeItem(QStringLiteral("A-1"), QStringLiteral("Latte"), 4500, {},
                                       QStringLiteral("8801234567890"));
    QTest::newRow("korean") << makeItem(QStringLiteral("K-1"), QStringLiteral("김치찌개 (큰)"), 9000);
    QTest::newRow("quote and backslash") << makeItem(QStringLiteral("Q\"1\\"), QStringLiteral("12\" \\ pizza"), 1);
    QTest::newRow("control characters") << makeItem(QStringLiteral("C-1"), QStringLiteral("tab\there\nline\x01"), 0);
    QTest::newRow("outside the BMP") << makeItem(QStringLiteral("E-1"), QStringLiteral("케이크 🎂"), 32000);
    CatalogItem inactive = makeItem(QStringLiteral("I-1"), QStringLiteral("Old perm"), 120000);
    inactive.active = false;
    inactive.durationMin = 150;
    inactive.vatBasisPoints = 0;
    inactive.categoryId = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
    QTest::newRow("inactive, timed, in a category") << inactive;
    QTest::newRow("large price") << makeItem(QStringLiteral("L-1"), QStringLiteral("Big"), 9007199254740991);
}

void TestCatalogWriter::bulkPayloadParsesToEachItem()
{
    QFETCH(CatalogItem, item);
    item.id = QStringLiteral("0190a1b2-0000-7000-8000-00000000abcd");
    const QByteArray payload = bulkItemsPayload({item}, 0, 1);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + u' ' + QString::fromUtf8(payload)));
    const QJsonArray columns = doc.object().value(QStringLiteral("columns")).toArray();
    const QJsonArray rows = doc.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QJsonObject parsed;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        parsed.insert(columns.at(i).toString(), rows.at(0).toArray().at(i));
    }
    QCOMPARE(parsed, itemPayload(item));
}

void TestCatalogWriter::bulkPayloadCoversOnlyItsRange()
{
    QList<CatalogItem> items;
    for (int i = 0; i < 5; ++i) {
        items << makeItem(QStringLiteral("S-%1").arg(i), QStringLiteral("Item %1").arg(i), i);
    }
    const QJsonArray rows =
        QJsonDocument::fromJson(bulkItemsPayload(items, 1, 4)).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("S-1"));
    QCOMPARE(rows.at(2).toArray().at(1).toString(), QStringLiteral("S-3"));
}

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
