#pragma once

#include "base/error.h"
#include "sales/tenders.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace madang {

namespace payment {
/// True for a method of a built-in tender kind (TenderRegistry::builtin()).
[[nodiscard]] bool isKnownMethod(const QString &method);
/// True for a kind that is handed over in excess and answered with change: of the built-in ones, only cash.
[[nodiscard]] bool givesChange(const QString &method);
} // namespace payment

/// What the cashier entered for one tender.
struct PaymentInput
{
    QString method;
    qint64 amountMinor = 0;   ///< non-cash: the amount charged; cash: 0 to mean "what is left"
    qint64 tenderedMinor = 0; ///< cash: what the customer handed over
    QString reference;        ///< card slip or platform payment reference

    static PaymentInput cash(qint64 tendered) { return {QString(payment::Cash), 0, tendered, {}}; }
    static PaymentInput card(qint64 amount, const QString &reference)
    {
        return {QString(payment::Card), amount, amount, reference};
    }
    static PaymentInput deposit(qint64 amount, const QString &bookingId)
    {
        return {QString(payment::Deposit), amount, amount, bookingId};
    }
};

/// One tender as applied to an order.
struct AppliedPayment
{
    QString method;
    qint64 amountMinor = 0; ///< counted towards the order (negative when money goes back)
    qint64 tenderedMinor = 0;
    qint64 changeMinor = 0;
    QString reference;

    bool operator==(const AppliedPayment &other) const = default;
};

namespace payment {
/// What is left to pay of leftMinor after one more tender: a kind that gives change counts up to what is left (the
/// rest is change), any other its amount. Never below zero, and never past the range of qint64, whatever the
/// tender holds (a negative amount counts nothing).
[[nodiscard]] qint64 remainingAfter(qint64 leftMinor, const PaymentInput &tender,
                                    const TenderRegistry &registry = TenderRegistry::builtin());
/// What is still due of dueMinor after the tenders, in order: the one sum that checkout, the table's bill, the
/// CLI and applyPayments() use.
[[nodiscard]] qint64 remainingMinor(qint64 dueMinor, const QList<PaymentInput> &tenders,
                                    const TenderRegistry &registry = TenderRegistry::builtin());
/// The cash a customer is likely to hand over for leftMinor, for a payment screen's quick buttons: the exact
/// amount first, then up to three next round figures in the currency's notes (KRW ₩1,000, ₩5,000, ₩10,000 and
/// ₩50,000; other currencies 1, 5, 10, 20, 50 and 100 major units), ascending. Empty when nothing is left.
[[nodiscard]] QList<qint64> quickCash(qint64 leftMinor, const QString &currency);
} // namespace payment

/// Applies tenders, in order, to what is due. Tenders whose kind gives change (cash) apply up to what is left and
/// the rest is change; the others apply their exact amount and may not exceed what is left. The applied amounts
/// must add up to due exactly. Errors name the problem: "₩3,000 is still due", a method the registry does not
/// know, a missing reference where the kind needs one, a non-cash amount above what is left.
Result<QList<AppliedPayment>> applyPayments(qint64 dueMinor, const QList<PaymentInput> &tenders,
                                            const QString &currency,
                                            const TenderRegistry &registry = TenderRegistry::builtin());

/// How moneyMinor of a sale goes back: each tender's share is in proportion to what it paid, and goes back the
/// way its kind's RefundRoute says (a method the registry no longer knows: the same tender). Refused, naming the
/// tender and the sale's receipt, if a share would have to go back by a kind that is not refunded at the counter.
Result<QList<AppliedPayment>> refundPayments(const QList<AppliedPayment> &paid, qint64 moneyMinor,
                                             const QString &receipt,
                                             const TenderRegistry &registry = TenderRegistry::builtin());

} // namespace madang
