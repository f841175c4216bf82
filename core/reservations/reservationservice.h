#pragma once

// Restaurant reservations and the waitlist (docs/bookings.md). A reservation is a party size, a time and
// the tables that seat it, chosen by the table engine (tableavailability.h) or by the host. Seating one
// opens the ticket on its first table; paying that ticket completes it (Checkout::closeTable). Every write
// adds its reservation_events row and its outbox op in the same transaction.

#include "base/error.h"
#include "bookings/booking.h"
#include "reservations/tableavailability.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace madang {

class BookingService;
class Clock;
class Database;
class Outbox;
struct OpSpec;
class TableService;
class Uuid7Generator;
struct Ticket;

/// Whether a reservation in this status keeps its tables: it is still to come or the party is at the table.
bool reservationHoldsTables(BookingStatus status);

/// How long a party of this size keeps its table, when nobody says otherwise: 90 minutes up to 4, else 120.
int defaultDiningMinutes(int partySize);

struct Reservation
{
    QString id;
    BookingStatus status = BookingStatus::Confirmed;
    BookingSource source = BookingSource::Counter;
    QString customerId;
    QString guestName;
    QString phone; // the customer's, normalized, when known
    int partySize = 2;
    QDate day;
    int startMin = 0;
    int durationMin = 90;
    QString startsAt;
    QString notes;
    QString cancelReason;
    QStringList tableIds; // in position order
    QStringList tableNames;
    QString seatedTableId;
    qint64 depositMinor = 0; // taken when it was made; credited when its table's bill is paid

    [[nodiscard]] int endMin() const { return startMin + durationMin; }
};

/// The deposit of the party seated at a table that is still to be credited on its bill.
struct SeatedDeposit
{
    QString reservationId; // empty: nobody with a reservation sits there
    QString guestName;
    qint64 leftMinor = 0;
};

struct ReservationRequest
{
    QString guestName;
    QString customerId;
    int partySize = 2;
    QDate day;
    int startMin = 0;
    int durationMin = 0;  // 0: defaultDiningMinutes(partySize)
    QStringList tableIds; // empty: the engine's best seating
    BookingSource source = BookingSource::Counter;
    QString notes;
    QString actorId;
    qint64 depositMinor = 0;
};

/// A party on tonight's waitlist, with what they were told and what the room says now.
struct WaitingParty
{
    QString id;
    QString guestName;
    QString phone;
    int partySize = 2;
    int quotedMin = 0;
    QDateTime addedAt;
    int estimateMin = -1; // the wait from now, counting the parties ahead; -1: no table frees up today
    TableChoice seating;  // where the estimate puts them
};

