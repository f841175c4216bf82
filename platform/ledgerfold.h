#pragma once
// What a merchant's op log adds up to, in LedgerSummary's shape (core/workflows/ledgersummary.h), so that the
// platform's summary can be compared with each terminal's: the ops are folded in log order the way a terminal
// applies them when it pulls.
#include "replication/outbox.h"
#include "workflows/ledgersummary.h"

#include <QHash>

namespace madang::platform {

class LedgerFold
{
public:
    /// The next op of the log. order.finalized: one order and its payments. A booking op: the booking's status
    /// as its payload gives it, if the op would be applied on a terminal (one without a register always is; one
    /// with a register only when its version, sync clock reading then op id, is later than the last applied
    /// op of that register). Other ops change nothing here.
    void add(const OutboxOp &op);
    [[nodiscard]] LedgerSummary summary() const;

private:
    LedgerSummary m_orders;                     ///< orders and payments; bookings are counted at the end
    QHash<QString, QString> m_bookingStatus;    ///< booking id → status
    QHash<QString, QString> m_registerVersions; ///< register → version of the op that holds it
};

} // namespace madang::platform
