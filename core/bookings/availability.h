#pragma once

// Availability: which start times are free for a service on one day. A pure engine: it reads the
// resources it is given (staff, stations, their existing bookings) and never touches storage or the clock.
//
// Time model: every time is local wall-clock minutes since midnight of one QDate (0..1440), half-open
// intervals [start, end). The date picks the weekday's working hours and the day's bookings; turning
// a minute into a QDateTime in the merchant's QTimeZone (and the DST hour that does not exist) is the
// caller's business. Nothing crosses midnight: a span that would is simply outside working hours.
//
// A service has work, processing and finish phases: the staff member is busy for work and finish (plus
// the buffers before and after), free during processing; the station (chair, room) is busy from the
// first minute of work to the last minute of finish, processing included. So a stylist can cut someone
// during a colour's processing time, on another chair.
//
// Restaurant tables (and table combinations for large parties) are in tableavailability.h, cleaning
// crews (several people per job, travel between addresses) in crewavailability.h; BookingService loads
// the resources from storage. Left for later: bookings that span midnight.

#include "base/error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <optional>

namespace madang {

/// How far ahead anything on the calendar may be set: a booking, every visit of a series, a staff member's day
/// off. Two years: a weekly series of the longest (RecurrenceRule::kMaxVisits) just fits, and a mistyped year
/// (9999) is refused instead of stored.
constexpr int kCalendarHorizonYears = 2;

/// Minutes in a day: the last valid end of an interval.
inline constexpr int kMinutesPerDay = 24 * 60;

/// [startMin, endMin) in wall-clock minutes since local midnight.
struct Interval
{
    int startMin = 0;
    int endMin = 0;

    [[nodiscard]] int length() const { return endMin - startMin; }
    [[nodiscard]] bool overlaps(const Interval &other) const
    {
        return startMin < other.endMin && other.startMin < endMin;
    }
    [[nodiscard]] bool contains(const Interval &other) const
    {
        return startMin <= other.startMin && other.endMin <= endMin;
    }
    bool operator==(const Interval &other) const = default;

    /// Refuses an end before (or at) the start and anything outside 0..1440.
    static Status validate(const Interval &interval);
};

/// Someone who can be booked.
struct BookableStaff
{
    QString id;
    QString name;
    QSet<QString> skills; // e.g. "cut", "colour"
    /// Working intervals per weekday (Qt::Monday = 1 .. Qt::Sunday = 7); breaks are the gaps between
    /// intervals. A weekday without intervals is a day off.
    QHash<int, QList<Interval>> weeklyHours;
    QSet<QDate> daysOff; // holidays, sick days: no hours at all on these dates
    /// Per date, the intervals in which the person is actually busy (a colour's processing gap is not).
    QHash<QDate, QList<Interval>> busy;

    /// The working intervals on `date`, sorted; empty on a day off.
    [[nodiscard]] QList<Interval> hoursOn(QDate date) const;
};

/// A chair, a room, a basin: busy for the whole span of a booking.
struct Station
{
    QString id;
    QString kind; // "chair", "room"
    QHash<QDate, QList<Interval>> busy;
};

/// Everything that can be booked. Stations of one kind are tried in id order.
struct Resources
{
    QList<BookableStaff> staff;
    QList<Station> stations;
};

/// What a booking needs. Minutes are non-negative; work must be at least one minute.
struct Service
{
    QString sku;
    int workMin = 0;
    int processingMin = 0; // the staff member is free, the station stays taken
    int finishMin = 0;
    int bufferBeforeMin = 0; // staff only: preparing
    int bufferAfterMin = 0;  // staff only: cleaning up
    QString skill;           // empty: anyone
    QString stationKind;     // empty: no station needed

    [[nodiscard]] int spanMin() const { return workMin + processingMin + finishMin; }
    /// Refuses negative minutes and a service without work.
    static Status validate(const Service &service);
};

/// A bookable start: who does it and where (stationId empty when the service needs no station).
struct Slot
{
    int startMin = 0;
    QString staffId;
    QString stationId;

    [[nodiscard]] QTime time() const { return QTime(0, 0).addSecs(startMin * 60); }
    bool operator==(const Slot &other) const = default;
};

/// The intervals a staff member is busy for `service` started at `startMin`: work with the buffer
/// before, then finish with the buffer after (one interval when there is no processing gap).
QList<Interval> staffBusySpans(const Service &service, int startMin);
/// The interval the station is taken: work, processing and finish.
Interval stationSpan(const Service &service, int startMin);
/// Everything the staff member's working interval must hold: the buffers and the whole span.
Interval staffEnvelope(const Service &service, int startMin);

/// Every free start on `date` at multiples of `stepMin` (1..1440) from midnight, for the staff member
/// `staffId` or for everyone with the skill. Ordered by start, then staff name, then staff id. Errors:
/// an invalid service or step, invalid working hours or bookings, an unknown staff id.
Result<QList<Slot>> freeSlots(const Resources &resources, const Service &service, QDate date,
                              const std::optional<QString> &staffId = std::nullopt, int stepMin = 15);

/// Whether `staffId` can start `service` at `startMin` on `date` (any minute, not only steps).
/// Returns the station it would use, or a refusal for people: NotFound (unknown staff member),
/// Forbidden (lacks the skill), InvalidInput (outside working hours, invalid input), Conflict (taken).
Result<Slot> checkSlot(const Resources &resources, const Service &service, QDate date, int startMin,
                       const QString &staffId);

/// Why a time of the day cannot be booked at all, whatever is booked then.
enum class ClosedReason {
    OutsideHours, ///< before the first working interval or after the last
    Break,        ///< between two working intervals (lunch)
    DayOff,       ///< no working hours that day: a day off, or a weekday not worked
};

/// A time of the day that cannot be booked, and why.
struct ClosedSpan
{
    Interval span;
    ClosedReason reason = ClosedReason::OutsideHours;

    bool operator==(const ClosedSpan &other) const = default;
};

/// The rest of the day around `hours` (working intervals in any order; overlapping ones count once, touching
/// ones leave no break): before the first and after the last (OutsideHours), the gaps between them (Break), or
/// the whole day when there are none (DayOff). Sorted by start. These are the times that freeSlots never
/// offers and checkSlot refuses as outside working hours.
QList<ClosedSpan> closedSpans(QList<Interval> hours);

/// The times on `date` that `member` cannot be booked: closedSpans of hoursOn(date), the hours that
/// freeSlots and checkSlot hold every booking to. Refuses invalid working hours (InvalidInput).
Result<QList<ClosedSpan>> closedSpansOn(const BookableStaff &member, QDate date);

/// Records a slot as booked: the staff member's busy spans and the station's span on `date`.
/// Returns false (and changes nothing) when the staff member or station is unknown.
bool reserve(Resources &resources, const Service &service, QDate date, const Slot &slot);

} // namespace madang
