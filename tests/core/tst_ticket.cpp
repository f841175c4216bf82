// Ticket pricing: VAT per rate, discounts, tips, invariants over many tickets, and refusals.
#include "sales/ticket.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>
#include <numeric>

using namespace madang;
using namespace madang::test;

Q_DECLARE_METATYPE(madang::Ticket)

namespace {
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
    // The dearest price sells with VAT of 100% on top and the largest tip.
    const auto dearest = priceTicket(usd({item(kCap, 1, 10000)}, {}, kCap));
    QVERIFY2(dearest.ok(), test::describe(dearest).constData());
    QCOMPARE(dearest->totalMinor, 3 * kCap);
    const auto qty = priceTicket(krw({item(1'000'000'000, Money::kMaxQuantity)}));
    QVERIFY2(qty.ok(), test::describe(qty).constData());
    QCOMPARE(qty->subtotalMinor, kTotal);
    const Ticket many = usd(QList<TicketLine>(9, item(kCap)), {}, kCap / 10);
    const auto r = priceTicket(many);
    QVERIFY2(r.ok(), test::describe(r).constData());
    QCOMPARE(r->subtotalMinor, 9 * kCap);
    QCOMPARE(r->vatMinor, 9 * kCap / 10);
    QCOMPARE(r->totalMinor, kTotal);
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
    const char *over = "over the maximum of ₩1,000,000,000,000";
    const char *overTotal = "over the maximum of ₩10,000,000,000,000";
    bad("tip above the maximum", krw({item(12000)}, {}, kCap + 1), "The tip ₩1,000,000,000,001 is over");
    bad("price above the maximum", krw({item(kCap + 1)}), "The price of Item 1000000000001 ₩1,000,000,000,001");
    bad("INT64_MAX price", krw({item(kMax)}), over);
    bad("option above the maximum", krw({item(1, 1, 1000, {}, {kCap + 1})}), "option price");
    bad("option INT64_MAX", krw({item(1, 1, 1000, {}, {kMax})}), over);
    bad("options add up above a ticket", krw({item(kCap, 1, 1000, {}, Amounts(10, kCap))}), overTotal);
    bad("line amount discount above the maximum", krw({item(kCap, 1, 1000, Discount::amount(kCap + 1))}),
        "discount on Item");
    bad("price × qty above a ticket", krw({item(kCap, 11)}),
        "line total of Item 1000000000000 (11 × ₩1,000,000,000,000)");
    bad("qty above the maximum", krw({item(1, Money::kMaxQuantity + 1)}),
        "the quantity 10001 is out of range (1 to 10,000)");
    bad("qty INT64_MAX", krw({item(1, kMax)}), "out of range");
    bad("lines add up above a ticket", krw(QList<TicketLine>(11, item(kCap))), overTotal);
    bad("VAT on top lifts the ticket above", usd(QList<TicketLine>(10, item(kCap))), "ticket total");
    bad("tip lifts the ticket above", krw(QList<TicketLine>(10, item(kCap)), {}, 1), "ticket total");
}

void TestTicket::errors()
{
    QFETCH(Ticket, ticket);
    QFETCH(QString, mentions);
    const auto r = priceTicket(ticket);
    MADANG_VERIFY_ERROR(r, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"
