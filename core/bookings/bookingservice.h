#pragma once

// Bookings at the counter: make one where the availability engine says it fits, move it, walk it through
// its lifecycle. Every write adds its booking_events row and its outbox op in the same transaction.

#include "base/error.h"
#include "bookings/booking.h"
#include "bookings/crewavailability.h"
#include "bookings/recurrence.h"
#include "bookings/resourcerepository.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <optional>

namespace madang {

class Clock;
class CrewRepository;
class Database;
class Outbox;
struct OpSpec;
class Uuid7Generator;

class BookingService
{
public:
    BookingService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, ResourceRepository &resources,
                   const CrewRepository &crews)
        : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_resources(resources), m_crews(crews)
    {}

    /// Staff, stations and everything booked on `day` (leaving out `exceptBookingId`, for a move).
    [[nodiscard]] Result<Resources> resourcesOn(QDate day, const QString &exceptBookingId = {}) const;
    /// Free starts for the service (SKU or item id) on `day`, for one staff member or anyone qualified.
    [[nodiscard]] Result<QList<Slot>> availableSlots(const QString &service, QDate day, const QString &staffId = {},
                                                     int stepMin = 15) const;

    /// Free starts for a cleaning job (the service's length) at `address` on `day`, for crew `crewId` or any crew
    /// with members, with the driving between the crew's jobs (freeCrewSlots); only starts that can be booked
    /// (inside the booking window, clear of a daylight-saving change). An empty address is refused.
    [[nodiscard]] Result<QList<CrewSlot>> availableCrewSlots(const QString &service, QDate day, const QString &address,
                                                             const QString &crewId = {}, int stepMin = 15) const;

    /// Books where the engine allows it; an empty staffId takes the first free qualified staff member.
    /// Refusals: NotFound (service, staff, customer), Forbidden (lacks the skill), InvalidInput (outside
    /// working hours, outside the booking window, a time that does not exist or crosses a daylight-saving
    /// change), Conflict (taken).
    Result<Booking> create(const BookingRequest &request);
    /// Moves (and with spanMin, resizes) a booking that has not started; audited with from and to. A new day
    /// or time must be inside the booking window (inWindow); a resize in place is not checked against it.
    Result<Booking> move(const QString &id, QDate day, int startMin, const QString &staffId, const QString &actorId,
                         std::optional<int> spanMin = std::nullopt);
    /// A lifecycle step (docs/bookings.md lists the allowed ones).
    Result<Booking> setStatus(const QString &id, BookingStatus to, const QString &actorId);
    /// Cancels with a reason, which is required.
    Result<Booking> cancel(const QString &id, const QString &reason, const QString &actorId);
    /// The customer did not come: records the fee to charge (0: none).
    Result<Booking> markNoShow(const QString &id, qint64 feeMinor, const QString &actorId);
    /// Links the sale that checked the booking out and completes it.
    Result<Booking> complete(const QString &id, const QString &orderId, const QString &actorId);

    /// A recurring visit: one booking per date of the rule (its first date is the request's day), all in one
    /// transaction. If any visit does not fit, nothing is booked and the message names that visit; every
    /// visit is checked against the booking window (inWindow) before anything is written.
    Result<QList<Booking>> createSeries(BookingRequest request, Repeat repeat, int visits);
    /// "This and all following visits": moves every visit of the booking's series from its date on that has
    /// not started to `startMin` (and `staffId`, if given), keeping each one's date. All or nothing.
    Result<QList<Booking>> moveFollowing(const QString &id, int startMin, const QString &staffId,
                                         const QString &actorId);
    /// Cancels the booking and every later visit of its series that can still be cancelled.
    Result<int> cancelFollowing(const QString &id, const QString &reason, const QString &actorId);

    [[nodiscard]] Result<std::optional<Booking>> find(const QString &id) const;
    /// The visits of a series from `from` on, by date.
    [[nodiscard]] Result<QList<Booking>> inSeries(const QString &seriesId, QDate from) const;
    /// Bookings on `day` by start time, cancelled ones included (the calendar greys them).
    [[nodiscard]] Result<QList<Booking>> onDay(QDate day) const;
    /// The customer's bookings, latest first: their visit history.
    [[nodiscard]] Result<QList<Booking>> forCustomer(const QString &customerId) const;
    /// Open bookings whose staff member left the team.
    [[nodiscard]] Result<QList<Booking>> needingReassignment() const;

    /// The merchant's time zone: the clock's.
    [[nodiscard]] QTimeZone timeZone() const;
    /// How long ago a booking may start: long enough to record a walk-in at the counter after the fact, the
    /// same day; not so long that a mistyped year or day books into the past (docs/bookings.md).
    static constexpr int kBackdateHours = 12;
    /// How far ahead a booking, and every visit of a series, may be.
    static constexpr int kHorizonYears = kCalendarHorizonYears;
    /// Refuses a start earlier than now - kBackdateHours or a day after today + kHorizonYears (clock's time).
    [[nodiscard]] Status inWindow(QDate day, int startMin) const;
    /// ISO 8601 with offset for `startMin` on `day`; refuses a time that does not exist that day and a
    /// span that crosses a daylight-saving change.
    [[nodiscard]] Result<QString> startsAt(QDate day, int startMin, int spanMin) const;

private:
    /// What availableSlots and availableCrewSlots start from: the service and the day's resources; a day that is
    /// not a date, or an unknown service, is refused.
    struct ServiceDay
    {
        BookableService service;
        Resources resources;
    };
    [[nodiscard]] Result<ServiceDay> serviceDay(const QString &service, QDate day) const;
    Result<Booking> transition(const QString &id, BookingStatus to, const QString &actorId, const QString &event,
                               const OpSpec &op, const QJsonObject &detail, const QString &extraSql = {},
                               const QVariantList &extraValues = {});
    Status record(QSqlDatabase &db, const Booking &booking, const QString &event, const QJsonObject &detail,
                  const QString &actorId, const OpSpec &op);
    [[nodiscard]] Result<QList<Booking>> select(const QString &where, const QVariantList &values) const;
    /// Members of every crew, by crew id (retired crews included: their jobs still hold them).
    [[nodiscard]] Result<QHash<QString, QStringList>> crewMemberIds() const;
    /// The crews' jobs on `day` that hold time (leaving out `exceptBookingId`).
    [[nodiscard]] Result<QList<CrewJob>> crewJobsOn(QDate day, const QString &exceptBookingId = {}) const;
    /// Where a crew's job fits (crewbooking.cpp): its lead member and van, or why not.
    [[nodiscard]] Result<Slot> crewSlot(const Resources &resources, const Service &phases, QDate day, int startMin,
                                        const QString &address, const QString &crewId,
                                        const QString &exceptBookingId) const;

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    ResourceRepository &m_resources;
    const CrewRepository &m_crews;
};

} // namespace madang
