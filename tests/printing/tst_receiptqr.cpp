// ReceiptQr: the verification payload's format, its checks, and a QR code that scans back to it.
#include "receiptfixtures.h"
#include "receiptqr.h"
#include "testsupport.h"
#include "zxingdecode.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestReceiptQr : public QObject
{
    Q_OBJECT

private slots:
    void payloadFormat_data();
    void payloadFormat();
    void unfitDocumentIsRefused_data();
    void unfitDocumentIsRefused();
    void parseRoundTrip_data();
    void parseRoundTrip();
    void parseRefusesOtherText_data();
    void parseRefusesOtherText();
    void decodesBack_data();
    void decodesBack();
    void imageGeometry();
    void emptyTextIsRefused();
};

namespace {
const QString kHash = fakeHash("a");
const QString kSig = fakeSig("a");

ReceiptDocument doc(const QString &receipt, qint64 total, const QString &currency, const QString &hash,
                    const QString &sig)
{
    ReceiptDocument d;
    d.receipt = receipt;
    d.totalMinor = total;
    d.currency = currency;
    d.journalHash = hash;
    d.journalSig = sig;
    return d;
}
} // namespace

void TestReceiptQr::payloadFormat_data()
{
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("expected");

    const QString tail = QLatin1Char('|') + kHash + QLatin1Char('|') + kSig;
    QTest::newRow("sale") << QStringLiteral("T1-000042") << qint64(18000) << QStringLiteral("KRW") << kHash
                          << QStringLiteral("MADANG-R1|T1-000042|18000|KRW") + tail;
    QTest::newRow("refund is negative") << QStringLiteral("T1-000043") << qint64(-4000) << QStringLiteral("KRW")
                                        << kHash << QStringLiteral("MADANG-R1|T1-000043|-4000|KRW") + tail;
    QTest::newRow("cents") << QStringLiteral("T9-000001") << qint64(450) << QStringLiteral("USD") << kHash
                           << QStringLiteral("MADANG-R1|T9-000001|450|USD") + tail;
    QTest::newRow("zero") << QStringLiteral("T1-000001") << qint64(0) << QStringLiteral("KRW") << kHash
                          << QStringLiteral("MADANG-R1|T1-000001|0|KRW") + tail;
    QTest::newRow("upper-case hash is lowered")
        << QStringLiteral("T1-000042") << qint64(18000) << QStringLiteral("KRW") << kHash.toUpper()
        << QStringLiteral("MADANG-R1|T1-000042|18000|KRW") + tail;
}

void TestReceiptQr::payloadFormat()
{
    QFETCH(QString, receipt);
    QFETCH(qint64, total);
    QFETCH(QString, currency);
    QFETCH(QString, hash);
    QFETCH(QString, expected);
    auto payload = ReceiptQrPayload::fromDocument(doc(receipt, total, currency, hash, kSig));
    MADANG_VERIFY_OK(payload);
    QCOMPARE(payload->toString(), expected);
}

void TestReceiptQr::unfitDocumentIsRefused_data()
{
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("sig");
    QTest::addColumn<QString>("mentions");

    const QString r = QStringLiteral("T1-000042");
    const QString krw = QStringLiteral("KRW");
    QTest::newRow("no receipt") << QString() << krw << kHash << kSig << QStringLiteral("receipt number");
    QTest::newRow("separator in receipt")
        << QStringLiteral("T1|42") << krw << kHash << kSig << QStringLiteral("receipt number");
    QTest::newRow("Hangul in receipt") << QStringLiteral("영수증1") << krw << kHash << kSig
                                       << QStringLiteral("receipt number");
    QTest::newRow("lower-case currency") << r << QStringLiteral("krw") << kHash << kSig << QStringLiteral("currency");
    QTest::newRow("short hash") << r << krw << kHash.left(63) << kSig << QStringLiteral("hash");
    QTest::newRow("not hex") << r << krw << QString(64, QLatin1Char('g')) << kSig << QStringLiteral("hash");
    QTest::newRow("no signature") << r << krw << kHash << QString() << QStringLiteral("signature");
    QTest::newRow("signature not base64")
        << r << krw << kHash << QStringLiteral("not base64!") << QStringLiteral("signature");
    QTest::newRow("separator in signature")
        << r << krw << kHash << QStringLiteral("MEUC|IQ==") << QStringLiteral("signature");
}

void TestReceiptQr::unfitDocumentIsRefused()
{
    QFETCH(QString, receipt);
    QFETCH(QString, currency);
    QFETCH(QString, hash);
    QFETCH(QString, sig);
    QFETCH(QString, mentions);
    auto payload = ReceiptQrPayload::fromDocument(doc(receipt, 1000, currency, hash, sig));
    MADANG_VERIFY_ERROR(payload, ErrorCode::InvalidInput);
    QVERIFY2(payload.error().message.contains(mentions), qPrintable(payload.error().message));
    MADANG_VERIFY_ERROR(ReceiptQr::forDocument(doc(receipt, 1000, currency, hash, sig)), ErrorCode::InvalidInput);
}

