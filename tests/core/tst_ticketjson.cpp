// Ticket helpers: proportional sharing, option choices, and the JSON a held ticket is stored as.
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

class TestTicketJson : public QObject
{
    Q_OBJECT

private slots:
    void shareProportionally_data();
    void shareProportionally();
    void validateChoices_data();
    void validateChoices();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonDefaults();
    void fromJsonRefusesDamage_data();
    void fromJsonRefusesDamage();
};

void TestTicketJson::shareProportionally_data()
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

void TestTicketJson::shareProportionally()
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

void TestTicketJson::validateChoices_data()
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

void TestTicketJson::validateChoices()
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

void TestTicketJson::jsonRoundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::newRow("one line") << krw({item(12000)});
    TicketLine full = item(9007199254740993, 2, 875, Discount::percent(1250), {500, 0, 600});
    full.name = QStringLiteral("비빔밥 \"특\"");
    full.note = QStringLiteral("맵지 않게\n고수 빼고");
    full.staffId = QStringLiteral("staff-7");
    Ticket t = usd({full, item(1, 1, 0, Discount::amount(1)), item(0)}, Discount::amount(300), 450);
    t.tableName = QStringLiteral("테이블 3");
    t.customerId = QStringLiteral("0193f0c2-7d1e-7000-8000-000000000001"); // held with its customer
    QTest::newRow("everything set") << t;
    QTest::newRow("order percent, no VAT") << krw({item(5000, 1, 0)}, Discount::percent(10000), 0);
    QTest::newRow("no lines") << krw({});
}

void TestTicketJson::jsonRoundTrip()
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

void TestTicketJson::fromJsonDefaults()
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

void TestTicketJson::fromJsonRefusesDamage_data()
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

void TestTicketJson::fromJsonRefusesDamage()
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

QTEST_GUILESS_MAIN(TestTicketJson)
#include "tst_ticketjson.moc"
