#include "reservations/reservationservice.h"

#include "base/clock.h"
#include "base/money.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "bookings/bookingservice.h"
#include "floor/tableservice.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReservationService)
};

QJsonObject payload(const Reservation &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("status"), bookingStatusName(r.status)},
                       {QStringLiteral("source"), bookingSourceName(r.source)},
                       {QStringLiteral("customer_id"), r.customerId},
                       {QStringLiteral("guest_name"), r.guestName},
                       {QStringLiteral("notes"), r.notes},
                       {QStringLiteral("party_size"), r.partySize},
                       {QStringLiteral("day"), r.day.toString(Qt::ISODate)},
                       {QStringLiteral("start_min"), r.startMin},
                       {QStringLiteral("duration_min"), r.durationMin},
                       {QStringLiteral("starts_at"), r.startsAt},
                       {QStringLiteral("table_ids"), QJsonArray::fromStringList(r.tableIds)},
                       {QStringLiteral("cancel_reason"), r.cancelReason},
                       {QStringLiteral("seated_table_id"), r.seatedTableId},
                       {QStringLiteral("deposit_minor"), r.depositMinor}};
}

} // namespace

bool reservationHoldsTables(BookingStatus s)
{
    return s == BookingStatus::Requested || s == BookingStatus::Confirmed || s == BookingStatus::CheckedIn ||
           s == BookingStatus::InService || s == BookingStatus::PendingSync || s == BookingStatus::Conflict;
}

int defaultDiningMinutes(int partySize)
{
    return partySize <= 4 ? 90 : 120;
}

Status ReservationService::setHours(int weekday, const QList<Interval> &hours)
{
    if (weekday < 1 || weekday > 7) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A weekday is 1 (Monday) to 7 (Sunday)."));
    }
    for (const Interval &h : hours) {
        if (auto valid = Interval::validate(h); !valid) {
            return valid.error();
        }
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto q = Database::run(db, QStringLiteral("DELETE FROM dining_hours WHERE weekday = ?"), {weekday},
                               Text::tr("Saving the opening hours"));
        !q) {
        return q.error();
    }
    for (const Interval &h : hours) {
        if (auto q = Database::run(db,
                                   QStringLiteral("INSERT INTO dining_hours (weekday, start_min, end_min) "
                                                  "VALUES (?, ?, ?)"),
                                   {weekday, h.startMin, h.endMin}, Text::tr("Saving the opening hours"));
            !q) {
            return q.error();
        }
    }
    return tx.commit();
}

Status ReservationService::setWeek(const QHash<int, QList<Interval>> &week)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QJsonObject days;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (auto set = setHours(weekday, week.value(weekday)); !set) {
            return set;
        }
        QJsonArray intervals;
        for (const Interval &h : week.value(weekday)) {
            intervals.append(QJsonArray{h.startMin, h.endMin});
        }
        days.insert(QString::number(weekday), intervals);
    }
    if (auto op =
            m_outbox.enqueue(db, ops::DiningHoursSet, QStringLiteral("week"), {{QStringLiteral("weekdays"), days}});
        !op) {
        return op.error();
    }
    return tx.commit();
}

Result<QList<Interval>> ReservationService::hoursOn(QDate day) const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT start_min, end_min FROM dining_hours WHERE weekday = ? "
                                          "ORDER BY start_min"),
                           {day.dayOfWeek()}, Text::tr("Reading the opening hours"));
    if (!q) {
        return q.error();
    }
    QList<Interval> hours;
    while (q->next()) {
        hours << Interval{q->value(0).toInt(), q->value(1).toInt()};
    }
    return hours;
}

Status ReservationService::setCombineGroup(const QString &tableId, const QString &group, int position)
{
    if (auto clean = checkText(group.trimmed(), TextKind::Category, Text::tr("combine group")); !clean) {
        return clean;
    }
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("UPDATE dining_tables SET combine_group = ?, combine_position = ? "
                                          "WHERE id = ?"),
                           {group.trimmed(), position, tableId}, Text::tr("Saving the table"));
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no such table."));
    }
    return Done{};
}

