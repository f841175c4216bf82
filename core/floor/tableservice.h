#pragma once

#include "base/error.h"
#include "floor/kitchen.h"
#include "sales/ticket.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace madang {

class Clock;
class Database;
class Uuid7Generator;

struct Area
{
    QString id;
    QString name;
    int position = 0;
};

struct DiningTable
{
    QString id;
    QString areaId;
    QString name;
    int seats = 4;
    int x = 0; ///< plan units, 0..1000
    int y = 0;
    int width = 100;
    int height = 100;
    bool round = false;
    bool active = true;
};

/// free: nobody; seated: a ticket, nothing sent yet; ordered: the kitchen has it; bill: the bill was printed.
enum class TableStatus { Free, Seated, Ordered, Bill };
QString tableStatusName(TableStatus status);

struct TableState
{
    DiningTable table;
    TableStatus status = TableStatus::Free;
    int guests = 0;
    qint64 totalMinor = 0;
    QString openedAt;
    /// Set when a seated party's reservation joined this table to the one its ticket is on: that table's
    /// id and name. The status is then that table's.
    QString joinedTo;
    QString joinedToName;
    /// Tables in one combine group push together with their neighbours by position, for larger parties.
    QString combineGroup;
    int combinePosition = 0;
};

/// A unit count of one line of a table's ticket: what to move to a split-off bill.
struct LinePick
{
    QString lineId;
    qint64 qty = 0;
};

/// The restaurant floor and the running ticket of each table: open, add to, send to the kitchen,
/// transfer, merge and split, until it is paid.
class TableService
{
public:
    TableService(Database &db, const Clock &clock, Uuid7Generator &ids) : m_db(db), m_clock(clock), m_ids(ids) {}

    Result<Area> saveArea(Area area);
    /// A name, 1–99 seats and a size; names are unique within an area.
    Result<DiningTable> saveTable(DiningTable table);
    /// Takes a table off the plan (kept for history); refused while it has a ticket.
    Status retireTable(const QString &tableId);
    [[nodiscard]] Result<QList<Area>> areas() const;
    /// Active tables with their status, in the area (all areas if empty).
    [[nodiscard]] Result<QList<TableState>> floor(const QString &areaId = {}) const;

    /// The table's ticket; an empty one is opened (with guests) if it has none.
    Result<Ticket> open(const QString &tableId, int guests, const Ticket &blank, const QString &staffId);
    [[nodiscard]] Result<std::optional<Ticket>> ticketOn(const QString &tableId) const;
    /// What the kitchen has of the table's ticket, by line id (empty before the first send or without a ticket).
    [[nodiscard]] Result<KitchenSent> kitchenSentOn(const QString &tableId) const;
    /// Stores the edited ticket; lines without a line id get one.
    Result<Ticket> save(const QString &tableId, Ticket ticket);
    /// Sends what changed since the last send, in one transaction: each slip goes to deliver (for
    /// example into the print queue) and the table remembers what the kitchen now has. Returns the slips.
    using Deliver = std::function<Status(QSqlDatabase &db, const KitchenTicket &slip)>;
    Result<QList<KitchenTicket>> sendToKitchen(const QString &tableId, const Deliver &deliver);
    Status markBillPrinted(const QString &tableId);
    /// Moves the party to a free table.
    Status transfer(const QString &fromTableId, const QString &toTableId);
    /// Adds the from table's lines to the into table's ticket and frees the from table.
    Status merge(const QString &fromTableId, const QString &intoTableId);
    /// Takes the picked units off the table's ticket into a new ticket, for a guest who pays alone.
    Result<Ticket> split(const QString &tableId, const QList<LinePick> &picks);
    /// Frees the table once its ticket is paid.
    Status close(const QString &tableId);

    /// The station and course of a line, from its item's category (kitchen_routes); "kitchen", 1 otherwise.
    [[nodiscard]] KitchenRoute routeOf(const TicketLine &line) const;
    Status setRoute(const QString &categoryId, const KitchenRoute &route);

private:
    struct Row
    {
        Ticket ticket;
        KitchenSent sent;
    };
    Result<std::optional<Row>> load(const QSqlDatabase &db, const QString &tableId) const;
    Status store(QSqlDatabase &db, const QString &tableId, const Row &row, bool create, int guests = 0,
                 const QString &staffId = {});

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
};

} // namespace madang
