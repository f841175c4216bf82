#pragma once

// What can be booked: staff working hours and days off, stations (chairs, rooms, vans) and the booking
// details of service items (docs/bookings.md, "Resources").

#include "base/error.h"
#include "bookings/availability.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace madang {

class Clock;
class Database;
class Outbox;
class StaffRepository;
class Uuid7Generator;

struct BookableStation
{
    QString id;
    QString name;
    QString kind; // chair | room | basin | van
    int position = 0;
};

/// A catalog item that can be booked: its price and name, and how its time is spent.
struct BookableService
{
    QString itemId;
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    Service phases; // skill = the item id: staff list the items they do
};

struct DayOff
{
    QDate day;
    QString reason;
};

/// Weekly hours: per weekday (Qt::Monday = 1 … Qt::Sunday = 7), the working intervals.
using WeeklyHours = QHash<int, QList<Interval>>;

class ResourceRepository
{
public:
    ResourceRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, StaffRepository &staff)
        : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_staff(staff)
    {}

    /// The services (catalog item ids) the staff member does: their skills.
    Status setSkills(const QString &staffId, const QStringList &itemIds);
    /// Replaces the staff member's weekly hours. Intervals of one weekday must not overlap.
    Status setWeeklyHours(const QString &staffId, const WeeklyHours &hours);
    [[nodiscard]] Result<WeeklyHours> weeklyHours(const QString &staffId) const;
    /// A dated day off (a holiday, a sick day). The staff member's open bookings that day are flagged for
    /// someone else to take over, in the same transaction; returns how many were flagged.
    Result<int> addDayOff(const QString &staffId, QDate day, const QString &reason);
    /// Takes a day off back (flagged bookings stay flagged until someone moves them).
    Status removeDayOff(const QString &staffId, QDate day);
    /// The staff member's days off from `from` on, by date.
    [[nodiscard]] Result<QList<DayOff>> daysOff(const QString &staffId, QDate from) const;

    /// Adds (empty id) or renames a station. Names are unique among all stations, retired ones too.
    Result<BookableStation> saveStation(BookableStation station);
    /// The active stations, by position and name.
    [[nodiscard]] Result<QList<BookableStation>> stations() const;
    /// The active station with this id or name (exact, trimmed); NotFound names what was asked for.
    [[nodiscard]] Result<BookableStation> station(const QString &idOrName) const;
    /// Gives an active station a new name (the rules of saveStation) with a station.saved op; the same name
    /// again writes nothing.
    Result<BookableStation> renameStation(const QString &stationId, const QString &name);
    /// Takes a station off the calendar, with a station.retired op: no new booking lands on it, past bookings
    /// keep it. Refused (Conflict, nothing written) while bookings still to come hold it (the message says
    /// how many and which is first) or while an active crew drives it.
    Status retireStation(const QString &stationId);

    /// Sets how a catalog item is booked; its duration becomes work + processing + finish.
    Status saveService(const QString &itemId, const Service &phases);
    /// By SKU or item id. Refused when the item is inactive or takes no time (a retail product).
    [[nodiscard]] Result<BookableService> service(const QString &skuOrId) const;
    /// Every active item that can be booked, by name.
    [[nodiscard]] Result<QList<BookableService>> services() const;

    /// Active staff with their skills, hours and days off around `day`, and the active stations; no
    /// bookings yet (BookingService adds them).
    [[nodiscard]] Result<Resources> load(QDate day) const;

private:
    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    StaffRepository &m_staff;
};

} // namespace madang
