#include "bookings/bookingservice.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "bookings/crewrepository.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
};

/// The request's notes, address and access notes are clean text of their kind's length.
Status checkRequestText(const BookingRequest &request)
{
    if (auto clean = checkText(request.notes.trimmed(), TextKind::Note, Text::tr("note")); !clean) {
        return clean;
    }
    if (auto clean = checkText(request.address.trimmed(), TextKind::Address, Text::tr("address")); !clean) {
        return clean;
    }
    return checkText(request.accessNotes.trimmed(), TextKind::Note, Text::tr("access note"));
}

/// The booking as the platform gets it with every op: its whole state after the change.
QJsonObject payload(const Booking &b)
{
    return QJsonObject{{QStringLiteral("id"), b.id},
                       {QStringLiteral("status"), bookingStatusName(b.status)},
                       {QStringLiteral("source"), bookingSourceName(b.source)},
                       {QStringLiteral("customer_id"), b.customerId},
                       {QStringLiteral("item_id"), b.itemId},
                       {QStringLiteral("staff_id"), b.staffId},
                       {QStringLiteral("station_id"), b.stationId},
                       {QStringLiteral("day"), b.day.toString(Qt::ISODate)},
                       {QStringLiteral("start_min"), b.startMin},
                       {QStringLiteral("starts_at"), b.startsAt},
                       {QStringLiteral("work_min"), b.phases.workMin},
                       {QStringLiteral("processing_min"), b.phases.processingMin},
                       {QStringLiteral("finish_min"), b.phases.finishMin},
                       {QStringLiteral("buffer_before_min"), b.phases.bufferBeforeMin},
                       {QStringLiteral("buffer_after_min"), b.phases.bufferAfterMin},
                       {QStringLiteral("party_size"), b.partySize},
                       {QStringLiteral("price_minor"), b.priceMinor},
                       {QStringLiteral("deposit_minor"), b.depositMinor},
                       {QStringLiteral("no_show_fee_minor"), b.noShowFeeMinor},
                       {QStringLiteral("cancel_reason"), b.cancelReason},
                       {QStringLiteral("address"), b.address},
                       {QStringLiteral("access_notes"), b.accessNotes},
                       {QStringLiteral("series_id"), b.seriesId},
                       {QStringLiteral("crew_id"), b.crewId},
                       {QStringLiteral("order_id"), b.orderId}};
}

QJsonObject placeOf(const Booking &b)
{
    return QJsonObject{{QStringLiteral("day"), b.day.toString(Qt::ISODate)}, {QStringLiteral("start_min"), b.startMin},
                       {QStringLiteral("span_min"), b.phases.spanMin()},     {QStringLiteral("staff_id"), b.staffId},
                       {QStringLiteral("station_id"), b.stationId},          {QStringLiteral("crew_id"), b.crewId}};
}

Error notFound()
{
    return makeError(ErrorCode::NotFound, Text::tr("That booking does not exist."));
}

/// A walk-in: the first staff member (by name) with the skill who is free at that time.
Result<Slot> firstFree(const Resources &resources, const BookableService &service, QDate day, int startMin)
{
    bool anyQualified = false;
    for (const BookableStaff &member : resources.staff) {
        if (!member.skills.contains(service.phases.skill)) {
            continue;
        }
        anyQualified = true;
        if (auto slot = checkSlot(resources, service.phases, day, startMin, member.id)) {
            return slot;
        }
    }
    if (!anyQualified) {
        return makeError(ErrorCode::Forbidden, Text::tr("Nobody on the team does %1.").arg(service.name));
    }
    return makeError(ErrorCode::Conflict,
                     Text::tr("Nobody who does %1 is free at %2.").arg(service.name, timetext::clock(startMin)));
}
} // namespace

