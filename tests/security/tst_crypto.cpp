// crypto: PBKDF2 and HMAC against published vectors, OpenSSL's SHA-256 for the chain hashes, random bytes, and the
// P-256 EcKey.
#include "base/digest.h"
#include "crypto.h"
#include "keyfixtures.h"
#include "testsupport.h"

#include <QTest>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <thread>
#include <vector>

using namespace madang;
using madang::test::describe;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void pbkdf2Vectors_data();
    void pbkdf2Vectors();
    void pbkdf2RejectsBadArguments_data();
    void pbkdf2RejectsBadArguments();
    void hmacVectors_data();
    void hmacVectors();
    void openSslDigestAgrees_data();
    void openSslDigestAgrees();
    void randomBytes_data();
    void randomBytes();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void signFromSeveralThreads();
    void tamperedSignatureFails_data();
    void tamperedSignatureFails();
    void signaturesAreLowS();
    void highSTwinAndLooseDerRefused();
    void verifyRejectsUnusablePublicKey_data();
    void verifyRejectsUnusablePublicKey();
    void fromPrivatePemRejects_data();
    void fromPrivatePemRejects();
    void pemRoundTrip();
};

void TestCrypto::pbkdf2Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("hex");
    // Widely published PBKDF2-HMAC-SHA256 vectors (the RFC 6070 inputs with SHA-256) and RFC 7914 section 11.
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1 << 32
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2 << 32
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096 << 32
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("long inputs, 40 bytes")
        << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096 << 40
        << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    QTest::newRow("embedded NUL") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096 << 16
                                  << QByteArray("89b69d0516f829893c696226650a8687");
    QTest::newRow("RFC 7914 passwd") << QByteArray("passwd") << QByteArray("salt") << 1 << 64
                                     << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                                   "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("RFC 7914 NaCl") << QByteArray("Password") << QByteArray("NaCl") << 80000 << 64
                                   << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                                 "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestCrypto::pbkdf2Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, length);
    QFETCH(QByteArray, hex);
    auto derived = crypto::pbkdf2Sha256(password, salt, iterations, length);
    MADANG_VERIFY_OK(derived);
    QCOMPARE(derived->toHex(), hex);
}

void TestCrypto::pbkdf2RejectsBadArguments_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("length");
    QTest::newRow("zero iterations") << 0 << 32;
    QTest::newRow("negative iterations") << -1 << 32;
    QTest::newRow("zero length") << 1 << 0;
    QTest::newRow("huge length") << 1 << 1025;
}

void TestCrypto::pbkdf2RejectsBadArguments()
{
    QFETCH(int, iterations);
    QFETCH(int, length);
    MADANG_VERIFY_ERROR(crypto::pbkdf2Sha256("password", "salt", iterations, length), ErrorCode::InvalidInput);
}

void TestCrypto::hmacVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("hex");
    // RFC 4231 test cases (case 5 is a truncated output and is left out).
    QByteArray key4;
    for (char c = 1; c <= 25; ++c) {
        key4 += c;
    }
    QTest::newRow("RFC 4231 #1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                 << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 #2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                 << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 #3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                 << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("RFC 4231 #4") << key4 << QByteArray(50, '\xcd')
                                 << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("RFC 4231 #6") << QByteArray(131, '\xaa')
                                 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                 << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("RFC 4231 #7") << QByteArray(131, '\xaa')
                                 << QByteArray("This is a test using a larger than block-size key and a larger than "
                                               "block-size data. The key needs to be hashed before being used by the "
                                               "HMAC algorithm.")
                                 << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCrypto::hmacVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, hex);
    auto mac = crypto::hmacSha256(key, message);
    MADANG_VERIFY_OK(mac);
    QCOMPARE(mac->toHex(), hex);
}

void TestCrypto::openSslDigestAgrees_data()
{
    // Sizes around SHA-256's 64-byte block and its 55/56-byte padding edge, a journal entry's size, and parts
    // split the way the chain hash splits them (previous hash, then the entry's text).
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("split");
    for (const int size : {0, 1, 55, 56, 63, 64, 65, 1300, 1 << 20}) {
        QTest::addRow("%d bytes, whole", size) << size << 0;
        QTest::addRow("%d bytes, in two", size) << size << size / 3;
    }
}

void TestCrypto::openSslDigestAgrees()
{
    QFETCH(int, size);
    QFETCH(int, split);
    QByteArray message(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        message[i] = static_cast<char>(i * 31 + 7);
    }
    const QByteArrayView view(message);
    const QByteArray portable = digest::portableSha256({view});
    crypto::useOpenSslDigest();
    QCOMPARE(digest::sha256({view.first(split), view.sliced(split)}), portable);
    digest::setSha256(nullptr);
}

void TestCrypto::randomBytes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("valid");
    QTest::newRow("16") << 16 << true;
    QTest::newRow("32") << 32 << true;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("too many") << (1 << 20) + 1 << false;
}

