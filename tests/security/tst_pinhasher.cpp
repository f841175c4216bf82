// PinHasher: PIN rules, the stored format, verification, the pepper's role and malformed stored strings.
// Rows use 1000 iterations so the suite stays fast; the production count is checked as a constant only.
#include "crypto.h"
#include "pinhasher.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace madang;

namespace {
constexpr int kTestIterations = 1000;
const QByteArray kPepper = QByteArray(32, '\x42');

QString validStored()
{
    return PinHasher(kPepper, kTestIterations).hash(QStringLiteral("1234")).value();
}
} // namespace

class TestPinHasher : public QObject
{
    Q_OBJECT

private slots:
    void productionIterationCount();
    void isValidPin_data();
    void isValidPin();
    void hashFormat();
    void hashIsHmacThenPbkdf2();
    void hashRefusesInvalidInput_data();
    void hashRefusesInvalidInput();
    void verify_data();
    void verify();
    void differentPepperFails();
    void saltMakesHashesDiffer();
    void otherIterationCountStillVerifies_data();
    void otherIterationCountStillVerifies();
    void malformedStored_data();
    void malformedStored();
};

void TestPinHasher::productionIterationCount()
{
    static_assert(PinHasher::kDefaultIterations >= 600000);
    QVERIFY(PinHasher::kDefaultIterations >= 600000);
    QCOMPARE(PinHasher(kPepper).iterations(), PinHasher::kDefaultIterations);
}

void TestPinHasher::isValidPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QStringLiteral("1234") << true;
    QTest::newRow("5 digits") << QStringLiteral("09876") << true;
    QTest::newRow("6 digits") << QStringLiteral("123456") << true;
    QTest::newRow("all zero") << QStringLiteral("0000") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("7 digits") << QStringLiteral("1234567") << false;
    QTest::newRow("letter") << QStringLiteral("12a4") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << QStringLiteral(" 1234") << false;
    QTest::newRow("trailing newline") << QStringLiteral("1234\n") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff11\uff12\uff13\uff14") << false;
    QTest::newRow("sign") << QStringLiteral("-1234") << false;
}

void TestPinHasher::isValidPin()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(PinHasher::isValidPin(pin), valid);
}

void TestPinHasher::hashFormat()
{
    auto stored = PinHasher(kPepper, kTestIterations).hash(QStringLiteral("1234"));
    MADANG_VERIFY_OK(stored);
    // 16-byte salt = 24 base64 characters, 32-byte hash = 44.
    static const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
    QVERIFY2(format.match(stored.value()).hasMatch(), qPrintable(stored.value()));
    QVERIFY(!stored->contains(QStringLiteral("1234$")));
}

void TestPinHasher::hashIsHmacThenPbkdf2()
{
    // Pins the construction: hash = PBKDF2-SHA256(HMAC-SHA256(pepper, pin), salt, iterations, 32).
    auto stored = PinHasher(kPepper, kTestIterations).hash(QStringLiteral("482910"));
    MADANG_VERIFY_OK(stored);
    const QStringList parts = stored->split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    auto password = crypto::hmacSha256(kPepper, "482910");
    MADANG_VERIFY_OK(password);
    auto expected = crypto::pbkdf2Sha256(password.value(), salt, kTestIterations, 32);
    MADANG_VERIFY_OK(expected);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()), expected.value());
    // Without the pepper (plain PIN as the password) the hash is different.
    QVERIFY(crypto::pbkdf2Sha256("482910", salt, kTestIterations, 32).value() != expected.value());
}

void TestPinHasher::hashRefusesInvalidInput_data()
{
    QTest::addColumn<QByteArray>("pepper");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QString>("pin");
    QTest::newRow("short PIN") << kPepper << kTestIterations << QStringLiteral("12");
    QTest::newRow("letters") << kPepper << kTestIterations << QStringLiteral("abcd");
    QTest::newRow("no pepper") << QByteArray() << kTestIterations << QStringLiteral("1234");
    QTest::newRow("zero iterations") << kPepper << 0 << QStringLiteral("1234");
}

void TestPinHasher::hashRefusesInvalidInput()
{
    QFETCH(QByteArray, pepper);
    QFETCH(int, iterations);
    QFETCH(QString, pin);
    MADANG_VERIFY_ERROR(PinHasher(pepper, iterations).hash(pin), ErrorCode::InvalidInput);
}

void TestPinHasher::verify_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    QTest::newRow("right PIN") << QStringLiteral("1234") << true;
    QTest::newRow("wrong PIN") << QStringLiteral("1235") << false;
    QTest::newRow("PIN with an extra digit") << QStringLiteral("12345") << false;
    QTest::newRow("invalid PIN") << QStringLiteral("12") << false;
    QTest::newRow("Arabic-Indic lookalike") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
}

