#include "pdfrenderer.h"

#include "receiptdocument.h"
#include "receiptlayout.h"
#include "receiptpainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcPdf, "madang.printing.pdf", QtWarningMsg)

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)
};

constexpr qreal kMinHeightMm = 60;
constexpr qreal kMmPerInch = 25.4;

Result<ReceiptPainter> painterFor(const ReceiptDocument &doc, const PdfRenderer::Options &options)
{
    if (options.widthMm < 40 || options.widthMm > 220 || options.dpi < 72 || options.dpi > 1200) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A receipt PDF is 40 to 220 mm wide at 72 to 1200 dpi."));
    }
    if (!QFontDatabase::families().contains(ReceiptPainter::fontFamily())) {
        qCWarning(lcPdf) << ReceiptPainter::fontFamily() << "is not installed (fonts-noto-cjk): Hangul may not render";
    }
    auto rows = ReceiptLayout::rows(doc);
    if (!rows) {
        return rows.error();
    }
    return ReceiptPainter(std::move(rows).value(), {options.widthMm, options.marginMm, options.dpi});
}

} // namespace

Result<QByteArray> PdfRenderer::render(const ReceiptDocument &doc, const Options &options)
{
    auto painter = painterFor(doc, options);
    if (!painter) {
        return painter.error();
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(options.dpi);
        writer.setCreator(QStringLiteral("Madang %1").arg(QStringLiteral(MADANG_VERSION)));
        writer.setTitle(doc.receipt);
        const qreal heightMm = qMax(kMinHeightMm, painter->heightPx(&writer) * kMmPerInch / options.dpi);
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(options.widthMm, heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF()));
        QPainter p;
        if (!p.begin(&writer)) {
            return makeError(ErrorCode::Io, Text::tr("Cannot start the PDF of receipt %1.").arg(doc.receipt));
        }
        painter->paint(p);
        p.end();
    }
    return pdf;
}

Status PdfRenderer::renderToFile(const ReceiptDocument &doc, const QString &path, const Options &options)
{
    auto pdf = render(doc, options);
    if (!pdf) {
        return pdf.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the receipt PDF %1: %2").arg(path, file.errorString()));
    }
    return Done{};
}

Result<QImage> PdfRenderer::renderToImage(const ReceiptDocument &doc, const Options &options)
{
    auto painter = painterFor(doc, options);
    if (!painter) {
        return painter.error();
    }
    const int dotsPerMeter = qRound(options.dpi / kMmPerInch * 1000);
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    const int height = qCeil(qMax(painter->heightPx(&probe), kMinHeightMm * options.dpi / kMmPerInch));
    QImage image(painter->widthPx(), height, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    painter->paint(p);
    p.end();
    return image;
}

} // namespace madang
