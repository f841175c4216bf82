// Ticket: exact pricing (VAT per rate, discounts, tips), proportional sharing, option checks and JSON.
#include "testsupport.h"
#include "ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>
#include <numeric>

using namespace madang;

Q_DECLARE_METATYPE(madang::Ticket)

namespace {
using Amounts = QList<qint64>;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kCap = 1'000'000'000'000'000; // the largest single amount priceTicket takes

TicketLine item(qint64 unit, qint64 qty = 1, int vatBp = 1000, Discount discount = {}, const Amounts &options = {})
{
    const QString n = QString::number(unit);
    TicketLine l{QStringLiteral("item-") + n,
                 QStringLiteral("SKU-") + n,
                 QStringLiteral("Item ") + n,
                 qty,
                 unit,
                 vatBp,
                 {},
                 {},
                 discount,
                 {},
                 {}};
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString id = QStringLiteral("opt-%1").arg(i);
        l.modifiers << ModifierChoice{QStringLiteral("extras"), QStringLiteral("Extras"), id, id, options.at(i)};
    }
    return l;
}

/// KRW, prices include VAT.
Ticket krw(const QList<TicketLine> &lines, Discount order = {}, qint64 tip = 0)
{
    return Ticket{QStringLiteral("KRW"), true, lines, order, tip, {}};
}

/// USD, VAT added on top.
Ticket usd(const QList<TicketLine> &lines, Discount order = {}, qint64 tip = 0)
{
    return Ticket{QStringLiteral("USD"), false, lines, order, tip, {}};
}

/// Relations that hold for every priced ticket, whatever the numbers.
void verifyInvariants(const Ticket &t, const TicketTotals &r)
{
    QCOMPARE(r.lines.size(), t.lines.size());
    qint64 gross = 0, discount = 0, lineTotals = 0, lineVat = 0;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const TicketLine &l = t.lines.at(i);
        const PricedLine &p = r.lines.at(i);
        qint64 unit = l.unitMinor;
        for (const ModifierChoice &m : l.modifiers) {
            unit += m.priceMinor;
        }
        QCOMPARE(p.grossMinor, unit * l.qty);
        QCOMPARE(p.totalMinor, p.grossMinor - p.lineDiscountMinor - p.orderDiscountMinor);
        QVERIFY(p.totalMinor >= 0 && p.vatMinor >= 0 && p.orderDiscountMinor >= 0);
        gross += p.grossMinor;
        discount += p.lineDiscountMinor + p.orderDiscountMinor;
        lineTotals += p.totalMinor;
        lineVat += p.vatMinor;
    }
    QCOMPARE(r.subtotalMinor, gross);
    QCOMPARE(r.discountMinor, discount);
    QCOMPARE(r.tipMinor, t.tipMinor);
    QCOMPARE(lineVat, r.vatMinor);
    // What the lines come to, with VAT on top where prices exclude it, is what is due before the tip.
    QCOMPARE(lineTotals + (t.pricesIncludeVat ? 0 : r.vatMinor), r.totalMinor - r.tipMinor);
    qint64 bucketVat = 0, bucketGross = 0;
    for (qsizetype k = 0; k < r.vat.size(); ++k) {
        const VatBucket &b = r.vat.at(k);
        QCOMPARE(b.netMinor + b.vatMinor, b.grossMinor);
        QVERIFY2(k == 0 || r.vat.at(k - 1).vatBp < b.vatBp, "buckets must ascend by rate");
        bucketVat += b.vatMinor;
        bucketGross += b.grossMinor;
    }
    QCOMPARE(bucketVat, r.vatMinor);
    QCOMPARE(bucketGross + r.tipMinor, r.totalMinor);
}
} // namespace

