// Money: exact minor units, parsing of menu prices, overflow and currency checks.
#include "base/money.h"
#include "testsupport.h"

#include <QTest>
#include <limits>

using namespace madang;

namespace {
Currency currency(const char *code)
{
    auto c = Currency::fromCode(QLatin1String(code));
    return c ? c.value() : Currency{};
}
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseMajor_data();
    void parseMajor();
    void parseMajorErrorNamesInput();
    void arithmetic_data();
    void arithmetic();
    void currencyMismatch();
    void negated_data();
    void negated();
    void toMajorString_data();
    void toMajorString();
    void display_data();
    void display();
    void fromCode_data();
    void fromCode();
    void supportedCodesAllResolve();
    void checkAmount_data();
    void checkAmount();
    void checkQuantity_data();
    void checkQuantity();
    void limitsLeaveRoomForSums();
};

void TestMoney::parseMajor_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<ErrorCode>("error");

    const auto good = [](const char *tag, const char *code, const QString &text, qint64 minor) {
        QTest::newRow(tag) << QString::fromLatin1(code) << text << true << minor << ErrorCode::InvalidInput;
    };
    const auto bad = [](const char *tag, const char *code, const QString &text, ErrorCode error) {
        QTest::newRow(tag) << QString::fromLatin1(code) << text << false << qint64(0) << error;
    };
    good("KRW plain", "KRW", QStringLiteral("12000"), 12000);
    good("KRW grouped", "KRW", QStringLiteral("12,000"), 12000);
    good("KRW grouped millions", "KRW", QStringLiteral("1,250,000"), 1250000);
    good("KRW zero", "KRW", QStringLiteral("0"), 0);
    good("KRW surrounding spaces", "KRW", QStringLiteral("  9000 "), 9000);
    bad("KRW decimals", "KRW", QStringLiteral("12000.5"), ErrorCode::InvalidInput);
    bad("KRW .0 is still a decimal", "KRW", QStringLiteral("12000.0"), ErrorCode::InvalidInput);
    good("USD two decimals", "USD", QStringLiteral("4.50"), 450);
    good("USD one decimal", "USD", QStringLiteral("4.5"), 450);
    good("USD whole", "USD", QStringLiteral("4"), 400);
    good("USD grouped with cents", "USD", QStringLiteral("1,234.05"), 123405);
    good("USD cents only", "USD", QStringLiteral("0.05"), 5);
    bad("USD three decimals", "USD", QStringLiteral("4.505"), ErrorCode::InvalidInput);
    bad("negative", "KRW", QStringLiteral("-1"), ErrorCode::InvalidInput);
    bad("plus sign", "KRW", QStringLiteral("+1"), ErrorCode::InvalidInput);
    bad("empty", "KRW", QString(), ErrorCode::InvalidInput);
    bad("blank", "KRW", QStringLiteral("   "), ErrorCode::InvalidInput);
    bad("letters", "KRW", QStringLiteral("abc"), ErrorCode::InvalidInput);
    bad("trailing garbage", "KRW", QStringLiteral("12000won"), ErrorCode::InvalidInput);
    bad("bad grouping", "KRW", QStringLiteral("12,00"), ErrorCode::InvalidInput);
    bad("leading comma", "KRW", QStringLiteral(",000"), ErrorCode::InvalidInput);
    bad("dot without digits", "USD", QStringLiteral("4."), ErrorCode::InvalidInput);
    bad("only a dot", "USD", QStringLiteral("."), ErrorCode::InvalidInput);
    bad("exponent", "USD", QStringLiteral("1e3"), ErrorCode::InvalidInput);
    bad("full-width digits", "KRW", QStringLiteral("１２０００"), ErrorCode::InvalidInput);
    bad("overflow", "KRW", QStringLiteral("99999999999999999999"), ErrorCode::Overflow);
    bad("overflow by cents", "USD", QStringLiteral("92233720368547758.08"), ErrorCode::Overflow);
    good("largest KRW", "KRW", QStringLiteral("9223372036854775807"), kMax);
    good("largest USD", "USD", QStringLiteral("92233720368547758.07"), kMax);
}