class ReservationService
{
public:
    ReservationService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, TableService &tables,
                       const BookingService &bookings)
        : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_tables(tables), m_bookings(bookings)
    {}

    /// The room's reservation hours on a weekday (Monday = 1); an empty list closes it that day.
    Status setHours(int weekday, const QList<Interval> &hours);
    /// The whole week at once (weekdays missing from `week` are closed), all or nothing.
    Status setWeek(const QHash<int, QList<Interval>> &week);
    [[nodiscard]] Result<QList<Interval>> hoursOn(QDate day) const;
    /// Puts a table in a combine group at a position; tables combine with their neighbours by position.
    Status setCombineGroup(const QString &tableId, const QString &group, int position);

    /// Active tables with what holds them on `day`: reservations (leaving out `exceptId`), and today the
    /// parties already at a table, expected to stay their dining time and at least a few minutes more.
    [[nodiscard]] Result<QList<BookableTable>> tablesOn(QDate day, const QString &exceptId = {}) const;
    /// Free seatings for the party at that time, best first (the host's suggestion).
    [[nodiscard]] Result<QList<TableChoice>> suggest(int partySize, QDate day, int startMin, int durationMin = 0,
                                                     const QString &exceptId = {}) const;
    /// Free starts inside the reservation hours of `day`, each with its best seating.
    [[nodiscard]] Result<QList<TableSlot>> freeSlots(int partySize, QDate day, int durationMin = 0,
                                                     int stepMin = 15) const;

    /// Refusals: InvalidInput (party size, a time outside the hours or that does not exist, a party larger
    /// than any seating, tables that do not seat the party or do not combine), NotFound (a table or the
    /// customer), Conflict (the tables are taken then).
    Result<Reservation> create(const ReservationRequest &request);
    /// Another time or other tables (empty: the best free seating); audited with from and to.
    Result<Reservation> move(const QString &id, QDate day, int startMin, const QStringList &tableIds,
                             const QString &actorId);
    /// The party arrived (checked_in) and waits to be seated; other lifecycle steps as for bookings.
    Result<Reservation> setStatus(const QString &id, BookingStatus to, const QString &actorId);
    Result<Reservation> cancel(const QString &id, const QString &reason, const QString &actorId);
    Result<Reservation> markNoShow(const QString &id, const QString &actorId);
    /// Seats the party: opens `blank` (with the party as guests) on the first of its tables, which must
    /// have no open ticket, and marks the reservation in service. Returns the reservation.
    Result<Reservation> seat(const QString &id, const Ticket &blank, const QString &actorId);
    /// Completes the reservation seated at the table, if any, inside the caller's transaction.
    Status finishAt(QSqlDatabase &db, const QString &tableId);
    /// TableService::transfer, with the party's reservation following its ticket in the same transaction:
    /// it is seated at toTableId and holds that table alone (the tables it was joined to are free again), so
    /// its deposit is credited and it completes where the bill is paid. The move is recorded and queued.
    Status transferParty(const QString &fromTableId, const QString &toTableId, const QString &actorId);
    /// TableService::merge, with the reservation seated at fromTableId (if any) following the lines.
    Status mergeParties(const QString &fromTableId, const QString &intoTableId, const QString &actorId);
    /// The deposit still to credit for the party seated at the table (what was taken less the deposit
    /// payments that name the reservation); the first one by start time after a merge.
    [[nodiscard]] Result<SeatedDeposit> depositAt(const QString &tableId) const;
    /// The same for every party seated at the table (two or more after a merge), by start time. Checkout
    /// credits them on the table's bill.
    [[nodiscard]] Result<QList<SeatedDeposit>> depositsAt(const QString &tableId) const;
    /// Gives back what is left of the deposit of a cancelled or no-show reservation (what was taken less what
    /// bills credited), once: a `deposit_refunded` event and a `reservation.deposit_refunded` op, inside the
    /// caller's transaction if there is one. Returns the amount. Refused without a reason (InvalidInput), for a
    /// reservation in another state, and when nothing is left or it was given back already (Conflict).
    Result<qint64> refundDeposit(const QString &id, const QString &reason, const QString &actorId);

    [[nodiscard]] Result<std::optional<Reservation>> find(const QString &id) const;
    /// Reservations on `day` by start time, cancelled ones included.
    [[nodiscard]] Result<QList<Reservation>> onDay(QDate day) const;

    /// Adds a party to the waitlist and quotes them the current estimate (rounded up to 5 minutes).
    /// Refused for a party larger than any seating, and when no table frees up before closing.
    Result<WaitingParty> addToWaitlist(const QString &guestName, const QString &phone, int partySize,
                                       const QString &actorId);
    /// The parties waiting, first come first, each with its estimate given the parties ahead.
    [[nodiscard]] Result<QList<WaitingParty>> waitlist() const;
    /// What a new party of this size would be quoted now, in minutes.
    [[nodiscard]] Result<int> quote(int partySize) const;
    /// Seats a waiting party at free tables (empty: the best free now): opens its ticket on the first and
    /// takes them off the list.
    Status seatWaiting(const QString &id, const QStringList &tableIds, const Ticket &blank, const QString &actorId);
    /// The party gave up waiting.
    Status leaveWaitlist(const QString &id, const QString &actorId);

private:
    static Error notFound();
    /// The deposit still to give back or credit; 0 once it was given back.
    Result<qint64> depositLeft(const QSqlDatabase &db, const QString &id) const;
    static QJsonObject placeOf(const Reservation &r);
    enum class PartyMove { Transfer, Merge };
    /// The ticket moved by TableService and the reservations seated at fromTableId after it, in one transaction.
    Status moveParty(PartyMove how, const QString &fromTableId, const QString &toTableId, const QString &actorId);
    /// The ids of the reservations in service at the table (normally one; two after a merge).
    Result<QStringList> seatedAt(QSqlDatabase &db, const QString &tableId) const;
    Result<Reservation> transition(const QString &id, BookingStatus to, const QString &actorId, const QString &event,
                                   const OpSpec &op, const QJsonObject &detail, const QString &extraSql = {},
                                   const QVariantList &extraValues = {});
    Status record(QSqlDatabase &db, const Reservation &r, const QString &event, const QJsonObject &detail,
                  const QString &actorId, const OpSpec &op);
    Status holdTables(QSqlDatabase &db, const QString &id, const QStringList &tableIds);
    /// The seating for the request: the host's tables (checked) or the engine's best.
    Result<TableChoice> seatingFor(int partySize, QDate day, int startMin, int durationMin, const QStringList &tableIds,
                                   const QString &exceptId) const;
    [[nodiscard]] Result<QList<Reservation>> select(const QString &where, const QVariantList &values) const;
    [[nodiscard]] Result<QList<WaitingParty>> estimate(const QList<WaitingParty> &waiting) const;

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    TableService &m_tables;
    const BookingService &m_bookings; // the time zone and the daylight-saving checks
};

} // namespace madang