Result<QList<BookableTable>> ReservationService::tablesOn(QDate day, const QString &exceptId) const
{
    QSqlDatabase db = m_db.connection();
    auto q = Database::run(db,
                           QStringLiteral("SELECT t.id, t.name, t.seats, t.combine_group, t.combine_position, "
                                          "o.opened_at FROM dining_tables t JOIN areas a ON a.id = t.area_id "
                                          "LEFT JOIN open_tickets o ON o.table_id = t.id WHERE t.active = 1 "
                                          "ORDER BY a.position, t.combine_group, t.combine_position, t.name"),
                           {}, Text::tr("Reading the tables"));
    if (!q) {
        return q.error();
    }
    const QDateTime now = m_clock.now();
    const int nowMin = now.time().msecsSinceStartOfDay() / 60000;
    QList<BookableTable> tables;
    QHash<QString, qsizetype> indexOf;
    QHash<QString, QString> openedAt;
    while (q->next()) {
        BookableTable t{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                        q->value(3).toString(), q->value(4).toInt(),    {}};
        indexOf.insert(t.id, tables.size());
        if (!q->value(5).isNull()) {
            openedAt.insert(t.id, q->value(5).toString());
        }
        tables << t;
    }
    auto booked = onDay(day);
    if (!booked) {
        return booked.error();
    }
    QSet<QString> seatedByReservation;
    for (const Reservation &r : std::as_const(booked.value())) {
        if (r.id == exceptId || !reservationHoldsTables(r.status)) {
            continue;
        }
        Interval span{r.startMin, r.endMin()};
        if (r.status == BookingStatus::InService && day == now.date()) {
            span.endMin = std::min(kMinutesPerDay, std::max(span.endMin, nowMin + 15)); // they linger
            seatedByReservation.insert(r.seatedTableId);
        }
        for (const QString &tableId : r.tableIds) {
            if (indexOf.contains(tableId)) {
                tables[indexOf.value(tableId)].busy[day] << span;
            }
        }
    }
    // A party seated without a reservation (a walk-in) holds its table today for a dining time from when
    // the ticket was opened, and at least 15 minutes more if they are still there after it.
    if (day == now.date()) {
        for (auto it = openedAt.cbegin(); it != openedAt.cend(); ++it) {
            if (seatedByReservation.contains(it.key())) {
                continue;
            }
            const QDateTime opened = timetext::fromWire(it.value()).toTimeZone(now.timeZone());
            const int from = opened.date() == day ? opened.time().msecsSinceStartOfDay() / 60000 : 0;
            const int until = std::min(kMinutesPerDay, std::max(from + defaultDiningMinutes(2), nowMin + 15));
            tables[indexOf.value(it.key())].busy[day] << Interval{from, std::max(until, from + 1)};
        }
    }
    return tables;
}

Result<QList<TableChoice>> ReservationService::suggest(int partySize, QDate day, int startMin, int durationMin,
                                                       const QString &exceptId) const
{
    auto tables = tablesOn(day, exceptId);
    if (!tables) {
        return tables.error();
    }
    const int length = durationMin > 0 ? durationMin : defaultDiningMinutes(partySize);
    return tableChoices(tables.value(), partySize, day, Interval{startMin, startMin + length});
}

Result<QList<TableSlot>> ReservationService::freeSlots(int partySize, QDate day, int durationMin, int stepMin) const
{
    auto tables = tablesOn(day);
    if (!tables) {
        return tables.error();
    }
    auto hours = hoursOn(day);
    if (!hours) {
        return hours.error();
    }
    const int length = durationMin > 0 ? durationMin : defaultDiningMinutes(partySize);
    return freeTableSlots(tables.value(), partySize, day, length, hours.value(), stepMin);
}

Result<TableChoice> ReservationService::seatingFor(int partySize, QDate day, int startMin, int durationMin,
                                                   const QStringList &tableIds, const QString &exceptId) const
{
    auto choices = suggest(partySize, day, startMin, durationMin, exceptId);
    if (!choices) {
        return choices.error();
    }
    if (tableIds.isEmpty()) {
        if (choices->isEmpty()) {
            return makeError(
                ErrorCode::Conflict,
                Text::tr("No table for a party of %n is free at %1.", "", partySize).arg(timetext::clock(startMin)));
        }
        return choices->first();
    }
    for (const TableChoice &c : std::as_const(choices.value())) {
        if (QSet<QString>(c.tableIds.cbegin(), c.tableIds.cend()) ==
            QSet<QString>(tableIds.cbegin(), tableIds.cend())) {
            return c;
        }
    }
    // Say why the host's tables do not work: taken, too small, or not combinable.
    auto all = tablesOn(day, exceptId);
    if (!all) {
        return all.error();
    }
    int seats = 0;
    for (const QString &id : tableIds) {
        auto it = std::find_if(all->cbegin(), all->cend(), [&](const BookableTable &t) { return t.id == id; });
        if (it == all->cend()) {
            return makeError(ErrorCode::NotFound, Text::tr("There is no such table."));
        }
        seats += it->seats;
        for (const Interval &busy : it->busy.value(day)) {
            if (busy.overlaps(Interval{startMin, startMin + durationMin})) {
                return makeError(ErrorCode::Conflict,
                                 Text::tr("%1 is taken from %2 to %3.")
                                     .arg(it->name, timetext::clock(busy.startMin), timetext::clock(busy.endMin)));
            }
        }
    }
    if (seats < partySize) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Those tables seat %1, fewer than the party of %2.").arg(seats).arg(partySize));
    }
    return makeError(ErrorCode::InvalidInput, Text::tr("Those tables cannot be pushed together."));
}