void TestMoney::parseMajor()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    QFETCH(ErrorCode, error);

    const Currency c = currency(code.toLatin1().constData());
    QCOMPARE(c.code, code);
    const auto parsed = Money::parseMajor(text, c);
    QVERIFY2(parsed.ok() == ok, test::describe(parsed).constData());
    if (ok) {
        QCOMPARE(parsed->minor(), minor);
        QCOMPARE(parsed->currency().code, code);
    } else {
        QCOMPARE(parsed.error().code, error);
        QVERIFY(!parsed.error().message.isEmpty());
    }
}

void TestMoney::parseMajorErrorNamesInput()
{
    // The message must tell the person what was wrong with what they typed.
    const auto krw = Money::parseMajor(QStringLiteral("12000.5"), currency("KRW"));
    QVERIFY(!krw.ok());
    QVERIFY2(krw.error().message.contains(QStringLiteral("12000.5")), qPrintable(krw.error().message));
    QVERIFY2(krw.error().message.contains(QStringLiteral("KRW")), qPrintable(krw.error().message));
    const auto usd = Money::parseMajor(QStringLiteral("4.505"), currency("USD"));
    QVERIFY(!usd.ok());
    QVERIFY2(usd.error().message.contains(QStringLiteral("2")), qPrintable(usd.error().message));
    const auto junk = Money::parseMajor(QStringLiteral("abc"), currency("KRW"));
    QVERIFY(!junk.ok());
    QVERIFY2(junk.error().message.contains(QStringLiteral("\"abc\"")), qPrintable(junk.error().message));
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("result");

    QTest::newRow("plus") << "plus" << qint64(1500) << qint64(2500) << true << qint64(4000);
    QTest::newRow("plus negative") << "plus" << qint64(1500) << qint64(-2500) << true << qint64(-1000);
    QTest::newRow("plus to max") << "plus" << kMax - 1 << qint64(1) << true << kMax;
    QTest::newRow("plus overflow") << "plus" << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("plus underflow") << "plus" << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("minus") << "minus" << qint64(1000) << qint64(2500) << true << qint64(-1500);
    QTest::newRow("minus overflow") << "minus" << kMax << qint64(-1) << false << qint64(0);
    QTest::newRow("minus underflow") << "minus" << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("minus INT64_MIN operand") << "minus" << qint64(-1) << kMin << false << qint64(0);
    QTest::newRow("minus to min") << "minus" << kMin + 1 << qint64(1) << true << kMin;
    QTest::newRow("times") << "times" << qint64(9000) << qint64(3) << true << qint64(27000);
    QTest::newRow("times zero") << "times" << kMax << qint64(0) << true << qint64(0);
    QTest::newRow("times negative") << "times" << qint64(450) << qint64(-2) << true << qint64(-900);
    QTest::newRow("times overflow") << "times" << kMax / 2 + 1 << qint64(2) << false << qint64(0);
    QTest::newRow("times min by -1") << "times" << kMin << qint64(-1) << false << qint64(0);
}

void TestMoney::arithmetic()
{
    QFETCH(QString, op);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, result);

    const Currency krw = currency("KRW");
    const Money x(a, krw);
    const Result<Money> r = op == QStringLiteral("plus")    ? x.plus(Money(b, krw))
                            : op == QStringLiteral("minus") ? x.minus(Money(b, krw))
                                                            : x.times(b);
    QVERIFY2(r.ok() == ok, test::describe(r).constData());
    if (ok) {
        QCOMPARE(r->minor(), result);
        QCOMPARE(r->currency().code, QStringLiteral("KRW"));
    } else {
        QCOMPARE(r.error().code, ErrorCode::Overflow);
    }
}

void TestMoney::currencyMismatch()
{
    const Money won(1000, currency("KRW"));
    const Money dollars(1000, currency("USD"));
    const auto sum = won.plus(dollars);
    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(sum.error().message.contains(QStringLiteral("KRW")));
    QVERIFY(sum.error().message.contains(QStringLiteral("USD")));
    const auto diff = won.minus(dollars);
    QVERIFY(!diff.ok());
    QCOMPARE(diff.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(!(won == Money(1000, currency("JPY"))));
    QVERIFY(won == Money(1000, currency("KRW")));
}

void TestMoney::negated_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("result");
    QTest::newRow("positive") << qint64(450) << true << qint64(-450);
    QTest::newRow("negative") << qint64(-450) << true << qint64(450);
    QTest::newRow("zero") << qint64(0) << true << qint64(0);
    QTest::newRow("max") << kMax << true << -kMax;
    QTest::newRow("INT64_MIN") << kMin << false << qint64(0);
}

