// TableService, part 1: the floor plan (areas and tables) and the floor's state, with the tables a seated
// party's reservation joins to the one its ticket is on. Split from tableservice.cpp to keep files short.
#include "base/textrules.h"
#include "base/uuid7.h"
#include "floor/tablejoins.h"
#include "floor/tableservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableService)
};
} // namespace

/// The tables a seated party's reservation holds besides the one its ticket is on (reservations are seated
/// on their first table): table id → the ticket's table id and name.
Result<QHash<QString, JoinedTable>> joinedTables(const QSqlDatabase &db, const QString &tableId)
{
    auto q = Database::run(db,
                           QStringLiteral("SELECT rt.table_id, r.seated_table_id, p.name FROM reservation_tables rt "
                                          "JOIN reservations r ON r.id = rt.reservation_id "
                                          "JOIN dining_tables p ON p.id = r.seated_table_id "
                                          "WHERE r.status = 'in_service' AND rt.table_id <> r.seated_table_id "
                                          "AND (? = '' OR rt.table_id = ?)"),
                           {tableId.isEmpty() ? QStringLiteral("") : tableId, tableId},
                           Text::tr("Reading the joined tables"));
    if (!q) {
        return q.error();
    }
    QHash<QString, JoinedTable> out;
    while (q->next()) {
        out.insert(q->value(0).toString(), JoinedTable{q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

/// Refuses a table whose guests sit at a joined seating: their ticket is on the other table.
Status notJoinedTable(const QSqlDatabase &db, const QString &tableId)
{
    auto joined = joinedTables(db, tableId);
    if (!joined) {
        return joined.error();
    }
    if (const auto it = joined->constFind(tableId); it != joined->cend()) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("This table is joined to table %1 for a seated party; their ticket is on %1.").arg(it->name));
    }
    return Done{};
}

QString tableStatusName(TableStatus status)
{
    switch (status) {
    case TableStatus::Free:
        return QStringLiteral("free");
    case TableStatus::Seated:
        return QStringLiteral("seated");
    case TableStatus::Ordered:
        return QStringLiteral("ordered");
    case TableStatus::Bill:
        return QStringLiteral("bill");
    }
    return {};
}

Result<Area> TableService::saveArea(Area area)
{
    if (area.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("An area needs a name."));
    }
    if (auto clean = checkText(area.name.trimmed(), TextKind::Name, Text::tr("area name")); !clean) {
        return clean.error();
    }
    if (area.id.isEmpty()) {
        area.id = m_ids.nextString();
    }
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO areas (id, name, position) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
                       "SET name = excluded.name, position = excluded.position"),
        {area.id, area.name.trimmed(), area.position}, Text::tr("Saving the area"));
    return q ? Result<Area>(area) : Result<Area>(q.error());
}

Result<DiningTable> TableService::saveTable(DiningTable t)
{
    if (t.name.trimmed().isEmpty() || t.seats < 1 || t.seats > 99 || t.width <= 0 || t.height <= 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A table needs a name, 1 to 99 seats and a size."));
    }
    if (auto clean = checkText(t.name.trimmed(), TextKind::Name, Text::tr("table name")); !clean) {
        return clean.error();
    }
    if (t.id.isEmpty()) {
        t.id = m_ids.nextString();
    }
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO dining_tables (id, area_id, name, seats, x, y, width, height, round, active) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "area_id = excluded.area_id, name = excluded.name, seats = excluded.seats, x = excluded.x, "
                       "y = excluded.y, width = excluded.width, height = excluded.height, round = excluded.round, "
                       "active = excluded.active"),
        {t.id, t.areaId, t.name.trimmed(), t.seats, t.x, t.y, t.width, t.height, t.round ? 1 : 0, t.active ? 1 : 0},
        Text::tr("Saving the table"));
    if (!q) {
        if (q.error().message.contains(QStringLiteral("UNIQUE"))) {
            return makeError(ErrorCode::Conflict, Text::tr("This area already has a table named %1.").arg(t.name));
        }
        return q.error();
    }
    return t;
}

Status TableService::retireTable(const QString &tableId)
{
    auto open = ticketOn(tableId);
    if (!open) {
        return open.error();
    }
    if (open.value()) {
        return makeError(ErrorCode::Conflict, Text::tr("The table has an open ticket; pay or move it first."));
    }
    auto q = Database::run(m_db.connection(), QStringLiteral("UPDATE dining_tables SET active = 0 WHERE id = ?"),
                           {tableId}, Text::tr("Removing the table"));
    return q ? Status(Done{}) : Status(q.error());
}

Result<QList<Area>> TableService::areas() const
{
    auto q =
        Database::run(m_db.connection(), QStringLiteral("SELECT id, name, position FROM areas ORDER BY position, name"),
                      {}, Text::tr("Reading the floor plan"));
    if (!q) {
        return q.error();
    }
    QList<Area> out;
    while (q.value().next()) {
        out << Area{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt()};
    }
    return out;
}

Result<QList<TableState>> TableService::floor(const QString &areaId) const
{
    auto q =
        Database::run(m_db.connection(),
                      QStringLiteral("SELECT t.id, t.area_id, t.name, t.seats, t.x, t.y, t.width, t.height, t.round, "
                                     "o.ticket, o.sent, o.guests, o.bill_printed, o.opened_at, t.combine_group, "
                                     "t.combine_position FROM dining_tables t "
                                     "LEFT JOIN open_tickets o ON o.table_id = t.id WHERE t.active = 1 AND "
                                     "(? = '' OR t.area_id = ?) ORDER BY t.name"),
                      {areaId.isEmpty() ? QStringLiteral("") : areaId, areaId}, Text::tr("Reading the floor plan"));
    if (!q) {
        return q.error();
    }
    QList<TableState> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        TableState s;
        s.table = DiningTable{r.value(0).toString(), r.value(1).toString(),
                              r.value(2).toString(), r.value(3).toInt(),
                              r.value(4).toInt(),    r.value(5).toInt(),
                              r.value(6).toInt(),    r.value(7).toInt(),
                              r.value(8).toBool(),   true};
        s.combineGroup = r.value(14).toString();
        s.combinePosition = r.value(15).toInt();
        if (!r.isNull(9)) {
            auto ticket = Ticket::fromJson(QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object());
            const bool sent = !QJsonDocument::fromJson(r.value(10).toString().toUtf8()).object().isEmpty();
            s.status = r.value(12).toBool() ? TableStatus::Bill : sent ? TableStatus::Ordered : TableStatus::Seated;
            s.guests = r.value(11).toInt();
            s.openedAt = r.value(13).toString();
            if (ticket && !ticket.value().lines.isEmpty()) {
                auto totals = priceTicket(ticket.value());
                s.totalMinor = totals ? totals.value().totalMinor : 0;
            }
        }
        out << s;
    }
    auto joined = joinedTables(m_db.connection(), {});
    if (!joined) {
        return joined.error();
    }
    for (TableState &s : out) {
        const auto it = joined->constFind(s.table.id);
        if (it == joined->cend() || s.status != TableStatus::Free) {
            continue;
        }
        s.joinedTo = it->tableId;
        s.joinedToName = it->name;
        const auto ticket =
            std::find_if(out.cbegin(), out.cend(), [&](const TableState &t) { return t.table.id == it->tableId; });
        s.status = ticket != out.cend() && ticket->status != TableStatus::Free ? ticket->status : TableStatus::Seated;
    }
    return out;
}

} // namespace madang
