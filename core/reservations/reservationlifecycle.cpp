// ReservationService: reading reservations, moving them and their lifecycle up to seating and payment.

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "floor/tableservice.h"
#include "replication/opregistry.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReservationService)
};

Error noSuchReservation()
{
    return makeError(ErrorCode::NotFound, Text::tr("That reservation does not exist."));
}

/// The reservation `find` returned, or why there is none.
Result<Reservation> existing(const Result<std::optional<Reservation>> &found)
{
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return noSuchReservation();
    }
    return *found.value();
}
} // namespace

Error ReservationService::notFound()
{
    return noSuchReservation();
}

QJsonObject ReservationService::placeOf(const Reservation &r)
{
    return QJsonObject{{QStringLiteral("day"), r.day.toString(Qt::ISODate)},
                       {QStringLiteral("start_min"), r.startMin},
                       {QStringLiteral("table_ids"), QJsonArray::fromStringList(r.tableIds)}};
}

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.status, r.source, COALESCE(r.customer_id, ''), r.guest_name, COALESCE(c.phone, ''), "
    "r.party_size, r.day, r.start_min, r.duration_min, r.starts_at, r.notes, COALESCE(r.cancel_reason, ''), "
    "COALESCE(r.seated_table_id, ''), "
    "(SELECT group_concat(table_id, char(31)) FROM (SELECT rt.table_id FROM reservation_tables rt "
    "  WHERE rt.reservation_id = r.id ORDER BY rt.position)), "
    "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM reservation_tables rt "
    "  JOIN dining_tables t ON t.id = rt.table_id WHERE rt.reservation_id = r.id ORDER BY rt.position)), "
    "r.deposit_minor "
    "FROM reservations r LEFT JOIN customers c ON c.id = r.customer_id ");

Reservation reservationFrom(const QSqlQuery &q)
{
    Reservation r;
    r.id = q.value(0).toString();
    r.status = bookingStatusFromName(q.value(1).toString()).value_or(BookingStatus::Conflict);
    r.source = bookingSourceFromName(q.value(2).toString()).value_or(BookingSource::Counter);
    r.customerId = q.value(3).toString();
    r.guestName = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.partySize = q.value(6).toInt();
    r.day = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.startMin = q.value(8).toInt();
    r.durationMin = q.value(9).toInt();
    r.startsAt = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.cancelReason = q.value(12).toString();
    r.seatedTableId = q.value(13).toString();
    r.tableIds = q.value(14).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
    r.tableNames = q.value(15).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
    r.depositMinor = q.value(16).toLongLong();
    return r;
}
} // namespace

Result<QList<Reservation>> ReservationService::select(const QString &where, const QVariantList &values) const
{
    auto q = Database::run(m_db.connection(), kSelect + where, values, Text::tr("Reading reservations"));
    if (!q) {
        return q.error();
    }
    QList<Reservation> list;
    while (q->next()) {
        list << reservationFrom(q.value());
    }
    return list;
}

