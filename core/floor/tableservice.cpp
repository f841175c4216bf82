// TableService, part 2: open tickets on tables, the kitchen, transfers, merges and splits (part 1, the floor
// plan and the floor's state, is tablefloor.cpp).
#include "floor/tableservice.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "floor/tablejoins.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableService)
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error noTicket()
{
    return makeError(ErrorCode::NotFound, Text::tr("That table has no open ticket."));
}

} // namespace

Result<std::optional<TableService::Row>> TableService::load(const QSqlDatabase &db, const QString &tableId) const
{
    auto q = Database::run(db, QStringLiteral("SELECT ticket, sent FROM open_tickets WHERE table_id = ?"), {tableId},
                           Text::tr("Reading the table's ticket"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Row>();
    }
    auto ticket = Ticket::fromJson(QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object());
    if (!ticket) {
        return ticket.error();
    }
    ticket.value().tableId = tableId;
    return std::optional<Row>(Row{
        ticket.value(), kitchenSentFromJson(QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object())});
}

Status TableService::store(QSqlDatabase &db, const QString &tableId, const Row &row, bool create, int guests,
                           const QString &staffId)
{
    const QString now = m_clock.nowWire();
    auto q =
        create
            ? Database::run(db,
                            QStringLiteral("INSERT INTO open_tickets (table_id, id, guests, staff_id, ticket, sent, "
                                           "opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {tableId, m_ids.nextString(), guests, staffId.isEmpty() ? QVariant() : QVariant(staffId),
                             json(row.ticket.toJson()), json(kitchenSentToJson(row.sent)), now, now},
                            Text::tr("Opening the table"))
            : Database::run(
                  db, QStringLiteral("UPDATE open_tickets SET ticket = ?, sent = ?, updated_at = ? WHERE table_id = ?"),
                  {json(row.ticket.toJson()), json(kitchenSentToJson(row.sent)), now, tableId},
                  Text::tr("Saving the table's ticket"));
    return q ? Status(Done{}) : Status(q.error());
}

Result<Ticket> TableService::open(const QString &tableId, int guests, const Ticket &blank, const QString &staffId)
{
    QSqlDatabase db = m_db.connection();
    auto existing = load(db, tableId);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return existing.value()->ticket;
    }
    if (auto free = notJoinedTable(db, tableId); !free) {
        return free.error();
    }
    auto name = Database::run(db, QStringLiteral("SELECT name FROM dining_tables WHERE id = ? AND active = 1"),
                              {tableId}, Text::tr("Opening the table"));
    if (!name) {
        return name.error();
    }
    if (!name.value().next()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no such table."));
    }
    Row row{blank, {}};
    row.ticket.lines.clear();
    row.ticket.tableName = name.value().value(0).toString();
    row.ticket.tableId = tableId;
    if (auto stored = store(db, tableId, row, true, std::max(0, guests), staffId); !stored) {
        return stored.error();
    }
    return row.ticket;
}

Result<std::optional<Ticket>> TableService::ticketOn(const QString &tableId) const
{
    auto row = load(m_db.connection(), tableId);
    if (!row) {
        return row.error();
    }
    return row.value() ? std::optional<Ticket>(row.value()->ticket) : std::optional<Ticket>();
}

Result<KitchenSent> TableService::kitchenSentOn(const QString &tableId) const
{
    auto row = load(m_db.connection(), tableId);
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->sent : KitchenSent();
}

Result<Ticket> TableService::save(const QString &tableId, Ticket ticket)
{
    QSqlDatabase db = m_db.connection();
    auto row = load(db, tableId);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return noTicket();
    }
    for (TicketLine &l : ticket.lines) {
        if (l.lineId.isEmpty()) {
            l.lineId = m_ids.nextString();
        }
    }
    ticket.tableName = row.value()->ticket.tableName;
    ticket.tableId = tableId;
    if (auto stored = store(db, tableId, Row{ticket, row.value()->sent}, false); !stored) {
        return stored.error();
    }
    return ticket;
}

Result<QList<KitchenTicket>> TableService::sendToKitchen(const QString &tableId, const Deliver &deliver)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto row = load(db, tableId);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return noTicket();
    }
    const auto route = [this](const TicketLine &l) { return routeOf(l); };
    const QList<KitchenTicket> slips = kitchenChanges(row.value()->ticket, row.value()->sent, route);
    for (const KitchenTicket &slip : slips) {
        if (auto delivered = deliver(db, slip); !delivered) {
            return delivered.error();
        }
    }
    Row sent{row.value()->ticket, kitchenState(row.value()->ticket, route)};
    if (auto stored = store(db, tableId, sent, false); !stored) {
        return stored.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return slips;
}

Status TableService::markBillPrinted(const QString &tableId)
{
    auto q =
        Database::run(m_db.connection(), QStringLiteral("UPDATE open_tickets SET bill_printed = 1 WHERE table_id = ?"),
                      {tableId}, Text::tr("Saving the table's ticket"));
    if (!q) {
        return q.error();
    }
    return q.value().numRowsAffected() == 1 ? Status(Done{}) : Status(noTicket());
}

