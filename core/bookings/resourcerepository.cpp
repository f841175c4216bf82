#include "bookings/resourcerepository.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "merchant/staffrepository.h"
#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

const QStringList kStationKinds{QStringLiteral("chair"), QStringLiteral("room"), QStringLiteral("basin"),
                                QStringLiteral("van")};

/// Runs the write and its outbox op in one transaction.
template <typename Write>
Status writeWithOp(Database &database, Outbox &outbox, const OpSpec &op, const QString &entityId,
                   const QJsonObject &payload, Write write)
{
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto written = write(db); !written) {
        return written;
    }
    if (auto queued = outbox.enqueue(db, op, entityId, payload); !queued) {
        return queued.error();
    }
    return tx.commit();
}

/// NotFound unless there is a staff member with this id (active or not).
Status staffExists(const StaffRepository &staff, const QString &staffId)
{
    auto found = staff.find(staffId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound, Text::tr("That staff member does not exist."));
    }
    return Done{};
}

const QString kServiceSelect =
    QStringLiteral("SELECT i.id, i.sku, i.name, i.price_minor, i.duration_min, i.active, s.work_min, s.processing_min, "
                   "s.finish_min, s.buffer_before_min, s.buffer_after_min, coalesce(s.station_kind, '') "
                   "FROM items i LEFT JOIN services s ON s.item_id = i.id ");

BookableService serviceFrom(const QSqlQuery &q)
{
    BookableService s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), {}};
    s.phases.sku = s.sku;
    s.phases.skill = s.itemId;
    if (q.value(6).isNull()) {
        s.phases.workMin = q.value(4).toInt(); // no booking details: the whole duration is work
    } else {
        s.phases.workMin = q.value(6).toInt();
        s.phases.processingMin = q.value(7).toInt();
        s.phases.finishMin = q.value(8).toInt();
        s.phases.bufferBeforeMin = q.value(9).toInt();
        s.phases.bufferAfterMin = q.value(10).toInt();
        s.phases.stationKind = q.value(11).toString();
    }
    return s;
}
} // namespace

Status ResourceRepository::setSkills(const QString &staffId, const QStringList &itemIds)
{
    QStringList sorted = itemIds;
    sorted.sort();
    sorted.removeDuplicates();
    const QJsonArray skills = QJsonArray::fromStringList(sorted);
    const QJsonObject payload{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("services"), skills}};
    return writeWithOp(m_db, m_outbox, ops::StaffSkillsSet, staffId, payload, [&](const QSqlDatabase &db) -> Status {
        for (const QString &itemId : std::as_const(sorted)) {
            auto item = Database::run(db, QStringLiteral("SELECT 1 FROM items WHERE id = ?"), {itemId},
                                      Text::tr("Reading the catalog"));
            if (!item) {
                return item.error();
            }
            if (!item->next()) {
                return makeError(ErrorCode::NotFound, Text::tr("There is no item \"%1\" in the catalog.").arg(itemId));
            }
        }
        auto set = m_staff.setServices(staffId, sorted);
        if (!set && set.error().code == ErrorCode::NotFound) {
            return makeError(ErrorCode::NotFound, Text::tr("That staff member does not exist."));
        }
        return set;
    });
}

