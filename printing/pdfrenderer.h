#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madang {

struct ReceiptDocument;

/// Paper and resolution of a receipt PDF.
struct PdfReceiptOptions
{
    qreal widthMm = 80;
    qreal marginMm = 4;
    int dpi = 300; ///< of the PDF's drawing and of the preview image
};

/// Renders a receipt as a one-page PDF as wide as the paper roll and as tall as the receipt, in Noto Sans
/// CJK KR (fonts-noto-cjk) with the verification QR code as an image: for e-mail, archives and printers
/// that take PDF. renderToImage() paints the same layout on an image, to look at.
class PdfRenderer
{
public:
    using Options = PdfReceiptOptions;

    static Result<QByteArray> render(const ReceiptDocument &doc, const Options &options = {});
    static Status renderToFile(const ReceiptDocument &doc, const QString &path, const Options &options = {});
    /// White background, options.dpi dots per inch.
    static Result<QImage> renderToImage(const ReceiptDocument &doc, const Options &options = {});
};

} // namespace madang
