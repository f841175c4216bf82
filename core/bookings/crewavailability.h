#pragma once

// Crew availability: when a cleaning crew can take a job at an address on one day. A pure engine on top of
// availability.h: members are BookableStaff, the van is a Station of kind "van"; it reads what it is given
// and never touches storage or the clock. Times are local wall-clock minutes on one QDate, half-open.
//
// Crew C can do a job of N minutes at address A starting at S on date D when
//  - every member works on D with [S, S+N) inside one of their working intervals and is not busy then;
//  - its van, if it has one, is not busy then;
//  - none of C's jobs on D overlaps, and there is time to drive: a job J before needs
//    J.end + travel(J.address, A) <= S, a job J after needs S + N + travel(A, J.address) <= J.start.
// A job also takes its crew's members and van, so a member shared with another crew (or a shared van) is
// busy during that crew's jobs; travel counts only between jobs of the same crew. The day starts at the
// first job's address: no travel from a depot before it, none back after the last.
// Addresses are compared as given (exact strings).

#include "bookings/availability.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace madang {

/// The station kind a crew's van has.
inline constexpr QStringView kVanKind = u"van";

/// People who work together, usually with a van.
struct Crew
{
    QString id;
    QString name;
    QStringList memberIds; // BookableStaff ids
    QString vanId;         // a Station of kind "van"; empty: no van
};

/// A job a crew already has.
struct CrewJob
{
    QString crewId;
    QDate date;
    Interval span;
    QString address;
};

/// Driving minutes between addresses.
struct TravelTimes
{
    int defaultMin = 30;                         // between addresses not in `between`
    QHash<QPair<QString, QString>, int> between; // looked up both ways

    /// Minutes from `from` to `to`: 0 for the same address, else `between` either way, else defaultMin.
    [[nodiscard]] int minutes(const QString &from, const QString &to) const;
    /// Refuses negative minutes.
    static Status validate(const TravelTimes &travel);
};

/// A bookable start for a crew.
struct CrewSlot
{
    int startMin = 0;
    QString crewId;

    bool operator==(const CrewSlot &other) const = default;
};

/// Every free start on `date` at multiples of `stepMin` (1..1440) from midnight for a job of
/// `durationMin` (1..1440) at `address`, for crew `crewId` or for every crew with members (a crew without
/// members is skipped). Ordered by start, then crew name, then crew id. Errors: invalid input, working
/// hours, bookings or travel times (InvalidInput); an unknown crew, member or van (NotFound); the crew
/// asked for has no members (InvalidInput).
Result<QList<CrewSlot>> freeCrewSlots(const Resources &resources, const QList<Crew> &crews, const QList<CrewJob> &jobs,
                                      const TravelTimes &travel, QDate date, int durationMin, const QString &address,
                                      const std::optional<QString> &crewId = std::nullopt, int stepMin = 15);

/// Whether crew `crewId` can start the job at `startMin` (any minute, not only steps), or the first reason
/// it cannot: NotFound (unknown crew, member or van), InvalidInput (no members, a member off that day or
/// outside their hours, invalid input), Conflict (a member or the van busy, the crew's own job in the way,
/// not enough time to travel).
Result<CrewSlot> checkCrewSlot(const Resources &resources, const QList<Crew> &crews, const QList<CrewJob> &jobs,
                               const TravelTimes &travel, QDate date, int durationMin, const QString &address,
                               int startMin, const QString &crewId);

/// When every member of `crew` works on `date` (the crew can only take a job inside one of these): the
/// overlaps of the members' working intervals, sorted; empty when one of them is off or the crew has no
/// members. closedSpans() of it is what the calendar shades. Errors: an unknown member (NotFound), invalid
/// working hours (InvalidInput).
Result<QList<Interval>> crewHoursOn(const Resources &resources, const Crew &crew, QDate date);

} // namespace madang
