// wide: money products and quotients that would wrap in 64 bits.
#include "base/money.h"
#include "base/widemoney.h"

#include <QTest>
#include <limits>

using namespace madang;

class TestWideMoney : public QObject
{
    Q_OBJECT

private slots:
    void mulDiv_data();
    void mulDiv();
    void productGreater_data();
    void productGreater();
};

void TestWideMoney::mulDiv_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("truncated");
    QTest::addColumn<qint64>("rounded");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("small") << qint64{7} << qint64{3} << qint64{2} << qint64{10} << qint64{11};
    QTest::newRow("exact") << qint64{1000} << qint64{1000} << qint64{10000} << qint64{100} << qint64{100};
    QTest::newRow("half rounds up") << qint64{5} << qint64{1} << qint64{10} << qint64{0} << qint64{1};
    QTest::newRow("product past 64 bits") << Money::kMaxTotalMinor << Money::kMaxQuantity << Money::kMaxQuantity
                                          << Money::kMaxTotalMinor << Money::kMaxTotalMinor;
    QTest::newRow("largest share of the largest amount")
        << max << qint64{9999} << qint64{10000} << qint64{max / 10000 * 9999 + (max % 10000) * 9999 / 10000}
        << qint64{max / 10000 * 9999 + ((max % 10000) * 9999 + 5000) / 10000};
}

void TestWideMoney::mulDiv()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, truncated);
    QFETCH(qint64, rounded);
    QCOMPARE(wide::mulDiv(a, b, c), truncated);
    QCOMPARE(wide::mulDivRound(a, b, c), rounded);
}

void TestWideMoney::productGreater_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<bool>("greater");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("plain") << qint64{3} << qint64{4} << qint64{2} << qint64{5} << true;
    QTest::newRow("equal") << qint64{2} << qint64{6} << qint64{3} << qint64{4} << false;
    QTest::newRow("both past 64 bits") << max << qint64{3} << max << qint64{2} << true;
    QTest::newRow("would wrap negative in 64 bits") << max << qint64{2} << qint64{1} << qint64{1} << true;
}

void TestWideMoney::productGreater()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(bool, greater);
    QCOMPARE(wide::productGreater(a, b, c, d), greater);
}

QTEST_GUILESS_MAIN(TestWideMoney)
#include "tst_widemoney.moc"
