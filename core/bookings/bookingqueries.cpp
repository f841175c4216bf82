// BookingService, part 2: reading bookings, the resources of a day, and local time. Split from
// bookingservice.cpp to keep files short.
#include "base/clock.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
};

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.status, b.source, coalesce(b.customer_id, ''), coalesce(c.name, ''), coalesce(c.phone, ''), "
    "b.item_id, i.sku, i.name, coalesce(b.staff_id, ''), coalesce(s.name, ''), coalesce(b.station_id, ''), b.day, "
    "b.start_min, b.work_min, b.processing_min, b.finish_min, b.buffer_before_min, b.buffer_after_min, b.starts_at, "
    "b.party_size, b.price_minor, b.deposit_minor, b.no_show_fee_minor, coalesce(b.cancel_reason, ''), b.notes, "
    "b.address, b.access_notes, coalesce(b.series_id, ''), coalesce(b.order_id, ''), b.needs_reassignment, "
    "coalesce(b.crew_id, '') "
    "FROM bookings b JOIN items i ON i.id = b.item_id LEFT JOIN customers c ON c.id = b.customer_id "
    "LEFT JOIN staff s ON s.id = b.staff_id ");

Booking bookingFrom(const QSqlQuery &q)
{
    Booking b;
    int c = 0;
    const auto next = [&]() { return q.value(c++); };
    b.id = next().toString();
    b.status = bookingStatusFromName(next().toString()).value_or(BookingStatus::Conflict);
    b.source = bookingSourceFromName(next().toString()).value_or(BookingSource::Counter);
    b.customerId = next().toString();
    b.customerName = next().toString();
    b.customerPhone = next().toString();
    b.itemId = next().toString();
    b.sku = next().toString();
    b.serviceName = next().toString();
    b.staffId = next().toString();
    b.staffName = next().toString();
    b.stationId = next().toString();
    b.day = QDate::fromString(next().toString(), Qt::ISODate);
    b.startMin = next().toInt();
    b.phases.sku = b.sku;
    b.phases.skill = b.itemId;
    b.phases.workMin = next().toInt();
    b.phases.processingMin = next().toInt();
    b.phases.finishMin = next().toInt();
    b.phases.bufferBeforeMin = next().toInt();
    b.phases.bufferAfterMin = next().toInt();
    b.startsAt = next().toString();
    b.partySize = next().toInt();
    b.priceMinor = next().toLongLong();
    b.depositMinor = next().toLongLong();
    b.noShowFeeMinor = next().toLongLong();
    b.cancelReason = next().toString();
    b.notes = next().toString();
    b.address = next().toString();
    b.accessNotes = next().toString();
    b.seriesId = next().toString();
    b.orderId = next().toString();
    b.needsReassignment = next().toBool();
    b.crewId = next().toString();
    return b;
}

} // namespace

Result<QList<Booking>> BookingService::select(const QString &where, const QVariantList &values) const
{
    auto q = Database::run(m_db.connection(), kSelect + where, values, Text::tr("Reading bookings"));
    if (!q) {
        return q.error();
    }
    QList<Booking> list;
    while (q->next()) {
        list << bookingFrom(q.value());
    }
    return list;
}

