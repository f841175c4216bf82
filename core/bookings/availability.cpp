#include "bookings/availability.h"

#include "base/timetext.h"

#include <QCoreApplication>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Availability)
};

Status validateAll(const QList<Interval> &intervals)
{
    for (const Interval &interval : intervals) {
        if (auto valid = Interval::validate(interval); !valid) {
            return valid;
        }
    }
    return Done{};
}

/// One station kind on one date: the candidates in id order with their bookings.
struct StationDay
{
    QString id;
    QList<Interval> busy;
};

bool overlapsAny(const Interval &span, const QList<Interval> &busy)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const Interval &b) { return span.overlaps(b); });
}

/// The resources of one date, checked once, in the shape the search needs.
struct Day
{
    QList<StationDay> stations; // of the service's kind, in id order

    static Result<Day> prepare(const Resources &resources, const Service &service, QDate date)
    {
        Day day;
        if (service.stationKind.isEmpty()) {
            return day;
        }
        for (const Station &station : resources.stations) {
            if (station.kind != service.stationKind) {
                continue;
            }
            StationDay entry{station.id, station.busy.value(date)};
            if (auto valid = validateAll(entry.busy); !valid) {
                return valid.error();
            }
            day.stations.append(std::move(entry));
        }
        std::sort(day.stations.begin(), day.stations.end(),
                  [](const StationDay &a, const StationDay &b) { return a.id < b.id; });
        return day;
    }

    /// The first station of the kind free for `span`; an empty id when none is needed; nullopt if none is free.
    [[nodiscard]] std::optional<QString> freeStation(const Service &service, const Interval &span) const
    {
        if (service.stationKind.isEmpty()) {
            return QString();
        }
        for (const StationDay &station : stations) {
            if (!overlapsAny(span, station.busy)) {
                return station.id;
            }
        }
        return std::nullopt;
    }
};

/// One staff member's date: working hours and bookings, validated.
struct StaffDay
{
    const BookableStaff *member = nullptr;
    QList<Interval> hours;
    QList<Interval> busy;

    static Result<StaffDay> prepare(const BookableStaff &member, QDate date)
    {
        StaffDay day{&member, member.hoursOn(date), member.busy.value(date)};
        if (auto valid = validateAll(day.hours); !valid) {
            return valid.error();
        }
        if (auto valid = validateAll(day.busy); !valid) {
            return valid.error();
        }
        return day;
    }

    [[nodiscard]] bool worksDuring(const Interval &envelope) const
    {
        return std::any_of(hours.cbegin(), hours.cend(), [&](const Interval &h) { return h.contains(envelope); });
    }
    [[nodiscard]] bool freeFor(const QList<Interval> &spans) const
    {
        return std::none_of(spans.cbegin(), spans.cend(), [&](const Interval &s) { return overlapsAny(s, busy); });
    }
};

const BookableStaff *findStaff(const Resources &resources, const QString &id)
{
    for (const BookableStaff &member : resources.staff) {
        if (member.id == id) {
            return &member;
        }
    }
    return nullptr;
}

bool hasSkill(const BookableStaff &member, const Service &service)
{
    return service.skill.isEmpty() || member.skills.contains(service.skill);
}

Error unknownStaff(const QString &id)
{
    return makeError(ErrorCode::NotFound, Text::tr("There is no staff member with the id \"%1\".").arg(id));
}
} // namespace

Status Interval::validate(const Interval &interval)
{
    if (interval.endMin <= interval.startMin) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The time range %1-%2 ends before it starts.")
                             .arg(timetext::clock(interval.startMin), timetext::clock(interval.endMin)));
    }
    if (interval.startMin < 0 || interval.endMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The time range %1-%2 minutes is not within one day.")
                                                      .arg(interval.startMin)
                                                      .arg(interval.endMin));
    }
    return Done{};
}

QList<Interval> BookableStaff::hoursOn(QDate date) const
{
    if (!date.isValid() || daysOff.contains(date)) {
        return {};
    }
    QList<Interval> hours = weeklyHours.value(date.dayOfWeek());
    std::sort(hours.begin(), hours.end(), [](const Interval &a, const Interval &b) {
        return a.startMin != b.startMin ? a.startMin < b.startMin : a.endMin < b.endMin;
    });
    return hours;
}

Status Service::validate(const Service &service)
{
    if (service.workMin < 0 || service.processingMin < 0 || service.finishMin < 0 || service.bufferBeforeMin < 0 ||
        service.bufferAfterMin < 0) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The service %1 has a negative number of minutes.").arg(service.sku));
    }
    if (service.workMin == 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The service %1 takes no time.").arg(service.sku));
    }
    if (service.spanMin() + service.bufferBeforeMin + service.bufferAfterMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The service %1 is longer than a day.").arg(service.sku));
    }
    return Done{};
}

QList<Interval> staffBusySpans(const Service &service, int startMin)
{
    const int workEnd = startMin + service.workMin;
    const int finishStart = workEnd + service.processingMin;
    const int finishEnd = finishStart + service.finishMin;
    if (service.processingMin == 0 || (service.finishMin == 0 && service.bufferAfterMin == 0)) {
        // No gap in which the person is free (or nothing after it): one interval.
        const int end = service.processingMin == 0 ? finishEnd + service.bufferAfterMin : workEnd;
        return {Interval{startMin - service.bufferBeforeMin, end}};
    }
    return {Interval{startMin - service.bufferBeforeMin, workEnd},
            Interval{finishStart, finishEnd + service.bufferAfterMin}};
}

Interval stationSpan(const Service &service, int startMin)
{
    return Interval{startMin, startMin + service.spanMin()};
}