Status ResourceRepository::setWeeklyHours(const QString &staffId, const WeeklyHours &hours)
{
    QJsonArray json;
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        QList<Interval> day = hours.value(weekday);
        std::sort(day.begin(), day.end(), [](const Interval &a, const Interval &b) { return a.startMin < b.startMin; });
        for (qsizetype n = 0; n < day.size(); ++n) {
            if (auto valid = Interval::validate(day.at(n)); !valid) {
                return valid;
            }
            if (n > 0 && day.at(n - 1).overlaps(day.at(n))) {
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("Working hours %1-%2 and %3-%4 overlap.")
                                     .arg(timetext::clock(day.at(n - 1).startMin),
                                          timetext::clock(day.at(n - 1).endMin), timetext::clock(day.at(n).startMin),
                                          timetext::clock(day.at(n).endMin)));
            }
            json.append(QJsonArray{weekday, day.at(n).startMin, day.at(n).endMin});
        }
    }
    const QJsonObject payload{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("hours"), json}};
    return writeWithOp(m_db, m_outbox, ops::StaffHoursSet, staffId, payload, [&](const QSqlDatabase &db) -> Status {
        if (auto known = staffExists(m_staff, staffId); !known) {
            return known;
        }
        if (auto cleared = Database::run(db, QStringLiteral("DELETE FROM staff_hours WHERE staff_id = ?"), {staffId},
                                         Text::tr("Saving working hours"));
            !cleared) {
            return cleared.error();
        }
        for (const QJsonValue &row : json) {
            const QJsonArray r = row.toArray();
            auto added = Database::run(db,
                                       QStringLiteral("INSERT INTO staff_hours (staff_id, weekday, "
                                                      "start_min, end_min) VALUES (?, ?, ?, ?)"),
                                       {staffId, r.at(0).toInt(), r.at(1).toInt(), r.at(2).toInt()},
                                       Text::tr("Saving working hours"));
            if (!added) {
                return added.error();
            }
        }
        return Done{};
    });
}

Result<WeeklyHours> ResourceRepository::weeklyHours(const QString &staffId) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT weekday, start_min, end_min FROM staff_hours WHERE staff_id = ? "
                                          "ORDER BY weekday, start_min"),
                           {staffId}, Text::tr("Reading working hours"));
    if (!q) {
        return q.error();
    }
    WeeklyHours hours;
    while (q->next()) {
        hours[q->value(0).toInt()] << Interval{q->value(1).toInt(), q->value(2).toInt()};
    }
    return hours;
}

Result<int> ResourceRepository::addDayOff(const QString &staffId, QDate day, const QString &reason)
{
    if (!day.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A day off needs a valid date."));
    }
    if (auto clean = checkText(reason, TextKind::Reason, Text::tr("reason")); !clean) {
        return clean.error();
    }
    if (day < m_clock.now().date()) { // what is booked on a past day has happened; nothing to reassign
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is in the past.").arg(day.toString(Qt::ISODate)));
    }
    if (const QDate last = m_clock.now().date().addYears(kCalendarHorizonYears); day > last) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is more than %2 years ahead: days off can be set up to "
                                                           "%3.")
                                                      .arg(day.toString(Qt::ISODate))
                                                      .arg(kCalendarHorizonYears)
                                                      .arg(last.toString(Qt::ISODate)));
    }
    const QString iso = day.toString(Qt::ISODate);
    const QJsonObject payload{
        {QStringLiteral("staff_id"), staffId}, {QStringLiteral("day"), iso}, {QStringLiteral("reason"), reason}};
    int flagged = 0;
    auto written =
        writeWithOp(m_db, m_outbox, ops::StaffDayOffAdded, staffId, payload, [&](const QSqlDatabase &db) -> Status {
            if (auto known = staffExists(m_staff, staffId); !known) {
                return known;
            }
            auto added = Database::run(db,
                                       QStringLiteral("INSERT OR REPLACE INTO staff_days_off "
                                                      "(staff_id, day, reason) VALUES (?, ?, ?)"),
                                       {staffId, iso, Database::text(reason)}, Text::tr("Saving the day off"));
            if (!added) {
                return added.error();
            }
            auto flag = Database::run(db,
                                      QStringLiteral("UPDATE bookings SET needs_reassignment = 1 WHERE staff_id = ? "
                                                     "AND day = ? AND status IN ('requested', 'confirmed', "
                                                     "'pending_sync')"),
                                      {staffId, iso}, Text::tr("Flagging the day's bookings"));
            if (!flag) {
                return flag.error();
            }
            flagged = flag->numRowsAffected();
            return Done{};
        });
    if (!written) {
        return written.error();
    }
    return flagged;
}

