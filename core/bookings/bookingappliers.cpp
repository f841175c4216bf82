// Booking ops applied to this terminal's database (see replication/applier.h).

#include "bookings/bookingappliers.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "bookings/booking.h"
#include "bookings/recurrence.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <tuple>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
};

Status applyBooking(QSqlDatabase &db, const OutboxOp &op, const Clock &clock)
{
    PayloadReader read(op);
    const QString id = read.string("id"_L1);
    const QString status = read.string("status"_L1);
    const QString source = read.string("source"_L1);
    const QString customerId = read.string("customer_id"_L1);
    const QString itemId = read.string("item_id"_L1);
    const QString staffId = read.string("staff_id"_L1);
    const QString stationId = read.string("station_id"_L1);
    const QDate day = read.date("day"_L1);
    const int startMin = read.number("start_min"_L1);
    const QString startsAt = read.string("starts_at"_L1);
    const int workMin = read.number("work_min"_L1);
    const int processingMin = read.number("processing_min"_L1);
    const int finishMin = read.number("finish_min"_L1);
    const int bufferBeforeMin = read.number("buffer_before_min"_L1);
    const int bufferAfterMin = read.number("buffer_after_min"_L1);
    const int partySize = read.number("party_size"_L1);
    const qint64 priceMinor = read.integer("price_minor"_L1);
    const qint64 depositMinor = read.integer("deposit_minor"_L1);
    const qint64 noShowFeeMinor = read.integer("no_show_fee_minor"_L1);
    const QString cancelReason = read.string("cancel_reason"_L1);
    const QString address = read.string("address"_L1);
    const QString accessNotes = read.string("access_notes"_L1);
    const QString seriesId = read.string("series_id"_L1);
    const QString crewId = read.string("crew_id"_L1);
    const QString orderId = read.string("order_id"_L1);
    read.object("event"_L1); // what happened (the history on the platform's side); always there
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    if (!bookingStatusFromName(status)) {
        return PayloadReader::refusal(op, QStringLiteral("status"));
    }
    if (!bookingSourceFromName(source)) {
        return PayloadReader::refusal(op, QStringLiteral("source"));
    }
    if (!QDateTime::fromString(startsAt, Qt::ISODate).isValid()) {
        return PayloadReader::refusal(op, QStringLiteral("starts_at"));
    }
    for (const auto &[text, kind, field] :
         {std::tuple{address, TextKind::Address, QStringLiteral("address")},
          std::tuple{accessNotes, TextKind::Note, QStringLiteral("access_notes")},
          std::tuple{cancelReason, TextKind::Reason, QStringLiteral("cancel_reason")}}) {
        if (auto clean = checkText(text, kind, field); !clean) {
            return clean;
        }
    }
    const QString now = clock.nowWire();
    // The table's checks and references refuse what is out of range or unknown here (a storage error).
    auto written = Database::run(
        db,
        QStringLiteral(
            "INSERT INTO bookings (id, status, source, customer_id, item_id, staff_id, station_id, day, start_min, "
            "work_min, processing_min, finish_min, buffer_before_min, buffer_after_min, starts_at, party_size, "
            "price_minor, deposit_minor, no_show_fee_minor, cancel_reason, address, access_notes, series_id, "
            "crew_id, order_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET status = excluded.status, source = excluded.source, "
            "customer_id = excluded.customer_id, item_id = excluded.item_id, staff_id = excluded.staff_id, "
            "station_id = excluded.station_id, day = excluded.day, start_min = excluded.start_min, "
            "work_min = excluded.work_min, processing_min = excluded.processing_min, "
            "finish_min = excluded.finish_min, buffer_before_min = excluded.buffer_before_min, "
            "buffer_after_min = excluded.buffer_after_min, starts_at = excluded.starts_at, "
            "party_size = excluded.party_size, price_minor = excluded.price_minor, "
            "deposit_minor = excluded.deposit_minor, no_show_fee_minor = excluded.no_show_fee_minor, "
            "cancel_reason = excluded.cancel_reason, address = excluded.address, "
            "access_notes = excluded.access_notes, series_id = excluded.series_id, crew_id = excluded.crew_id, "
            "order_id = excluded.order_id, updated_at = excluded.updated_at"),
        {id,
         status,
         source,
         orNull(customerId),
         itemId,
         orNull(staffId),
         orNull(stationId),
         day.toString(Qt::ISODate),
         startMin,
         workMin,
         processingMin,
         finishMin,
         bufferBeforeMin,
         bufferAfterMin,
         startsAt,
         partySize,
         priceMinor,
         depositMinor,
         noShowFeeMinor,
         orNull(cancelReason),
         Database::text(address),
         Database::text(accessNotes),
         orNull(seriesId),
         orNull(crewId),
         orNull(orderId),
         now,
         now},
        Text::tr("Saving the booking"));
    return written ? Status(Done{}) : Status(written.error());
}

/// booking.series.created: the series row, after the booking.created ops of its visits (queued before it).
Status applySeries(QSqlDatabase &db, const OutboxOp &op, const Clock &clock)
{
    PayloadReader read(op);
    const QString id = read.string("id"_L1);
    const QString repeat = read.string("repeat"_L1);
    const QDate firstDay = read.date("first_day"_L1);
    const int visits = read.number("visits"_L1);
    const QJsonArray bookingIds = read.array("booking_ids"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    if (!repeatFromName(repeat)) {
        return PayloadReader::refusal(op, QStringLiteral("repeat"));
    }
    if (visits < 1 || visits > RecurrenceRule::kMaxVisits || bookingIds.size() != visits) {
        return PayloadReader::refusal(op, QStringLiteral("visits"));
    }
    // Each visit came as a booking.created op of its own: the series is only written once they are all here.
    for (const QJsonValue &value : bookingIds) {
        const QString bookingId = value.toString();
        if (!value.isString() || bookingId.isEmpty()) {
            return PayloadReader::refusal(op, QStringLiteral("booking_ids"));
        }
        auto visit = Database::run(db, QStringLiteral("SELECT 1 FROM bookings WHERE id = ? AND series_id = ?"),
                                   {bookingId, id}, Text::tr("Reading the series"));
        if (!visit) {
            return visit.error();
        }
        if (!visit->next()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("Visit %1 of the series is not on this terminal; the series was not applied.")
                                 .arg(bookingId.left(80)));
        }
    }
    auto written = Database::run(
        db,
        QStringLiteral("INSERT INTO booking_series (id, repeat, first_day, visits, created_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET repeat = excluded.repeat, first_day = excluded.first_day, "
                       "visits = excluded.visits"),
        {id, repeat, firstDay.toString(Qt::ISODate), visits, op.createdAt.isEmpty() ? clock.nowWire() : op.createdAt},
        Text::tr("Saving the series"));
    return written ? Status(Done{}) : Status(written.error());
}
} // namespace

void addBookingAppliers(ApplierSet &set, const Clock &clock)
{
    const auto apply = [&clock](QSqlDatabase &db, const OutboxOp &op) { return applyBooking(db, op, clock); };
    for (const OpSpec *op : {&ops::BookingCreated, &ops::BookingMoved, &ops::BookingStatusChanged,
                             &ops::BookingCancelled, &ops::BookingNoShow, &ops::BookingCompleted}) {
        set.add(*op, apply);
    }
    set.add(ops::BookingSeriesCreated,
            [&clock](QSqlDatabase &db, const OutboxOp &op) { return applySeries(db, op, clock); });
}

} // namespace madang
