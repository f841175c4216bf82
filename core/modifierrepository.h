#pragma once

#include "error.h"
#include "ticket.h"

#include <QHash>
#include <QStringList>

namespace madang {

class Clock;
class Database;
class Outbox;
class Uuid7Generator;

/// Option groups (size, spice level, extra shot) and which items offer them.
class ModifierRepository
{
public:
    ModifierRepository(Database &db, Uuid7Generator &ids, Outbox &outbox) : m_db(db), m_ids(ids), m_outbox(outbox) {}

    /// Saves a group with its options (new ids are given to those without one), with an outbox op.
    /// A name, at least one option, 0 <= min <= max, max >= 1 and min <= the number of options.
    Result<ModifierGroup> saveGroup(ModifierGroup group);
    /// Offers the groups (in this order) with the item, replacing what it offered before.
    Status setItemGroups(const QString &itemId, const QStringList &groupIds);
    /// The groups the item offers, in order, with their options.
    [[nodiscard]] Result<QList<ModifierGroup>> groupsForItem(const QString &itemId) const;
    /// Which items offer any group (for badges on the checkout grid).
    [[nodiscard]] Result<QHash<QString, int>> groupCountByItem() const;

private:
    Database &m_db;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
};

/// Tickets put on hold ("park") to be resumed later. Drafts, not ledgers: resuming removes them.
struct ParkedTicket
{
    QString id;
    QString label; ///< "Table 4", a customer's name, or the time
    QString staffId;
    QString parkedAt;
    Ticket ticket;
    QString problem; ///< set (and ticket empty) when the saved ticket cannot be read back
};

class ParkedTickets
{
public:
    ParkedTickets(Database &db, Uuid7Generator &ids, const Clock &clock) : m_db(db), m_ids(ids), m_clock(clock) {}

    Result<QString> park(const Ticket &ticket, const QString &label, const QString &staffId);
    /// Oldest first. A damaged ticket is listed with its problem, so that one bad row hides nothing.
    [[nodiscard]] Result<QList<ParkedTicket>> list() const;
    /// Takes the ticket back out (and off the list). NotFound if someone else resumed it first.
    Result<Ticket> resume(const QString &id);

private:
    Database &m_db;
    Uuid7Generator &m_ids;
    const Clock &m_clock;
};

} // namespace madang