class TestTicket : public QObject
{
    Q_OBJECT

private slots:
    void vatIncluded_data();
    void vatIncluded() { verifyPricing(); }
    void mixedRates_data();
    void mixedRates() { verifyPricing(); }
    void vatExcluded_data();
    void vatExcluded() { verifyPricing(); }
    void lineDiscounts_data();
    void lineDiscounts() { verifyPricing(); }
    void orderDiscounts_data();
    void orderDiscounts() { verifyPricing(); }
    void modifiers_data();
    void modifiers() { verifyPricing(); }
    void invariantsHoldForManyTickets_data();
    void invariantsHoldForManyTickets();
    void largestAcceptedAmounts();
    void errors_data();
    void errors();
    void shareProportionally_data();
    void shareProportionally();
    void validateChoices_data();
    void validateChoices();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonDefaults();
    void fromJsonRefusesDamage_data();
    void fromJsonRefusesDamage();

private:
    static void pricingColumns();
    static void row(const char *tag, const Ticket &t, const Amounts &totals, const Amounts &lineVat,
                    const Amounts &orderShares, qint64 discount, qint64 vat, qint64 total, const Amounts &buckets);
    static void verifyPricing();
};

void TestTicket::pricingColumns()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<Amounts>("lineTotals");
    QTest::addColumn<Amounts>("lineVat");
    QTest::addColumn<Amounts>("orderShares");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<Amounts>("buckets"); // rate, gross, net, vat; rate, gross, ...
}

void TestTicket::row(const char *tag, const Ticket &t, const Amounts &totals, const Amounts &lineVat,
                     const Amounts &orderShares, qint64 discount, qint64 vat, qint64 total, const Amounts &buckets)
{
    QTest::newRow(tag) << t << totals << lineVat << orderShares << discount << vat << total << buckets;
}

void TestTicket::verifyPricing()
{
    QFETCH(Ticket, ticket);
    QFETCH(Amounts, lineTotals);
    QFETCH(Amounts, lineVat);
    QFETCH(Amounts, orderShares);
    QFETCH(qint64, discount);
    QFETCH(qint64, vat);
    QFETCH(qint64, total);
    QFETCH(Amounts, buckets);

    const auto r = priceTicket(ticket);
    QVERIFY2(r.ok(), test::describe(r).constData());
    Amounts totals, lv, shares, flat;
    for (const PricedLine &p : r->lines) {
        totals << p.totalMinor;
        lv << p.vatMinor;
        shares << p.orderDiscountMinor;
    }
    for (const VatBucket &b : r->vat) {
        flat << b.vatBp << b.grossMinor << b.netMinor << b.vatMinor;
    }
    QCOMPARE(totals, lineTotals);
    QCOMPARE(lv, lineVat);
    QCOMPARE(shares, orderShares);
    QCOMPARE(r->discountMinor, discount);
    QCOMPARE(r->vatMinor, vat);
    QCOMPARE(r->totalMinor, total);
    QCOMPARE(flat, buckets);
    verifyInvariants(ticket, r.value());
}

void TestTicket::vatIncluded_data()
{
    pricingColumns();
    row("12000", krw({item(12000)}), {12000}, {1091}, {0}, 0, 1091, 12000, {1000, 12000, 10909, 1091});
    row("11000", krw({item(11000)}), {11000}, {1000}, {0}, 0, 1000, 11000, {1000, 11000, 10000, 1000});
    row("1 won has no VAT", krw({item(1)}), {1}, {0}, {0}, 0, 0, 1, {1000, 1, 1, 0});
    row("6 won", krw({item(6)}), {6}, {1}, {0}, 0, 1, 6, {1000, 6, 5, 1});
    row("free item", krw({item(0)}), {0}, {0}, {0}, 0, 0, 0, {1000, 0, 0, 0});
    row("qty 3", krw({item(12000, 3)}), {36000}, {3273}, {0}, 0, 3273, 36000, {1000, 36000, 32727, 3273});
    row("6 + 6: per rate 1, per line 2", krw({item(6), item(6)}), {6, 6}, {1, 0}, {0, 0}, 0, 1, 12, {1000, 12, 11, 1});
    row("eleven lines of 1", krw(QList<TicketLine>(11, item(1))), Amounts(11, 1), Amounts{1} + Amounts(10, 0),
        Amounts(11, 0), 0, 1, 11, {1000, 11, 10, 1});
    row("three lines", krw({item(12000), item(8000), item(5500)}), {12000, 8000, 5500}, {1091, 727, 500}, {0, 0, 0}, 0,
        2318, 25500, {1000, 25500, 23182, 2318});
    row("tip outside VAT", krw({item(12000)}, {}, 2000), {12000}, {1091}, {0}, 0, 1091, 14000,
        {1000, 12000, 10909, 1091});
    row("5%", krw({item(10500, 1, 500)}), {10500}, {500}, {0}, 0, 500, 10500, {500, 10500, 10000, 500});
}

