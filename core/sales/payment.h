#pragma once

#include "base/error.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace madang {

/// Payment methods. Cash and an external card terminal are taken at the counter; the platform methods
/// (a QR the customer scans, a token the customer shows, auto-pay) plug in under their own names.
namespace payment {
inline constexpr QLatin1String Cash{"cash"};
inline constexpr QLatin1String Card{"card"};
inline constexpr QLatin1String PlatformQr{"platform_qr"};
inline constexpr QLatin1String PlatformToken{"platform_token"};
inline constexpr QLatin1String PlatformAutoPay{"platform_autopay"};
/// A booking's deposit, paid when it was made and credited at checkout; the reference is the booking id.
inline constexpr QLatin1String Deposit{"deposit"};
[[nodiscard]] bool isKnownMethod(const QString &method);
/// Only cash is handed over in excess and answered with change.
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

/// Applies tenders, in order, to what is due. Non-cash tenders apply their exact amount and may not
/// exceed what is left; cash applies up to what is left and the rest is change. The applied amounts
/// must add up to due exactly. Errors name the problem: "₩3,000 is still due", an unknown method, a
/// card without a reference, a non-cash amount above what is left.
Result<QList<AppliedPayment>> applyPayments(qint64 dueMinor, const QList<PaymentInput> &tenders,
                                            const QString &currency);

} // namespace madang
