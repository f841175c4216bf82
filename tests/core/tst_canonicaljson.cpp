// Canonical JSON: byte for byte what Python's json.dumps(sort_keys=True, separators=(",", ":"),
// ensure_ascii=False) writes, and the SHA-256 chain built on it.
#include "base/canonicaljson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <limits>

using namespace madang;
using namespace Qt::Literals::StringLiterals;

namespace {
QString key(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject one(const char *name, const QJsonValue &value)
{
    return QJsonObject{{key(name), value}};
}

/// Every control character, the characters escaped by name, and neighbours that must stay raw.
QString trickyText()
{
    QString s = QStringLiteral("\"\\\n\t/");
    for (char16_t c = 0; c < 0x20; ++c) {
        s += QChar(c);
    }
    return s + QStringLiteral("\x7f \u00e9 \u2028 \U0001F600 한글");
}

/// Objects of every kind the canonical form must handle, for the golden and the Python comparison.
QJsonObject sample()
{
    return QJsonObject{{key("b"), 1},
                       {key("a"), key("마당")},
                       {key("c"), QJsonArray{true, QJsonValue(), QJsonObject{{key("z"), -5}, {key("y"), key("x/y")}}}}};
}
} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void fractionsRefused_data();
    void fractionsRefused();
    void appendString_data();
    void appendString();
    void objectWriter_data();
    void objectWriter();
    void chainHashGolden();
    void genesisHash();
    void matchesPython();
};

void TestCanonicalJson::json_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *tag, const QJsonObject &o, const char *utf8) {
        QTest::newRow(tag) << o << QByteArray(utf8);
    };
    row("empty", {}, "{}");
    row("keys sorted", {{key("b"), 1}, {key("c"), 2}, {key("a"), 3}}, R"({"a":3,"b":1,"c":2})");
    row("prefix first", {{key("ab"), 1}, {key("b"), 2}, {key("a"), 3}}, R"({"a":3,"ab":1,"b":2})");
    row("capitals before lower case", {{key("a"), 1}, {key("B"), 2}, {key("_"), 3}}, R"({"B":2,"_":3,"a":1})");
    row("nested objects sorted, arrays kept in order",
        {{key("z"), QJsonObject{{key("b"), QJsonArray{3, 1, QJsonObject{{key("d"), 1}, {key("c"), 2}}}},
                                {key("a"), QJsonValue()}}},
         {key("a"), true}},
        R"({"a":true,"z":{"a":null,"b":[3,1,{"c":2,"d":1}]}})");
    // UTF-16 order puts U+1F600 (D83D DE00) before U+FF21; code-point order, as Python's, puts it after.
    row("code point order beyond U+FFFF",
        {{key("\uff21"), 1}, {key("\U0001F600"), 2}, {key("a"), 3}, {key("\u00e9"), 4}, {key("\uffff"), 5}},
        "{\"a\":3,\"\xc3\xa9\":4,\"\xef\xbc\xa1\":1,\"\xef\xbf\xbf\":5,\"\xf0\x9f\x98\x80\":2}");
    row("Korean keys and values as raw UTF-8", {{key("메뉴"), key("비빔밥")}, {key("가격"), 12000}},
        "{\"\xea\xb0\x80\xea\xb2\xa9\":12000,\"\xeb\xa9\x94\xeb\x89\xb4\":\"\xeb\xb9\x84\xeb\xb9\x94\xeb\xb0\xa5\"}");
    row("quote and backslash", one("s", key("say \"hi\" \\o/")), R"({"s":"say \"hi\" \\o/"})");
    row("newline, tab and other named escapes", one("s", key("a\nb\tc\rd\be\ff")), R"({"s":"a\nb\tc\rd\be\ff"})");
    row("other controls in lower-case hex", one("s", QString(QChar(0x1f)) + QChar(0x01) + QChar(0x1b) + QChar(0)),
        R"({"s":"\u001f\u0001\u001b\u0000"})");
    row("slash, DEL and U+2028 stay raw", one("s", key("a/b\x7f\u2028")), "{\"s\":\"a/b\x7f\xe2\x80\xa8\"}");
    row("escaped key", {{key("a\"b\n"), 1}}, R"({"a\"b\n":1})");
    row("literals", {{key("t"), true}, {key("f"), false}, {key("n"), QJsonValue()}},
        R"({"f":false,"n":null,"t":true})");
    row("empty containers", {{key("a"), QJsonArray()}, {key("o"), QJsonObject()}, {key("s"), QString()}},
        R"({"a":[],"o":{},"s":""})");
    row("integers", one("n", QJsonArray{0, -1, 12000, -12000, qint64(1) << 31}),
        R"({"n":[0,-1,12000,-12000,2147483648]})");
    row("2^53", one("n", QJsonArray{qint64(9007199254740992), qint64(-9007199254740992)}),
        R"({"n":[9007199254740992,-9007199254740992]})");
    row("2^53 + 1 from an integer", one("n", qint64(9007199254740993)), R"({"n":9007199254740993})");
    row("INT64_MAX", one("n", std::numeric_limits<qint64>::max()), R"({"n":9223372036854775807})");
    row("INT64_MIN", one("n", std::numeric_limits<qint64>::min()), R"({"n":-9223372036854775808})");
    row("whole double", one("n", 12000.0), R"({"n":12000})");
    row("negative zero", one("n", -0.0), R"({"n":0})");
    row("2^53 as a double", one("n", 9007199254740992.0), R"({"n":9007199254740992})");
    row("sample", sample(), "{\"a\":\"\xeb\xa7\x88\xeb\x8b\xb9\",\"b\":1,\"c\":[true,null,{\"y\":\"x/y\",\"z\":-5}]}");
}

