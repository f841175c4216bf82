#include "bookings/crewavailability.h"

#include "base/timetext.h"

#include <QCoreApplication>
#include <QTime>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CrewAvailability)
};

QString rangeText(const Interval &interval)
{
    return QStringLiteral("%1-%2").arg(timetext::clock(interval.startMin), timetext::clock(interval.endMin));
}

Status validateAll(const QList<Interval> &intervals)
{
    for (const Interval &interval : intervals) {
        if (auto valid = Interval::validate(interval); !valid) {
            return valid;
        }
    }
    return Done{};
}

bool byStart(const Interval &a, const Interval &b)
{
    return a.startMin != b.startMin ? a.startMin < b.startMin : a.endMin < b.endMin;
}

/// The earliest interval of `busy` (sorted) that overlaps `span`.
std::optional<Interval> firstOverlap(const Interval &span, const QList<Interval> &busy)
{
    auto hit = std::find_if(busy.cbegin(), busy.cend(), [&](const Interval &b) { return span.overlaps(b); });
    return hit == busy.cend() ? std::nullopt : std::optional<Interval>(*hit);
}

const Crew *findCrew(const QList<Crew> &crews, const QString &id)
{
    auto crew = std::find_if(crews.cbegin(), crews.cend(), [&](const Crew &c) { return c.id == id; });
    return crew == crews.cend() ? nullptr : &*crew;
}

/// Checks what every request shares; `crewId` (if any) must name a crew with members.
Status validateRequest(const QList<Crew> &crews, const TravelTimes &travel, QDate date, int durationMin,
                       const QString &address, const std::optional<QString> &crewId)
{
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The date is not valid."));
    }
    if (durationMin < 1 || durationMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The duration of %1 minutes is not between 1 and 1440.").arg(durationMin));
    }
    if (address.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The job has no address."));
    }
    if (auto valid = TravelTimes::validate(travel); !valid) {
        return valid;
    }
    if (crewId) {
        const Crew *crew = findCrew(crews, *crewId);
        if (!crew) {
            return makeError(ErrorCode::NotFound, Text::tr("There is no crew with the id \"%1\".").arg(*crewId));
        }
        if (crew->memberIds.isEmpty()) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Crew %1 has no members.").arg(crew->name));
        }
    }
    return Done{};
}

/// One member's date: working hours, and busy intervals including other crews' jobs, sorted.
struct MemberDay
{
    const BookableStaff *member = nullptr;
    QList<Interval> hours;
    QList<Interval> busy;
};

/// Why a crew cannot take a job; turned into a message only when someone asks.
struct Refusal
{
    enum Kind { DayOff, OutsideHours, OwnJob, TravelFrom, TravelTo, MemberBusy, VanBusy };
    Kind kind = DayOff;
    qsizetype index = 0; // the member or the crew's job
    Interval busy;       // MemberBusy, VanBusy
    int travelMin = 0;   // TravelFrom, TravelTo
};

/// One crew's date: its members, its van and its own jobs, checked once.
struct CrewDay
{
    const Crew *crew = nullptr;
    QList<MemberDay> members;
    QList<Interval> vanBusy;
    QList<CrewJob> jobs; // the crew's own, by start

    static Result<CrewDay> prepare(const Resources &resources, const QList<Crew> &crews, const QList<CrewJob> &jobs,
                                   const Crew &crew, QDate date)
    {
        CrewDay day;
        day.crew = &crew;
        for (const QString &memberId : crew.memberIds) {
            auto member = std::find_if(resources.staff.cbegin(), resources.staff.cend(),
                                       [&](const BookableStaff &s) { return s.id == memberId; });
            if (member == resources.staff.cend()) {
                return makeError(ErrorCode::NotFound,
                                 Text::tr("Crew %1 lists \"%2\", who is not a staff member.").arg(crew.name, memberId));
            }
            day.members.append(MemberDay{&*member, member->hoursOn(date), member->busy.value(date)});
            if (auto valid = validateAll(day.members.last().hours); !valid) {
                return valid.error();
            }
        }
        if (!crew.vanId.isEmpty()) {
            auto van = std::find_if(resources.stations.cbegin(), resources.stations.cend(),
                                    [&](const Station &s) { return s.id == crew.vanId && s.kind == kVanKind; });
            if (van == resources.stations.cend()) {
                return makeError(ErrorCode::NotFound, Text::tr("There is no van with the id \"%1\".").arg(crew.vanId));
            }
            day.vanBusy = van->busy.value(date);
        }
        for (const CrewJob &job : jobs) {
            if (job.date != date) {
                continue;
            }
            if (job.crewId == crew.id) {
                day.jobs.append(job);
            } else if (const Crew *other = findCrew(crews, job.crewId)) {
                day.addOtherJob(*other, job.span);
            }
        }
        for (MemberDay &member : day.members) {
            if (auto valid = validateAll(member.busy); !valid) {
                return valid.error();
            }
            std::sort(member.busy.begin(), member.busy.end(), byStart);
        }
        if (auto valid = validateAll(day.vanBusy); !valid) {
            return valid.error();
        }
        std::sort(day.vanBusy.begin(), day.vanBusy.end(), byStart);
        for (const CrewJob &job : std::as_const(day.jobs)) {
            if (auto valid = Interval::validate(job.span); !valid) {
                return valid.error();
            }
        }
        std::sort(day.jobs.begin(), day.jobs.end(), [](const CrewJob &a, const CrewJob &b) {
            return a.span != b.span ? byStart(a.span, b.span) : a.address < b.address;
        });
        return day;
    }

