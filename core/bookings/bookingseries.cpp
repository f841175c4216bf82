// BookingService, part 3: recurring visits. Split from bookingservice.cpp to keep files short.
#include "base/clock.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "bookings/bookingservice.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
};

/// "Visit 3 of 8 (2027-01-05): the slot is taken …"
Error visitError(int n, int total, QDate day, const Error &why)
{
    return makeError(why.code,
                     Text::tr("Visit %1 of %2 (%3): %4").arg(n).arg(total).arg(bookingDayText(day), why.message));
}

/// The later visits of the booking's series, from its own date on, by date.
Result<QList<Booking>> following(const BookingService &service, const QString &id)
{
    auto found = service.find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("That booking does not exist."));
    }
    const Booking &b = *found.value();
    if (b.seriesId.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That booking is not part of a repeating series."));
    }
    return service.inSeries(b.seriesId, b.day);
}
} // namespace

Result<QList<Booking>> BookingService::createSeries(BookingRequest request, Repeat repeat, int visits)
{
    auto dates = occurrences({repeat, request.day, visits});
    if (!dates) {
        return dates.error();
    }
    // Every visit inside the booking window before anything is written: a monthly series of 104 visits
    // reaches 2035 and beyond, and its later dates would be refused half-way through.
    for (qsizetype n = 0; n < dates->size(); ++n) {
        if (auto window = inWindow(dates->at(n), request.startMin); !window) {
            return visitError(static_cast<int>(n + 1), visits, dates->at(n), window.error());
        }
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    request.seriesId = m_ids.nextString();
    auto series = Database::run(
        db,
        QStringLiteral("INSERT INTO booking_series (id, repeat, first_day, visits, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {request.seriesId, repeatName(repeat), request.day.toString(Qt::ISODate), visits, m_clock.nowWire()},
        Text::tr("Saving the series"));
    if (!series) {
        return series.error();
    }
    QList<Booking> made;
    QJsonArray ids;
    for (qsizetype n = 0; n < dates->size(); ++n) {
        request.day = dates->at(n);
        auto booked = create(request);
        if (!booked) {
            return visitError(static_cast<int>(n + 1), visits, request.day, booked.error());
        }
        made << booked.value();
        ids.append(booked->id);
    }
    const QJsonObject payload{{QStringLiteral("id"), request.seriesId},
                              {QStringLiteral("repeat"), repeatName(repeat)},
                              {QStringLiteral("first_day"), dates->first().toString(Qt::ISODate)},
                              {QStringLiteral("visits"), visits},
                              {QStringLiteral("booking_ids"), ids}};
    if (auto op = m_outbox.enqueue(db, ops::BookingSeriesCreated, request.seriesId, payload); !op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return made;
}

Result<QList<Booking>> BookingService::inSeries(const QString &seriesId, QDate from) const
{
    return select(QStringLiteral("WHERE b.series_id = ? AND b.day >= ? ORDER BY b.day, b.start_min"),
                  {seriesId, from.toString(Qt::ISODate)});
}

Result<QList<Booking>> BookingService::moveFollowing(const QString &id, int startMin, const QString &staffId,
                                                     const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto visits = following(*this, id);
    if (!visits) {
        return visits.error();
    }
    QList<Booking> moved;
    for (qsizetype n = 0; n < visits->size(); ++n) {
        const Booking &b = visits->at(n);
        if (!bookingMovable(b.status)) {
            continue; // a visit that was cancelled or already done stays as it is
        }
        auto done = move(b.id, b.day, startMin, staffId.isEmpty() ? b.staffId : staffId, actorId);
        if (!done) {
            return visitError(static_cast<int>(n + 1), static_cast<int>(visits->size()), b.day, done.error());
        }
        moved << done.value();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return moved;
}

Result<int> BookingService::cancelFollowing(const QString &id, const QString &reason, const QString &actorId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto visits = following(*this, id);
    if (!visits) {
        return visits.error();
    }
    int cancelled = 0;
    for (const Booking &b : std::as_const(visits.value())) {
        if (!bookingTransitionAllowed(b.status, BookingStatus::Cancelled)) {
            continue;
        }
        if (auto done = cancel(b.id, reason, actorId); !done) {
            return done.error();
        }
        ++cancelled;
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return cancelled;
}

} // namespace madang
