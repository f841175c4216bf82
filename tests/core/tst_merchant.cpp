// merchant.h: verticals, VAT percent parsing and formatting, profile validation.
#include "merchant/merchant.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

class TestMerchant : public QObject
{
    Q_OBJECT

private slots:
    void verticalToString_data();
    void verticalToString();
    void verticalFromString_data();
    void verticalFromString();
    void parseVatPercent_data();
    void parseVatPercent();
    void formatVatPercent_data();
    void formatVatPercent();
    void vatRoundTrip();
    void validate_data();
    void validate();
};

void TestMerchant::verticalToString_data()
{
    QTest::addColumn<Vertical>("vertical");
    QTest::addColumn<QString>("text");
    QTest::newRow("salon") << Vertical::Salon << "salon";
    QTest::newRow("restaurant") << Vertical::Restaurant << "restaurant";
    QTest::newRow("cleaning") << Vertical::Cleaning << "cleaning";
}

void TestMerchant::verticalToString()
{
    QFETCH(Vertical, vertical);
    QFETCH(QString, text);
    QCOMPARE(madang::verticalToString(vertical), text);
    const auto back = madang::verticalFromString(text);
    QVERIFY(back.has_value());
    QVERIFY(*back == vertical);
}

void TestMerchant::verticalFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Salon";
    QTest::newRow("padded") << " salon";
    QTest::newRow("unknown") << "bakery";
    QTest::newRow("Korean") << QStringLiteral("미용실");
}

void TestMerchant::verticalFromString()
{
    QFETCH(QString, text);
    QVERIFY(!madang::verticalFromString(text).has_value());
}

void TestMerchant::parseVatPercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("10") << "10" << true << 1000;
    QTest::newRow("10%") << "10%" << true << 1000;
    QTest::newRow("10 %") << "10 %" << true << 1000;
    QTest::newRow("5.5") << "5.5" << true << 550;
    QTest::newRow("5.5%") << "5.5%" << true << 550;
    QTest::newRow("0.25") << "0.25" << true << 25;
    QTest::newRow("0") << "0" << true << 0;
    QTest::newRow("0%") << "0%" << true << 0;
    QTest::newRow("100") << "100" << true << 10000;
    QTest::newRow("spaces around") << " 7 " << true << 700;
    QTest::newRow("100.01") << "100.01" << false << 0;
    QTest::newRow("101") << "101" << false << 0;
    QTest::newRow("abc") << "abc" << false << 0;
    QTest::newRow("10.123") << "10.123" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
    QTest::newRow("negative") << "-5" << false << 0;
    QTest::newRow("comma decimal") << "5,5" << false << 0;
    QTest::newRow("percent only") << "%" << false << 0;
    QTest::newRow("fraction") << "1/10" << false << 0;
}

void TestMerchant::parseVatPercent()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, basisPoints);
    const auto bp = madang::parseVatPercent(text);
    QVERIFY2(bp.ok() == ok, test::describe(bp).constData());
    if (ok) {
        QCOMPARE(bp.value(), basisPoints);
    } else {
        QCOMPARE(bp.error().code, ErrorCode::InvalidInput);
        QVERIFY(!bp.error().message.isEmpty());
    }
}

void TestMerchant::formatVatPercent_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("text");
    QTest::newRow("10%") << 1000 << "10%";
    QTest::newRow("5.5%") << 550 << "5.5%";
    QTest::newRow("0%") << 0 << "0%";
    QTest::newRow("100%") << 10000 << "100%";
    QTest::newRow("0.25%") << 25 << "0.25%";
    QTest::newRow("0.05%") << 5 << "0.05%";
    QTest::newRow("0.1%") << 10 << "0.1%";
    QTest::newRow("12.34%") << 1234 << "12.34%";
}

void TestMerchant::formatVatPercent()
{
    QFETCH(int, basisPoints);
    QFETCH(QString, text);
    QCOMPARE(madang::formatVatPercent(basisPoints), text);
}

void TestMerchant::vatRoundTrip()
{
    for (int bp = 0; bp <= kMaxVatBasisPoints; bp += 7) {
        const auto parsed = madang::parseVatPercent(madang::formatVatPercent(bp));
        QVERIFY2(parsed.ok(), qPrintable(madang::formatVatPercent(bp)));
        QCOMPARE(parsed.value(), bp);
    }
}

void TestMerchant::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("vat");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("valid") << QStringLiteral("마당 식당") << "KRW" << 1000 << true << "";
    QTest::newRow("valid USD 0%") << "Corner Deli"
                                  << "USD" << 0 << true << "";
    QTest::newRow("80 characters") << QString(80, QLatin1Char('x')) << "KRW" << 1000 << true << "";
    QTest::newRow("empty name") << ""
                                << "KRW" << 1000 << false << "name";
    QTest::newRow("blank name") << "   "
                                << "KRW" << 1000 << false << "name";
    QTest::newRow("81 characters") << QString(81, QLatin1Char('x')) << "KRW" << 1000 << false << "80";
    QTest::newRow("unknown currency") << "Shop"
                                      << "XYZ" << 1000 << false << "XYZ";
    QTest::newRow("lower-case currency") << "Shop"
                                         << "krw" << 1000 << false << "krw";
    QTest::newRow("negative VAT") << "Shop"
                                  << "KRW" << -1 << false << "VAT";
    QTest::newRow("VAT above 100%") << "Shop"
                                    << "KRW" << 10001 << false << "VAT";
}

void TestMerchant::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(int, vat);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    MerchantProfile p;
    p.name = name;
    p.currency = currency;
    p.vatBasisPoints = vat;
    const Status s = p.validate();
    QVERIFY2(s.ok() == ok, test::describe(s).constData());
    if (!ok) {
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
    }
}

QTEST_GUILESS_MAIN(TestMerchant)
#include "tst_merchant.moc"