void TestCanonicalJson::json()
{
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, expected);
    const auto out = canonical::json(object);
    QVERIFY2(out.ok(), test::describe(out).constData());
    QCOMPARE(out.value(), expected);
    // appendValue writes the same bytes after whatever is already there.
    QByteArray appended("prefix:");
    QVERIFY(canonical::appendValue(appended, object));
    QCOMPARE(appended, QByteArray("prefix:") + expected);
    // Valid JSON, and canonical again once read back (QJsonObject's own == depends on the order it was built in).
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.value(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto again = canonical::json(doc.object());
    QVERIFY2(again.ok(), test::describe(again).constData());
    QCOMPARE(again.value(), expected);
}

void TestCanonicalJson::fractionsRefused_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("a half") << one("n", 0.5);
    QTest::newRow("VAT as a fraction") << one("vat", 0.1);
    QTest::newRow("just above a whole number") << one("n", 12000.000001);
    QTest::newRow("tiny") << one("n", 1e-9);
    QTest::newRow("negative fraction") << one("n", -2.5);
    QTest::newRow("in an array") << one("a", QJsonArray{1, 2, 3.25});
    QTest::newRow("in a nested object") << one("o", QJsonObject{{key("ok"), 1}, {key("bad"), 1.5}});
    QTest::newRow("deep") << one("a", QJsonArray{QJsonObject{{key("b"), QJsonArray{QJsonArray{0.75}}}}});
    QTest::newRow("after good keys") << QJsonObject{{key("a"), 1}, {key("b"), key("x")}, {key("z"), 0.01}};
    QTest::newRow("too large for 64 bits") << one("n", 1e19);
    QTest::newRow("infinity") << one("n", std::numeric_limits<double>::infinity());
}

void TestCanonicalJson::fractionsRefused()
{
    QFETCH(QJsonObject, object);
    const auto out = canonical::json(object);
    MADANG_VERIFY_ERROR(out, ErrorCode::InvalidInput);
    QVERIFY2(out.error().message.contains(QStringLiteral("fractions")), qPrintable(out.error().message));
    QByteArray partial;
    QVERIFY(!canonical::appendValue(partial, object));
}

void TestCanonicalJson::appendString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("plain") << key("cash") << QByteArray(R"("cash")");
    QTest::newRow("Korean") << key("김사장") << QByteArray("\"\xea\xb9\x80\xec\x82\xac\xec\x9e\xa5\"");
    QTest::newRow("emoji") << key("\U0001F600") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("every control character")
        << trickyText()
        << QByteArray(R"("\"\\\n\t/\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f)"
                      R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e)"
                      R"(\u001f)"
                      "\x7f \xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80 \xed\x95\x9c\xea\xb8\x80\"");
}

void TestCanonicalJson::appendString()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QByteArray out("x");
    canonical::appendString(out, text);
    QCOMPARE(out, QByteArray("x") + expected);
}

void TestCanonicalJson::objectWriter_data()
{
    QTest::addColumn<QStringList>("keys"); // written in this order, each with the value "v<i>" or an array
    QTest::addColumn<bool>("ok");
    QTest::newRow("in order") << QStringList{key("amount_minor"), key("method"), key("reference")} << true;
    QTest::newRow("prefix before longer key") << QStringList{key("vat"), key("vat_minor")} << true;
    QTest::newRow("capital before underscore before lower case") << QStringList{key("B"), key("_"), key("a")} << true;
    QTest::newRow("out of order") << QStringList{key("method"), key("amount_minor")} << false;
    QTest::newRow("longer key before its prefix") << QStringList{key("vat_minor"), key("vat")} << false;
    QTest::newRow("repeated key") << QStringList{key("a"), key("a")} << false;
}