Result<std::optional<Reservation>> ReservationService::find(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Reservation>> ReservationService::onDay(QDate day) const
{
    return select(QStringLiteral("WHERE r.day = ? ORDER BY r.start_min, r.guest_name, r.id"),
                  {day.toString(Qt::ISODate)});
}

Result<Reservation> ReservationService::move(const QString &id, QDate day, int startMin, const QStringList &tableIds,
                                             const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto found = existing(find(id));
    if (!found) {
        return found.error();
    }
    const Reservation before = found.value();
    if (!bookingMovable(before.status)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A reservation that is %1 cannot be moved.").arg(bookingStatusLabel(before.status)));
    }
    if (auto window = m_bookings.inWindow(day, startMin); !window) {
        return window.error();
    }
    auto at = m_bookings.startsAt(day, startMin, before.durationMin);
    if (!at) {
        return at.error();
    }
    auto hours = hoursOn(day);
    if (!hours) {
        return hours.error();
    }
    const Interval span{startMin, startMin + before.durationMin};
    if (std::none_of(hours->cbegin(), hours->cend(), [&](const Interval &h) { return h.contains(span); })) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That time is outside the reservation hours."));
    }
    auto seating = seatingFor(before.partySize, day, startMin, before.durationMin, tableIds, id);
    if (!seating) {
        return seating.error();
    }
    auto updated = Database::run(db,
                                 QStringLiteral("UPDATE reservations SET day = ?, start_min = ?, starts_at = ?, "
                                                "updated_at = ? WHERE id = ?"),
                                 {day.toString(Qt::ISODate), startMin, at.value(), m_clock.nowWire(), id},
                                 Text::tr("Saving the reservation"));
    if (!updated) {
        return updated.error();
    }
    if (auto held = holdTables(db, id, seating->tableIds); !held) {
        return held.error();
    }
    auto after = existing(find(id));
    if (!after) {
        return after.error();
    }
    const QJsonObject detail{{QStringLiteral("from"), placeOf(before)}, {QStringLiteral("to"), placeOf(after.value())}};
    if (auto recorded = record(db, after.value(), QStringLiteral("moved"), detail, actorId, ops::ReservationMoved);
        !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return after.value();
}

Result<Reservation> ReservationService::transition(const QString &id, BookingStatus to, const QString &actorId,
                                                   const QString &event, const OpSpec &op, const QJsonObject &detail,
                                                   const QString &extraSql, const QVariantList &extraValues)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto found = existing(find(id));
    if (!found) {
        return found.error();
    }
    const BookingStatus from = found->status;
    // Seating a party that has not been marked as arrived is one step for the host.
    const bool seating =
        event == QLatin1String("seated") && (from == BookingStatus::Confirmed || from == BookingStatus::PendingSync);
    if (!seating && !bookingTransitionAllowed(from, to)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A reservation that is %1 cannot become %2.")
                                                      .arg(bookingStatusLabel(from), bookingStatusLabel(to)));
    }
    QVariantList values{bookingStatusName(to), m_clock.nowWire()};
    values << extraValues << id;
    auto updated = Database::run(
        db, QStringLiteral("UPDATE reservations SET status = ?, updated_at = ?%1 WHERE id = ?").arg(extraSql), values,
        Text::tr("Saving the reservation"));
    if (!updated) {
        return updated.error();
    }
    auto after = existing(find(id));
    if (!after) {
        return after.error();
    }
    QJsonObject full = detail;
    full.insert(QStringLiteral("from"), bookingStatusName(from));
    full.insert(QStringLiteral("to"), bookingStatusName(to));
    if (auto recorded = record(db, after.value(), event, full, actorId, op); !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return after.value();
}

Result<Reservation> ReservationService::setStatus(const QString &id, BookingStatus to, const QString &actorId)
{
    if (to == BookingStatus::Cancelled || to == BookingStatus::NoShow || to == BookingStatus::InService) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Cancel, mark a no-show or seat through their own steps."));
    }
    return transition(id, to, actorId, QStringLiteral("status"), ops::ReservationStatus, {});
}

Result<Reservation> ReservationService::cancel(const QString &id, const QString &reason, const QString &actorId)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Say why the reservation is cancelled."));
    }
    if (auto clean = checkText(reason.trimmed(), TextKind::Reason, Text::tr("reason")); !clean) {
        return clean.error();
    }
    return transition(id, BookingStatus::Cancelled, actorId, QStringLiteral("cancelled"), ops::ReservationCancelled,
                      {{QStringLiteral("reason"), reason.trimmed()}}, QStringLiteral(", cancel_reason = ?"),
                      {reason.trimmed()});
}

Result<Reservation> ReservationService::markNoShow(const QString &id, const QString &actorId)
{
    return transition(id, BookingStatus::NoShow, actorId, QStringLiteral("no_show"), ops::ReservationNoShow, {});
}