    /// Another crew's job takes the members it shares with this crew, and the van if it is the same.
    void addOtherJob(const Crew &other, const Interval &span)
    {
        for (MemberDay &member : members) {
            if (other.memberIds.contains(member.member->id)) {
                member.busy.append(span);
            }
        }
        if (!crew->vanId.isEmpty() && other.vanId == crew->vanId) {
            vanBusy.append(span);
        }
    }

    /// The first reason the crew cannot do [span) at `address`, or nullopt.
    [[nodiscard]] std::optional<Refusal> refusal(const TravelTimes &travel, const Interval &span,
                                                 const QString &address) const
    {
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QList<Interval> &hours = members.at(i).hours;
            if (hours.isEmpty()) {
                return Refusal{Refusal::DayOff, i, {}, 0};
            }
            if (std::none_of(hours.cbegin(), hours.cend(), [&](const Interval &h) { return h.contains(span); })) {
                return Refusal{Refusal::OutsideHours, i, {}, 0};
            }
        }
        // Jobs before: the latest one short of time is reported; jobs after: the earliest one.
        std::optional<Refusal> before;
        std::optional<Refusal> after;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const CrewJob &job = jobs.at(i);
            if (job.span.overlaps(span)) {
                return Refusal{Refusal::OwnJob, i, {}, 0};
            }
            if (job.span.endMin <= span.startMin) {
                const int drive = travel.minutes(job.address, address);
                if (job.span.endMin + drive > span.startMin) {
                    before = Refusal{Refusal::TravelFrom, i, {}, drive};
                }
            } else if (!after) {
                const int drive = travel.minutes(address, job.address);
                if (span.endMin + drive > job.span.startMin) {
                    after = Refusal{Refusal::TravelTo, i, {}, drive};
                }
            }
        }
        if (before || after) {
            return before ? before : after;
        }
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (auto busy = firstOverlap(span, members.at(i).busy)) {
                return Refusal{Refusal::MemberBusy, i, *busy, 0};
            }
        }
        if (auto busy = firstOverlap(span, vanBusy)) {
            return Refusal{Refusal::VanBusy, 0, *busy, 0};
        }
        return std::nullopt;
    }

    [[nodiscard]] Error explain(const Refusal &refusal, QDate date, const Interval &span) const
    {
        switch (refusal.kind) {
        case Refusal::DayOff:
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("%1 is off on %2.").arg(members.at(refusal.index).member->name, date.toString(Qt::ISODate)));
        case Refusal::OutsideHours:
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 is outside %2's working hours.")
                                 .arg(rangeText(span), members.at(refusal.index).member->name));
        case Refusal::OwnJob: {
            const CrewJob &job = jobs.at(refusal.index);
            return makeError(ErrorCode::Conflict, Text::tr("Crew %1 already has a job at %2 from %3 to %4.")
                                                      .arg(crew->name, job.address, timetext::clock(job.span.startMin),
                                                           timetext::clock(job.span.endMin)));
        }
        case Refusal::TravelFrom: {
            const CrewJob &job = jobs.at(refusal.index);
            return makeError(ErrorCode::Conflict,
                             Text::tr("Crew %1 needs %2 min to travel from %3; the previous job ends at %4.")
                                 .arg(crew->name, QString::number(refusal.travelMin), job.address,
                                      timetext::clock(job.span.endMin)));
        }
        case Refusal::TravelTo: {
            const CrewJob &job = jobs.at(refusal.index);
            return makeError(ErrorCode::Conflict,
                             Text::tr("Crew %1 needs %2 min to travel to %3; the next job starts at %4.")
                                 .arg(crew->name, QString::number(refusal.travelMin), job.address,
                                      timetext::clock(job.span.startMin)));
        }
        case Refusal::MemberBusy:
            return makeError(ErrorCode::Conflict,
                             Text::tr("The slot is taken: %1 is busy %2.")
                                 .arg(members.at(refusal.index).member->name, rangeText(refusal.busy)));
        case Refusal::VanBusy:
            return makeError(
                ErrorCode::Conflict,
                Text::tr("The slot is taken: the van %1 is busy %2.").arg(crew->vanId, rangeText(refusal.busy)));
        }
        return makeError(ErrorCode::Conflict, Text::tr("The slot is taken."));
    }
};
} // namespace