void TestMoney::negated()
{
    QFETCH(qint64, minor);
    QFETCH(bool, ok);
    QFETCH(qint64, result);
    const auto r = Money(minor, currency("USD")).negated();
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->minor(), result);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Overflow);
    }
}

void TestMoney::toMajorString_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("KRW") << "KRW" << qint64(12000) << "12000";
    QTest::newRow("KRW zero") << "KRW" << qint64(0) << "0";
    QTest::newRow("KRW negative") << "KRW" << qint64(-3000) << "-3000";
    QTest::newRow("USD") << "USD" << qint64(450) << "4.50";
    QTest::newRow("USD cents") << "USD" << qint64(5) << "0.05";
    QTest::newRow("USD zero") << "USD" << qint64(0) << "0.00";
    QTest::newRow("USD negative") << "USD" << qint64(-305) << "-3.05";
    QTest::newRow("USD negative cents") << "USD" << qint64(-5) << "-0.05";
    QTest::newRow("USD no grouping") << "USD" << qint64(123456789) << "1234567.89";
    QTest::newRow("KRW INT64_MIN") << "KRW" << kMin << "-9223372036854775808";
    QTest::newRow("USD INT64_MIN") << "USD" << kMin << "-92233720368547758.08";
}

void TestMoney::toMajorString()
{
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    const Money m(minor, currency(code.toLatin1().constData()));
    QCOMPARE(m.toMajorString(), expected);
    // What toMajorString writes, parseMajor reads back (for amounts that are not negative).
    if (minor >= 0) {
        const auto back = Money::parseMajor(expected, m.currency());
        QVERIFY2(back.ok(), test::describe(back).constData());
        QCOMPARE(back->minor(), minor);
    }
}

void TestMoney::display_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("KRW small") << "KRW" << qint64(900) << QStringLiteral("₩900");
    QTest::newRow("KRW thousands") << "KRW" << qint64(12000) << QStringLiteral("₩12,000");
    QTest::newRow("KRW exactly 1000") << "KRW" << qint64(1000) << QStringLiteral("₩1,000");
    QTest::newRow("KRW millions") << "KRW" << qint64(1250000) << QStringLiteral("₩1,250,000");
    QTest::newRow("KRW negative") << "KRW" << qint64(-12000) << QStringLiteral("-₩12,000");
    QTest::newRow("KRW zero") << "KRW" << qint64(0) << QStringLiteral("₩0");
    QTest::newRow("JPY 0-digit") << "JPY" << qint64(123456) << QStringLiteral("¥123,456");
    QTest::newRow("USD") << "USD" << qint64(450) << QStringLiteral("$4.50");
    QTest::newRow("USD grouped") << "USD" << qint64(123456789) << QStringLiteral("$1,234,567.89");
    QTest::newRow("USD 100.00") << "USD" << qint64(10000) << QStringLiteral("$100.00");
    QTest::newRow("USD negative") << "USD" << qint64(-100005) << QStringLiteral("-$1,000.05");
    QTest::newRow("EUR cents") << "EUR" << qint64(7) << QStringLiteral("€0.07");
}

void TestMoney::display()
{
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, currency(code.toLatin1().constData())).display(), expected);
}

void TestMoney::fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("digits");
    QTest::newRow("KRW") << "KRW" << true << 0;
    QTest::newRow("USD") << "USD" << true << 2;
    QTest::newRow("JPY") << "JPY" << true << 0;
    QTest::newRow("EUR") << "EUR" << true << 2;
    QTest::newRow("unknown") << "XYZ" << false << 0;
    QTest::newRow("lower case") << "krw" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
    QTest::newRow("padded") << " KRW" << false << 0;
}

