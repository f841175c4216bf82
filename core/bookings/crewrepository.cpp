#include "bookings/crewrepository.h"

#include "base/textrules.h"
#include "base/uuid7.h"
#include "merchant/staffrepository.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CrewRepository)
};

} // namespace

Result<Crew> CrewRepository::save(Crew crew)
{
    crew.name = crew.name.trimmed();
    if (crew.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A crew needs a name."));
    }
    if (auto clean = checkText(crew.name, TextKind::Name, Text::tr("crew name")); !clean) {
        return clean.error();
    }
    if (crew.memberIds.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A crew needs at least one member."));
    }
    if (crew.memberIds.removeDuplicates() > 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A member is listed twice."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    for (const QString &member : std::as_const(crew.memberIds)) {
        auto found = m_staff.find(member);
        if (!found) {
            return found.error();
        }
        if (!found->has_value() || !found.value()->member.active) {
            return makeError(ErrorCode::NotFound, Text::tr("A crew member is not on the team."));
        }
    }
    if (!crew.vanId.isEmpty()) {
        auto q = Database::run(db, QStringLiteral("SELECT kind FROM stations WHERE id = ? AND active = 1"),
                               {crew.vanId}, Text::tr("Reading the stations"));
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            return makeError(ErrorCode::NotFound, Text::tr("There is no such van."));
        }
        if (q->value(0).toString() != kVanKind) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A crew drives a van, not a %1.").arg(q->value(0).toString()));
        }
    }
    if (crew.id.isEmpty()) {
        crew.id = m_ids.nextString();
    }
    auto saved = Database::run(
        db,
        QStringLiteral("INSERT INTO crews (id, name, van_id) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "name = excluded.name, van_id = excluded.van_id"),
        {crew.id, crew.name, orNull(crew.vanId)}, Text::tr("Saving the crew"));
    if (!saved) {
        return saved.error().message.contains(QLatin1String("UNIQUE"))
                   ? makeError(ErrorCode::Conflict, Text::tr("There is already a crew called %1.").arg(crew.name))
                   : saved.error();
    }
    if (auto q = Database::run(db, QStringLiteral("DELETE FROM crew_members WHERE crew_id = ?"), {crew.id},
                               Text::tr("Saving the crew"));
        !q) {
        return q.error();
    }
    for (qsizetype n = 0; n < crew.memberIds.size(); ++n) {
        if (auto q = Database::run(db,
                                   QStringLiteral("INSERT INTO crew_members (crew_id, staff_id, position) "
                                                  "VALUES (?, ?, ?)"),
                                   {crew.id, crew.memberIds.at(n), static_cast<int>(n)}, Text::tr("Saving the crew"));
            !q) {
            return q.error();
        }
    }
    const QJsonObject body{{QStringLiteral("id"), crew.id},
                           {QStringLiteral("name"), crew.name},
                           {QStringLiteral("member_ids"), QJsonArray::fromStringList(crew.memberIds)},
                           {QStringLiteral("van_id"), crew.vanId}};
    if (auto op = m_outbox.enqueue(db, ops::CrewSaved, crew.id, body); !op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return crew;
}

Status CrewRepository::retire(const QString &crewId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto q = Database::run(db, QStringLiteral("UPDATE crews SET active = 0 WHERE id = ? AND active = 1"), {crewId},
                           Text::tr("Saving the crew"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no such crew."));
    }
    if (auto op = m_outbox.enqueue(db, ops::CrewRetired, crewId, {{QStringLiteral("id"), crewId}}); !op) {
        return op.error();
    }
    return tx.commit();
}

Result<QList<Crew>> CrewRepository::crews() const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT c.id, c.name, coalesce(c.van_id, ''), "
                                          "(SELECT group_concat(staff_id, char(31)) FROM (SELECT staff_id FROM "
                                          "crew_members m WHERE m.crew_id = c.id ORDER BY m.position)) "
                                          "FROM crews c WHERE c.active = 1 ORDER BY c.position, c.name"),
                           {}, Text::tr("Reading the crews"));
    if (!q) {
        return q.error();
    }
    QList<Crew> list;
    while (q->next()) {
        list << Crew{q->value(0).toString(), q->value(1).toString(),
                     q->value(3).toString().split(QChar(0x1f), Qt::SkipEmptyParts), q->value(2).toString()};
    }
    return list;
}

Result<Crew> CrewRepository::find(const QString &idOrName) const
{
    auto all = crews();
    if (!all) {
        return all.error();
    }
    for (const Crew &c : std::as_const(all.value())) {
        if (c.id == idOrName || c.name == idOrName.trimmed()) {
            return c;
        }
    }
    return makeError(ErrorCode::NotFound, Text::tr("There is no crew called %1.").arg(idOrName));
}

Status CrewRepository::setTravelMinutes(const QString &from, const QString &to, int minutes)
{
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty() || minutes < 0 || minutes > 600) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A drive is between two addresses and 0 to 600 minutes."));
    }
    for (const QString &address : {from.trimmed(), to.trimmed()}) {
        if (auto clean = checkText(address, TextKind::Address, Text::tr("address")); !clean) {
            return clean;
        }
    }
    if (from.trimmed() == to.trimmed()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A drive is between two different addresses."));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    for (const auto &[a, b] : {std::pair{from.trimmed(), to.trimmed()}, std::pair{to.trimmed(), from.trimmed()}}) {
        if (auto q = Database::run(db,
                                   QStringLiteral("INSERT INTO travel_times (from_address, to_address, minutes) "
                                                  "VALUES (?, ?, ?) ON CONFLICT (from_address, to_address) "
                                                  "DO UPDATE SET minutes = excluded.minutes"),
                                   {a, b, minutes}, Text::tr("Saving the travel time"));
            !q) {
            return q.error();
        }
    }
    const QJsonObject body{{QStringLiteral("from"), from.trimmed()},
                           {QStringLiteral("to"), to.trimmed()},
                           {QStringLiteral("minutes"), minutes}};
    if (auto op = m_outbox.enqueue(db, ops::TravelTimeSaved, from.trimmed(), body); !op) {
        return op.error();
    }
    return tx.commit();
}

Result<TravelTimes> CrewRepository::travelTimes() const
{
    auto q =
        Database::run(m_db.connection(), QStringLiteral("SELECT from_address, to_address, minutes FROM travel_times"),
                      {}, Text::tr("Reading the travel times"));
    if (!q) {
        return q.error();
    }
    TravelTimes travel;
    while (q->next()) {
        travel.between.insert({q->value(0).toString(), q->value(1).toString()}, q->value(2).toInt());
    }
    return travel;
}

} // namespace madang
