#pragma once

#include "printing/printservice.h"

#include <QString>

class AppStore;

/// A sale-done screen's receipt (counter checkout and table payment): queued after the sale commits, and
/// "Print receipt" again, the first copy if none was queued yet, else a journaled DUPLICATE (the same path
/// as the Orders screen's reprint). Printing never touches the sale: it is committed before any of this.
struct SaleReceipt
{
    QString orderId;
    QString receipt;
    bool queued = false; ///< a copy is in the print queue
    PrintOutcome last;   ///< what to show under the sale's result

    /// After the sale committed: its receipt goes to the receipt printer if receipts print automatically.
    void afterSale(AppStore *store, const QString &saleOrderId, const QString &saleReceipt);
    /// "Print receipt". False when nothing was queued (last says why).
    bool printAgain(AppStore *store);
};