void TestMoney::fromCode()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    QFETCH(int, digits);
    const auto c = Currency::fromCode(code);
    QCOMPARE(c.ok(), ok);
    if (ok) {
        QCOMPARE(c->code, code);
        QCOMPARE(c->minorDigits, digits);
        QVERIFY(!c->symbol.isEmpty());
    } else {
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QVERIFY2(c.error().message.contains(code), qPrintable(c.error().message));
    }
}

void TestMoney::supportedCodesAllResolve()
{
    const QStringList codes = Currency::supportedCodes();
    QVERIFY(codes.contains(QStringLiteral("KRW")));
    QVERIFY(codes.contains(QStringLiteral("USD")));
    for (const QString &code : codes) {
        QVERIFY2(Currency::fromCode(code).ok(), qPrintable(code));
    }
}

void TestMoney::checkAmount_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<QString>("message"); // empty: accepted
    const qint64 top = Money::kMaxAmountMinor;
    QTest::newRow("zero") << "KRW" << qint64(0) << top << QString();
    QTest::newRow("at the maximum") << "KRW" << top << top << QString();
    QTest::newRow("one above") << "KRW" << top + 1 << top
                               << QStringLiteral(
                                      "The tip ₩1,000,000,000,001 is over the maximum of ₩1,000,000,000,000.");
    QTest::newRow("INT64_MAX") << "KRW" << kMax << top
                               << QStringLiteral("The tip ₩9,223,372,036,854,775,807 is over the maximum of "
                                                 "₩1,000,000,000,000.");
    QTest::newRow("USD shows major units") << "USD" << top + 1 << top
                                           << QStringLiteral("The tip $10,000,000,000.01 is over the maximum of "
                                                             "$10,000,000,000.00.");
    QTest::newRow("no currency: grouped minor units")
        << "" << top * 2 << top
        << QStringLiteral("The tip 2,000,000,000,000 is over the maximum of 1,000,000,000,000.");
    QTest::newRow("negative") << "KRW" << qint64(-1) << top << QStringLiteral("The tip -₩1 cannot be negative.");
    QTest::newRow("INT64_MIN") << "KRW" << kMin << top
                               << QStringLiteral("The tip -₩9,223,372,036,854,775,808 cannot be negative.");
    QTest::newRow("a ticket's own maximum") << "KRW" << Money::kMaxTotalMinor << Money::kMaxTotalMinor << QString();
}

void TestMoney::checkAmount()
{
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(qint64, max);
    QFETCH(QString, message);
    const Currency c = code.isEmpty() ? Currency{} : currency(code.toLatin1().constData());
    const Status checked = Money::checkAmount(minor, QStringLiteral("tip"), c, max);
    if (message.isEmpty()) {
        MADANG_VERIFY_OK(checked);
        return;
    }
    MADANG_VERIFY_ERROR(checked, ErrorCode::InvalidInput);
    QCOMPARE(checked.error().message, message);
}

void TestMoney::checkQuantity_data()
{
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<bool>("ok");
    QTest::newRow("one") << qint64(1) << true;
    QTest::newRow("the maximum") << Money::kMaxQuantity << true;
    QTest::newRow("one above") << Money::kMaxQuantity + 1 << false;
    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-3) << false;
    QTest::newRow("INT64_MAX") << kMax << false;
}

void TestMoney::checkQuantity()
{
    QFETCH(qint64, qty);
    QFETCH(bool, ok);
    const Status checked = Money::checkQuantity(qty, QStringLiteral("Latte"));
    QCOMPARE(checked.ok(), ok);
    if (!ok) {
        QCOMPARE(checked.error().message,
                 QStringLiteral("Latte: the quantity %1 is out of range (1 to 10,000).").arg(qty));
    }
}

void TestMoney::limitsLeaveRoomForSums()
{
    // A line of the most units at the dearest price fits the ticket maximum's arithmetic, and nine
    // hundred thousand maximum tickets still add up inside 64 bits.
    QVERIFY(Money::kMaxTotalMinor <= kMax / Money::kMaxQuantity);
    QVERIFY(Money::kMaxTotalMinor <= kMax / 900'000);
    QVERIFY(Money::kMaxAmountMinor <= kMax / 9'000'000);
    // The dearest price with VAT of 100% on top and the largest tip is still one ticket.
    QVERIFY(3 * Money::kMaxAmountMinor <= Money::kMaxTotalMinor);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
