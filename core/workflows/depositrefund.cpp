#include "workflows/depositrefund.h"

#include "audit/auditlog.h"
#include "reservations/reservationservice.h"
#include "storage/transaction.h"
#include "workflows/store.h"

namespace madang {

Result<qint64> DepositRefund::refund(const QString &reservationId, const QString &reason, const QString &actorId,
                                     const QString &actorName)
{
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto amount = m_store.reservations().refundDeposit(reservationId, reason, actorId);
    if (!amount) {
        return amount.error();
    }
    AuditEntry entry;
    entry.actorId = actorId;
    entry.actorName = actorName;
    entry.action = audit::DepositRefunded;
    entry.record = QStringLiteral("reservation:") + reservationId;
    entry.reason = reason.trimmed();
    entry.detail = {{QStringLiteral("amount_minor"), amount.value()}};
    if (auto logged = m_store.audit().append(entry); !logged) {
        return logged.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return amount;
}

} // namespace madang