// ObjectWriter writes what canonical::json writes for the same members, and refuses keys out of order.
void TestCanonicalJson::objectWriter()
{
    QFETCH(QStringList, keys);
    QFETCH(bool, ok);
    QByteArray out("x");
    QJsonObject same;
    {
        canonical::ObjectWriter writer(out);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QByteArray latin1 = keys.at(i).toLatin1();
            const QLatin1StringView k(latin1);
            if (i == 1) {
                const QJsonArray array{1, key("김"), QJsonObject{{key("b"), 2}, {key("a"), QJsonValue()}}};
                QVERIFY(canonical::appendArray(writer.key(k), array, [](QByteArray &to, const QJsonValue &v) {
                    return canonical::appendValue(to, v);
                }));
                same.insert(keys.at(i), array);
            } else {
                writer.string(k, QStringLiteral("v%1 \"%2\"").arg(i).arg(keys.at(i)));
                same.insert(keys.at(i), QStringLiteral("v%1 \"%2\"").arg(i).arg(keys.at(i)));
            }
        }
        QCOMPARE(writer.close(), ok);
    }
    if (ok) {
        QCOMPARE(out, QByteArray("x") + canonical::json(same).value());
    }
    QByteArray fraction;
    canonical::ObjectWriter writer(fraction);
    writer.integer("a"_L1, 1);
    writer.value("b"_L1, 0.5);
    QVERIFY(!writer.close());
}

void TestCanonicalJson::chainHashGolden()
{
    // Expected values from Python: hashlib.sha256((prev + canonical).encode()).hexdigest().
    const auto first = canonical::json(sample());
    QVERIFY2(first.ok(), test::describe(first).constData());
    const QString h1 = canonical::chainHash(canonical::genesisHash(), first.value());
    QCOMPARE(h1, QStringLiteral("5723e252fb1cb89a2cb176e6f64e68ff64355e23a6272c77df753bdf1b709bfd"));
    const auto second = canonical::json({{key("seq"), 2}, {key("amount_minor"), 12000}});
    QVERIFY2(second.ok(), test::describe(second).constData());
    QCOMPARE(second.value(), QByteArray(R"({"amount_minor":12000,"seq":2})"));
    QCOMPARE(canonical::chainHash(h1, second.value()),
             QStringLiteral("4620143aed92656d4988e902caee3e2676f3182c9c278ee3fec56c97514adfdf"));
    // Nothing after the genesis: the hash of the 64 zeros alone.
    QCOMPARE(canonical::chainHash(canonical::genesisHash(), {}),
             QStringLiteral("60e05bd1b195af2f94112fa7197a5c88289058840ce7c6df9693756bc6250f55"));
    // One byte more or another prev gives another hash.
    QVERIFY(canonical::chainHash(h1, second.value() + ' ') != canonical::chainHash(h1, second.value()));
    QVERIFY(canonical::chainHash(canonical::genesisHash(), second.value()) != canonical::chainHash(h1, second.value()));
}

void TestCanonicalJson::genesisHash()
{
    const QString g = canonical::genesisHash();
    QCOMPARE(g.size(), qsizetype(64));
    QCOMPARE(g, QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000"));
    QCOMPARE(g.count(QLatin1Char('0')), qsizetype(64));
}

void TestCanonicalJson::matchesPython()
{
    // The literals above stand on their own; this only adds a live check where Python is at hand.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is not installed");
    }
    QJsonObject object = sample();
    object.insert(key("tricky"), trickyText());
    object.insert(key("\U0001F600"), 1);
    object.insert(key("\uff21"), QJsonArray{qint64(9007199254740992), -7, QJsonObject{{key("b"), 1}, {key("a"), 2}}});
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import json, sys; v = json.loads(sys.stdin.buffer.read().decode('utf-8')); "
                                    "sys.stdout.buffer.write(json.dumps(v, sort_keys=True, separators=(',', ':'), "
                                    "ensure_ascii=False).encode('utf-8'))")});
    if (!p.waitForStarted(10000)) {
        QSKIP("python3 could not be started");
    }
    p.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    if (p.exitCode() != 0) {
        QSKIP(qPrintable(QStringLiteral("python3 failed: ") + QString::fromUtf8(p.readAllStandardError())));
    }
    const auto ours = canonical::json(object);
    QVERIFY2(ours.ok(), test::describe(ours).constData());
    QCOMPARE(ours.value(), p.readAllStandardOutput());
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
