#include "sales/payment.h"

#include "base/money.h"
#include "base/textrules.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Payment)
};

QString shown(qint64 minor, const QString &currency)
{
    auto c = Currency::fromCode(currency);
    return c ? Money(minor, c.value()).display() : QString::number(minor);
}
} // namespace

namespace payment {
bool isKnownMethod(const QString &method)
{
    return method == Cash || method == Card || method == PlatformQr || method == PlatformToken ||
           method == PlatformAutoPay || method == Deposit;
}

bool givesChange(const QString &method)
{
    return method == Cash;
}
} // namespace payment

Result<QList<AppliedPayment>> applyPayments(qint64 dueMinor, const QList<PaymentInput> &tenders,
                                            const QString &currency)
{
    QList<AppliedPayment> applied;
    qint64 left = dueMinor;
    for (const PaymentInput &t : tenders) {
        if (!payment::isKnownMethod(t.method)) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Unknown payment method \"%1\".").arg(t.method));
        }
        if (left <= 0) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Nothing is left to pay; remove the extra payment."));
        }
        AppliedPayment p{t.method, 0, 0, 0, t.reference.trimmed()};
        if (auto clean = checkText(p.reference, TextKind::Identifier, Text::tr("payment reference")); !clean) {
            return clean.error();
        }
        if (payment::givesChange(t.method)) {
            if (t.tenderedMinor <= 0) {
                return makeError(ErrorCode::InvalidInput, Text::tr("Enter the cash handed over."));
            }
            // One tender may pay a whole ticket, so its limit is the ticket's.
            if (auto c = Currency::fromCode(currency); c) {
                if (auto tendered = Money::checkAmount(t.tenderedMinor, Text::tr("cash handed over"), c.value(),
                                                       Money::kMaxTotalMinor);
                    !tendered) {
                    return tendered.error();
                }
            } else if (t.tenderedMinor > Money::kMaxTotalMinor) {
                return Money::checkAmount(t.tenderedMinor, Text::tr("cash handed over"), {}, Money::kMaxTotalMinor)
                    .error();
            }
            p.tenderedMinor = t.tenderedMinor;
            p.amountMinor = std::min(t.tenderedMinor, left);
            p.changeMinor = t.tenderedMinor - p.amountMinor;
        } else {
            if (t.amountMinor <= 0) {
                return makeError(ErrorCode::InvalidInput, Text::tr("A %1 payment needs an amount.").arg(t.method));
            }
            if (t.amountMinor > left) {
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("The %1 payment of %2 is more than the %3 still due.")
                                     .arg(t.method, shown(t.amountMinor, currency), shown(left, currency)));
            }
            if (t.method == payment::Card && p.reference.isEmpty()) {
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("Enter the card terminal's approval number as the reference."));
            }
            if (t.method == payment::Deposit && p.reference.isEmpty()) {
                return makeError(ErrorCode::InvalidInput, Text::tr("A deposit needs the booking it was paid for."));
            }
            p.amountMinor = p.tenderedMinor = t.amountMinor;
        }
        left -= p.amountMinor;
        applied << p;
    }
    if (left > 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is still due.").arg(shown(left, currency)));
    }
    return applied;
}

} // namespace madang