void TestReceiptQr::parseRoundTrip_data()
{
    QTest::addColumn<ReceiptDocument>("document");
    QTest::newRow("korean sale") << koreanSale();
    QTest::newRow("english sale") << englishSale();
    QTest::newRow("refund") << koreanRefund();
}

void TestReceiptQr::parseRoundTrip()
{
    QFETCH(ReceiptDocument, document);
    auto made = ReceiptQrPayload::fromDocument(document);
    MADANG_VERIFY_OK(made);
    auto parsed = ReceiptQrPayload::parse(made->toString());
    MADANG_VERIFY_OK(parsed);
    QCOMPARE(parsed->receipt, document.receipt);
    QCOMPARE(parsed->totalMinor, document.totalMinor);
    QCOMPARE(parsed->currency, document.currency);
    QCOMPARE(parsed->hashHex, document.journalHash);
    QCOMPARE(parsed->sigBase64, document.journalSig);
}

void TestReceiptQr::parseRefusesOtherText_data()
{
    QTest::addColumn<QString>("text");
    const QString good = QStringLiteral("MADANG-R1|T1-000042|18000|KRW|") + kHash + QLatin1Char('|') + kSig;
    QTest::newRow("empty") << QString();
    QTest::newRow("a URL") << QStringLiteral("https://example.com/r/T1-000042");
    QTest::newRow("other version") << QString(good).replace(QStringLiteral("R1"), QStringLiteral("R2"));
    QTest::newRow("field missing") << good.section(QLatin1Char('|'), 0, 4);
    QTest::newRow("field too many") << good + QStringLiteral("|x");
    QTest::newRow("total not a number") << QString(good).replace(QStringLiteral("18000"), QStringLiteral("18,000"));
    QTest::newRow("total with plus") << QString(good).replace(QStringLiteral("18000"), QStringLiteral("+18000"));
    QTest::newRow("truncated signature") << good.left(good.size() - 3);
}

void TestReceiptQr::parseRefusesOtherText()
{
    QFETCH(QString, text);
    MADANG_VERIFY_ERROR(ReceiptQrPayload::parse(text), ErrorCode::InvalidInput);
}

void TestReceiptQr::decodesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    auto payload = [](const ReceiptDocument &d) { return ReceiptQrPayload::fromDocument(d).value().toString(); };
    QTest::newRow("korean sale, 1 px") << payload(koreanSale()) << 1;
    QTest::newRow("korean sale, 4 px") << payload(koreanSale()) << 4;
    QTest::newRow("refund, 3 px") << payload(koreanRefund()) << 3;
    QTest::newRow("short text") << QStringLiteral("MADANG") << 2;
}

void TestReceiptQr::decodesBack()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    auto qr = ReceiptQr::encode(text);
    MADANG_VERIFY_OK(qr);
    QCOMPARE(qr->text(), text);
    QCOMPARE(decodeQr(qr->toImage(scale)), text);
}

void TestReceiptQr::imageGeometry()
{
    auto qr = ReceiptQr::forDocument(koreanSale());
    MADANG_VERIFY_OK(qr);
    // Level M, 8-bit: about 200 bytes need version 9 or 10 (53 or 57 modules).
    QVERIFY2(qr->size() >= 49 && qr->size() <= 61, qPrintable(QString::number(qr->size())));
    QCOMPARE((qr->size() - 17) % 4, 0);
    // Finder patterns: dark corners top-left, top-right and bottom-left, light bottom-right area.
    QVERIFY(qr->module(0, 0));
    QVERIFY(qr->module(qr->size() - 1, 0));
    QVERIFY(qr->module(0, qr->size() - 1));
    QVERIFY(!qr->module(7, 7));
    QVERIFY(!qr->module(-1, 0));
    QVERIFY(!qr->module(0, qr->size()));

    const QImage image = qr->toImage(3, 4);
    QCOMPARE(image.width(), (qr->size() + 8) * 3);
    QCOMPARE(image.height(), image.width());
    QCOMPARE(qGray(image.pixel(0, 0)), 255);               // quiet zone
    QCOMPARE(qGray(image.pixel(4 * 3, 4 * 3)), 0);         // first module
    QCOMPARE(qGray(image.pixel(4 * 3 + 2, 4 * 3 + 2)), 0); // the whole 3 × 3 block
}

void TestReceiptQr::emptyTextIsRefused()
{
    MADANG_VERIFY_ERROR(ReceiptQr::encode(QString()), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestReceiptQr)
#include "tst_receiptqr.moc"