Status TableService::transfer(const QString &fromTableId, const QString &toTableId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto from = load(db, fromTableId);
    auto to = load(db, toTableId);
    if (!from || !to) {
        return from ? to.error() : from.error();
    }
    if (!from.value()) {
        return noTicket();
    }
    if (to.value()) {
        return makeError(ErrorCode::Conflict, Text::tr("That table is taken; merge the tables instead."));
    }
    if (auto free = notJoinedTable(db, toTableId); !free) {
        return free;
    }
    auto name = Database::run(db, QStringLiteral("SELECT name FROM dining_tables WHERE id = ? AND active = 1"),
                              {toTableId}, Text::tr("Moving the party"));
    if (!name || !name.value().next()) {
        return name ? makeError(ErrorCode::NotFound, Text::tr("There is no such table.")) : name.error();
    }
    Row row = *from.value();
    row.ticket.tableName = name.value().value(0).toString();
    row.ticket.tableId = toTableId;
    auto moved =
        Database::run(db, QStringLiteral("UPDATE open_tickets SET table_id = ?, ticket = ? WHERE table_id = ?"),
                      {toTableId, json(row.ticket.toJson()), fromTableId}, Text::tr("Moving the party"));
    if (!moved) {
        return moved.error();
    }
    return tx.commit();
}

Status TableService::merge(const QString &fromTableId, const QString &intoTableId)
{
    if (fromTableId == intoTableId) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Choose another table to merge with."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto from = load(db, fromTableId);
    auto into = load(db, intoTableId);
    if (!from || !into) {
        return from ? into.error() : from.error();
    }
    if (!from.value() || !into.value()) {
        return noTicket();
    }
    Row merged = *into.value();
    merged.ticket.lines << from.value()->ticket.lines;
    merged.ticket.tipMinor += from.value()->ticket.tipMinor;
    merged.sent.insert(from.value()->sent);
    if (auto stored = store(db, intoTableId, merged, false); !stored) {
        return stored;
    }
    auto guests =
        Database::run(db,
                      QStringLiteral("UPDATE open_tickets SET guests = guests + (SELECT guests FROM open_tickets "
                                     "WHERE table_id = ?) WHERE table_id = ?"),
                      {fromTableId, intoTableId}, Text::tr("Merging the tables"));
    auto freed = guests ? Database::run(db, QStringLiteral("DELETE FROM open_tickets WHERE table_id = ?"),
                                        {fromTableId}, Text::tr("Merging the tables"))
                        : guests;
    if (!freed) {
        return freed.error();
    }
    return tx.commit();
}

Result<Ticket> TableService::split(const QString &tableId, const QList<LinePick> &picks)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto row = load(db, tableId);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return noTicket();
    }
    Row rest = *row.value();
    Ticket part = rest.ticket;
    part.lines.clear();
    part.tipMinor = 0;
    for (const LinePick &pick : picks) {
        const auto it = std::find_if(rest.ticket.lines.begin(), rest.ticket.lines.end(),
                                     [&pick](const TicketLine &l) { return l.lineId == pick.lineId; });
        if (it == rest.ticket.lines.end() || pick.qty < 1 || pick.qty > it->qty) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Pick between 1 and the ordered quantity of each item."));
        }
        TicketLine taken = *it;
        taken.qty = pick.qty;
        it->qty -= pick.qty;
        if (it->qty == 0) {
            rest.ticket.lines.erase(it);
        } else {
            taken.lineId = m_ids.nextString(); // the kitchen still has the whole line under the old id
        }
        part.lines << taken;
    }
    if (part.lines.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Pick the items to pay separately."));
    }
    // What leaves the table is paid for, not cancelled: the kitchen must not hear about it.
    rest.sent = kitchenState(rest.ticket, [this](const TicketLine &l) { return routeOf(l); });
    if (auto stored = store(db, tableId, rest, false); !stored) {
        return stored.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return part;
}

Status TableService::close(const QString &tableId)
{
    auto q = Database::run(m_db.connection(), QStringLiteral("DELETE FROM open_tickets WHERE table_id = ?"), {tableId},
                           Text::tr("Freeing the table"));
    return q ? Status(Done{}) : Status(q.error());
}

KitchenRoute TableService::routeOf(const TicketLine &line) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT r.station, r.course FROM items i JOIN kitchen_routes r "
                                          "ON r.category_id = i.category_id WHERE i.id = ?"),
                           {line.itemId}, Text::tr("Routing to the kitchen"));
    if (q && q.value().next()) {
        return {q.value().value(0).toString(), q.value().value(1).toInt()};
    }
    return {};
}

Status TableService::setRoute(const QString &categoryId, const KitchenRoute &route)
{
    if (route.station.trimmed().isEmpty() || route.course < 1 || route.course > 9) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A station needs a name and a course from 1 to 9."));
    }
    if (auto clean = checkText(route.station.trimmed(), TextKind::Name, Text::tr("kitchen station")); !clean) {
        return clean;
    }
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO kitchen_routes (category_id, station, course) VALUES (?, ?, ?) "
                       "ON CONFLICT (category_id) DO UPDATE SET station = excluded.station, course = excluded.course"),
        {categoryId, route.station.trimmed(), route.course}, Text::tr("Saving the kitchen station"));
    return q ? Status(Done{}) : Status(q.error());
}

} // namespace madang
