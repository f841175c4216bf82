#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madang {

struct ReceiptDocument;

/// What a receipt's QR code says, so that anyone can check the receipt against the signed journal:
///
///     MADANG-R1|<receipt>|<total_minor>|<currency>|<journal hash hex>|<sig base64>
///     MADANG-R1|T1-000042|18000|KRW|9f86d081…0f00a08|MEUCIQD…Q==
///
/// - MADANG-R1: format and version tag;
/// - receipt: the receipt number, no "|" in it;
/// - total_minor: the signed total in minor units, as decimal digits (negative for refunds and voids);
/// - currency: the ISO 4217 code, three capital letters;
/// - journal hash hex: the journal entry's SHA-256, 64 lowercase hex digits;
/// - sig base64: the entry's ECDSA P-256 signature (DER), standard base64 with padding.
/// Fields are separated by "|" and the text is ASCII only. See docs/printing.md.
struct ReceiptQrPayload
{
    QString receipt;
    qint64 totalMinor = 0;
    QString currency;
    QString hashHex;
    QString sigBase64;

    static constexpr QLatin1String kTag{"MADANG-R1"};

    /// Takes receipt, total, currency, hash and signature from the document; errors if one is unfit.
    static Result<ReceiptQrPayload> fromDocument(const ReceiptDocument &doc);
    /// Reads a scanned text back; errors name the field that is wrong.
    static Result<ReceiptQrPayload> parse(const QString &text);
    /// Checks the fields; the error names the first that is wrong.
    [[nodiscard]] Status validate() const;
    [[nodiscard]] QString toString() const;
};

/// A QR code matrix made by libqrencode (error correction level M, 8-bit mode).
class ReceiptQr
{
public:
    static Result<ReceiptQr> encode(const QString &text);
    /// The verification code of a receipt (ReceiptQrPayload::fromDocument).
    static Result<ReceiptQr> forDocument(const ReceiptDocument &doc);

    [[nodiscard]] QString text() const { return m_text; }
    /// Modules per side, without the quiet zone.
    [[nodiscard]] int size() const { return m_size; }
    /// True for a dark module; false outside the symbol.
    [[nodiscard]] bool module(int x, int y) const;
    /// Black on white, scale pixels per module, with quietZone white modules around (4 is the standard).
    [[nodiscard]] QImage toImage(int scale, int quietZone = 4) const;

private:
    ReceiptQr(QString text, int size, QByteArray modules)
        : m_text(std::move(text)), m_size(size), m_modules(std::move(modules))
    {}

    QString m_text;
    int m_size = 0;
    QByteArray m_modules; ///< m_size × m_size, row by row, 1 for dark
};

} // namespace madang
