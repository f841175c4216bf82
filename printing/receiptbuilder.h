#pragma once

#include "base/error.h"
#include "receiptdocument.h"

namespace madang {

class Store;
struct Ticket;

/// The receipt of a stored order, as printed: the merchant's header, the order's lines, VAT, payments,
/// and the journal entry's hash and signature for the verification QR. duplicate marks a reprint.
/// NotFound when no order has that receipt number.
Result<ReceiptDocument> receiptFor(Store &store, const QString &receipt, bool duplicate, const QString &language);

/// A guest check (kind "bill") for an open ticket: the merchant's header, the table, the priced lines,
/// VAT and the total due, titled BILL / 계산서 and "not a receipt". No number, no payments, no QR.
Result<ReceiptDocument> billFor(Store &store, const Ticket &ticket, const QString &staffName, const QString &language);

/// A printer's test page (kind "test"): the merchant's header, one sample line and footer (e.g. the
/// printer's name and width), so that Hangul, columns, amounts and the cut can be checked.
Result<ReceiptDocument> testPageFor(Store &store, const QString &footer, const QString &language);

} // namespace madang