Status ReservationService::holdTables(QSqlDatabase &db, const QString &id, const QStringList &tableIds)
{
    if (auto q = Database::run(db, QStringLiteral("DELETE FROM reservation_tables WHERE reservation_id = ?"), {id},
                               Text::tr("Saving the reservation's tables"));
        !q) {
        return q.error();
    }
    for (qsizetype n = 0; n < tableIds.size(); ++n) {
        if (auto q =
                Database::run(db,
                              QStringLiteral("INSERT INTO reservation_tables (reservation_id, table_id, position) "
                                             "VALUES (?, ?, ?)"),
                              {id, tableIds.at(n), static_cast<int>(n)}, Text::tr("Saving the reservation's tables"));
            !q) {
            return q.error();
        }
    }
    return Done{};
}

Status ReservationService::record(QSqlDatabase &db, const Reservation &r, const QString &event,
                                  const QJsonObject &detail, const QString &actorId, const OpSpec &op)
{
    const QString at = m_clock.nowWire();
    auto logged = Database::run(
        db,
        QStringLiteral("INSERT INTO reservation_events (reservation_id, kind, detail, staff_id, at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {r.id, event, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), orNull(actorId), at},
        Text::tr("Recording the reservation's history"));
    if (!logged) {
        return logged.error();
    }
    // The event as the history row has it (when and by whom too), so that another terminal writes the same row.
    QJsonObject body = payload(r);
    body.insert(QStringLiteral("event"), detail);
    body.insert(QStringLiteral("at"), at);
    body.insert(QStringLiteral("staff_id"), actorId);
    if (auto queued = m_outbox.enqueue(db, op, r.id, body); !queued) {
        return queued.error();
    }
    return Done{};
}

Result<Reservation> ReservationService::create(const ReservationRequest &request)
{
    if (request.guestName.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A reservation needs the guest's name."));
    }
    if (auto clean = checkText(request.guestName.trimmed(), TextKind::Name, Text::tr("guest's name")); !clean) {
        return clean.error();
    }
    if (auto clean = checkText(request.notes.trimmed(), TextKind::Note, Text::tr("note")); !clean) {
        return clean.error();
    }
    if (request.partySize < 1 || request.partySize > kMaxPartySize) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A party is 1 to %1 guests.").arg(kMaxPartySize));
    }
    if (request.depositMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A deposit cannot be negative."));
    }
    if (auto deposit = Money::checkAmount(request.depositMinor, Text::tr("deposit")); !deposit) {
        return deposit.error();
    }
    const int length = request.durationMin > 0 ? request.durationMin : defaultDiningMinutes(request.partySize);
    if (length < 15 || length > 480) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A table is held for 15 minutes to 8 hours."));
    }
    // The same window as bookings: a walk-in recorded after the fact, at most two years ahead.
    if (auto window = m_bookings.inWindow(request.day, request.startMin); !window) {
        return window.error();
    }
    auto at = m_bookings.startsAt(request.day, request.startMin, length);
    if (!at) {
        return at.error();
    }
    auto hours = hoursOn(request.day);
    if (!hours) {
        return hours.error();
    }
    const Interval span{request.startMin, request.startMin + length};
    if (std::none_of(hours->cbegin(), hours->cend(), [&](const Interval &h) { return h.contains(span); })) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 to %2 is outside the reservation hours.")
                             .arg(timetext::clock(span.startMin), timetext::clock(span.endMin)));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto seating = seatingFor(request.partySize, request.day, request.startMin, length, request.tableIds, {});
    if (!seating) {
        return seating.error();
    }
    const QString id = m_ids.nextString();
    const QString now = m_clock.nowWire();
    auto inserted = Database::run(
        db,
        QStringLiteral("INSERT INTO reservations (id, status, source, customer_id, guest_name, party_size, day, "
                       "start_min, duration_min, starts_at, notes, deposit_minor, created_at, updated_at) "
                       "VALUES (?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, bookingSourceName(request.source), orNull(request.customerId), request.guestName.trimmed(),
         request.partySize, request.day.toString(Qt::ISODate), request.startMin, length, at.value(),
         request.notes.trimmed().isEmpty() ? QStringLiteral("") : request.notes.trimmed(), request.depositMinor, now,
         now},
        Text::tr("Saving the reservation"));
    if (!inserted) {
        return inserted.error();
    }
    if (auto held = holdTables(db, id, seating->tableIds); !held) {
        return held.error();
    }
    auto made = find(id);
    if (!made || !made.value()) {
        return made ? notFound() : made.error();
    }
    if (auto recorded = record(db, *made.value(), QStringLiteral("created"), placeOf(*made.value()), request.actorId,
                               ops::ReservationCreated);
        !recorded) {
        return recorded.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return *made.value();
}

} // namespace madang