void TestPinHasher::verify()
{
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    const PinHasher hasher(kPepper, kTestIterations);
    auto verdict = hasher.verify(attempt, validStored());
    MADANG_VERIFY_OK(verdict);
    QCOMPARE(verdict.value(), matches);
}

void TestPinHasher::differentPepperFails()
{
    const QString stored = validStored();
    auto verdict = PinHasher(QByteArray(32, '\x43'), kTestIterations).verify(QStringLiteral("1234"), stored);
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict.value());
    MADANG_VERIFY_ERROR(PinHasher(QByteArray(), kTestIterations).verify(QStringLiteral("1234"), stored),
                        ErrorCode::InvalidInput);
}

void TestPinHasher::saltMakesHashesDiffer()
{
    const PinHasher hasher(kPepper, kTestIterations);
    auto first = hasher.hash(QStringLiteral("1234"));
    auto second = hasher.hash(QStringLiteral("1234"));
    MADANG_VERIFY_OK(first);
    MADANG_VERIFY_OK(second);
    QVERIFY(first.value() != second.value());
    QVERIFY(first->section(QLatin1Char('$'), 2, 2) != second->section(QLatin1Char('$'), 2, 2));
    QVERIFY(hasher.verify(QStringLiteral("1234"), first.value()).value());
    QVERIFY(hasher.verify(QStringLiteral("1234"), second.value()).value());
}

void TestPinHasher::otherIterationCountStillVerifies_data()
{
    QTest::addColumn<int>("storedWith");
    QTest::addColumn<int>("hasherUses");
    QTest::addColumn<bool>("needsRehash");
    QTest::newRow("raised later") << 1000 << 2000 << true;
    QTest::newRow("lowered later") << 2000 << 1000 << false;
    QTest::newRow("same") << 1000 << 1000 << false;
}

void TestPinHasher::otherIterationCountStillVerifies()
{
    QFETCH(int, storedWith);
    QFETCH(int, hasherUses);
    QFETCH(bool, needsRehash);
    auto stored = PinHasher(kPepper, storedWith).hash(QStringLiteral("7777"));
    MADANG_VERIFY_OK(stored);
    const PinHasher later(kPepper, hasherUses);
    QVERIFY(later.verify(QStringLiteral("7777"), stored.value()).value());
    QVERIFY(!later.verify(QStringLiteral("7778"), stored.value()).value());
    QCOMPARE(later.needsRehash(stored.value()), needsRehash);
}

void TestPinHasher::malformedStored_data()
{
    QTest::addColumn<QString>("stored");
    const QStringList good = validStored().split(QLatin1Char('$'));
    const auto with = [&good](int field, const QString &value) {
        QStringList parts = good;
        parts[field] = value;
        return parts.join(QLatin1Char('$'));
    };
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("1234");
    QTest::newRow("three fields") << QStringList(good.mid(0, 3)).join(QLatin1Char('$'));
    QTest::newRow("five fields") << good.join(QLatin1Char('$')) + QStringLiteral("$x");
    QTest::newRow("other scheme") << with(0, QStringLiteral("pbkdf2-sha1"));
    QTest::newRow("zero iterations") << with(1, QStringLiteral("0"));
    QTest::newRow("negative iterations") << with(1, QStringLiteral("-1000"));
    QTest::newRow("plus sign") << with(1, QStringLiteral("+1000"));
    QTest::newRow("spaced iterations") << with(1, QStringLiteral(" 1000"));
    QTest::newRow("text iterations") << with(1, QStringLiteral("many"));
    QTest::newRow("empty iterations") << with(1, QString());
    QTest::newRow("overflowing iterations") << with(1, QStringLiteral("99999999999"));
    QTest::newRow("too many iterations") << with(1, QString::number(PinHasher::kMaxIterations + 1));
    QTest::newRow("salt not base64") << with(2, QStringLiteral("!!!!"));
    QTest::newRow("empty salt") << with(2, QString());
    QTest::newRow("short salt") << with(2, QStringLiteral("AAAA"));
    QTest::newRow("hash not base64") << with(3, QStringLiteral("****"));
    QTest::newRow("short hash") << with(3, QString::fromLatin1(QByteArray(31, 'x').toBase64()));
    QTest::newRow("long hash") << with(3, QString::fromLatin1(QByteArray(33, 'x').toBase64()));
}

void TestPinHasher::malformedStored()
{
    QFETCH(QString, stored);
    auto verdict = PinHasher(kPepper, kTestIterations).verify(QStringLiteral("1234"), stored);
    MADANG_VERIFY_ERROR(verdict, ErrorCode::InvalidInput);
    QVERIFY2(verdict.error().message.contains(QStringLiteral("malformed")), qPrintable(verdict.error().message));
    QVERIFY(!PinHasher(kPepper, 1000000).needsRehash(stored));
}

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
