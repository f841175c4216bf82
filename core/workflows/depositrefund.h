#pragma once

// Giving back the deposit of a reservation that was cancelled or not kept: the reservation's record and op,
// and an audit entry, together.

#include "base/error.h"

#include <QString>

namespace madang {

class Store;

/// Constructed on a Store it does not own.
class DepositRefund
{
public:
    explicit DepositRefund(Store &store) : m_store(store) {}

    /// In one transaction: ReservationService::refundDeposit (the `deposit_refunded` event and the
    /// `reservation.deposit_refunded` op; once) and an audit entry with who did it, why and the amount. Returns
    /// the amount given back. The money itself leaves outside the drawer count (as the deposit came in).
    Result<qint64> refund(const QString &reservationId, const QString &reason, const QString &actorId,
                          const QString &actorName);

private:
    Store &m_store;
};

} // namespace madang
