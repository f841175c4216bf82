#pragma once

#include "error.h"
#include "receiptdocument.h"

namespace madang {

class Store;

/// The receipt of a stored order, as printed: the merchant's header, the order's lines, VAT, payments,
/// and the journal entry's hash and signature for the verification QR. duplicate marks a reprint.
/// NotFound when no order has that receipt number.
Result<ReceiptDocument> receiptFor(Store &store, const QString &receipt, bool duplicate, const QString &language);

} // namespace madang