Result<std::optional<Booking>> BookingService::find(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE b.id = ?"), {id});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Booking>> BookingService::onDay(QDate day) const
{
    return select(QStringLiteral("WHERE b.day = ? ORDER BY b.start_min, s.name, b.id"), {day.toString(Qt::ISODate)});
}

Result<QList<Booking>> BookingService::forCustomer(const QString &customerId) const
{
    return select(QStringLiteral("WHERE b.customer_id = ? ORDER BY b.day DESC, b.start_min DESC"), {customerId});
}

Result<QList<Booking>> BookingService::needingReassignment() const
{
    return select(QStringLiteral("WHERE b.needs_reassignment = 1 AND b.status IN ('requested', 'confirmed', "
                                 "'pending_sync', 'conflict') ORDER BY b.day, b.start_min"),
                  {});
}

Result<Resources> BookingService::resourcesOn(QDate day, const QString &exceptBookingId) const
{
    auto resources = m_resources.load(day);
    if (!resources) {
        return resources.error();
    }
    auto booked = onDay(day);
    if (!booked) {
        return booked.error();
    }
    const auto crewMembers = crewMemberIds();
    if (!crewMembers) {
        return crewMembers.error();
    }
    for (const Booking &b : std::as_const(booked.value())) {
        if (b.id == exceptBookingId || !bookingHoldsTime(b.status)) {
            continue;
        }
        const QStringList holders = b.crewId.isEmpty() ? QStringList{b.staffId} : crewMembers->value(b.crewId);
        for (BookableStaff &member : resources->staff) {
            if (holders.contains(member.id)) {
                member.busy[day] << staffBusySpans(b.phases, b.startMin);
            }
        }
        for (Station &station : resources->stations) {
            if (station.id == b.stationId) {
                station.busy[day] << stationSpan(b.phases, b.startMin);
            }
        }
    }
    return resources;
}

Result<BookingService::ServiceDay> BookingService::serviceDay(const QString &service, QDate day) const
{
    if (!day.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That is not a valid date."));
    }
    auto bookable = m_resources.service(service);
    if (!bookable) {
        return bookable.error();
    }
    auto resources = resourcesOn(day);
    if (!resources) {
        return resources.error();
    }
    return ServiceDay{std::move(bookable).value(), std::move(resources).value()};
}

Result<QList<Slot>> BookingService::availableSlots(const QString &service, QDate day, const QString &staffId,
                                                   int stepMin) const
{
    auto on = serviceDay(service, day);
    if (!on) {
        return on.error();
    }
    const BookableService *bookable = &on->service;
    auto free = freeSlots(on->resources, bookable->phases, day,
                          staffId.isEmpty() ? std::nullopt : std::optional(staffId), stepMin);
    if (!free) {
        return free.error();
    }
    // A start that does not exist that day (the hour the clocks skip) or whose span crosses the change is no slot,
    // and neither is one outside the booking window: what is offered can be booked.
    QList<Slot> valid;
    for (const Slot &slot : std::as_const(free.value())) {
        if (startsAt(day, slot.startMin, bookable->phases.spanMin()) && inWindow(day, slot.startMin)) {
            valid << slot;
        }
    }
    return valid;
}

QTimeZone BookingService::timeZone() const
{
    return m_clock.now().timeZone();
}

Status BookingService::inWindow(QDate day, int startMin) const
{
    const QDateTime now = m_clock.now();
    const QDate last = now.date().addYears(kHorizonYears);
    if (!day.isValid() || day > last) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 is more than %2 years ahead: bookings can be made up to %3.")
                             .arg(bookingDayText(day))
                             .arg(kHorizonYears)
                             .arg(bookingDayText(last)));
    }
    // A wall-clock time that does not exist (the hour the clocks skip) is left to startsAt, which names it.
    const QDateTime start(day, QTime(0, 0).addSecs(qint64(startMin) * 60), timeZone());
    const QDateTime earliest = now.addSecs(-qint64(kBackdateHours) * 3600);
    if (start.isValid() && start < earliest) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 %2 is in the past: a booking may start at most %3 hours ago (to record a "
                                  "walk-in after the fact), so no earlier than %4.")
                             .arg(bookingDayText(day), timetext::clock(startMin))
                             .arg(kBackdateHours)
                             .arg(earliest.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return Done{};
}

Result<QString> BookingService::startsAt(QDate day, int startMin, int spanMin) const
{
    if (!day.isValid() || startMin < 0 || startMin >= kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That is not a valid date and time."));
    }
    if (spanMin <= 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A booking must end after it starts."));
    }
    // Around a daylight-saving change some wall-clock times do not exist (clocks forward) or happen twice
    // (clocks back). A booking may not touch that window: its start or length would be unclear.
    const QTimeZone zone = timeZone();
    const qint64 wallStart = day.toJulianDay() * kMinutesPerDay + startMin;
    const qint64 wallEnd = wallStart + spanMin;
    const QList<QTimeZone::OffsetData> changes =
        zone.hasTransitions() ? zone.transitions(QDateTime(day.addDays(-1), QTime(0, 0), QTimeZone::utc()),
                                                 QDateTime(day.addDays(2), QTime(0, 0), QTimeZone::utc()))
                              : QList<QTimeZone::OffsetData>{};
    for (const QTimeZone::OffsetData &change : changes) {
        const int before = zone.offsetFromUtc(change.atUtc.addSecs(-1));
        const int after = change.offsetFromUtc;
        if (before == after) {
            continue;
        }
        const auto wall = [&](int offsetSecs) {
            const QDateTime w = change.atUtc.toUTC().addSecs(offsetSecs);
            return w.date().toJulianDay() * kMinutesPerDay + w.time().msecsSinceStartOfDay() / 60000;
        };
        const qint64 from = wall(std::min(before, after));
        const qint64 to = wall(std::max(before, after));
        if (wallStart < to && from < wallEnd) {
            if (after > before && wallStart >= from) {
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("%1 does not exist on %2 in %3: the clocks go forward then.")
                        .arg(timetext::clock(startMin), day.toString(Qt::ISODate), QString::fromUtf8(zone.id())));
            }
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1-%2 on %3 crosses a daylight-saving change; book it before or after.")
                                 .arg(timetext::clock(startMin),
                                      timetext::clock(static_cast<int>((startMin + spanMin) % kMinutesPerDay)),
                                      day.toString(Qt::ISODate)));
        }
    }
    const QDateTime start(day, QTime(0, 0).addSecs(startMin * 60), zone);
    if (!start.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That is not a valid date and time."));
    }
    return start.toString(Qt::ISODate);
}

} // namespace madang