void TestTicket::mixedRates_data()
{
    pricingColumns();
    row("0% and 10% interleaved", krw({item(5000, 1, 0), item(12000), item(3000, 1, 0), item(1100)}),
        {5000, 12000, 3000, 1100}, {0, 1091, 0, 100}, {0, 0, 0, 0}, 0, 1191, 21100,
        {0, 8000, 8000, 0, 1000, 13100, 11909, 1191});
    row("three rates out of order", krw({item(3300), item(4000, 1, 0), item(2100, 1, 500)}), {3300, 4000, 2100},
        {300, 0, 100}, {0, 0, 0}, 0, 400, 9400, {0, 4000, 4000, 0, 500, 2100, 2000, 100, 1000, 3300, 3000, 300});
    row("order discount across rates", krw({item(10000, 1, 0), item(11000)}, Discount::amount(2100)), {9000, 9900},
        {0, 900}, {1000, 1100}, 2100, 900, 18900, {0, 9000, 9000, 0, 1000, 9900, 9000, 900});
    row("percent and tip across rates", krw({item(9000, 1, 0), item(13000)}, Discount::percent(1000), 1500),
        {8100, 11700}, {0, 1064}, {900, 1300}, 2200, 1064, 21300, {0, 8100, 8100, 0, 1000, 11700, 10636, 1064});
}

void TestTicket::vatExcluded_data()
{
    pricingColumns();
    row("USD with tip", usd({item(450, 2), item(1299)}, {}, 200), {900, 1299}, {90, 130}, {0, 0}, 0, 220, 2619,
        {1000, 2419, 2199, 220});
    row("3 × 5 cents: 2 cents per rate, not 3", usd({item(5), item(5), item(5)}), {5, 5, 5}, {1, 1, 0}, {0, 0, 0}, 0, 2,
        17, {1000, 17, 15, 2});
    row("8.75% and 0%", usd({item(1999, 3, 875), item(500, 1, 0), item(1250, 1, 875)}, {}, 300), {5997, 500, 1250},
        {525, 0, 109}, {0, 0, 0}, 0, 634, 8681, {0, 500, 500, 0, 875, 7881, 7247, 634});
    row("order percent", usd({item(1000), item(2000)}, Discount::percent(1000)), {900, 1800}, {90, 180}, {100, 200},
        300, 270, 2970, {1000, 2970, 2700, 270});
    row("line amount and tip", usd({item(2500, 2, 1000, Discount::amount(300)), item(899)}, {}, 150), {4700, 899},
        {470, 90}, {0, 0}, 300, 560, 6309, {1000, 6159, 5599, 560});
}

void TestTicket::lineDiscounts_data()
{
    pricingColumns();
    const auto one = [](const char *tag, qint64 unit, qint64 qty, Discount d, qint64 total, qint64 vat, qint64 net) {
        row(tag, krw({item(unit, qty, 1000, d)}), {total}, {vat}, {0}, unit * qty - total, vat, total,
            {1000, total, net, vat});
    };
    one("10% of 12000", 12000, 1, Discount::percent(1000), 10800, 982, 9818);
    one("1.5 rounds up", 15, 1, Discount::percent(1000), 13, 1, 12);
    one("2.5 rounds up", 25, 1, Discount::percent(1000), 22, 2, 20);
    one("1.4 rounds down", 14, 1, Discount::percent(1000), 13, 1, 12);
    one("15% of 1005 is 151", 1005, 1, Discount::percent(1500), 854, 78, 776);
    one("100%", 12000, 1, Discount::percent(10000), 0, 0, 0);
    one("500 off 2 × 12000", 12000, 2, Discount::amount(500), 23500, 2136, 21364);
    one("amount equal to the line", 12000, 1, Discount::amount(12000), 0, 0, 0);
    one("0% is no discount", 12000, 1, Discount::percent(0), 12000, 1091, 10909);
    row("one of two lines", krw({item(12000, 1, 1000, Discount::percent(2000)), item(8000)}), {9600, 8000}, {873, 727},
        {0, 0}, 2400, 1600, 17600, {1000, 17600, 16000, 1600});
}

