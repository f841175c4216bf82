// EscPosRenderer: golden bytes for a Korean 58 mm, an English 80 mm and a reprinted receipt, and the structure
// a printer relies on (ESC @ first, a cut last, no line wider than the paper, the QR as a raster that scans).
//
// After an intended layout change, regenerate the goldens and review them (a hex diff, or print them):
//     MADANG_UPDATE_GOLDENS=1 ctest -R tst_escposrenderer
#include "escposparser.h"
#include "escposrenderer.h"
#include "receiptfixtures.h"
#include "receiptqr.h"
#include "testsupport.h"
#include "zxingdecode.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestEscPosRenderer : public QObject
{
    Q_OBJECT

private slots:
    void plainTextSlip();
    void golden_data();
    void golden();
    void structure_data();
    void structure();
    void displayWidth_data();
    void displayWidth();
    void wrap_data();
    void wrap();
    void amountsAreFlushRight();
    void koreanIsEncodedForTheKoreanMode();
    void missingCharactersPrintAsQuestionMarks();
    void englishNeedsNoKoreanMode();
    void badPaperWidthIsRefused();
};

namespace {
void addReceiptRows()
{
    QTest::addColumn<ReceiptDocument>("document");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<QString>("golden");
    QTest::newRow("ko 58 sale") << koreanSale() << 58 << QStringLiteral("ko-58-sale.bin");
    QTest::newRow("en 80 sale") << englishSale() << 80 << QStringLiteral("en-80-sale.bin");
    QTest::newRow("ko 58 duplicate") << koreanDuplicate() << 58 << QStringLiteral("ko-58-duplicate.bin");
    QTest::newRow("ko 80 refund") << koreanRefund() << 80 << QStringLiteral("ko-80-refund.bin");
}

EscPosParse renderAndParse(const ReceiptDocument &doc, int widthMm)
{
    auto bytes = EscPosRenderer(widthMm).render(doc);
    if (!bytes) {
        EscPosParse failed;
        failed.error = bytes.error().message;
        return failed;
    }
    return parseEscPos(bytes.value());
}
} // namespace

void TestEscPosRenderer::golden_data()
{
    addReceiptRows();
}

void TestEscPosRenderer::golden()
{
    QFETCH(ReceiptDocument, document);
    QFETCH(int, widthMm);
    QFETCH(QString, golden);
    auto bytes = EscPosRenderer(widthMm).render(document);
    MADANG_VERIFY_OK(bytes);
    const QString path = dataPath(QStringLiteral("escpos/") + golden);
    if (qEnvironmentVariableIntValue("MADANG_UPDATE_GOLDENS") == 1) {
        QVERIFY2(writeFile(path, bytes.value()), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(path + QStringLiteral(" is missing; MADANG_UPDATE_GOLDENS=1 makes it")));
    if (bytes.value() != expected) {
        qsizetype at = 0;
        while (at < qMin(bytes->size(), expected.size()) && bytes->at(at) == expected.at(at)) {
            ++at;
        }
        QFAIL(qPrintable(QStringLiteral("%1 differs from byte %2 (%3 bytes, golden %4):\n%5")
                             .arg(golden)
                             .arg(at)
                             .arg(bytes->size())
                             .arg(expected.size())
                             .arg(parseEscPos(bytes.value()).text())));
    }
}

void TestEscPosRenderer::structure_data()
{
    addReceiptRows();
}

void TestEscPosRenderer::structure()
{
    QFETCH(ReceiptDocument, document);
    QFETCH(int, widthMm);
    const EscPosRenderer renderer(widthMm);
    auto bytes = renderer.render(document);
    MADANG_VERIFY_OK(bytes);
    QVERIFY(bytes->startsWith("\x1b@"));
    QVERIFY(bytes->endsWith("\x1dV\x01"));

    const EscPosParse parsed = parseEscPos(bytes.value());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.lines.size() > 20);
    for (const EscPosLine &line : parsed.lines) {
        QVERIFY2(
            line.columns <= renderer.columns(),
            qPrintable(
                QStringLiteral("%1 columns > %2: \"%3\"").arg(line.columns).arg(renderer.columns()).arg(line.text)));
        QVERIFY2(!line.text.contains(QLatin1Char('?')), qPrintable(line.text));
    }
    QCOMPARE(parsed.rasters.size(), 1);
    const QImage qr = parsed.rasters.first();
    QVERIFY2(qr.width() <= renderer.dots(), qPrintable(QString::number(qr.width())));
    QCOMPARE(decodeQr(qr), ReceiptQrPayload::fromDocument(document).value().toString());

    const QString text = parsed.text();
    QVERIFY2(text.contains(document.receipt), qPrintable(text));
    const bool ko = document.language == QStringLiteral("ko");
    for (const QString &label : ko ? QStringList{QStringLiteral("사업자등록번호"), QStringLiteral("합계"),
                                                 QStringLiteral("과세물품가액"), QStringLiteral("부가세")}
                                   : QStringList{QStringLiteral("Business reg. no."), QStringLiteral("TOTAL"),
                                                 QStringLiteral("VAT"), QStringLiteral("Tip")}) {
        QVERIFY2(text.contains(label), qPrintable(label));
    }
    // A reprint says so in large reverse print, at the top and at the bottom.
    int banners = 0;
    for (const EscPosLine &line : parsed.lines) {
        if (line.text.contains(QStringLiteral("DUPLICATE"))) {
            QVERIFY(line.reverse && line.doubleWidth && line.doubleHeight);
            ++banners;
        }
    }
    QCOMPARE(banners, document.duplicate ? 2 : 0);
    QCOMPARE(text.contains(QStringLiteral("재발행")), document.duplicate);
}

