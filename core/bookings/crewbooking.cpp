// BookingService and cleaning crews: a job booked for a crew goes through the crew engine
// (crewavailability.h) with the crew's other jobs of the day, its van and the driving times.

#include "base/textrules.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
};
} // namespace

Result<QHash<QString, QStringList>> BookingService::crewMemberIds() const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT crew_id, staff_id FROM crew_members ORDER BY crew_id, position"), {},
                           Text::tr("Reading the crews"));
    if (!q) {
        return q.error();
    }
    QHash<QString, QStringList> members;
    while (q->next()) {
        members[q->value(0).toString()] << q->value(1).toString();
    }
    return members;
}

Result<Slot> BookingService::crewSlot(const Resources &resources, const Service &phases, QDate day, int startMin,
                                      const QString &address, const QString &crewId,
                                      const QString &exceptBookingId) const
{
    auto crew = m_crews.find(crewId);
    if (!crew) {
        return crew.error();
    }
    auto crews = m_crews.crews();
    if (!crews) {
        return crews.error();
    }
    auto travel = m_crews.travelTimes();
    if (!travel) {
        return travel.error();
    }
    auto jobs = crewJobsOn(day, exceptBookingId);
    if (!jobs) {
        return jobs.error();
    }
    // resourcesOn already holds every job's members and van; the engine adds the driving between jobs.
    auto slot = checkCrewSlot(resources, crews.value(), jobs.value(), travel.value(), day, phases.spanMin(), address,
                              startMin, crew->id);
    if (!slot) {
        return slot.error();
    }
    return Slot{startMin, crew->memberIds.first(), crew->vanId};
}

Result<QList<CrewJob>> BookingService::crewJobsOn(QDate day, const QString &exceptBookingId) const
{
    auto booked = onDay(day);
    if (!booked) {
        return booked.error();
    }
    QList<CrewJob> jobs;
    for (const Booking &b : std::as_const(booked.value())) {
        if (!b.crewId.isEmpty() && b.id != exceptBookingId && bookingHoldsTime(b.status)) {
            jobs << CrewJob{b.crewId, b.day, Interval{b.startMin, b.endMin()}, b.address};
        }
    }
    return jobs;
}

Result<QList<CrewSlot>> BookingService::availableCrewSlots(const QString &service, QDate day, const QString &address,
                                                           const QString &crewId, int stepMin) const
{
    // The same rule as the booking's own address: a text no booking could carry has no free times.
    if (auto clean = checkText(address.trimmed(), TextKind::Address, Text::tr("address")); !clean) {
        return clean.error();
    }
    auto on = serviceDay(service, day);
    if (!on) {
        return on.error();
    }
    const BookableService *bookable = &on->service;
    auto crews = m_crews.crews();
    if (!crews) {
        return crews.error();
    }
    auto travel = m_crews.travelTimes();
    if (!travel) {
        return travel.error();
    }
    auto jobs = crewJobsOn(day);
    if (!jobs) {
        return jobs.error();
    }
    const int span = bookable->phases.spanMin();
    auto free = freeCrewSlots(on->resources, crews.value(), jobs.value(), travel.value(), day, span, address.trimmed(),
                              crewId.isEmpty() ? std::nullopt : std::optional(crewId), stepMin);
    if (!free) {
        return free.error();
    }
    QList<CrewSlot> valid;
    for (const CrewSlot &slot : std::as_const(free.value())) {
        if (startsAt(day, slot.startMin, span) && inWindow(day, slot.startMin)) {
            valid << slot;
        }
    }
    return valid;
}

} // namespace madang