Result<Reservation> ReservationService::seat(const QString &id, const Ticket &blank, const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto found = existing(find(id));
    if (!found) {
        return found.error();
    }
    const Reservation r = found.value();
    if (r.tableIds.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That reservation holds no table."));
    }
    const QString tableId = r.tableIds.first();
    auto occupied = m_tables.ticketOn(tableId);
    if (!occupied) {
        return occupied.error();
    }
    if (occupied.value()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 still has an open ticket. Pay or move it first.").arg(r.tableNames.value(0)));
    }
    auto seated =
        transition(id, BookingStatus::InService, actorId, QStringLiteral("seated"), ops::ReservationSeated,
                   {{QStringLiteral("table_id"), tableId}}, QStringLiteral(", seated_table_id = ?"), {tableId});
    if (!seated) {
        return seated.error();
    }
    if (auto opened = m_tables.open(tableId, r.partySize, blank, actorId); !opened) {
        return opened.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return seated;
}

Status ReservationService::transferParty(const QString &fromTableId, const QString &toTableId, const QString &actorId)
{
    return moveParty(PartyMove::Transfer, fromTableId, toTableId, actorId);
}

Status ReservationService::mergeParties(const QString &fromTableId, const QString &intoTableId, const QString &actorId)
{
    return moveParty(PartyMove::Merge, fromTableId, intoTableId, actorId);
}

Status ReservationService::moveParty(PartyMove how, const QString &fromTableId, const QString &toTableId,
                                     const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    const bool merge = how == PartyMove::Merge;
    if (auto moved = merge ? m_tables.merge(fromTableId, toTableId) : m_tables.transfer(fromTableId, toTableId);
        !moved) {
        return moved;
    }
    auto ids = seatedAt(db, fromTableId);
    if (!ids) {
        return ids.error();
    }
    for (const QString &id : std::as_const(ids.value())) {
        auto before = existing(find(id));
        if (!before) {
            return before.error();
        }
        auto updated = Database::run(
            db, QStringLiteral("UPDATE reservations SET seated_table_id = ?, updated_at = ? WHERE id = ?"),
            {toTableId, m_clock.nowWire(), id}, Text::tr("Saving the reservation"));
        if (!updated) {
            return updated.error();
        }
        if (auto held = holdTables(db, id, {toTableId}); !held) {
            return held.error();
        }
        auto after = existing(find(id));
        if (!after) {
            return after.error();
        }
        const QJsonObject detail{
            {QStringLiteral("from"), placeOf(before.value())},
            {QStringLiteral("to"), placeOf(after.value())},
            {QStringLiteral("party"), merge ? QStringLiteral("merged") : QStringLiteral("transferred")}};
        if (auto recorded = record(db, after.value(), QStringLiteral("moved"), detail, actorId, ops::ReservationMoved);
            !recorded) {
            return recorded.error();
        }
    }
    return tx.commit();
}

Result<QStringList> ReservationService::seatedAt(QSqlDatabase &db, const QString &tableId) const
{
    auto q = Database::run(db,
                           QStringLiteral("SELECT id FROM reservations WHERE seated_table_id = ? AND "
                                          "status = 'in_service'"),
                           {tableId}, Text::tr("Reading reservations"));
    if (!q) {
        return q.error();
    }
    QStringList ids;
    while (q->next()) {
        ids << q->value(0).toString();
    }
    return ids;
}

Status ReservationService::finishAt(QSqlDatabase &db, const QString &tableId)
{
    auto ids = seatedAt(db, tableId);
    if (!ids) {
        return ids.error();
    }
    for (const QString &id : std::as_const(ids.value())) {
        if (auto done = transition(id, BookingStatus::Completed, {}, QStringLiteral("completed"),
                                   ops::ReservationCompleted, {});
            !done) {
            return done.error();
        }
    }
    return Done{};
}

} // namespace madang