void TestEscPosRenderer::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("Total 1,000") << 11;
    QTest::newRow("hangul") << QStringLiteral("합계") << 4;
    QTest::newRow("mixed") << QStringLiteral("콜라 355ml") << 10;
    QTest::newRow("won suffix") << QStringLiteral("18,000원") << 8;
    QTest::newRow("full-width won") << QStringLiteral("￦") << 2;
}

void TestEscPosRenderer::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(EscPosRenderer::displayWidth(text), width);
}

void TestEscPosRenderer::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits") << QStringLiteral("김치찌개") << 10 << QStringList{QStringLiteral("김치찌개")};
    QTest::newRow("at spaces") << QStringLiteral("제육볶음 정식 밥과 국 포함") << 14
                               << QStringList{QStringLiteral("제육볶음 정식"), QStringLiteral("밥과 국 포함")};
    QTest::newRow("long word broken") << QStringLiteral("가나다라마바사") << 6
                                      << QStringList{QStringLiteral("가나다"), QStringLiteral("라마바"),
                                                     QStringLiteral("사")};
    QTest::newRow("hangul never split across the edge")
        << QStringLiteral("a가나") << 4 << QStringList{QStringLiteral("a가"), QStringLiteral("나")};
    QTest::newRow("empty") << QString() << 10 << QStringList{QString()};
}

void TestEscPosRenderer::wrap()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QFETCH(QStringList, lines);
    QCOMPARE(EscPosRenderer::wrap(text, columns), lines);
}

void TestEscPosRenderer::amountsAreFlushRight()
{
    const EscPosParse parsed = renderAndParse(koreanSale(), 58);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    int amounts = 0;
    for (const EscPosLine &line : parsed.lines) {
        if (line.text.endsWith(QStringLiteral("원"))) {
            QCOMPARE(line.columns, 32);
            ++amounts;
        }
    }
    QVERIFY(amounts >= 10);
}

void TestEscPosRenderer::koreanIsEncodedForTheKoreanMode()
{
    auto bytes = EscPosRenderer(58).render(koreanSale());
    MADANG_VERIFY_OK(bytes);
    QVERIFY(bytes->startsWith("\x1b@\x1c&"));                  // FS &: Korean character mode, right after the reset
    QVERIFY(bytes->contains(QByteArray::fromHex("c7d5b0e8"))); // 합계 in KS X 1001
    QVERIFY(!bytes->contains(QStringLiteral("합계").toUtf8()));
}

void TestEscPosRenderer::missingCharactersPrintAsQuestionMarks()
{
    ReceiptDocument doc = koreanSale();
    doc.lines.first().name = QStringLiteral("똠양꿍 🍜");
    auto cp949 = EscPosRenderer(80).render(doc);
    MADANG_VERIFY_OK(cp949);
    const QString cp949Text = parseEscPos(cp949.value()).text();
    QVERIFY2(cp949Text.contains(QStringLiteral("똠양꿍 ?")), qPrintable(cp949Text));
    auto eucKr = EscPosRenderer(80, EscPosRenderer::Encoding::EucKr).render(doc);
    MADANG_VERIFY_OK(eucKr);
    const QString eucKrText = parseEscPos(eucKr.value(), "EUC-KR").text();
    QVERIFY2(eucKrText.contains(QStringLiteral("?양꿍 ?")), qPrintable(eucKrText));
}

void TestEscPosRenderer::englishNeedsNoKoreanMode()
{
    ReceiptDocument doc = englishSale();
    doc.businessName = QStringLiteral("Madang Bistro");
    doc.lines.first().name = QStringLiteral("Bibimbap");
    doc.currency = QStringLiteral("USD");
    doc.minorDigits = 2;
    auto bytes = EscPosRenderer(80).render(doc);
    MADANG_VERIFY_OK(bytes);
    const EscPosParse parsed = parseEscPos(bytes.value());
    QVERIFY(!parsed.korean);
    QVERIFY(parsed.text().contains(QStringLiteral("$590.00")));
}

void TestEscPosRenderer::badPaperWidthIsRefused()
{
    MADANG_VERIFY_ERROR(EscPosRenderer(72).render(koreanSale()), ErrorCode::InvalidInput);
}

void TestEscPosRenderer::plainTextSlip()
{
    const QByteArray bytes = EscPosRenderer(58).renderText(QStringLiteral("NEW  김치찌개 x2\n\nTable 4"));
    QVERIFY(bytes.startsWith(QByteArrayLiteral("\x1b@\x1c&"))); // init, then Korean mode
    QVERIFY2(bytes.contains(QByteArray::fromHex("4e455720 20b1e8c4a1c2eeb0b3207832 0a 0a")),
             bytes.toHex(' ').constData());
    QVERIFY(bytes.contains(QByteArrayLiteral("Table 4\n")));
    QVERIFY(bytes.endsWith(QByteArrayLiteral("\x1dV\x01")));
    // ASCII only: no Korean mode; a long line wraps at 32 columns.
    const QByteArray ascii = EscPosRenderer(58).renderText(QString(40, QLatin1Char('a')));
    QVERIFY(!ascii.contains(QByteArrayLiteral("\x1c&")));
    QVERIFY(ascii.contains(QByteArray(32, 'a') + '\n' + QByteArray(8, 'a') + '\n'));
}

QTEST_GUILESS_MAIN(TestEscPosRenderer)
#include "tst_escposrenderer.moc"
