#include "sales/payment.h"

#include "base/money.h"
#include "base/textrules.h"
#include "sales/ticket.h"

#include <QCoreApplication>
#include <algorithm>

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
    return TenderRegistry::builtin().find(method) != nullptr;
}

bool givesChange(const QString &method)
{
    const TenderKind *kind = TenderRegistry::builtin().find(method);
    return kind && kind->givesChange;
}

qint64 remainingAfter(qint64 leftMinor, const PaymentInput &tender, const TenderRegistry &registry)
{
    const TenderKind *kind = registry.find(tender.method);
    const qint64 left = std::max<qint64>(leftMinor, 0);
    const qint64 counted = std::max<qint64>(kind && kind->givesChange ? tender.tenderedMinor : tender.amountMinor, 0);
    return counted >= left ? 0 : left - counted; // both are at least zero: no overflow
}

qint64 remainingMinor(qint64 dueMinor, const QList<PaymentInput> &tenders, const TenderRegistry &registry)
{
    qint64 left = std::max<qint64>(dueMinor, 0);
    for (const PaymentInput &t : tenders) {
        left = remainingAfter(left, t, registry);
    }
    return left;
}

QList<qint64> quickCash(qint64 leftMinor, const QString &currency)
{
    if (leftMinor <= 0 || leftMinor > Money::kMaxTotalMinor) {
        return {};
    }
    QList<qint64> out{leftMinor};
    auto c = Currency::fromCode(currency);
    qint64 scale = 1;
    for (int i = 0; i < (c ? c.value().minorDigits : 0); ++i) {
        scale *= 10;
    }
    const QList<qint64> notes = currency == QLatin1String("KRW") ? QList<qint64>{1000, 5000, 10000, 50000}
                                                                 : QList<qint64>{1, 5, 10, 20, 50, 100};
    QList<qint64> rounded;
    for (const qint64 note : notes) {
        const qint64 step = note * scale;
        const qint64 up = (leftMinor + step - 1) / step * step; // what is left, rounded up to this note
        if (up > leftMinor && !rounded.contains(up)) {
            rounded << up;
        }
    }
    std::sort(rounded.begin(), rounded.end());
    out << rounded.mid(0, 3);
    return out;
}
} // namespace payment

Result<QList<AppliedPayment>> applyPayments(qint64 dueMinor, const QList<PaymentInput> &tenders,
                                            const QString &currency, const TenderRegistry &registry)
{
    QList<AppliedPayment> applied;
    qint64 left = dueMinor;
    for (const PaymentInput &t : tenders) {
        const TenderKind *kind = registry.find(t.method);
        if (!kind) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Unknown payment method \"%1\".").arg(t.method));
        }
        if (left <= 0) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Nothing is left to pay; remove the extra payment."));
        }
        AppliedPayment p{t.method, 0, 0, 0, t.reference.trimmed()};
        if (auto clean = checkText(p.reference, TextKind::Identifier, Text::tr("payment reference")); !clean) {
            return clean.error();
        }
        if (kind->givesChange) {
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
            p.amountMinor = left - payment::remainingAfter(left, t, registry);
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
            if (kind->needsReference && p.reference.isEmpty()) {
                return makeError(ErrorCode::InvalidInput, kind->missingReference());
            }
            p.amountMinor = p.tenderedMinor = t.amountMinor;
        }
        left = payment::remainingAfter(left, t, registry);
        applied << p;
    }
    if (left > 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is still due.").arg(shown(left, currency)));
    }
    return applied;
}

Result<QList<AppliedPayment>> refundPayments(const QList<AppliedPayment> &paid, qint64 moneyMinor,
                                             const QString &receipt, const TenderRegistry &registry)
{
    QList<qint64> amounts;
    for (const AppliedPayment &p : paid) {
        amounts << p.amountMinor;
    }
    const QList<qint64> shares = shareProportionally(moneyMinor, amounts);
    QList<AppliedPayment> back;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const qint64 share = shares.at(i);
        if (share == 0) {
            continue;
        }
        const AppliedPayment &p = paid.at(i);
        const TenderKind *kind = registry.find(p.method);
        // A method no longer registered goes back the way it came, as every method did before the registry.
        switch (kind ? kind->refund : RefundRoute::SameTender) {
        case RefundRoute::SameTender:
            back << AppliedPayment{p.method, -share, -share, 0, p.reference};
            break;
        case RefundRoute::Cash: // from the drawer; its own row, so the journal shows which tender it stands for
            back << AppliedPayment{QString(payment::Cash), -share, -share, 0, {}};
            break;
        case RefundRoute::NotAtCounter:
            return makeError(ErrorCode::Conflict,
                             Text::tr("The %1 payment of sale %2 cannot be given back at the counter; refund it "
                                      "where it was taken.")
                                 .arg(kind->label(), receipt));
        }
    }
    return back;
}

} // namespace madang
