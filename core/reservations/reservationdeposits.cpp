// The deposits of reservations: what is left to credit on the bill of the parties seated at a table, and
// giving back the deposit of a reservation that was cancelled or not kept.
#include "base/clock.h"
#include "base/textrules.h"
#include "replication/opregistry.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReservationService)
};
} // namespace

Result<QList<SeatedDeposit>> ReservationService::depositsAt(const QString &tableId) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT r.id, r.guest_name, r.deposit_minor - coalesce((SELECT "
                                          "sum(p.amount_minor) FROM payments p WHERE p.method = 'deposit' AND "
                                          "p.reference = r.id), 0) FROM reservations r WHERE r.seated_table_id = ? "
                                          "AND r.status = 'in_service' ORDER BY r.starts_at, r.id"),
                           {tableId}, Text::tr("Reading reservations"));
    if (!q) {
        return q.error();
    }
    QList<SeatedDeposit> seated;
    while (q->next()) {
        seated << SeatedDeposit{q->value(0).toString(), q->value(1).toString(),
                                std::max<qint64>(0, q->value(2).toLongLong())};
    }
    return seated;
}

Result<SeatedDeposit> ReservationService::depositAt(const QString &tableId) const
{
    auto seated = depositsAt(tableId);
    if (!seated) {
        return seated.error();
    }
    return seated->isEmpty() ? SeatedDeposit{} : seated->constFirst();
}

Result<qint64> ReservationService::depositLeft(const QSqlDatabase &db, const QString &id) const
{
    auto q =
        Database::run(db,
                      QStringLiteral("SELECT r.deposit_minor - coalesce((SELECT sum(p.amount_minor) FROM payments p "
                                     "WHERE p.method = 'deposit' AND p.reference = r.id), 0), (SELECT count(*) "
                                     "FROM reservation_events e WHERE e.reservation_id = r.id AND e.kind = "
                                     "'deposit_refunded') FROM reservations r WHERE r.id = ?"),
                      {id}, Text::tr("Reading reservations"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return notFound();
    }
    return q->value(1).toLongLong() > 0 ? 0 : std::max<qint64>(0, q->value(0).toLongLong());
}

Result<qint64> ReservationService::refundDeposit(const QString &id, const QString &reason, const QString &actorId)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Give a reason for giving the deposit back."));
    }
    if (auto clean = checkText(reason.trimmed(), TextKind::Reason, Text::tr("reason")); !clean) {
        return clean.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    const Reservation &r = *found.value();
    if (r.status != BookingStatus::Cancelled && r.status != BookingStatus::NoShow) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("Only the deposit of a cancelled or missed reservation is given back here; a "
                                  "party's deposit is credited on its bill."));
    }
    auto left = depositLeft(db, id);
    if (!left) {
        return left.error();
    }
    if (left.value() <= 0) {
        return makeError(ErrorCode::Conflict, Text::tr("%1 has no deposit left to give back.").arg(r.guestName));
    }
    const QJsonObject detail{{QStringLiteral("amount_minor"), left.value()},
                             {QStringLiteral("reason"), reason.trimmed()}};
    if (auto recorded =
            record(db, r, QStringLiteral("deposit_refunded"), detail, actorId, ops::ReservationDepositRefunded);
        !recorded) {
        return recorded.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return left;
}

} // namespace madang
