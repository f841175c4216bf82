#pragma once

// Decodes a QR code in an image with zxing-cpp, to show that what we print scans back.

#include <QImage>
#include <QString>

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 // zxing-cpp 1.4: text() as UTF-8, without its transition notice
#endif
#include <ZXing/ReadBarcode.h>

namespace madang::test {

/// The text of the QR code in image, or an empty string if none is found.
inline QString decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return {};
    }
    return QString::fromStdString(result.text());
}

} // namespace madang::test