Status BookingService::record(QSqlDatabase &db, const Booking &booking, const QString &event, const QJsonObject &detail,
                              const QString &actorId, const OpSpec &op)
{
    const QString now = m_clock.nowWire();
    auto logged =
        Database::run(db,
                      QStringLiteral("INSERT INTO booking_events (booking_id, kind, detail, staff_id, at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {booking.id, event, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                       orNull(actorId), now},
                      Text::tr("Recording the booking's history"));
    if (!logged) {
        return logged.error();
    }
    QJsonObject body = payload(booking);
    body.insert(QStringLiteral("event"), detail);
    if (auto queued = m_outbox.enqueue(db, op, booking.id, body); !queued) {
        return queued.error();
    }
    return Done{};
}

Result<Booking> BookingService::create(const BookingRequest &request)
{
    if (request.status != BookingStatus::Requested && request.status != BookingStatus::Confirmed &&
        request.status != BookingStatus::PendingSync) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A new booking cannot start as \"%1\".").arg(bookingStatusLabel(request.status)));
    }
    if (auto clean = checkRequestText(request); !clean) {
        return clean.error();
    }
    auto service = m_resources.service(request.itemId);
    if (!service) {
        return service.error();
    }
    if (request.depositMinor < 0 || request.depositMinor > service->priceMinor) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A deposit must be between nothing and the price."));
    }
    if (auto window = inWindow(request.day, request.startMin); !window) {
        return window.error();
    }
    auto when = startsAt(request.day, request.startMin, service->phases.spanMin());
    if (!when) {
        return when.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (!request.customerId.isEmpty()) {
        auto known = Database::run(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {request.customerId},
                                   Text::tr("Reading the customer"));
        if (!known) {
            return known.error();
        }
        if (!known->next()) {
            return makeError(ErrorCode::NotFound, Text::tr("That customer does not exist."));
        }
    }
    auto resources = resourcesOn(request.day);
    if (!resources) {
        return resources.error();
    }
    auto slot = !request.crewId.isEmpty() ? crewSlot(resources.value(), service->phases, request.day, request.startMin,
                                                     request.address.trimmed(), request.crewId, {})
                : request.staffId.isEmpty()
                    ? firstFree(resources.value(), service.value(), request.day, request.startMin)
                    : checkSlot(resources.value(), service->phases, request.day, request.startMin, request.staffId);
    if (!slot) {
        return slot.error();
    }
    Booking b;
    b.id = m_ids.nextString();
    b.status = request.status;
    b.source = request.source;
    b.customerId = request.customerId;
    b.itemId = service->itemId;
    b.staffId = slot->staffId;
    b.stationId = slot->stationId;
    b.day = request.day;
    b.startMin = request.startMin;
    b.phases = service->phases;
    b.startsAt = when.value();
    b.priceMinor = service->priceMinor;
    b.depositMinor = request.depositMinor;
    b.notes = request.notes.trimmed();
    b.address = request.address.trimmed();
    b.accessNotes = request.accessNotes.trimmed();
    b.seriesId = request.seriesId;
    b.crewId = request.crewId;
    const QString now = m_clock.nowWire();
    auto inserted = Database::run(
        db,
        QStringLiteral("INSERT INTO bookings (id, status, source, customer_id, item_id, staff_id, station_id, day, "
                       "start_min, work_min, processing_min, finish_min, buffer_before_min, buffer_after_min, "
                       "starts_at, price_minor, deposit_minor, notes, address, access_notes, series_id, crew_id, "
                       "created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {b.id,
         bookingStatusName(b.status),
         bookingSourceName(b.source),
         orNull(b.customerId),
         b.itemId,
         b.staffId,
         orNull(b.stationId),
         b.day.toString(Qt::ISODate),
         b.startMin,
         b.phases.workMin,
         b.phases.processingMin,
         b.phases.finishMin,
         b.phases.bufferBeforeMin,
         b.phases.bufferAfterMin,
         b.startsAt,
         b.priceMinor,
         b.depositMinor,
         Database::text(b.notes),
         Database::text(b.address),
         Database::text(b.accessNotes),
         orNull(b.seriesId),
         orNull(b.crewId),
         now,
         now},
        Text::tr("Saving the booking"));
    if (!inserted) {
        return inserted.error();
    }
    if (auto recorded = record(db, b, QStringLiteral("created"), placeOf(b), request.actorId, ops::BookingCreated);
        !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    auto saved = find(b.id);
    if (!saved) {
        return saved.error();
    }
    return saved->value_or(b);
}

Result<Booking> BookingService::move(const QString &id, QDate day, int startMin, const QString &staffId,
                                     const QString &actorId, std::optional<int> spanMin)
{
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
    const Booking before = *found.value();
    if (!bookingMovable(before.status)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A booking that is %1 cannot be moved.").arg(bookingStatusLabel(before.status)));
    }
    Booking after = before;
    after.day = day;
    after.startMin = startMin;
    // The column it lands on: another crew's column hands a crew job to that crew; a staff column hands a
    // job for one person to that person. A job does not change from one kind to the other by a drag.
    if (!staffId.isEmpty() && staffId != before.staffId && staffId != before.crewId) {
        const bool toCrew = m_crews.find(staffId).ok();
        if (toCrew != !before.crewId.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             toCrew ? Text::tr("This job is for one person; drop it on a staff column.")
                                    : Text::tr("This is a crew job; drop it on a crew's column."));
        }
        (toCrew ? after.crewId : after.staffId) = staffId;
    }
    if (spanMin && *spanMin != before.phases.spanMin()) {
        if (*spanMin <= 0) {
            return makeError(ErrorCode::InvalidInput, Text::tr("A booking must end after it starts."));
        }
        // Resizing changes the last phase: the finish after a processing gap, or else the work itself.
        if (after.phases.processingMin > 0) {
            after.phases.finishMin += *spanMin - before.phases.spanMin();
        } else {
            after.phases.workMin = *spanMin - after.phases.finishMin;
        }
        if (after.phases.finishMin < 0 || after.phases.workMin <= 0) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("%1 cannot be shorter than its work and processing time.").arg(before.serviceName));
        }
    }
    if (day != before.day || startMin != before.startMin) {
        if (auto window = inWindow(day, startMin); !window) {
            return window.error();
        }
    }
    auto when = startsAt(day, startMin, after.phases.spanMin());
    if (!when) {
        return when.error();
    }
    after.startsAt = when.value();
    auto resources = resourcesOn(day, id);
    if (!resources) {
        return resources.error();
    }
    auto slot = after.crewId.isEmpty()
                    ? checkSlot(resources.value(), after.phases, day, startMin, after.staffId)
                    : crewSlot(resources.value(), after.phases, day, startMin, after.address, after.crewId, id);
    if (!slot) {
        return slot.error();
    }
    after.staffId = slot->staffId;
    after.stationId = slot->stationId;
    after.needsReassignment = false;
    auto updated = Database::run(db,
                                 QStringLiteral("UPDATE bookings SET day = ?, start_min = ?, staff_id = ?, "
                                                "station_id = ?, crew_id = ?, work_min = ?, finish_min = ?, "
                                                "starts_at = ?, needs_reassignment = 0, updated_at = ? WHERE id = ?"),
                                 {day.toString(Qt::ISODate), startMin, after.staffId, orNull(after.stationId),
                                  orNull(after.crewId), after.phases.workMin, after.phases.finishMin, after.startsAt,
                                  m_clock.nowWire(), id},
                                 Text::tr("Moving the booking"));
    if (!updated) {
        return updated.error();
    }
    const QJsonObject detail{{QStringLiteral("from"), placeOf(before)}, {QStringLiteral("to"), placeOf(after)}};
    if (auto recorded = record(db, after, QStringLiteral("moved"), detail, actorId, ops::BookingMoved); !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    auto saved = find(id);
    if (!saved) {
        return saved.error();
    }
    return saved->value_or(after);
}

