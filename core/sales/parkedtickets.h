#pragma once

#include "base/error.h"
#include "sales/ticket.h"

#include <QList>
#include <QString>

namespace madang {

class Clock;
class Database;
class Uuid7Generator;

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