Status ResourceRepository::removeDayOff(const QString &staffId, QDate day)
{
    const QString iso = day.toString(Qt::ISODate);
    const QJsonObject payload{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("day"), iso}};
    return writeWithOp(
        m_db, m_outbox, ops::StaffDayOffRemoved, staffId, payload, [&](const QSqlDatabase &db) -> Status {
            auto removed =
                Database::run(db, QStringLiteral("DELETE FROM staff_days_off WHERE staff_id = ? AND day = ?"),
                              {staffId, iso}, Text::tr("Removing the day off"));
            if (!removed) {
                return removed.error();
            }
            if (removed->numRowsAffected() == 0) {
                return makeError(ErrorCode::NotFound, Text::tr("There is no day off on %1.").arg(iso));
            }
            return Done{};
        });
}

Result<QList<DayOff>> ResourceRepository::daysOff(const QString &staffId, QDate from) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT day, coalesce(reason, '') FROM staff_days_off WHERE staff_id = ? "
                                          "AND day >= ? ORDER BY day"),
                           {staffId, from.toString(Qt::ISODate)}, Text::tr("Reading days off"));
    if (!q) {
        return q.error();
    }
    QList<DayOff> out;
    while (q->next()) {
        out << DayOff{QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toString()};
    }
    return out;
}

Result<BookableStation> ResourceRepository::saveStation(BookableStation station)
{
    station.name = station.name.trimmed();
    if (station.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A station needs a name."));
    }
    if (auto clean = checkText(station.name, TextKind::Name, Text::tr("station name")); !clean) {
        return clean.error();
    }
    if (!kStationKinds.contains(station.kind)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" is not a kind of station (chair, room, basin or van).").arg(station.kind));
    }
    const bool created = station.id.isEmpty();
    if (created) {
        station.id = m_ids.nextString();
    }
    const QJsonObject payload{{QStringLiteral("id"), station.id},
                              {QStringLiteral("name"), station.name},
                              {QStringLiteral("kind"), station.kind},
                              {QStringLiteral("position"), station.position}};
    auto saved =
        writeWithOp(m_db, m_outbox, ops::StationSaved, station.id, payload, [&](const QSqlDatabase &db) -> Status {
            auto taken = Database::run(db, QStringLiteral("SELECT active FROM stations WHERE name = ? AND id <> ?"),
                                       {station.name, station.id}, Text::tr("Reading the stations"));
            if (!taken) {
                return taken.error();
            }
            if (taken->next()) {
                return makeError(
                    ErrorCode::Conflict,
                    taken->value(0).toBool()
                        ? Text::tr("There is already a station called %1.").arg(station.name)
                        : Text::tr("A retired station is called %1; choose another name.").arg(station.name));
            }
            auto written = Database::run(
                db,
                created ? QStringLiteral("INSERT INTO stations (name, kind, position, id) "
                                         "VALUES (?, ?, ?, ?)")
                        : QStringLiteral("UPDATE stations SET name = ?, kind = ?, position = ? "
                                         "WHERE id = ?"),
                {station.name, station.kind, station.position, station.id}, Text::tr("Saving the station"));
            if (!written) {
                return written.error();
            }
            if (written->numRowsAffected() != 1) {
                return makeError(ErrorCode::NotFound, Text::tr("That station does not exist."));
            }
            return Done{};
        });
    if (!saved) {
        return saved.error();
    }
    return station;
}

Result<QList<BookableStation>> ResourceRepository::stations() const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT id, name, kind, position FROM stations WHERE active = 1 "
                                          "ORDER BY position, name"),
                           {}, Text::tr("Reading stations"));
    if (!q) {
        return q.error();
    }
    QList<BookableStation> list;
    while (q->next()) {
        list << BookableStation{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                q->value(3).toInt()};
    }
    return list;
}