void TestTicket::orderDiscounts_data()
{
    pricingColumns();
    const QList<TicketLine> threeOf1000(3, item(1000));
    row("3 × 1000, 1000 off: 334/333/333", krw(threeOf1000, Discount::amount(1000)), {666, 667, 667}, {60, 61, 61},
        {334, 333, 333}, 1000, 182, 2000, {1000, 2000, 1818, 182});
    row("3 × 1000, 10% off", krw(threeOf1000, Discount::percent(1000)), {900, 900, 900}, {82, 82, 81}, {100, 100, 100},
        300, 245, 2700, {1000, 2700, 2455, 245});
    const QList<TicketLine> three = {item(12000), item(8000), item(5000)};
    row("exact shares", krw(three, Discount::amount(3000)), {10560, 7040, 4400}, {960, 640, 400}, {1440, 960, 600},
        3000, 2000, 22000, {1000, 22000, 20000, 2000});
    row("15%", krw(three, Discount::percent(1500)), {10200, 6800, 4250}, {927, 618, 387}, {1800, 1200, 750}, 3750, 1932,
        21250, {1000, 21250, 19318, 1932});
    row("2 over three 1s", krw(QList<TicketLine>(3, item(1)), Discount::amount(2)), {0, 0, 1}, {0, 0, 0}, {1, 1, 0}, 2,
        0, 1, {1000, 1, 1, 0});
    row("5 over 7 and 3: tie to the first", krw({item(7), item(3)}, Discount::amount(5)), {3, 2}, {0, 0}, {4, 1}, 5, 0,
        5, {1000, 5, 5, 0});
    row("100 over 100/200/300", krw({item(100), item(200), item(300)}, Discount::amount(100)), {83, 167, 250},
        {7, 15, 23}, {17, 33, 50}, 100, 45, 500, {1000, 500, 455, 45});
    row("after a line discount",
        krw({item(10000, 1, 1000, Discount::percent(1000)), item(5000)}, Discount::amount(1000)), {8357, 4643},
        {760, 422}, {643, 357}, 2000, 1182, 13000, {1000, 13000, 11818, 1182});
    row("100%", krw({item(12000), item(8000)}, Discount::percent(10000)), {0, 0}, {0, 0}, {12000, 8000}, 20000, 0, 0,
        {1000, 0, 0, 0});
    row("with tip", krw({item(15000), item(9000, 2)}, Discount::amount(5000), 3000), {12727, 15273}, {1157, 1388},
        {2273, 2727}, 5000, 2545, 31000, {1000, 28000, 25455, 2545});
    row("10 over 9990/1/1", krw({item(9990), item(1), item(1)}, Discount::amount(10)), {9980, 1, 1}, {907, 0, 0},
        {10, 0, 0}, 10, 907, 9982, {1000, 9982, 9075, 907});
    row("free line gets no share",
        krw({item(5000, 1, 1000, Discount::percent(10000)), item(3000)}, Discount::percent(1000)), {0, 2700}, {0, 245},
        {0, 300}, 5300, 245, 2700, {1000, 2700, 2455, 245});
}

void TestTicket::modifiers_data()
{
    pricingColumns();
    row("options × qty", krw({item(4500, 3, 1000, {}, {500, 0, 600})}), {16800}, {1527}, {0}, 0, 1527, 16800,
        {1000, 16800, 15273, 1527});
    row("percent on unit + option", krw({item(4500, 2, 1000, Discount::percent(1000), {500})}), {9000}, {818}, {0},
        1000, 818, 9000, {1000, 9000, 8182, 818});
}

