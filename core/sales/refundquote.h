#pragma once

// What a refund would give back, worked out before anything is written: for the refund screen's preview, which
// must not take a receipt number, sign a journal entry or use up an approval to show an amount.

#include "base/error.h"
#include "sales/payment.h"

#include <QList>
#include <QString>

namespace madang {

class OrderRepository;
struct Order;
struct RefundLine;

/// One line of a quote: what taking back `qty` units of the sale's line `lineNo` gives back.
struct RefundQuoteLine
{
    int lineNo = 0; ///< the sale's line number
    QString name;
    qint64 qty = 0;
    qint64 discountMinor = 0; ///< the part of the line's discount that goes with the units
    qint64 vatMinor = 0;
    qint64 totalMinor = 0; ///< money back for the units, VAT included, discount taken off

    bool operator==(const RefundQuoteLine &other) const = default;
};

/// What SaleService::refund would write, as money going back to the customer (positive amounts; the refund
/// order stores them negative).
struct RefundQuote
{
    QString currency;
    QList<RefundQuoteLine> lines;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 vatMinor = 0;
    qint64 tipMinor = 0;   ///< only when everything left is refunded
    qint64 totalMinor = 0; ///< lines and tip
    /// Per tender of the sale that gets money back, in the sale's order: method, reference and amount.
    QList<AppliedPayment> tenders;
};

/// The refund of `lines` of `sale` (empty: everything not refunded yet, tip included), given the sale's earlier
/// corrections; with `asVoid`, the void of the whole sale. SaleService::correct writes exactly this (negated), so
/// the quote has its units, shares, rounding, tender routes and refusals (a sale beyond the limits, a voided sale,
/// a void after refunds, more units than are left, a line the sale does not have, nothing left, a tender that is
/// not refunded at the counter). Writes nothing.
Result<RefundQuote> quoteRefund(const Order &sale, const QList<Order> &corrections, const QList<RefundLine> &lines,
                                bool asVoid = false, const TenderRegistry &registry = TenderRegistry::builtin());
/// The same for the sale with this id, read from the orders.
Result<RefundQuote> quoteRefund(const OrderRepository &orders, const QString &saleId, const QList<RefundLine> &lines);

} // namespace madang