int TravelTimes::minutes(const QString &from, const QString &to) const
{
    if (from == to) {
        return 0;
    }
    if (auto there = between.constFind(qMakePair(from, to)); there != between.cend()) {
        return *there;
    }
    if (auto back = between.constFind(qMakePair(to, from)); back != between.cend()) {
        return *back;
    }
    return defaultMin;
}

Status TravelTimes::validate(const TravelTimes &travel)
{
    const bool negative = travel.defaultMin < 0 || std::any_of(travel.between.cbegin(), travel.between.cend(),
                                                               [](int minutes) { return minutes < 0; });
    if (negative) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A travel time is negative."));
    }
    return Done{};
}

Result<QList<CrewSlot>> freeCrewSlots(const Resources &resources, const QList<Crew> &crews, const QList<CrewJob> &jobs,
                                      const TravelTimes &travel, QDate date, int durationMin, const QString &address,
                                      const std::optional<QString> &crewId, int stepMin)
{
    if (auto valid = validateRequest(crews, travel, date, durationMin, address, crewId); !valid) {
        return valid.error();
    }
    if (stepMin < 1 || stepMin > kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The step of %1 minutes is not between 1 and 1440.").arg(stepMin));
    }
    QList<CrewSlot> found;
    QHash<QString, QString> names; // crew id -> name, for the order
    for (const Crew &crew : crews) {
        if ((crewId && crew.id != *crewId) || crew.memberIds.isEmpty()) {
            continue;
        }
        auto day = CrewDay::prepare(resources, crews, jobs, crew, date);
        if (!day) {
            return day.error();
        }
        names.insert(crew.id, crew.name);
        for (int start = 0; start + durationMin <= kMinutesPerDay; start += stepMin) {
            if (!day->refusal(travel, Interval{start, start + durationMin}, address)) {
                found.append(CrewSlot{start, crew.id});
            }
        }
    }
    std::sort(found.begin(), found.end(), [&](const CrewSlot &a, const CrewSlot &b) {
        if (a.startMin != b.startMin) {
            return a.startMin < b.startMin;
        }
        const int byName = QString::compare(names.value(a.crewId), names.value(b.crewId));
        return byName != 0 ? byName < 0 : a.crewId < b.crewId;
    });
    return found;
}

Result<CrewSlot> checkCrewSlot(const Resources &resources, const QList<Crew> &crews, const QList<CrewJob> &jobs,
                               const TravelTimes &travel, QDate date, int durationMin, const QString &address,
                               int startMin, const QString &crewId)
{
    if (auto valid = validateRequest(crews, travel, date, durationMin, address, crewId); !valid) {
        return valid.error();
    }
    if (startMin < 0 || startMin >= kMinutesPerDay) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The requested start is not a time of the day."));
    }
    auto day = CrewDay::prepare(resources, crews, jobs, *findCrew(crews, crewId), date);
    if (!day) {
        return day.error();
    }
    const Interval span{startMin, startMin + durationMin};
    if (auto refusal = day->refusal(travel, span, address)) {
        return day->explain(*refusal, date, span);
    }
    return CrewSlot{startMin, crewId};
}

Result<QList<Interval>> crewHoursOn(const Resources &resources, const Crew &crew, QDate date)
{
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The date is not valid."));
    }
    auto day = CrewDay::prepare(resources, {crew}, {}, crew, date);
    if (!day) {
        return day.error();
    }
    if (day->members.isEmpty()) {
        return QList<Interval>{};
    }
    // A job fits when it is inside one working interval of each member: inside one of these overlaps.
    QList<Interval> common = day->members.first().hours;
    for (qsizetype m = 1; m < day->members.size(); ++m) {
        QList<Interval> next;
        for (const Interval &a : std::as_const(common)) {
            for (const Interval &b : day->members.at(m).hours) {
                const Interval both{std::max(a.startMin, b.startMin), std::min(a.endMin, b.endMin)};
                if (both.length() > 0) {
                    next << both;
                }
            }
        }
        common = next;
    }
    std::sort(common.begin(), common.end(), byStart);
    return common;
}

} // namespace madang
