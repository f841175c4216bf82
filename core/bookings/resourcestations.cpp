// ResourceRepository, part 2: finding, renaming and retiring stations. Split from resourcerepository.cpp to keep
// files short; adding a station and listing them stay there.
#include "base/clock.h"
#include "bookings/resourcerepository.h"
#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTime>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

struct StationRow
{
    BookableStation station;
    bool active = false;
};

/// The station with this id, retired or not; nullopt when there is none.
Result<std::optional<StationRow>> stationRow(const QSqlDatabase &db, const QString &id)
{
    auto q = Database::run(db, QStringLiteral("SELECT id, name, kind, position, active FROM stations WHERE id = ?"),
                           {id}, Text::tr("Reading the stations"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<StationRow>();
    }
    return std::optional<StationRow>(
        StationRow{{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()},
                   q->value(4).toBool()});
}

/// The active station with this id, or NotFound / Conflict (retired) with a message that names it.
Result<BookableStation> activeStation(const QSqlDatabase &db, const QString &id, bool retiring)
{
    auto row = stationRow(db, id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return makeError(ErrorCode::NotFound, Text::tr("That station does not exist."));
    }
    const StationRow &found = *row.value();
    if (!found.active) {
        return makeError(ErrorCode::Conflict, retiring ? Text::tr("%1 is already retired.").arg(found.station.name)
                                                       : Text::tr("%1 is retired.").arg(found.station.name));
    }
    return found.station;
}

/// Conflict while an active crew drives the station (a van): that crew could take no more jobs.
Status noCrewDrives(const QSqlDatabase &db, const BookableStation &station)
{
    auto crew = Database::run(db,
                              QStringLiteral("SELECT name FROM crews WHERE van_id = ? AND active = 1 "
                                             "ORDER BY position, name LIMIT 1"),
                              {station.id}, Text::tr("Reading the crews"));
    if (!crew) {
        return crew.error();
    }
    if (crew->next()) {
        return makeError(ErrorCode::Conflict, Text::tr("Crew %1 drives %2: give the crew another van, or none, then "
                                                       "retire it.")
                                                  .arg(crew->value(0).toString(), station.name));
    }
    return Done{};
}

/// Conflict while bookings still to come hold the station: not finished (completed, cancelled, no-show) and
/// ending after now. The message counts them and names the first, so the owner knows where to start.
Status noBookingsToCome(const QSqlDatabase &db, const BookableStation &station, const QDateTime &now)
{
    const QString today = now.date().toString(Qt::ISODate);
    const int minute = now.time().hour() * 60 + now.time().minute();
    auto q =
        Database::run(db,
                      QStringLiteral("SELECT b.day, b.start_min, i.name, coalesce(c.name, '') FROM bookings b "
                                     "JOIN items i ON i.id = b.item_id LEFT JOIN customers c ON c.id = b.customer_id "
                                     "WHERE b.station_id = ? AND b.status NOT IN ('completed', 'cancelled', 'no_show') "
                                     "AND (b.day > ? OR (b.day = ? AND b.start_min + b.work_min + b.processing_min + "
                                     "b.finish_min > ?)) ORDER BY b.day, b.start_min"),
                      {station.id, today, today, minute}, Text::tr("Reading the station's bookings"));
    if (!q) {
        return q.error();
    }
    int count = 0;
    QString day;
    QString start;
    QString what;
    while (q->next()) {
        if (count++ == 0) {
            day = q->value(0).toString();
            start = QTime(0, 0).addSecs(q->value(1).toInt() * 60).toString(QStringLiteral("HH:mm"));
            const QString customer = q->value(3).toString();
            what = customer.isEmpty() ? q->value(2).toString()
                                      : Text::tr("%1 for %2").arg(q->value(2).toString(), customer);
        }
    }
    if (count > 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 still has %n booking(s) to come, the first on %2 at %3 (%4). Move or cancel "
                                  "them, then retire it.",
                                  nullptr, count)
                             .arg(station.name, day, start, what));
    }
    return Done{};
}
} // namespace

Result<BookableStation> ResourceRepository::station(const QString &idOrName) const
{
    auto all = stations();
    if (!all) {
        return all.error();
    }
    const QString wanted = idOrName.trimmed();
    for (const BookableStation &s : std::as_const(all.value())) {
        if (s.id == idOrName || s.name == wanted) {
            return s;
        }
    }
    return makeError(ErrorCode::NotFound, Text::tr("There is no station called %1.").arg(wanted));
}

Result<BookableStation> ResourceRepository::renameStation(const QString &stationId, const QString &name)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto current = activeStation(db, stationId, false);
    if (!current) {
        return current.error();
    }
    if (name.trimmed() == current->name) {
        return current; // nothing to change, nothing to send
    }
    BookableStation renamed = current.value();
    renamed.name = name;
    auto saved = saveStation(renamed); // the name rules, the UPDATE and the station.saved op, inside this one
    if (!saved) {
        return saved.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return saved;
}

Status ResourceRepository::retireStation(const QString &stationId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto station = activeStation(db, stationId, true);
    if (!station) {
        return station.error();
    }
    if (auto free = noCrewDrives(db, station.value()); !free) {
        return free;
    }
    if (auto free = noBookingsToCome(db, station.value(), m_clock.now()); !free) {
        return free;
    }
    auto retired = Database::run(db, QStringLiteral("UPDATE stations SET active = 0 WHERE id = ?"), {stationId},
                                 Text::tr("Saving the station"));
    if (!retired) {
        return retired.error();
    }
    if (auto op = m_outbox.enqueue(db, ops::StationRetired, stationId, {{QStringLiteral("id"), stationId}}); !op) {
        return op.error();
    }
    return tx.commit();
}

} // namespace madang
