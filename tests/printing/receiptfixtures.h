#pragma once

// Sample receipts for the printing tests: fixed, so that the golden files stay put.

#include "receiptdocument.h"

#include <QMetaType>

namespace madang::test {

/// A Korean restaurant sale: long item names, details, a discount, 10% VAT, card and cash with change.
ReceiptDocument koreanSale();
/// The same shop's receipt in English, with a tip and a mobile payment.
ReceiptDocument englishSale();
/// koreanSale() reprinted: DUPLICATE / 재발행.
ReceiptDocument koreanDuplicate();
/// A refund of part of koreanSale(): negative amounts.
ReceiptDocument koreanRefund();

/// A SHA-256 in hex and a 71-byte DER-sized signature in base64, made from seed (not a real signature).
QString fakeHash(const QByteArray &seed);
QString fakeSig(const QByteArray &seed);

} // namespace madang::test

Q_DECLARE_METATYPE(madang::ReceiptDocument)
