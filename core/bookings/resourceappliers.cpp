// Booking resources applied to this terminal's database (see replication/applier.h).

#include "bookings/resourceappliers.h"

#include "bookings/resourcerepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

Status applyService(ResourceRepository &resources, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString itemId = read.string("item_id"_L1);
    Service phases;
    phases.workMin = read.number("work_min"_L1);
    phases.processingMin = read.number("processing_min"_L1);
    phases.finishMin = read.number("finish_min"_L1);
    phases.bufferBeforeMin = read.number("buffer_before_min"_L1);
    phases.bufferAfterMin = read.number("buffer_after_min"_L1);
    phases.stationKind = read.string("station_kind"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    return resources.saveService(itemId, phases);
}

Status applyStation(ResourceRepository &resources, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    BookableStation station;
    station.id = read.string("id"_L1);
    station.name = read.string("name"_L1);
    station.kind = read.string("kind"_L1);
    station.position = read.number("position"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (station.id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    auto known = Database::run(db, QStringLiteral("SELECT 1 FROM stations WHERE id = ?"), {station.id},
                               Text::tr("Reading the stations"));
    if (!known) {
        return known.error();
    }
    if (!known->next()) {
        // saveStation() adds a station under a new id; this one keeps its own. The row goes in under its id as
        // a placeholder name, then saveStation() checks and writes every field as for a rename.
        auto added = Database::run(db, QStringLiteral("INSERT INTO stations (id, name, kind) VALUES (?, ?, 'chair')"),
                                   {station.id, station.id}, Text::tr("Saving the station"));
        if (!added) {
            return added.error();
        }
    }
    auto saved = resources.saveStation(station);
    return saved ? Status(Done{}) : Status(saved.error());
}

Status applyHours(ResourceRepository &resources, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString staffId = read.string("staff_id"_L1);
    const QJsonArray rows = read.array("hours"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    WeeklyHours hours;
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        const bool whole = row.size() == 3 && row.at(0).isDouble() && row.at(1).isDouble() && row.at(2).isDouble();
        const int weekday = row.at(0).toInt();
        if (!whole || weekday < Qt::Monday || weekday > Qt::Sunday) {
            return PayloadReader::refusal(op, QStringLiteral("hours"));
        }
        hours[weekday] << Interval{row.at(1).toInt(), row.at(2).toInt()};
    }
    return resources.setWeeklyHours(staffId, hours);
}

Status applyDayOffAdded(ResourceRepository &resources, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString staffId = read.string("staff_id"_L1);
    const QDate day = read.date("day"_L1);
    const QString reason = read.string("reason"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    auto added = resources.addDayOff(staffId, day, reason);
    return added ? Status(Done{}) : Status(added.error());
}

Status applyDayOffRemoved(ResourceRepository &resources, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString staffId = read.string("staff_id"_L1);
    const QDate day = read.date("day"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    auto there = Database::run(db, QStringLiteral("SELECT 1 FROM staff_days_off WHERE staff_id = ? AND day = ?"),
                               {staffId, day.toString(Qt::ISODate)}, Text::tr("Reading days off"));
    if (!there) {
        return there.error();
    }
    if (!there->next()) {
        return Done{}; // already taken back
    }
    return resources.removeDayOff(staffId, day);
}

Status applySkills(ResourceRepository &resources, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString staffId = read.string("staff_id"_L1);
    const QJsonArray services = read.array("services"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    QStringList itemIds;
    for (const QJsonValue &service : services) {
        if (!service.isString() || service.toString().isEmpty()) {
            return PayloadReader::refusal(op, QStringLiteral("services"));
        }
        itemIds << service.toString();
    }
    // setSkills refuses a staff member or an item this terminal does not have (NotFound, nothing written).
    return resources.setSkills(staffId, itemIds);
}

Status applyStationRetired(ResourceRepository &resources, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString stationId = read.string("id"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    auto row = Database::run(db, QStringLiteral("SELECT active FROM stations WHERE id = ?"), {stationId},
                             Text::tr("Reading the stations"));
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("Station %1 is not on this terminal; it was not retired.").arg(stationId.left(80)));
    }
    if (!row->value(0).toBool()) {
        return Done{}; // retired already
    }
    // The same rules as here: refused while bookings to come or an active crew still need the station.
    return resources.retireStation(stationId);
}
} // namespace

void addResourceAppliers(ApplierSet &set, ResourceRepository &resources)
{
    ResourceRepository *r = &resources;
    set.add(ops::ServiceSaved, [r](QSqlDatabase &, const OutboxOp &op) { return applyService(*r, op); });
    set.add(ops::StationSaved, [r](QSqlDatabase &db, const OutboxOp &op) { return applyStation(*r, db, op); });
    set.add(ops::StaffHoursSet, [r](QSqlDatabase &, const OutboxOp &op) { return applyHours(*r, op); });
    set.add(ops::StaffDayOffAdded, [r](QSqlDatabase &, const OutboxOp &op) { return applyDayOffAdded(*r, op); });
    set.add(ops::StaffDayOffRemoved,
            [r](QSqlDatabase &db, const OutboxOp &op) { return applyDayOffRemoved(*r, db, op); });
    set.add(ops::StaffSkillsSet, [r](QSqlDatabase &, const OutboxOp &op) { return applySkills(*r, op); });
    set.add(ops::StationRetired, [r](QSqlDatabase &db, const OutboxOp &op) { return applyStationRetired(*r, db, op); });
}

} // namespace madang
