#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace madang {

/// One sold line as printed: "김치찌개 ×2  18,000원" and its modifiers, note or discount underneath.
struct ReceiptLine
{
    QString name;
    qint64 qty = 1;
    qint64 totalMinor = 0;
    QStringList details; ///< modifiers, the note, the discount text: one printed line each
};

/// Tax base and VAT of one rate, in basis points (1000 = 10 %).
struct ReceiptVat
{
    int vatBp = 0;
    qint64 netMinor = 0;
    qint64 vatMinor = 0;
};

struct ReceiptPayment
{
    QString method; ///< "cash", "card", "platform"…; others are printed as they are
    qint64 amountMinor = 0;
    qint64 tenderedMinor = 0; ///< cash handed over (0: not printed)
    qint64 changeMinor = 0;
    QString reference; ///< card approval number, platform payment id
};

/// Everything a receipt shows, filled by the sales code and printed by EscPosRenderer and PdfRenderer.
/// Amounts are in minor units of currency; refunds and voids carry negative amounts.
struct ReceiptDocument
{
    QString businessName;
    QString businessRegistrationNumber; ///< 사업자등록번호, e.g. "123-45-67890"
    QString address;
    QString phone;

    QString terminal; ///< "T1"
    QString receipt;  ///< "T1-000042"
    QString staffName;
    QString tableName;
    QDateTime at; ///< printed in its own offset

    /// "sale", "refund" or "void"; or "bill" (a guest check before payment) and "test" (a printer's test
    /// page), which are not receipts: no receipt number, no verification QR, a BILL / TEST banner.
    QString kind = QStringLiteral("sale");
    bool duplicate = false; ///< a reprint: DUPLICATE / 재발행 is printed prominently

    QString currency = QStringLiteral("KRW");
    int minorDigits = 0;
    QList<ReceiptLine> lines;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0; ///< positive: what was taken off
    qint64 tipMinor = 0;
    qint64 totalMinor = 0;
    QList<ReceiptVat> vat;
    QList<ReceiptPayment> payments;

    QString journalHash; ///< the journal entry's SHA-256, hex; empty: no verification QR
    QString journalSig;  ///< base64 DER ECDSA signature of the entry

    QString language = QStringLiteral("ko"); ///< "ko" or "en": the labels' language
    QString footer;                          ///< optional closing line; a thank-you when empty
};

} // namespace madang
