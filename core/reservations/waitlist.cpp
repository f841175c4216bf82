// ReservationService: tonight's waitlist. The quoted wait is a simulation of the room: the tables as
// reservations and seated parties hold them, then each waiting party in turn takes the first seating that
// frees up for its dining time. A new party is quoted where it lands after everybody already waiting.

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "customers/customerrepository.h"
#include "floor/tableservice.h"
#include "replication/outbox.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReservationService)
};

/// How often the simulation looks for a free seating, in minutes.
constexpr int kWaitStepMin = 5;

int minuteOf(const QDateTime &t)
{
    return t.time().msecsSinceStartOfDay() / 60000;
}

Error waitingNotFound()
{
    return makeError(ErrorCode::NotFound, Text::tr("That party is not on the waitlist."));
}
} // namespace

Result<QList<WaitingParty>> ReservationService::estimate(const QList<WaitingParty> &waiting) const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    const int nowMin = minuteOf(now);
    auto tables = tablesOn(today);
    if (!tables) {
        return tables.error();
    }
    QList<WaitingParty> out = waiting;
    for (WaitingParty &party : out) {
        party.estimateMin = -1;
        party.seating = {};
        const int length = defaultDiningMinutes(party.partySize);
        for (int start = nowMin; start < kMinutesPerDay; start += kWaitStepMin) {
            const Interval span{start, std::min(kMinutesPerDay, start + length)};
            auto choices = tableChoices(tables.value(), party.partySize, today, span);
            if (!choices) {
                return choices.error();
            }
            if (!choices->isEmpty()) {
                party.estimateMin = start - nowMin;
                party.seating = choices->first();
                reserveTables(tables.value(), today, party.seating, span);
                break;
            }
        }
    }
    return out;
}

Result<QList<WaitingParty>> ReservationService::waitlist() const
{
    auto q =
        Database::run(m_db.connection(),
                      QStringLiteral("SELECT id, guest_name, phone, party_size, quoted_min, added_at FROM waitlist "
                                     "WHERE status = 'waiting' ORDER BY added_at, id"),
                      {}, Text::tr("Reading the waitlist"));
    if (!q) {
        return q.error();
    }
    QList<WaitingParty> waiting;
    while (q->next()) {
        WaitingParty p;
        p.id = q->value(0).toString();
        p.guestName = q->value(1).toString();
        p.phone = q->value(2).toString();
        p.partySize = q->value(3).toInt();
        p.quotedMin = q->value(4).toInt();
        p.addedAt = timetext::fromWire(q->value(5).toString());
        waiting << p;
    }
    return estimate(waiting);
}

Result<int> ReservationService::quote(int partySize) const
{
    if (partySize < 1 || partySize > kMaxPartySize) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A party is 1 to %1 guests.").arg(kMaxPartySize));
    }
    auto waiting = waitlist();
    if (!waiting) {
        return waiting.error();
    }
    WaitingParty newcomer;
    newcomer.partySize = partySize;
    waiting->append(newcomer);
    auto estimated = estimate(waiting.value());
    if (!estimated) {
        return estimated.error();
    }
    const int minutes = estimated->last().estimateMin;
    if (minutes < 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("No table for a party of %n frees up before closing.", "", partySize));
    }
    return (minutes + kWaitStepMin - 1) / kWaitStepMin * kWaitStepMin;
}

Result<WaitingParty> ReservationService::addToWaitlist(const QString &guestName, const QString &phone, int partySize,
                                                       const QString &actorId)
{
    if (guestName.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The waitlist needs a name to call."));
    }
    if (auto clean = checkText(guestName.trimmed(), TextKind::Name, Text::tr("guest's name")); !clean) {
        return clean.error();
    }
    QString normalized;
    if (!phone.trimmed().isEmpty()) {
        auto n = CustomerRepository::normalizePhone(phone);
        if (!n) {
            return n.error();
        }
        normalized = n.value();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto quoted = quote(partySize);
    if (!quoted) {
        return quoted.error();
    }
    WaitingParty party;
    party.id = m_ids.nextString();
    party.guestName = guestName.trimmed();
    party.phone = normalized;
    party.partySize = partySize;
    party.quotedMin = quoted.value();
    party.estimateMin = quoted.value();
    party.addedAt = m_clock.now();
    const QString added = timetext::wire(party.addedAt);
    auto inserted = Database::run(db,
                                  QStringLiteral("INSERT INTO waitlist (id, guest_name, phone, party_size, quoted_min, "
                                                 "added_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {party.id, party.guestName, party.phone.isEmpty() ? QStringLiteral("") : party.phone,
                                   partySize, party.quotedMin, added},
                                  Text::tr("Adding to the waitlist"));
    if (!inserted) {
        return inserted.error();
    }
    const QJsonObject body{{QStringLiteral("id"), party.id},
                           {QStringLiteral("guest_name"), party.guestName},
                           {QStringLiteral("phone"), party.phone},
                           {QStringLiteral("party_size"), partySize},
                           {QStringLiteral("quoted_min"), party.quotedMin},
                           {QStringLiteral("added_at"), added},
                           {QStringLiteral("staff_id"), actorId}};
    if (auto op = m_outbox.enqueue(db, ops::WaitlistAdded, party.id, body); !op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return party;
}

Status ReservationService::seatWaiting(const QString &id, const QStringList &tableIds, const Ticket &blank,
                                       const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto q = Database::run(db, QStringLiteral("SELECT party_size FROM waitlist WHERE id = ? AND status = 'waiting'"),
                           {id}, Text::tr("Reading the waitlist"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return waitingNotFound();
    }
    const int partySize = q->value(0).toInt();
    const QDateTime now = m_clock.now();
    auto seating = seatingFor(partySize, now.date(), minuteOf(now),
                              std::min(defaultDiningMinutes(partySize), kMinutesPerDay - minuteOf(now)), tableIds, {});
    if (!seating) {
        return seating.error();
    }
    const QString table = seating->tableIds.first();
    const QString at = timetext::wire(now);
    auto updated = Database::run(db,
                                 QStringLiteral("UPDATE waitlist SET status = 'seated', seated_table_id = ?, "
                                                "done_at = ? WHERE id = ?"),
                                 {table, at, id}, Text::tr("Seating the party"));
    if (!updated) {
        return updated.error();
    }
    if (auto opened = m_tables.open(table, partySize, blank, actorId); !opened) {
        return opened.error();
    }
    const QJsonObject body{{QStringLiteral("id"), id},
                           {QStringLiteral("table_id"), table},
                           {QStringLiteral("party_size"), partySize},
                           {QStringLiteral("at"), at},
                           {QStringLiteral("staff_id"), actorId}};
    if (auto op = m_outbox.enqueue(db, ops::WaitlistSeated, id, body); !op) {
        return op.error();
    }
    return tx.commit();
}

Status ReservationService::leaveWaitlist(const QString &id, const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    const QString now = m_clock.nowWire();
    auto updated = Database::run(db,
                                 QStringLiteral("UPDATE waitlist SET status = 'left', done_at = ? "
                                                "WHERE id = ? AND status = 'waiting'"),
                                 {now, id}, Text::tr("Updating the waitlist"));
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() == 0) {
        return waitingNotFound();
    }
    const QJsonObject body{
        {QStringLiteral("id"), id}, {QStringLiteral("at"), now}, {QStringLiteral("staff_id"), actorId}};
    if (auto op = m_outbox.enqueue(db, ops::WaitlistLeft, id, body); !op) {
        return op.error();
    }
    return tx.commit();
}

} // namespace madang