void TestTicket::invariantsHoldForManyTickets_data()
{
    QTest::addColumn<Ticket>("ticket");
    quint64 state = 0x2545F4914F6CDD1DULL;
    const auto next = [&state](qint64 bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<qint64>((state >> 33) % static_cast<quint64>(bound));
    };
    const int rates[] = {0, 500, 875, 1000};
    for (int n = 0; n < 300; ++n) {
        QList<TicketLine> lines;
        const qint64 count = 1 + next(7);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 unit = next(4) == 0 ? next(10) : next(100000);
            const Discount d = next(3) == 0 ? Discount::percent(next(10001)) : Discount{};
            lines << item(unit, 1 + next(5), rates[next(4)], d, next(2) ? QList<qint64>{next(1000)} : QList<qint64>{});
        }
        const qint64 base = priceTicket(krw(lines))->totalMinor; // the most an order discount may take
        const Discount order = next(2) ? Discount::amount(next(base + 1)) : Discount::percent(next(10001));
        const Ticket t = next(2) ? krw(lines, order, next(5000)) : usd(lines, order, next(500));
        QTest::addRow("random %d", n) << t;
    }
}

void TestTicket::invariantsHoldForManyTickets()
{
    QFETCH(Ticket, ticket);
    const auto r = priceTicket(ticket);
    QVERIFY2(r.ok(), test::describe(r).constData());
    verifyInvariants(ticket, r.value());
    for (const VatBucket &b : r->vat) {
        // Recomputed here as round half up over an even denominator, a different route to the same rule.
        const qint64 expected = ticket.pricesIncludeVat ? b.grossMinor - (2 * b.grossMinor * 10000 + 10000 + b.vatBp) /
                                                                             (2 * (10000 + b.vatBp))
                                                        : (2 * b.netMinor * b.vatBp + 10000) / 20000;
        QCOMPARE(b.vatMinor, expected);
    }
}

