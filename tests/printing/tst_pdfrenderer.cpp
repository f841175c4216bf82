// PdfRenderer: a valid one-page PDF as wide as the roll, the font that has Hangul, and a preview image that
// shares the PDF's painting code, whose QR code scans. MADANG_SCREENSHOT_DIR=<dir> keeps the PDFs and the
// previews (PNG) there, to look at.
#include "pdfrenderer.h"
#include "receiptfixtures.h"
#include "receiptpainter.h"
#include "receiptqr.h"
#include "testsupport.h"
#include "zxingdecode.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestPdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void fontHasHangul();
    void pdf_data();
    void pdf();
    void toFile();
    void preview_data();
    void preview();
    void widerPaper();
    void unfitDocumentIsRefused();
    void unwritablePathIsAnError();
};

namespace {
void addRows()
{
    QTest::addColumn<ReceiptDocument>("document");
    QTest::addColumn<QString>("name");
    QTest::newRow("ko sale") << koreanSale() << QStringLiteral("ko-sale");
    QTest::newRow("en sale") << englishSale() << QStringLiteral("en-sale");
    QTest::newRow("ko duplicate") << koreanDuplicate() << QStringLiteral("ko-duplicate");
    QTest::newRow("ko refund") << koreanRefund() << QStringLiteral("ko-refund");
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

/// The /MediaBox of the one page, in points.
QRectF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    const auto m = box.match(QString::fromLatin1(pdf));
    if (!m.hasMatch()) {
        return {};
    }
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}

constexpr qreal kPointsPerMm = 72 / 25.4;
} // namespace

void TestPdfRenderer::fontHasHangul()
{
    QVERIFY2(QFontDatabase::families().contains(ReceiptPainter::fontFamily()),
             "fonts-noto-cjk is not installed (scripts/install-deps.sh)");
    const QFont font(ReceiptPainter::fontFamily());
    QCOMPARE(QFontInfo(font).family(), ReceiptPainter::fontFamily());
    const QFontMetrics metrics(font);
    for (const char32_t c : QStringLiteral("합계부가세재발행₩").toUcs4()) {
        QVERIFY2(metrics.inFontUcs4(c), qPrintable(QString::number(uint(c), 16)));
    }
}

void TestPdfRenderer::pdf_data()
{
    addRows();
}

void TestPdfRenderer::pdf()
{
    QFETCH(ReceiptDocument, document);
    QFETCH(QString, name);
    auto pdf = PdfRenderer::render(document);
    MADANG_VERIFY_OK(pdf);
    if (const QString dir = qEnvironmentVariable("MADANG_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("receipt-%1.pdf").arg(name)), pdf.value()));
    }
    QVERIFY(pdf->startsWith("%PDF-1."));
    QVERIFY(pdf->trimmed().endsWith("%%EOF"));
    QVERIFY2(pdf->size() > 10 * 1024, qPrintable(QString::number(pdf->size())));
    QCOMPARE(pageCount(pdf.value()), 1);
    const QRectF box = mediaBox(pdf.value());
    QVERIFY2(qAbs(box.width() - 80 * kPointsPerMm) < 1.5, qPrintable(QString::number(box.width())));
    QVERIFY2(box.height() > 150 * kPointsPerMm, qPrintable(QString::number(box.height()))); // a long receipt
    QVERIFY(pdf->contains("/Subtype /Image"));                                              // the QR code
}

void TestPdfRenderer::toFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("T1-000042.pdf"));
    MADANG_VERIFY_OK(PdfRenderer::renderToFile(koreanSale(), path));
    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageCount(pdf), 1);
}

void TestPdfRenderer::preview_data()
{
    addRows();
}

void TestPdfRenderer::preview()
{
    QFETCH(ReceiptDocument, document);
    QFETCH(QString, name);
    PdfRenderer::Options options;
    options.dpi = 203; // a thermal printer's 8 dots per mm
    auto image = PdfRenderer::renderToImage(document, options);
    MADANG_VERIFY_OK(image);
    QCOMPARE(image->width(), qRound(80 / 25.4 * 203));
    QVERIFY(image->height() > image->width() * 2);
    const QString dir = qEnvironmentVariable("MADANG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image->save(QDir(dir).filePath(QStringLiteral("receipt-%1.png").arg(name))));
    }
    QCOMPARE(decodeQr(image.value()), ReceiptQrPayload::fromDocument(document).value().toString());

    // Nothing is drawn in the side margins: the text fits the paper.
    const int margin = qRound(3.5 / 25.4 * 203);
    for (int y = 0; y < image->height(); ++y) {
        for (int x : {0, margin - 1, image->width() - margin, image->width() - 1}) {
            QVERIFY2(image->pixel(x, y) == qRgb(255, 255, 255),
                     qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
        }
    }
}

void TestPdfRenderer::widerPaper()
{
    PdfRenderer::Options options;
    options.widthMm = 58;
    auto pdf = PdfRenderer::render(koreanSale(), options);
    MADANG_VERIFY_OK(pdf);
    QVERIFY(qAbs(mediaBox(pdf.value()).width() - 58 * kPointsPerMm) < 1.5);
}

void TestPdfRenderer::unfitDocumentIsRefused()
{
    ReceiptDocument doc = koreanSale();
    doc.kind = QStringLiteral("gift");
    MADANG_VERIFY_ERROR(PdfRenderer::render(doc), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(PdfRenderer::renderToImage(doc), ErrorCode::InvalidInput);
}

void TestPdfRenderer::unwritablePathIsAnError()
{
    auto written = PdfRenderer::renderToFile(koreanSale(), QStringLiteral("/nonexistent-madang-dir/r.pdf"));
    MADANG_VERIFY_ERROR(written, ErrorCode::Io);
    QVERIFY(written.error().message.contains(QStringLiteral("/nonexistent-madang-dir/r.pdf")));
}

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