void TestCrypto::randomBytes()
{
    QFETCH(int, n);
    QFETCH(bool, valid);
    auto first = crypto::randomBytes(n);
    QCOMPARE(first.ok(), valid);
    if (valid) {
        auto second = crypto::randomBytes(n);
        MADANG_VERIFY_OK(second);
        QCOMPARE(first->size(), n);
        QVERIFY(first.value() != second.value());
    }
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abcd") << QByteArray("abcd") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte") << QByteArray("abcd") << QByteArray("abce") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
}

void TestCrypto::signVerifyRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("journal line") << QByteArray("T1|2025-03-14T09:30:00.000+09:00|sale|12000");
    QTest::newRow("1 MiB") << QByteArray(1 << 20, 'x');
}

void TestCrypto::signVerifyRoundTrip()
{
    QFETCH(QByteArray, data);
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    auto publicPem = key->publicPem();
    MADANG_VERIFY_OK(publicPem);
    auto signature = key->sign(data);
    MADANG_VERIFY_OK(signature);
    QVERIFY2(signature->size() >= 8 && signature->size() <= 72, QByteArray::number(signature->size()));
    QCOMPARE(signature->at(0), '\x30'); // DER SEQUENCE
    auto verdict = EcKey::verify(publicPem.value(), data, signature.value());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict.value());
}

// One key's prepared signing context is shared: signatures made from several threads at once all verify.
void TestCrypto::signFromSeveralThreads()
{
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    auto publicPem = key->publicPem();
    MADANG_VERIFY_OK(publicPem);
    constexpr int kThreads = 4;
    constexpr int kEach = 50;
    std::vector<std::vector<QByteArray>> signatures(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&key, &signatures, t] {
            for (int i = 0; i < kEach; ++i) {
                auto sig = key->sign(QByteArray::number(t * kEach + i));
                signatures[t].push_back(sig ? sig.value() : QByteArray());
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    for (int t = 0; t < kThreads; ++t) {
        QCOMPARE(signatures[t].size(), size_t{kEach});
        for (int i = 0; i < kEach; ++i) {
            auto verdict = EcKey::verify(publicPem.value(), QByteArray::number(t * kEach + i), signatures[t][i]);
            MADANG_VERIFY_OK(verdict);
            QVERIFY2(verdict.value(), qPrintable(QStringLiteral("thread %1, signature %2").arg(t).arg(i)));
        }
    }
}

void TestCrypto::tamperedSignatureFails_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("bit in data") << QStringLiteral("data");
    QTest::newRow("bit in signature") << QStringLiteral("signature");
    QTest::newRow("truncated signature") << QStringLiteral("truncated");
    QTest::newRow("empty signature") << QStringLiteral("empty");
    QTest::newRow("another key") << QStringLiteral("key");
}

void TestCrypto::tamperedSignatureFails()
{
    QFETCH(QString, change);
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    QByteArray data("receipt 000123 total 45000");
    auto signature = key->sign(data);
    MADANG_VERIFY_OK(signature);
    QByteArray sig = signature.value();
    auto publicPem = key->publicPem();
    MADANG_VERIFY_OK(publicPem);
    QByteArray pem = publicPem.value();
    if (change == QLatin1String("data")) {
        data[3] = static_cast<char>(data.at(3) ^ 0x01);
    } else if (change == QLatin1String("signature")) {
        sig[sig.size() - 1] = static_cast<char>(sig.at(sig.size() - 1) ^ 0x01);
    } else if (change == QLatin1String("truncated")) {
        sig.chop(1);
    } else if (change == QLatin1String("empty")) {
        sig.clear();
    } else {
        auto other = EcKey::generate();
        MADANG_VERIFY_OK(other);
        pem = other->publicPem().value();
    }
    auto verdict = EcKey::verify(pem, data, sig);
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict.value());
}

void TestCrypto::verifyRejectsUnusablePublicKey_data()
{
    QTest::addColumn<QByteArray>("publicPem");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n");
    QTest::newRow("RSA") << madang::test::publicPemOf(madang::test::otherKeyPem("RSA"));
    QTest::newRow("P-384") << madang::test::publicPemOf(madang::test::otherKeyPem("EC", "secp384r1"));
}

void TestCrypto::verifyRejectsUnusablePublicKey()
{
    QFETCH(QByteArray, publicPem);
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    auto signature = key->sign("data");
    MADANG_VERIFY_OK(signature);
    MADANG_VERIFY_ERROR(EcKey::verify(publicPem, "data", signature.value()), ErrorCode::InvalidInput);
}

