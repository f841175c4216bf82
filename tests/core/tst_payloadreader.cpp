// PayloadReader: every field an applier reads is required and of the writer's type; the first that is not is
// kept and refuses the op, naming the op and the field.
#include "replication/outbox.h"
#include "replication/payloadreader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace madang;
using namespace Qt::Literals::StringLiterals;

class TestPayloadReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheWriterPut();
    void refusesAField_data();
    void refusesAField();
    void firstFailureIsKept();
    void refusalNamesOpAndField();
};

namespace {
OutboxOp opWith(const QJsonObject &payload)
{
    OutboxOp op;
    op.op = QStringLiteral("reservation.created");
    op.payload = payload;
    return op;
}
} // namespace

void TestPayloadReader::readsWhatTheWriterPut()
{
    const OutboxOp op = opWith({{"name"_L1, QStringLiteral("김하늘")},
                                {"amount"_L1, 9007199254740992.0},
                                {"party"_L1, 4},
                                {"active"_L1, true},
                                {"tables"_L1, QJsonArray{"t1"_L1}},
                                {"event"_L1, QJsonObject{{"kind"_L1, "seated"_L1}}},
                                {"day"_L1, "2026-12-07"_L1},
                                {"longest"_L1, QString(PayloadReader::kMaxStringLength, u'가')}});
    PayloadReader read(op);
    QCOMPARE(read.string("name"_L1), QStringLiteral("김하늘"));
    QCOMPARE(read.integer("amount"_L1), Q_INT64_C(9007199254740992));
    QCOMPARE(read.number("party"_L1), 4);
    QCOMPARE(read.boolean("active"_L1), true);
    QCOMPARE(read.array("tables"_L1).size(), 1);
    QCOMPARE(read.object("event"_L1).value("kind"_L1).toString(), QStringLiteral("seated"));
    QCOMPARE(read.date("day"_L1), QDate(2026, 12, 7));
    QCOMPARE(read.string("longest"_L1).size(), PayloadReader::kMaxStringLength);
    QVERIFY(read.ok());
    MADANG_VERIFY_OK(read.status());
}

void TestPayloadReader::refusesAField_data()
{
    QTest::addColumn<QString>("kind"); // what is read
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("missing text") << "string" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("text as a number") << "string" << QJsonValue(5);
    QTest::newRow("text one character too long")
        << "string" << QJsonValue(QString(PayloadReader::kMaxStringLength + 1, u'a'));
    QTest::newRow("a fraction for a whole number") << "integer" << QJsonValue(1.5);
    QTest::newRow("a number past 2^53") << "integer" << QJsonValue(1.8e16);
    QTest::newRow("a number as text") << "integer" << QJsonValue("12"_L1);
    QTest::newRow("past an int") << "number" << QJsonValue(3000000000.0);
    QTest::newRow("a yes as text") << "boolean" << QJsonValue("true"_L1);
    QTest::newRow("an object for a list") << "array" << QJsonValue(QJsonObject{});
    QTest::newRow("a list for an object") << "object" << QJsonValue(QJsonArray{});
    QTest::newRow("no such day") << "date" << QJsonValue("2026-02-30"_L1);
    QTest::newRow("a day in another form") << "date" << QJsonValue("07.12.2026"_L1);
}

void TestPayloadReader::refusesAField()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, value);
    QJsonObject payload;
    if (!value.isUndefined()) {
        payload.insert("field"_L1, value);
    }
    const OutboxOp op = opWith(payload);
    PayloadReader read(op);
    const auto key = "field"_L1;
    if (kind == "string"_L1) {
        QCOMPARE(read.string(key), QString());
    } else if (kind == "integer"_L1) {
        QCOMPARE(read.integer(key), 0);
    } else if (kind == "number"_L1) {
        QCOMPARE(read.number(key), 0);
    } else if (kind == "boolean"_L1) {
        QCOMPARE(read.boolean(key), false);
    } else if (kind == "array"_L1) {
        QVERIFY(read.array(key).isEmpty());
    } else if (kind == "object"_L1) {
        QVERIFY(read.object(key).isEmpty());
    } else {
        QVERIFY(!read.date(key).isValid());
    }
    QVERIFY(!read.ok());
    MADANG_VERIFY_ERROR(read.status(), ErrorCode::InvalidInput);
    QVERIFY2(read.status().error().message.contains("\"field\""_L1), qPrintable(read.status().error().message));
}

void TestPayloadReader::firstFailureIsKept()
{
    const OutboxOp op = opWith({{"a"_L1, 1}, {"c"_L1, "x"_L1}});
    PayloadReader read(op);
    read.string("a"_L1);                      // wrong type: the first failure
    read.string("b"_L1);                      // missing, but after the first
    QCOMPARE(read.string("c"_L1), QString()); // reads after a failure are empty
    QVERIFY(read.status().error().message.contains("\"a\""_L1));
    QVERIFY(!read.status().error().message.contains("\"b\""_L1));
}

void TestPayloadReader::refusalNamesOpAndField()
{
    const Error refused = PayloadReader::refusal(opWith({}), QStringLiteral("role"));
    QCOMPARE(refused.code, ErrorCode::InvalidInput);
    QCOMPARE(refused.message,
             QStringLiteral("The payload of \"reservation.created\" has no valid \"role\"; nothing was applied."));
}

QTEST_GUILESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
