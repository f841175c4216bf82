#pragma once

// Cleaning crews and the driving times between job addresses (docs/bookings.md, "Crews"). The crew engine
// (crewavailability.h) decides when a crew can take a job; this keeps what it reads.

#include "base/error.h"
#include "bookings/crewavailability.h"

#include <QList>
#include <QString>

namespace madang {

class Database;
class Outbox;
class StaffRepository;
class Uuid7Generator;

class CrewRepository
{
public:
    CrewRepository(Database &db, Uuid7Generator &ids, Outbox &outbox, StaffRepository &staff)
        : m_db(db), m_ids(ids), m_outbox(outbox), m_staff(staff)
    {}

    /// Adds or updates a crew: a unique name, active staff members (the first leads) and a van (a station of
    /// kind "van") or none. The members are replaced as given.
    Result<Crew> save(Crew crew);
    /// Takes a crew off the calendar; its past jobs keep it.
    Status retire(const QString &crewId);
    /// Active crews by position and name, with their members in order.
    [[nodiscard]] Result<QList<Crew>> crews() const;
    /// The crew with this id or name (exact), or NotFound.
    [[nodiscard]] Result<Crew> find(const QString &idOrName) const;

    /// Driving minutes between two addresses, both ways (0..600).
    Status setTravelMinutes(const QString &from, const QString &to, int minutes);
    /// Every stored pair, with the default for the others.
    [[nodiscard]] Result<TravelTimes> travelTimes() const;

private:
    Database &m_db;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    StaffRepository &m_staff;
};

} // namespace madang