Interval staffEnvelope(const Service &service, int startMin)
{
    return Interval{startMin - service.bufferBeforeMin, startMin + service.spanMin() + service.bufferAfterMin};
}

Result<QList<Slot>> freeSlots(const Resources &resources, const Service &service, QDate date,
                              const std::optional<QString> &staffId, int stepMin)
{
    if (auto valid = Service::validate(service); !valid) {
        return valid.error();
    }
    if (stepMin < 1 || stepMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The step of %1 minutes is not between 1 and 1440.").arg(stepMin));
    }
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The date is not valid."));
    }
    if (staffId && !findStaff(resources, *staffId)) {
        return unknownStaff(*staffId);
    }
    auto day = Day::prepare(resources, service, date);
    if (!day) {
        return day.error();
    }
    QList<Slot> found;
    QHash<QString, QString> names; // staff id -> name, for the order
    for (const BookableStaff &member : resources.staff) {
        if ((staffId && member.id != *staffId) || !hasSkill(member, service)) {
            continue;
        }
        auto staffDay = StaffDay::prepare(member, date);
        if (!staffDay) {
            return staffDay.error();
        }
        names.insert(member.id, member.name);
        for (int start = 0; start < kMinutesPerDay; start += stepMin) {
            if (!staffDay->worksDuring(staffEnvelope(service, start)) ||
                !staffDay->freeFor(staffBusySpans(service, start))) {
                continue;
            }
            if (auto station = day->freeStation(service, stationSpan(service, start))) {
                found.append(Slot{start, member.id, *station});
            }
        }
    }
    std::sort(found.begin(), found.end(), [&](const Slot &a, const Slot &b) {
        if (a.startMin != b.startMin) {
            return a.startMin < b.startMin;
        }
        const int byName = QString::compare(names.value(a.staffId), names.value(b.staffId));
        return byName != 0 ? byName < 0 : a.staffId < b.staffId;
    });
    return found;
}

Result<Slot> checkSlot(const Resources &resources, const Service &service, QDate date, int startMin,
                       const QString &staffId)
{
    if (auto valid = Service::validate(service); !valid) {
        return valid.error();
    }
    if (!date.isValid() || startMin < 0 || startMin >= kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The requested start is not a time of the day."));
    }
    const BookableStaff *member = findStaff(resources, staffId);
    if (!member) {
        return unknownStaff(staffId);
    }
    if (!hasSkill(*member, service)) {
        return makeError(
            ErrorCode::Forbidden,
            Text::tr("%1 does not do %2.").arg(member->name, service.sku.isEmpty() ? service.skill : service.sku));
    }
    auto staffDay = StaffDay::prepare(*member, date);
    if (!staffDay) {
        return staffDay.error();
    }
    if (!staffDay->worksDuring(staffEnvelope(service, startMin))) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 is outside %2's working hours.").arg(timetext::clock(startMin), member->name));
    }
    if (!staffDay->freeFor(staffBusySpans(service, startMin))) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("The slot is taken: %1 is busy at %2.").arg(member->name, timetext::clock(startMin)));
    }
    auto day = Day::prepare(resources, service, date);
    if (!day) {
        return day.error();
    }
    const auto station = day->freeStation(service, stationSpan(service, startMin));
    if (!station) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("The slot is taken: no %1 is free at %2.").arg(service.stationKind, timetext::clock(startMin)));
    }
    return Slot{startMin, member->id, *station};
}

QList<ClosedSpan> closedSpans(QList<Interval> hours)
{
    if (hours.isEmpty()) {
        return {ClosedSpan{Interval{0, kMinutesPerDay}, ClosedReason::DayOff}};
    }
    std::sort(hours.begin(), hours.end(), [](const Interval &a, const Interval &b) {
        return a.startMin != b.startMin ? a.startMin < b.startMin : a.endMin < b.endMin;
    });
    QList<ClosedSpan> closed;
    if (hours.first().startMin > 0) {
        closed << ClosedSpan{Interval{0, hours.first().startMin}, ClosedReason::OutsideHours};
    }
    int openUntil = hours.first().endMin;
    for (const Interval &h : std::as_const(hours)) {
        if (h.startMin > openUntil) {
            closed << ClosedSpan{Interval{openUntil, h.startMin}, ClosedReason::Break};
        }
        openUntil = std::max(openUntil, h.endMin);
    }
    if (openUntil < kMinutesPerDay) {
        closed << ClosedSpan{Interval{openUntil, kMinutesPerDay}, ClosedReason::OutsideHours};
    }
    return closed;
}

Result<QList<ClosedSpan>> closedSpansOn(const BookableStaff &member, QDate date)
{
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The date is not valid."));
    }
    auto day = StaffDay::prepare(member, date);
    if (!day) {
        return day.error();
    }
    return closedSpans(day->hours);
}

bool reserve(Resources &resources, const Service &service, QDate date, const Slot &slot)
{
    auto member = std::find_if(resources.staff.begin(), resources.staff.end(),
                               [&](const BookableStaff &m) { return m.id == slot.staffId; });
    auto station = std::find_if(resources.stations.begin(), resources.stations.end(),
                                [&](const Station &s) { return s.id == slot.stationId; });
    if (member == resources.staff.end() || (!slot.stationId.isEmpty() && station == resources.stations.end())) {
        return false;
    }
    member->busy[date].append(staffBusySpans(service, slot.startMin));
    if (!slot.stationId.isEmpty()) {
        station->busy[date].append(stationSpan(service, slot.startMin));
    }
    return true;
}

} // namespace madang