void TestTicket::largestAcceptedAmounts()
{
    const auto one = priceTicket(krw({item(kCap)}, {}, kCap));
    QVERIFY2(one.ok(), test::describe(one).constData());
    QCOMPARE(one->totalMinor, 2 * kCap);
    const auto qty = priceTicket(krw({item(1'000'000'000, 1'000'000)}));
    QVERIFY2(qty.ok(), test::describe(qty).constData());
    QCOMPARE(qty->subtotalMinor, kCap);
    const Ticket many = usd(QList<TicketLine>(1000, item(kCap)), {}, kCap);
    const auto r = priceTicket(many);
    QVERIFY2(r.ok(), test::describe(r).constData());
    QCOMPARE(r->subtotalMinor, qint64{1'000'000'000'000'000'000});
    QCOMPARE(r->vatMinor, qint64{100'000'000'000'000'000});
    QCOMPARE(r->totalMinor, qint64{1'101'000'000'000'000'000});
    verifyInvariants(many, r.value());
}

void TestTicket::errors_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<QString>("mentions");
    const auto bad = [](const char *tag, const Ticket &t, const char *mentions) {
        QTest::newRow(tag) << t << QString::fromUtf8(mentions);
    };
    TicketLine hidden = item(-100, 1, 1000, {}, {200});
    hidden.name = QStringLiteral("Hidden");
    bad("no lines", krw({}), "no items");
    bad("qty 0", krw({item(12000, 0)}), "Item 12000");
    bad("qty -1", krw({item(12000, -1)}), "Item 12000");
    bad("qty above a million", krw({item(1, 1'000'001)}), "too large");
    bad("negative price", krw({item(-1)}), "negative");
    bad("negative price hidden by an option", krw({hidden}), "Hidden: the price is negative");
    bad("negative option", krw({item(1000, 1, 1000, {}, {-1})}), "option");
    bad("VAT below 0", krw({item(1000, 1, -1)}), "VAT");
    bad("VAT above 100%", krw({item(1000, 1, 10001)}), "VAT");
    bad("line amount above the line", krw({item(12000, 1, 1000, Discount::amount(12001))}), "Item 12000");
    bad("line percent above 100%", krw({item(12000, 1, 1000, Discount::percent(10001))}), "100%");
    bad("negative line amount", krw({item(12000, 1, 1000, Discount::amount(-1))}), "negative");
    bad("negative line percent", krw({item(12000, 1, 1000, Discount::percent(-1))}), "negative");
    bad("order amount above the lines", krw({item(12000), item(8000)}, Discount::amount(20001)), "the order");
    bad("order amount above what line discounts leave",
        krw({item(12000, 1, 1000, Discount::percent(5000))}, Discount::amount(6001)), "the order");
    bad("order percent above 100%", krw({item(12000)}, Discount::percent(10001)), "100%");
    bad("negative tip", krw({item(12000)}, {}, -1), "tip");
    bad("huge tip", krw({item(12000)}, {}, kCap + 1), "too large");
    bad("price above the cap", krw({item(kCap + 1)}), "too large");
    bad("price × qty above the cap", krw({item(kCap, 2)}), "too large");
    bad("price × qty overflows 64 bits", krw({item(kMax / 2, 3)}), "too large");
    bad("INT64_MAX price", krw({item(kMax)}), "too large");
    bad("option overflows 64 bits", krw({item(1, 1, 1000, {}, {kMax})}), "option");
    bad("options add up above the cap", krw({item(kCap, 1, 1000, {}, {1})}), "too large");
    bad("subtotal above 10^18", krw(QList<TicketLine>(1001, item(kCap))), "too large");
}

void TestTicket::errors()
{
    QFETCH(Ticket, ticket);
    QFETCH(QString, mentions);
    const auto r = priceTicket(ticket);
    MADANG_VERIFY_ERROR(r, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void TestTicket::shareProportionally_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<Amounts>("weights");
    QTest::addColumn<Amounts>("shares");
    QTest::newRow("no weights") << qint64(100) << Amounts{} << Amounts{};
    QTest::newRow("1000 over three") << qint64(1000) << Amounts{1, 1, 1} << Amounts{334, 333, 333};
    QTest::newRow("exact") << qint64(100) << Amounts{1, 2, 3, 4} << Amounts{10, 20, 30, 40};
    QTest::newRow("7 over ten") << qint64(7) << Amounts(10, 5) << Amounts{1, 1, 1, 1, 1, 1, 1, 0, 0, 0};
    QTest::newRow("larger remainder first") << qint64(1) << Amounts{1, 2} << Amounts{0, 1};
    QTest::newRow("larger remainder, index 0") << qint64(1) << Amounts{2, 1} << Amounts{1, 0};
    QTest::newRow("tie goes to the earlier") << qint64(101) << Amounts{50, 50} << Amounts{51, 50};
    QTest::newRow("zero weight gets nothing") << qint64(5) << Amounts{0, 3, 0} << Amounts{0, 5, 0};
    QTest::newRow("zero weights: even") << qint64(10) << Amounts{0, 0, 0} << Amounts{4, 3, 3};
    QTest::newRow("zero weights: 2 over 3") << qint64(2) << Amounts{0, 0, 0} << Amounts{1, 1, 0};
    QTest::newRow("zero total") << qint64(0) << Amounts{5, 5} << Amounts{0, 0};
    QTest::newRow("negative") << qint64(-1000) << Amounts{1, 1, 1} << Amounts{-334, -333, -333};
    QTest::newRow("negative tie") << qint64(-101) << Amounts{50, 50} << Amounts{-51, -50};
    QTest::newRow("negative, zero weights") << qint64(-10) << Amounts{0, 0, 0} << Amounts{-4, -3, -3};
    QTest::newRow("INT64_MAX over itself and 1") << kMax << Amounts{kMax, 1} << Amounts{kMax - 1, 1};
    QTest::newRow("INT64_MAX over three")
        << kMax << Amounts{1, 1, 1} << Amounts{3074457345618258603, 3074457345618258602, 3074457345618258602};
    QTest::newRow("INT64_MAX weights") << kMax << Amounts{kMax, kMax}
                                       << Amounts{4611686018427387904, 4611686018427387903};
}

void TestTicket::shareProportionally()
{
    QFETCH(qint64, total);
    QFETCH(Amounts, weights);
    QFETCH(Amounts, shares);
    const Amounts got = madang::shareProportionally(total, weights);
    QCOMPARE(got, shares);
    if (!weights.isEmpty()) {
        QCOMPARE(std::accumulate(got.begin(), got.end(), qint64{0}), total);
    }
}

void TestTicket::validateChoices_data()
{
    QTest::addColumn<QString>("choices"); // "group:option group:option ..."
    QTest::addColumn<QString>("error");   // empty: valid; else a part of the message
    const auto r = [](const char *tag, const char *choices, const char *error) {
        QTest::newRow(tag) << QString::fromLatin1(choices) << QString::fromUtf8(error);
    };
    r("required size", "size:regular", "");
    r("size and two extras", "size:large extras:shot extras:syrup", "");
    r("same option id in two groups", "size:regular ice:regular", "");
    r("size missing", "extras:shot", "Size: choose at least 1");
    r("nothing chosen", "", "Size: choose at least 1");
    r("two sizes", "size:regular size:large", "Size: choose at most 1");
    r("three extras", "size:regular extras:shot extras:syrup extras:cream", "Extras: choose at most 2");
    r("unknown option", "size:huge", "huge");
    r("unknown group", "size:regular milk:oat", "oat");
    r("option of another group", "size:shot", "shot");
    r("option twice", "size:regular extras:shot extras:shot", "shot is chosen twice");
}

void TestTicket::validateChoices()
{
    QFETCH(QString, choices);
    QFETCH(QString, error);
    const auto group = [](const char *id, int min, int max, const char *options) {
        const QString name = QString::fromLatin1(id);
        ModifierGroup g{name, name.left(1).toUpper() + name.mid(1), min, max, {}};
        for (const QString &o : QString::fromLatin1(options).split(QLatin1Char(' '))) {
            g.options << ModifierOption{o, o, 100};
        }
        return g;
    };
    const QList<ModifierGroup> groups = {group("size", 1, 1, "regular large"),
                                         group("extras", 0, 2, "shot syrup cream"), group("ice", 0, 1, "regular less")};
    QList<ModifierChoice> picked;
    for (const QString &c : choices.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = c.split(QLatin1Char(':'));
        picked << ModifierChoice{parts.at(0), parts.at(0), parts.at(1), parts.at(1), 100};
    }
    const Status s = madang::validateChoices(groups, picked);
    if (error.isEmpty()) {
        MADANG_VERIFY_OK(s);
    } else {
        MADANG_VERIFY_ERROR(s, ErrorCode::InvalidInput);
        QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
    }
    MADANG_VERIFY_OK(madang::validateChoices({}, {}));
}

void TestTicket::jsonRoundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::newRow("one line") << krw({item(12000)});
    TicketLine full = item(9007199254740993, 2, 875, Discount::percent(1250), {500, 0, 600});
    full.name = QStringLiteral("비빔밥 \"특\"");
    full.note = QStringLiteral("맵지 않게\n고수 빼고");
    full.staffId = QStringLiteral("staff-7");
    Ticket t = usd({full, item(1, 1, 0, Discount::amount(1)), item(0)}, Discount::amount(300), 450);
    t.tableName = QStringLiteral("테이블 3");
    QTest::newRow("everything set") << t;
    QTest::newRow("order percent, no VAT") << krw({item(5000, 1, 0)}, Discount::percent(10000), 0);
    QTest::newRow("no lines") << krw({});
}

void TestTicket::jsonRoundTrip()
{
    QFETCH(Ticket, ticket);
    const auto back = Ticket::fromJson(ticket.toJson());
    QVERIFY2(back.ok(), test::describe(back).constData());
    QVERIFY(back.value() == ticket);
    // Through text too, as a parked ticket is stored.
    const QByteArray text = QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact);
    const auto fromText = Ticket::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(fromText.ok(), test::describe(fromText).constData());
    QVERIFY(fromText.value() == ticket);
}

void TestTicket::fromJsonDefaults()
{
    QJsonObject json = krw({item(12000, 1, 1000, Discount::percent(500))}, Discount::amount(100)).toJson();
    json.remove(QStringLiteral("prices_include_vat"));
    json.insert(QStringLiteral("order_discount"), QJsonValue::Null);
    QJsonObject line = json.value(QStringLiteral("lines")).toArray().at(0).toObject();
    line.remove(QStringLiteral("discount"));
    line.remove(QStringLiteral("modifiers"));
    json.insert(QStringLiteral("lines"), QJsonArray{line});
    const auto t = Ticket::fromJson(json);
    QVERIFY2(t.ok(), test::describe(t).constData());
    QCOMPARE(t->pricesIncludeVat, true);
    QVERIFY(t->orderDiscount.isNone());
    QVERIFY(t->lines.at(0).discount.isNone());
    QVERIFY(t->lines.at(0).modifiers.isEmpty());
    QCOMPARE(t->lines.at(0).unitMinor, qint64(12000));
}

void TestTicket::fromJsonRefusesDamage_data()
{
    QTest::addColumn<int>("line"); // -1: the ticket itself; else the index of the line to damage
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
    const auto bad = [](const char *tag, int line, const char *key, const QJsonValue &v) {
        QTest::newRow(tag) << line << QString::fromLatin1(key) << v;
    };
    const QJsonValue gone(QJsonValue::Undefined);
    const auto discount = [&gone](const char *kind, const QJsonValue &value) {
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(kind)}};
        if (!value.isUndefined()) {
            o.insert(QStringLiteral("value"), value);
        }
        return o;
    };
    bad("lines missing", -1, "lines", gone);
    bad("lines not an array", -1, "lines", QStringLiteral("x"));
    bad("currency missing", -1, "currency", gone);
    bad("currency empty", -1, "currency", QString());
    bad("tip missing", -1, "tip_minor", gone);
    bad("tip fractional", -1, "tip_minor", 1.5);
    bad("tip as text", -1, "tip_minor", QStringLiteral("100"));
    bad("unknown order discount kind", -1, "order_discount", discount("coupon", 1));
    bad("order discount without value", -1, "order_discount", discount("percent", gone));
    bad("fractional qty", 1, "qty", 1.5);
    bad("qty missing", 1, "qty", gone);
    bad("qty as text", 1, "qty", QStringLiteral("2"));
    bad("sku missing", 1, "sku", gone);
    bad("sku empty", 1, "sku", QString());
    bad("name missing", 1, "name", gone);
    bad("unit fractional", 1, "unit_minor", 0.5);
    bad("vat missing", 1, "vat_bp", gone);
    bad("unknown line discount kind", 1, "discount", discount("bogus", 0));
    bad("fractional discount", 1, "discount", discount("amount", 2.5));
    bad("fractional option price", 1, "modifiers", QJsonArray{QJsonObject{{QStringLiteral("price_minor"), 0.5}}});
    bad("option price missing", 1, "modifiers", QJsonArray{QJsonObject{{QStringLiteral("option"), 1}}});
}

void TestTicket::fromJsonRefusesDamage()
{
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = krw({item(12000), item(8000, 2, 1000, {}, {500})}, {}, 1000).toJson();
    QVERIFY2(Ticket::fromJson(json).ok(), "the undamaged ticket must load");
    QJsonObject target = line < 0 ? json : json.value(QStringLiteral("lines")).toArray().at(line).toObject();
    if (value.isUndefined()) {
        target.remove(key);
    } else {
        target.insert(key, value);
    }
    if (line < 0) {
        json = target;
    } else {
        QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
        lines.replace(line, target);
        json.insert(QStringLiteral("lines"), lines);
    }
    const auto t = Ticket::fromJson(json);
    MADANG_VERIFY_ERROR(t, ErrorCode::InvalidInput);
    QVERIFY2(t.error().message.contains(line < 0 ? QStringLiteral("damaged") : QStringLiteral("line 2")),
             qPrintable(t.error().message));
}

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"
