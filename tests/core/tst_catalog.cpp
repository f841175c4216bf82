// catalog.h: the field rules shared by the editor, the CSV import and the repository.
#include "catalog/catalog.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void validateItem_data();
    void validateItem();
    void isValidBarcode_data();
    void isValidBarcode();
};

void TestCatalog::validateItem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("valid") << ""
                           << "" << true << "";
    QTest::newRow("Hangul name") << "name" << QStringLiteral("김치찌개") << true << "";
    QTest::newRow("name padded with spaces") << "name"
                                             << "  Latte  " << true << "";
    QTest::newRow("name 120 characters") << "name" << QString(120, QChar(0xAC00)) << true << "";
    QTest::newRow("name 121 characters") << "name" << QString(121, QLatin1Char('n')) << false << "120";
    QTest::newRow("empty name") << "name"
                                << "" << false << "name";
    QTest::newRow("blank name") << "name"
                                << "  \t " << false << "name";
    QTest::newRow("empty sku") << "sku"
                               << "" << false << "SKU";
    QTest::newRow("sku with space") << "sku"
                                    << "A 1" << false << "A 1";
    QTest::newRow("sku Hangul") << "sku" << QStringLiteral("김치") << false << "SKU";
    QTest::newRow("sku 64") << "sku" << QString(64, QLatin1Char('S')) << true << "";
    QTest::newRow("sku 65") << "sku" << QString(65, QLatin1Char('S')) << false << "64";
    QTest::newRow("sku symbols") << "sku"
                                 << "M-KIMCHI_01/2" << true << "";
    QTest::newRow("zero price") << "price"
                                << "0" << true << "";
    QTest::newRow("negative price") << "price"
                                    << "-1" << false << "price";
    QTest::newRow("VAT 0") << "vat"
                           << "0" << true << "";
    QTest::newRow("VAT 100%") << "vat"
                              << "10000" << true << "";
    QTest::newRow("VAT above 100%") << "vat"
                                    << "10001" << false << "VAT";
    QTest::newRow("VAT negative") << "vat"
                                  << "-1" << false << "VAT";
    QTest::newRow("duration a day") << "duration"
                                    << "1440" << true << "";
    QTest::newRow("duration over a day") << "duration"
                                         << "1441" << false << "1440";
    QTest::newRow("duration negative") << "duration"
                                       << "-5" << false << "duration";
    QTest::newRow("EAN-13 barcode") << "barcode"
                                    << "8801234500017" << true << "";
    QTest::newRow("barcode with space") << "barcode"
                                        << "880 123" << false << "barcode";
    QTest::newRow("barcode too long") << "barcode" << QString(33, QLatin1Char('9')) << false << "32";
}

void TestCatalog::validateItem()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);

    CatalogItem item = test::makeItem(QStringLiteral("SKU-1"), QStringLiteral("Americano"), 4500);
    if (field == QStringLiteral("name")) {
        item.name = value;
    } else if (field == QStringLiteral("sku")) {
        item.sku = value;
    } else if (field == QStringLiteral("price")) {
        item.priceMinor = value.toLongLong();
    } else if (field == QStringLiteral("vat")) {
        item.vatBasisPoints = value.toInt();
    } else if (field == QStringLiteral("duration")) {
        item.durationMin = value.toInt();
    } else if (field == QStringLiteral("barcode")) {
        item.barcode = value;
    }
    const Status s = madang::validateItem(item);
    QVERIFY2(s.ok() == ok, test::describe(s).constData());
    if (!ok) {
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QVERIFY2(s.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(s.error().message));
    }
}

void TestCatalog::isValidBarcode_data()
{
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EAN-13") << "8801234500017" << true;
    QTest::newRow("UPC-A") << "036000291452" << true;
    QTest::newRow("EAN-8") << "96385074" << true;
    QTest::newRow("shop code") << "SHOP-0001/A" << true;
    QTest::newRow("one character") << "7" << true;
    QTest::newRow("32 characters") << QString(32, QLatin1Char('1')) << true;
    QTest::newRow("33 characters") << QString(33, QLatin1Char('1')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space inside") << "880 1234" << false;
    QTest::newRow("leading space") << " 8801234" << false;
    QTest::newRow("tab") << "880\t1234" << false;
    QTest::newRow("newline") << "8801234\n" << false;
    QTest::newRow("DEL") << QStringLiteral("880") + QChar(0x7F) << false;
    QTest::newRow("Hangul") << QStringLiteral("바코드") << false;
    QTest::newRow("full-width digits") << QStringLiteral("８８０１") << false;
    QTest::newRow("tilde and bang") << "~!" << true;
}

void TestCatalog::isValidBarcode()
{
    QFETCH(QString, barcode);
    QFETCH(bool, valid);
    QCOMPARE(madang::isValidBarcode(barcode), valid);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
