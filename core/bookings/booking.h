#pragma once

// Bookings: the lifecycle, where a booking came from, and the values stored for one (docs/bookings.md).

#include "base/error.h"
#include "bookings/availability.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace madang {

/// requested → confirmed → checked_in → in_service → completed, or no_show / cancelled on the way.
/// pending_sync and conflict belong to the sync with the platform.
enum class BookingStatus {
    Requested,
    Confirmed,
    CheckedIn,
    InService,
    Completed,
    NoShow,
    Cancelled,
    PendingSync,
    Conflict
};
enum class BookingSource { Counter, WalkIn, Phone, Platform };

QString bookingStatusName(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromName(const QString &name);
/// Translated, for screens.
QString bookingStatusLabel(BookingStatus status);
QString bookingSourceName(BookingSource source);
/// YYYY-MM-DD for any year; Qt::ISODate writes nothing for a year past 9999.
QString bookingDayText(QDate day);
std::optional<BookingSource> bookingSourceFromName(const QString &name);

/// Whether status `from` may become `to` (docs/bookings.md lists the table).
bool bookingTransitionAllowed(BookingStatus from, BookingStatus to);
/// Whether a booking in this status may still be moved: it has not started and is not over.
bool bookingMovable(BookingStatus status);
/// Whether a booking in this status still holds its staff member and station.
bool bookingHoldsTime(BookingStatus status);

struct Booking
{
    QString id;
    BookingStatus status = BookingStatus::Confirmed;
    BookingSource source = BookingSource::Counter;
    QString customerId;
    QString customerName;  // read from customers, for lists
    QString customerPhone; // normalized
    QString itemId;
    QString sku;
    QString serviceName;
    QString staffId;
    QString staffName;
    QString stationId;
    QDate day;
    int startMin = 0;
    Service phases; // work, processing, finish and buffers as booked
    QString startsAt;
    int partySize = 1;
    qint64 priceMinor = 0;
    qint64 depositMinor = 0;
    qint64 noShowFeeMinor = 0;
    QString cancelReason;
    QString notes;
    QString address;
    QString accessNotes;
    QString seriesId;
    QString orderId;
    bool needsReassignment = false;
    QString crewId; // a cleaning crew's job: every member and the crew's van are taken

    [[nodiscard]] int endMin() const { return startMin + phases.spanMin(); }
};

/// Where a booking of today stands for the front desk, at a given moment.
enum class Arrival {
    None,     ///< not expected any more: here already, done, cancelled, or another day
    Upcoming, ///< starts later today
    Late,     ///< its start has passed, within the grace minutes
    NoShow,   ///< its start passed more than the grace minutes ago: a no-show candidate
};
/// `now` must be in the merchant's time zone; graceMin is how long the desk waits before calling it a no-show.
Arrival arrivalOf(const Booking &booking, const QDateTime &now, int graceMin = 15);

/// What the counter asks for to make a booking.
struct BookingRequest
{
    QString itemId;
    QDate day;
    int startMin = 0;
    /// Empty: the first free staff member with the skill (a walk-in).
    QString staffId;
    QString customerId;
    BookingSource source = BookingSource::Counter;
    BookingStatus status = BookingStatus::Confirmed;
    qint64 depositMinor = 0;
    QString notes;
    QString address;
    QString accessNotes;
    QString seriesId;
    /// A cleaning crew (its id): the crew engine checks members, van and driving time; staffId is ignored.
    QString crewId;
    QString actorId; // the staff member at the terminal, for the booking's history
};

} // namespace madang
