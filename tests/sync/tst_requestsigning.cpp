// Signed requests: what the platform accepts and, row by row, every change it must refuse.
#include "crypto.h"
#include "protocol/requestsigning.h"
#include "sales/journal.h"
#include "testsupport.h"

#include <QtTest>

using namespace madang;

namespace {
class KeySigner final : public Signer
{
public:
    explicit KeySigner(EcKey &key) : m_key(key) {}
    [[nodiscard]] QString terminalId() const override { return QStringLiteral("T1"); }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) const override { return m_key.sign(data); }

private:
    EcKey &m_key;
};
} // namespace

class tst_RequestSigning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto key = EcKey::generate();
        QVERIFY(key.ok());
        m_key = std::make_unique<EcKey>(std::move(key).value());
        auto other = EcKey::generate();
        QVERIFY(other.ok());
        m_otherPem = other->publicPem().value();
    }

    void verifies_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("expected"); // -1 ok, else the ErrorCode
        QTest::newRow("untouched") << "" << -1;
        QTest::newRow("four minutes late") << "late240" << -1;
        QTest::newRow("six minutes late") << "late360" << int(ErrorCode::Expired);
        QTest::newRow("six minutes early") << "early360" << int(ErrorCode::Expired);
        QTest::newRow("body changed") << "body" << int(ErrorCode::Forbidden);
        QTest::newRow("path changed") << "path" << int(ErrorCode::Forbidden);
        QTest::newRow("query changed") << "query" << int(ErrorCode::Forbidden);
        QTest::newRow("method changed") << "method" << int(ErrorCode::Forbidden);
        QTest::newRow("nonce changed") << "nonce" << int(ErrorCode::Forbidden);
        QTest::newRow("timestamp changed") << "timestamp" << int(ErrorCode::Forbidden);
        QTest::newRow("another key") << "key" << int(ErrorCode::Forbidden);
    }
    void verifies()
    {
        QFETCH(QString, change);
        QFETCH(int, expected);
        const KeySigner signer(*m_key);
        const qint64 now = 1800000000;
        QByteArray body = R"({"ops":[]})";
        QByteArray path = "/v1/pull?after=0&limit=10";
        QByteArray method = "GET";
        auto signature = sync::signRequest(signer, QStringLiteral("dev"), method, path, body, now);
        QVERIFY(signature.ok());
        QByteArray pem = m_key->publicPem().value();
        qint64 checkedAt = now;
        if (change.startsWith(QLatin1String("late"))) {
            checkedAt += change.mid(4).toInt();
        } else if (change.startsWith(QLatin1String("early"))) {
            checkedAt -= change.mid(5).toInt();
        } else if (change == QLatin1String("body")) {
            body = R"({"ops":[1]})";
        } else if (change == QLatin1String("path")) {
            path = "/v1/push?after=0&limit=10";
        } else if (change == QLatin1String("query")) {
            path = "/v1/pull?after=5&limit=10";
        } else if (change == QLatin1String("method")) {
            method = "POST";
        } else if (change == QLatin1String("nonce")) {
            signature->nonce = QStringLiteral("0123456789abcdef0123456789abcdef");
        } else if (change == QLatin1String("timestamp")) {
            signature->timestamp += 1;
        } else if (change == QLatin1String("key")) {
            pem = m_otherPem;
        }
        const Status checked = sync::verifyRequest(pem, signature.value(), method, path, body, checkedAt);
        if (expected < 0) {
            MADANG_VERIFY_OK(checked);
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(int(checked.error().code), expected);
        }
    }

    void headersRoundTrip()
    {
        const KeySigner signer(*m_key);
        auto signature = sync::signRequest(signer, QStringLiteral("dev-1"), "POST", "/v1/push", "{}", 1800000000);
        QVERIFY(signature.ok());
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : signature->headers()) {
            headers.insert(name, value);
        }
        auto back = sync::RequestSignature::fromHeaders([&](const char *name) { return headers.value(name); });
        QVERIFY(back.ok());
        QCOMPARE(back->deviceId, QStringLiteral("dev-1"));
        QCOMPARE(back->nonce, signature->nonce);
        QCOMPARE(back->signature, signature->signature);
        MADANG_VERIFY_OK(
            sync::verifyRequest(m_key->publicPem().value(), back.value(), "POST", "/v1/push", "{}", 1800000000));
    }

    void malformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("device");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("names");
        const QByteArray nonce = "0123456789abcdef0123456789abcdef";
        QTest::newRow("no device") << QByteArray() << QByteArray("1") << nonce << QByteArray("AA==")
                                   << "X-Madang-Device";
        QTest::newRow("no timestamp") << QByteArray("d") << QByteArray() << nonce << QByteArray("AA==")
                                      << "X-Madang-Timestamp";
        QTest::newRow("timestamp not a number")
            << QByteArray("d") << QByteArray("12:00") << nonce << QByteArray("AA==") << "X-Madang-Timestamp";
        QTest::newRow("short nonce") << QByteArray("d") << QByteArray("1") << QByteArray("abc") << QByteArray("AA==")
                                     << "X-Madang-Nonce";
        QTest::newRow("uppercase nonce") << QByteArray("d") << QByteArray("1") << nonce.toUpper() << QByteArray("AA==")
                                         << "X-Madang-Nonce";
        QTest::newRow("signature not base64")
            << QByteArray("d") << QByteArray("1") << nonce << QByteArray("!!!") << "X-Madang-Signature";
    }
    void malformedHeaders()
    {
        QFETCH(QByteArray, device);
        QFETCH(QByteArray, timestamp);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, signature);
        QFETCH(QString, names);
        auto parsed = sync::RequestSignature::parse(device, timestamp, nonce, signature);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(names), qPrintable(parsed.error().message));
    }

private:
    std::unique_ptr<EcKey> m_key;
    QByteArray m_otherPem;
};

QTEST_GUILESS_MAIN(tst_RequestSigning)
#include "tst_requestsigning.moc"
