#include "receiptqr.h"

#include "receiptdocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptQr)
};

constexpr QChar kSeparator = QLatin1Char('|');
constexpr int kFieldCount = 6;
constexpr int kHashHexDigits = 64;

Error invalid(const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("The receipt's verification code cannot be made: %1.").arg(what));
}

bool isPrintableAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<ReceiptQrPayload> ReceiptQrPayload::fromDocument(const ReceiptDocument &doc)
{
    ReceiptQrPayload p;
    p.receipt = doc.receipt;
    p.totalMinor = doc.totalMinor;
    p.currency = doc.currency;
    p.hashHex = doc.journalHash.toLower();
    p.sigBase64 = doc.journalSig;
    if (auto valid = p.validate(); !valid) {
        return valid.error();
    }
    return p;
}

Status ReceiptQrPayload::validate() const
{
    if (receipt.isEmpty() || receipt.contains(kSeparator) || !isPrintableAscii(receipt)) {
        return invalid(
            Text::tr("the receipt number \"%1\" is empty or has \"|\" or non-ASCII characters").arg(receipt));
    }
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(currency).hasMatch()) {
        return invalid(Text::tr("the currency \"%1\" is not an ISO 4217 code").arg(currency));
    }
    static const QRegularExpression hashRe(QStringLiteral("^[0-9a-f]{%1}$").arg(kHashHexDigits));
    if (!hashRe.match(hashHex).hasMatch()) {
        return invalid(Text::tr("the journal hash is not 64 lowercase hex digits"));
    }
    // Standard alphabet with its padding, nothing else: the text is compared byte for byte by verifiers.
    static const QRegularExpression base64Re(
        QStringLiteral("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"));
    if (sigBase64.isEmpty() || !base64Re.match(sigBase64).hasMatch()) {
        return invalid(Text::tr("the journal signature is not base64"));
    }
    return Done{};
}

QString ReceiptQrPayload::toString() const
{
    return QStringList{QString(kTag), receipt, QString::number(totalMinor), currency, hashHex, sigBase64}.join(
        kSeparator);
}

Result<ReceiptQrPayload> ReceiptQrPayload::parse(const QString &text)
{
    const QStringList fields = text.split(kSeparator);
    if (fields.size() != kFieldCount || fields.first() != kTag) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("This is not a Madang receipt code (expected %1 and %2 fields separated by \"|\").")
                             .arg(kTag)
                             .arg(kFieldCount));
    }
    ReceiptQrPayload p;
    p.receipt = fields.at(1);
    bool ok = false;
    p.totalMinor = fields.at(2).toLongLong(&ok);
    if (!ok || fields.at(2).startsWith(QLatin1Char('+'))) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The receipt code's total \"%1\" is not a whole number.").arg(fields.at(2)));
    }
    p.currency = fields.at(3);
    p.hashHex = fields.at(4);
    p.sigBase64 = fields.at(5);
    if (auto valid = p.validate(); !valid) {
        return valid.error();
    }
    return p;
}

Result<ReceiptQr> ReceiptQr::encode(const QString &text)
{
    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A QR code needs some text."));
    }
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        return makeError(errno == ERANGE ? ErrorCode::Overflow : ErrorCode::InvalidInput,
                         Text::tr("The QR code cannot hold %n bytes of text.", nullptr, int(utf8.size())));
    }
    const int size = code->width;
    QByteArray modules(qsizetype(size) * size, '\0');
    for (qsizetype i = 0; i < modules.size(); ++i) {
        modules[i] = char(code->data[i] & 1);
    }
    return ReceiptQr(text, size, modules);
}

Result<ReceiptQr> ReceiptQr::forDocument(const ReceiptDocument &doc)
{
    auto payload = ReceiptQrPayload::fromDocument(doc);
    if (!payload) {
        return payload.error();
    }
    return encode(payload->toString());
}

bool ReceiptQr::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QImage ReceiptQr::toImage(int scale, int quietZone) const
{
    scale = qMax(1, scale);
    quietZone = qMax(0, quietZone);
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *row = image.scanLine((y + quietZone) * scale + dy);
                std::fill_n(row + (x + quietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

} // namespace madang
