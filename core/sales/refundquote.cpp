#include "sales/refundquote.h"

#include "base/money.h"
#include "base/widemoney.h"
#include "sales/order.h"
#include "sales/orderrepository.h"
#include "sales/saleservice.h"

#include <QCoreApplication>
#include <QHash>

namespace madang {

namespace {

// The refusals read as SaleService's, in its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)
};

/// True if every figure of the stored sale is inside the limits, so that taking back a part of it (units times
/// amounts) cannot overflow. Only a version before the limits could have stored one outside them.
bool withinLimits(const Order &sale)
{
    const qint64 top = Money::kMaxTotalMinor;
    bool ok = Money::inRange(sale.totalMinor, top) && Money::inRange(sale.tipMinor, top) &&
              Money::inRange(sale.subtotalMinor, top) && Money::inRange(sale.discountMinor, top) &&
              Money::inRange(sale.vatMinor, top);
    for (const OrderLine &l : sale.lines) {
        ok = ok && l.qty >= 1 && l.qty <= Money::kMaxQuantity && Money::inRange(l.unitMinor, top) &&
             Money::inRange(l.modifiersMinor, top) && Money::inRange(l.discountMinor, top) &&
             Money::inRange(l.totalMinor, top) && Money::inRange(l.vatMinor, top);
    }
    for (const AppliedPayment &p : sale.payments) {
        ok = ok && Money::inRange(p.amountMinor, top);
    }
    return ok;
}

} // namespace

Result<RefundQuote> quoteRefund(const Order &sale, const QList<Order> &corrections, const QList<RefundLine> &lines,
                                bool asVoid, const TenderRegistry &registry)
{
    if (!withinLimits(sale)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Sale %1 holds amounts beyond the limits, written by an older version; it cannot be "
                                  "refunded or voided here. Record the money given back as a cash out.")
                             .arg(sale.receipt));
    }
    QHash<int, qint64> refundedQty;
    qint64 refundedTip = 0;
    for (const Order &c : corrections) {
        if (c.kind == QLatin1String("void")) {
            return makeError(ErrorCode::Conflict, Text::tr("Sale %1 was already voided.").arg(sale.receipt));
        }
        refundedTip -= c.tipMinor;
        for (const OrderLine &l : c.lines) {
            refundedQty[l.correctsLine] -= l.qty;
        }
    }
    if (asVoid && !corrections.isEmpty()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("Sale %1 has refunds already; refund the rest instead.").arg(sale.receipt));
    }
    QHash<int, qint64> wanted;
    for (const RefundLine &r : lines) {
        if (r.qty != 0) {
            if (auto units = Money::checkQuantity(r.qty, Text::tr("Line %1").arg(r.lineNo)); !units) {
                return units.error();
            }
        }
        wanted[r.lineNo] += r.qty;
    }
    const bool everything = lines.isEmpty();
    RefundQuote quote;
    quote.currency = sale.currency;
    for (const OrderLine &l : sale.lines) {
        const qint64 done = refundedQty.value(l.lineNo);
        const qint64 qty = everything ? l.qty - done : wanted.take(l.lineNo);
        if (qty == 0) {
            continue;
        }
        if (qty < 0 || qty > l.qty - done) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("%1: only %2 of %3 can still be refunded.").arg(l.name).arg(l.qty - done).arg(l.qty));
        }
        // Each line's units are taken back cumulatively, so that the refunds of a line add up to its sale.
        const auto upTo = [&l](qint64 amount, qint64 units) { return wide::mulDiv(amount, units, l.qty); };
        const auto part = [&](qint64 amount) { return upTo(amount, done + qty) - upTo(amount, done); };
        const RefundQuoteLine back{l.lineNo, l.name, qty, part(l.discountMinor), part(l.vatMinor), part(l.totalMinor)};
        quote.subtotalMinor += part((l.unitMinor + l.modifiersMinor) * l.qty);
        quote.discountMinor += back.discountMinor;
        quote.vatMinor += back.vatMinor;
        quote.totalMinor += back.totalMinor;
        quote.lines << back;
    }
    if (!wanted.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Sale %1 has no line %2.").arg(sale.receipt).arg(wanted.keys().constFirst()));
    }
    if (quote.lines.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Nothing of sale %1 is left to refund.").arg(sale.receipt));
    }
    if (everything) {
        quote.tipMinor = sale.tipMinor - refundedTip;
        quote.totalMinor += quote.tipMinor;
    }
    // Money goes back in proportion to what each tender paid, the way each tender's kind says.
    auto back = refundPayments(sale.payments, quote.totalMinor, sale.receipt, registry);
    if (!back) {
        return back.error();
    }
    for (const AppliedPayment &p : back.value()) {
        quote.tenders << AppliedPayment{p.method, -p.amountMinor, -p.tenderedMinor, p.changeMinor, p.reference};
    }
    return quote;
}

Result<RefundQuote> quoteRefund(const OrderRepository &orders, const QString &saleId, const QList<RefundLine> &lines)
{
    auto found = orders.find(saleId);
    if (!found) {
        return found.error();
    }
    if (!found.value() || found.value()->kind != QLatin1String("sale")) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no sale %1 to correct.").arg(saleId));
    }
    auto earlier = orders.corrections(saleId);
    if (!earlier) {
        return earlier.error();
    }
    return quoteRefund(*found.value(), earlier.value(), lines);
}

} // namespace madang