Status ResourceRepository::saveService(const QString &itemId, const Service &phases)
{
    if (auto valid = Service::validate(phases); !valid) {
        return valid;
    }
    if (!phases.stationKind.isEmpty() && !kStationKinds.contains(phases.stationKind)) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("\"%1\" is not a kind of station (chair, room, basin or van).").arg(phases.stationKind));
    }
    const QJsonObject payload{{QStringLiteral("item_id"), itemId},
                              {QStringLiteral("work_min"), phases.workMin},
                              {QStringLiteral("processing_min"), phases.processingMin},
                              {QStringLiteral("finish_min"), phases.finishMin},
                              {QStringLiteral("buffer_before_min"), phases.bufferBeforeMin},
                              {QStringLiteral("buffer_after_min"), phases.bufferAfterMin},
                              {QStringLiteral("station_kind"), phases.stationKind}};
    const QString now = m_clock.nowWire();
    return writeWithOp(m_db, m_outbox, ops::ServiceSaved, itemId, payload, [&](const QSqlDatabase &db) -> Status {
        auto item = Database::run(db, QStringLiteral("UPDATE items SET duration_min = ?, updated_at = ? WHERE id = ?"),
                                  {phases.spanMin(), now, itemId}, Text::tr("Saving the service"));
        if (!item) {
            return item.error();
        }
        if (item->numRowsAffected() != 1) {
            return makeError(ErrorCode::NotFound, Text::tr("That catalog item does not exist."));
        }
        auto saved = Database::run(
            db,
            QStringLiteral("INSERT OR REPLACE INTO services (item_id, work_min, processing_min, finish_min, "
                           "buffer_before_min, buffer_after_min, station_kind) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {itemId, phases.workMin, phases.processingMin, phases.finishMin, phases.bufferBeforeMin,
             phases.bufferAfterMin, phases.stationKind},
            Text::tr("Saving the service"));
        return saved ? Status(Done{}) : Status(saved.error());
    });
}

Result<BookableService> ResourceRepository::service(const QString &skuOrId) const
{
    auto q = Database::run(m_db.connection(), kServiceSelect + QStringLiteral("WHERE i.sku = ? OR i.id = ?"),
                           {skuOrId, skuOrId}, Text::tr("Reading the service"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no item \"%1\" in the catalog.").arg(skuOrId));
    }
    if (!q->value(5).toBool()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is no longer sold.").arg(q->value(2).toString()));
    }
    const BookableService s = serviceFrom(q.value());
    if (s.phases.workMin <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 takes no time, so it cannot be booked; give it a duration first.").arg(s.name));
    }
    return s;
}

Result<QList<BookableService>> ResourceRepository::services() const
{
    auto q = Database::run(m_db.connection(),
                           kServiceSelect + QStringLiteral("WHERE i.active = 1 AND (s.item_id IS NOT NULL OR "
                                                           "i.duration_min > 0) ORDER BY i.name"),
                           {}, Text::tr("Reading services"));
    if (!q) {
        return q.error();
    }
    QList<BookableService> list;
    while (q->next()) {
        list << serviceFrom(q.value());
    }
    return list;
}

Result<Resources> ResourceRepository::load(QDate day) const
{
    const QSqlDatabase db = m_db.connection();
    Resources resources;
    auto staff = m_staff.list(StaffRepository::Which::Active, StaffRepository::Order::Name);
    if (!staff) {
        return staff.error();
    }
    for (const StaffAccount &account : std::as_const(staff.value())) {
        BookableStaff member{account.member.id, account.member.name, {}, {}, {}, {}};
        for (const QString &skill : account.services) {
            member.skills.insert(skill);
        }
        auto hours = weeklyHours(member.id);
        if (!hours) {
            return hours.error();
        }
        member.weeklyHours = hours.value();
        resources.staff << member;
    }
    auto off = Database::run(db, QStringLiteral("SELECT staff_id FROM staff_days_off WHERE day = ?"),
                             {day.toString(Qt::ISODate)}, Text::tr("Reading days off"));
    if (!off) {
        return off.error();
    }
    while (off->next()) {
        for (BookableStaff &member : resources.staff) {
            if (member.id == off->value(0).toString()) {
                member.daysOff.insert(day);
            }
        }
    }
    auto stations = this->stations();
    if (!stations) {
        return stations.error();
    }
    for (const BookableStation &s : std::as_const(stations.value())) {
        resources.stations << Station{s.id, s.kind, {}};
    }
    return resources;
}

} // namespace madang