Result<Booking> BookingService::transition(const QString &id, BookingStatus to, const QString &actorId,
                                           const QString &event, const OpSpec &op, const QJsonObject &detail,
                                           const QString &extraSql, const QVariantList &extraValues)
{
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
    const BookingStatus from = found.value()->status;
    if (!bookingTransitionAllowed(from, to)) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A booking that is %1 cannot become %2.").arg(bookingStatusLabel(from), bookingStatusLabel(to)));
    }
    QVariantList values{bookingStatusName(to), m_clock.nowWire()};
    values << extraValues << id;
    auto updated =
        Database::run(db, QStringLiteral("UPDATE bookings SET status = ?, updated_at = ?%1 WHERE id = ?").arg(extraSql),
                      values, Text::tr("Saving the booking"));
    if (!updated) {
        return updated.error();
    }
    auto after = find(id);
    if (!after || !after.value()) {
        return after ? notFound() : after.error();
    }
    QJsonObject full = detail;
    full.insert(QStringLiteral("from"), bookingStatusName(from));
    full.insert(QStringLiteral("to"), bookingStatusName(to));
    if (auto recorded = record(db, *after.value(), event, full, actorId, op); !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return *after.value();
}

Result<Booking> BookingService::setStatus(const QString &id, BookingStatus to, const QString &actorId)
{
    if (to == BookingStatus::Cancelled || to == BookingStatus::NoShow || to == BookingStatus::Completed) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Cancel, no-show and complete have their own steps."));
    }
    return transition(id, to, actorId, QStringLiteral("status"), ops::BookingStatusChanged, {});
}

Result<Booking> BookingService::cancel(const QString &id, const QString &reason, const QString &actorId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Say why the booking is cancelled."));
    }
    if (auto clean = checkText(why, TextKind::Reason, Text::tr("reason")); !clean) {
        return clean.error();
    }
    return transition(id, BookingStatus::Cancelled, actorId, QStringLiteral("cancelled"), ops::BookingCancelled,
                      {{QStringLiteral("reason"), why}}, QStringLiteral(", cancel_reason = ?"), {why});
}

Result<Booking> BookingService::markNoShow(const QString &id, qint64 feeMinor, const QString &actorId)
{
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    if (found.value() && (feeMinor < 0 || feeMinor > found.value()->priceMinor)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A no-show fee must be between nothing and the price."));
    }
    return transition(id, BookingStatus::NoShow, actorId, QStringLiteral("no_show"), ops::BookingNoShow,
                      {{QStringLiteral("fee_minor"), feeMinor}}, QStringLiteral(", no_show_fee_minor = ?"), {feeMinor});
}

Result<Booking> BookingService::complete(const QString &id, const QString &orderId, const QString &actorId)
{
    return transition(id, BookingStatus::Completed, actorId, QStringLiteral("completed"), ops::BookingCompleted,
                      {{QStringLiteral("order_id"), orderId}}, QStringLiteral(", order_id = ?"), {orNull(orderId)});
}

} // namespace madang