void TestCrypto::fromPrivatePemRejects_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("reason");
    auto good = EcKey::generate();
    QVERIFY(good.ok());
    const QByteArray goodPem = good->privatePem().value();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an unencrypted private key");
    QTest::newRow("garbage") << QByteArray("hello, world") << QStringLiteral("not an unencrypted private key");
    QTest::newRow("truncated") << goodPem.left(goodPem.size() / 2) << QStringLiteral("not an unencrypted");
    QTest::newRow("public key") << good->publicPem().value() << QStringLiteral("not an unencrypted");
    QTest::newRow("encrypted") << madang::test::otherKeyPem("EC", "prime256v1", "secret")
                               << QStringLiteral("not an unencrypted");
    QTest::newRow("RSA") << madang::test::otherKeyPem("RSA") << QStringLiteral("RSA key, not an ECDSA P-256");
    QTest::newRow("Ed25519") << madang::test::otherKeyPem("ED25519") << QStringLiteral("not an ECDSA P-256");
    QTest::newRow("P-384") << madang::test::otherKeyPem("EC", "secp384r1") << QStringLiteral("secp384r1, not P-256");
    QTest::newRow("secp256k1") << madang::test::otherKeyPem("EC", "secp256k1") << QStringLiteral("not P-256");
}

void TestCrypto::fromPrivatePemRejects()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, reason);
    auto key = EcKey::fromPrivatePem(pem);
    MADANG_VERIFY_ERROR(key, ErrorCode::InvalidInput);
    QVERIFY2(key.error().message.contains(reason), qPrintable(key.error().message));
}

void TestCrypto::pemRoundTrip()
{
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    auto privatePem = key->privatePem();
    MADANG_VERIFY_OK(privatePem);
    QVERIFY(privatePem->startsWith("-----BEGIN PRIVATE KEY-----\n")); // PKCS#8
    auto publicPem = key->publicPem();
    MADANG_VERIFY_OK(publicPem);
    QVERIFY(publicPem->startsWith("-----BEGIN PUBLIC KEY-----\n")); // SubjectPublicKeyInfo

    auto reloaded = EcKey::fromPrivatePem(privatePem.value());
    MADANG_VERIFY_OK(reloaded);
    QCOMPARE(reloaded->publicPem().value(), publicPem.value());
    QCOMPARE(reloaded->privatePem().value(), privatePem.value());
    auto signature = reloaded->sign("after reload");
    MADANG_VERIFY_OK(signature);
    QVERIFY(EcKey::verify(publicPem.value(), "after reload", signature.value()).value());

    auto other = EcKey::generate();
    MADANG_VERIFY_OK(other);
    QVERIFY(other->publicPem().value() != publicPem.value());
}

namespace {
/// s of a DER ECDSA signature, as hex, and the signature with s replaced by n - s.
std::pair<QByteArray, QByteArray> highSTwin(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    BIGNUM *n = nullptr;
    BN_hex2bn(&n, "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
    char *hex = BN_bn2hex(s);
    const QByteArray sHex(hex);
    OPENSSL_free(hex);
    BIGNUM *twinS = BN_new();
    BN_sub(twinS, n, s);
    ECDSA_SIG_set0(sig, BN_dup(r), twinS);
    QByteArray twin(i2d_ECDSA_SIG(sig, nullptr), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(twin.data());
    i2d_ECDSA_SIG(sig, &out);
    ECDSA_SIG_free(sig);
    BN_free(n);
    return {sHex, twin};
}
} // namespace

void TestCrypto::signaturesAreLowS()
{
    auto key = EcKey::generate();
    MADANG_VERIFY_OK(key);
    // n/2, rounded down; a random signature has a high S half of the time, so 40 tries all but surely meet one.
    const QByteArray halfOrder = QByteArrayLiteral("7FFFFFFF800000007FFFFFFFFFFFFFFFDE737D56D38BCF4279DCE5617E3192A8");
    for (int i = 0; i < 40; ++i) {
        const QByteArray data = QByteArray::number(i);
        auto sig = key->sign(data);
        MADANG_VERIFY_OK(sig);
        const QByteArray s = highSTwin(sig.value()).first.rightJustified(64, '0');
        QVERIFY2(s <= halfOrder, s.constData());
        QCOMPARE(EcKey::verify(key->publicPem().value(), data, sig.value()).value(), true);
    }
}

void TestCrypto::highSTwinAndLooseDerRefused()
{
    auto key = EcKey::generate();
    const QByteArray pem = key->publicPem().value();
    const QByteArray data = QByteArrayLiteral("0123456789abcdef");
    const QByteArray sig = key->sign(data).value();
    const QByteArray twin = highSTwin(sig).second;
    QVERIFY(twin != sig);
    QCOMPARE(EcKey::verify(pem, data, twin).value(), false);       // valid ECDSA, but not what this terminal makes
    QCOMPARE(EcKey::verify(pem, data, sig + '\0').value(), false); // trailing garbage
    auto verifier = EcKey::verifier(pem);
    MADANG_VERIFY_OK(verifier);
    QCOMPARE(verifier.value()(data, sig).value(), true);
    QCOMPARE(verifier.value()(data, twin).value(), false);
    QCOMPARE(verifier.value()(data + 'x', sig).value(), false);
    MADANG_VERIFY_ERROR(EcKey::verifier(QByteArrayLiteral("not a key")), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
