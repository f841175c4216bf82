// Reservation and waitlist ops applied to this terminal's database (see replication/applier.h).

#include "reservations/reservationappliers.h"

#include "base/textrules.h"
#include "base/timetext.h"
#include "customers/customerrepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReservationService)
};

/// A text field of a payload as the service would take it from the host, or why not.
Status checkField(const OutboxOp &op, const QString &text, TextKind kind, const QString &field)
{
    if (auto clean = checkText(text, kind, field); !clean) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The payload of \"%1\" has no valid \"%2\" (%3); nothing was applied.")
                             .arg(op.op.left(80), field, clean.error().message));
    }
    return Done{};
}

bool isWireTime(const QString &text)
{
    return timetext::fromWire(text).isValid();
}

/// What a reservation op says: the reservation after the change, and the history row the change added.
struct ReservationChange
{
    Reservation state;
    QJsonObject detail;
    QString staffId;
    QString at;
};

Result<ReservationChange> readChange(const OutboxOp &op)
{
    PayloadReader read(op);
    ReservationChange change;
    Reservation &r = change.state;
    r.id = read.string("id"_L1);
    const QString status = read.string("status"_L1);
    const QString source = read.string("source"_L1);
    r.customerId = read.string("customer_id"_L1);
    r.guestName = read.string("guest_name"_L1);
    r.notes = read.string("notes"_L1);
    r.partySize = read.number("party_size"_L1);
    r.day = read.date("day"_L1);
    r.startMin = read.number("start_min"_L1);
    r.durationMin = read.number("duration_min"_L1);
    r.startsAt = read.string("starts_at"_L1);
    const QJsonArray tables = read.array("table_ids"_L1);
    r.cancelReason = read.string("cancel_reason"_L1);
    r.seatedTableId = read.string("seated_table_id"_L1);
    r.depositMinor = read.integer("deposit_minor"_L1);
    change.detail = read.object("event"_L1);
    change.at = read.string("at"_L1);
    change.staffId = read.string("staff_id"_L1);
    if (auto ok = read.status(); !ok) {
        return ok.error();
    }
    if (r.id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    const auto statusValue = bookingStatusFromName(status);
    if (!statusValue) {
        return PayloadReader::refusal(op, QStringLiteral("status"));
    }
    r.status = *statusValue;
    const auto sourceValue = bookingSourceFromName(source);
    if (!sourceValue) {
        return PayloadReader::refusal(op, QStringLiteral("source"));
    }
    r.source = *sourceValue;
    if (r.guestName.trimmed().isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("guest_name"));
    }
    if (r.partySize < 1 || r.partySize > kMaxPartySize) {
        return PayloadReader::refusal(op, QStringLiteral("party_size"));
    }
    if (r.startMin < 0 || r.startMin >= kMinutesPerDay) {
        return PayloadReader::refusal(op, QStringLiteral("start_min"));
    }
    if (r.durationMin < 15 || r.durationMin > 480 || r.endMin() > kMinutesPerDay) {
        return PayloadReader::refusal(op, QStringLiteral("duration_min"));
    }
    if (!isWireTime(r.startsAt)) {
        return PayloadReader::refusal(op, QStringLiteral("starts_at"));
    }
    if (r.depositMinor < 0) {
        return PayloadReader::refusal(op, QStringLiteral("deposit_minor"));
    }
    if (!isWireTime(change.at)) {
        return PayloadReader::refusal(op, QStringLiteral("at"));
    }
    for (const QJsonValue &table : tables) {
        if (!table.isString() || table.toString().isEmpty() || r.tableIds.contains(table.toString())) {
            return PayloadReader::refusal(op, QStringLiteral("table_ids"));
        }
        r.tableIds << table.toString();
    }
    for (const auto &[text, kind, field] :
         {std::tuple{r.guestName, TextKind::Name, QStringLiteral("guest_name")},
          std::tuple{r.notes, TextKind::Note, QStringLiteral("notes")},
          std::tuple{r.cancelReason, TextKind::Reason, QStringLiteral("cancel_reason")}}) {
        if (auto clean = checkField(op, text, kind, field); !clean) {
            return clean.error();
        }
    }
    return change;
}

/// Whether the change makes the reservation hold tables at a time it did not hold them here before. A party
/// already at its table (seated, moved with its ticket) follows the floor where that happened: not checked.
bool takesTables(const std::optional<Reservation> &before, const Reservation &after)
{
    if (!reservationHoldsTables(after.status) || after.status == BookingStatus::InService) {
        return false;
    }
    if (!before || !reservationHoldsTables(before->status)) {
        return true;
    }
    return before->day != after.day || before->startMin != after.startMin || before->durationMin != after.durationMin ||
           QSet<QString>(before->tableIds.cbegin(), before->tableIds.cend()) !=
               QSet<QString>(after.tableIds.cbegin(), after.tableIds.cend());
}

/// Refuses a reservation that would hold a table here that is taken at its time (the rule of
/// ReservationService::create and move, against this terminal's reservations and seated parties).
Status tablesFree(const ReservationService &service, const Reservation &r)
{
    auto tables = service.tablesOn(r.day, r.id);
    if (!tables) {
        return tables.error();
    }
    const Interval span{r.startMin, r.endMin()};
    for (const QString &id : r.tableIds) {
        const auto it =
            std::find_if(tables->cbegin(), tables->cend(), [&](const BookableTable &t) { return t.id == id; });
        if (it == tables->cend()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("The reservation of %1 holds a table this terminal does not have (%2); nothing "
                                      "was applied.")
                                 .arg(r.guestName, id.left(40)));
        }
        for (const Interval &busy : it->busy.value(r.day)) {
            if (busy.overlaps(span)) {
                return makeError(
                    ErrorCode::Conflict,
                    Text::tr("The reservation of %1 on %2 from %3 would take %4, which is taken here from %5 to %6: "
                             "the table would be booked twice. Nothing was applied; move one of the two.")
                        .arg(r.guestName, r.day.toString(Qt::ISODate), timetext::clock(r.startMin), it->name,
                             timetext::clock(busy.startMin), timetext::clock(busy.endMin)));
            }
        }
    }
    return Done{};
}

/// Refuses a deposit given back here already by another change than this one: it would be given back twice.
Status notRefundedYet(QSqlDatabase &db, const ReservationChange &change, const QString &detail)
{
    auto q = Database::run(db,
                           QStringLiteral("SELECT count(*) FROM reservation_events WHERE reservation_id = ? AND "
                                          "kind = 'deposit_refunded' AND NOT (at = ? AND detail = ?)"),
                           {change.state.id, change.at, detail}, Text::tr("Reading reservations"));
    if (!q) {
        return q.error();
    }
    if (q->next() && q->value(0).toLongLong() > 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("The deposit of %1 was given back here already; nothing was applied.")
                             .arg(change.state.guestName));
    }
    return Done{};
}

Status applyReservation(ReservationService &service, QSqlDatabase &db, const OutboxOp &op, QLatin1String event)
{
    auto read = readChange(op);
    if (!read) {
        return read.error();
    }
    const ReservationChange &change = read.value();
    const Reservation &r = change.state;
    const bool created = event == QLatin1String("created");
    auto found = service.find(r.id);
    if (!found) {
        return found.error();
    }
    if (!found.value() && !created) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("This terminal has no reservation %1 (of %2) for \"%3\"; nothing was applied.")
                             .arg(r.id.left(40), r.guestName, op.op.left(80)));
    }
    const QString detail = QString::fromUtf8(QJsonDocument(change.detail).toJson(QJsonDocument::Compact));
    const bool refund = event == QLatin1String("deposit_refunded");
    if (refund) {
        if (auto once = notRefundedYet(db, change, detail); !once) {
            return once;
        }
    }
    if (takesTables(found.value(), r)) {
        if (auto free = tablesFree(service, r); !free) {
            return free;
        }
    }
    // The row with the op's state; giving a deposit back leaves the row's time as it was (as on the writer).
    auto written = Database::run(
        db,
        QStringLiteral(
            "INSERT INTO reservations (id, status, source, customer_id, guest_name, party_size, day, start_min, "
            "duration_min, starts_at, notes, cancel_reason, seated_table_id, deposit_minor, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET status = excluded.status, source = excluded.source, "
            "customer_id = excluded.customer_id, guest_name = excluded.guest_name, "
            "party_size = excluded.party_size, day = excluded.day, start_min = excluded.start_min, "
            "duration_min = excluded.duration_min, starts_at = excluded.starts_at, notes = excluded.notes, "
            "cancel_reason = excluded.cancel_reason, seated_table_id = excluded.seated_table_id, "
            "deposit_minor = excluded.deposit_minor, "
            "updated_at = CASE WHEN ? THEN excluded.updated_at ELSE reservations.updated_at END"),
        {r.id, bookingStatusName(r.status), bookingSourceName(r.source), orNull(r.customerId), r.guestName, r.partySize,
         r.day.toString(Qt::ISODate), r.startMin, r.durationMin, r.startsAt, Database::text(r.notes),
         orNull(r.cancelReason), orNull(r.seatedTableId), r.depositMinor, change.at, change.at, !refund},
        Text::tr("Saving the reservation"));
    if (!written) {
        return written.error();
    }
    if (auto q = Database::run(db, QStringLiteral("DELETE FROM reservation_tables WHERE reservation_id = ?"), {r.id},
                               Text::tr("Saving the reservation's tables"));
        !q) {
        return q.error();
    }
    for (qsizetype n = 0; n < r.tableIds.size(); ++n) {
        if (auto q = Database::run(db,
                                   QStringLiteral("INSERT INTO reservation_tables (reservation_id, table_id, "
                                                  "position) VALUES (?, ?, ?)"),
                                   {r.id, r.tableIds.at(n), static_cast<int>(n)},
                                   Text::tr("Saving the reservation's tables"));
            !q) {
            return q.error();
        }
    }
    // The history row, once: the same change applied again finds it.
    auto logged = Database::run(
        db,
        QStringLiteral("INSERT INTO reservation_events (reservation_id, kind, detail, staff_id, at) "
                       "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM reservation_events WHERE "
                       "reservation_id = ? AND kind = ? AND at = ? AND detail = ?)"),
        {r.id, QString(event), detail, orNull(change.staffId), change.at, r.id, QString(event), change.at, detail},
        Text::tr("Recording the reservation's history"));
    return logged ? Status(Done{}) : Status(logged.error());
}

Error noSuchParty(const OutboxOp &op, const QString &id)
{
    return makeError(ErrorCode::NotFound,
                     Text::tr("This terminal has no party %1 on its waitlist for \"%2\"; nothing was applied.")
                         .arg(id.left(40), op.op.left(80)));
}

Status applyWaitlistAdded(QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString id = read.string("id"_L1);
    const QString guestName = read.string("guest_name"_L1);
    const QString phone = read.string("phone"_L1);
    const int partySize = read.number("party_size"_L1);
    const int quotedMin = read.number("quoted_min"_L1);
    const QString addedAt = read.string("added_at"_L1);
    read.string("staff_id"_L1); // who added them; the waitlist row does not keep it
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    if (guestName.trimmed().isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("guest_name"));
    }
    if (auto clean = checkField(op, guestName, TextKind::Name, QStringLiteral("guest_name")); !clean) {
        return clean;
    }
    if (!phone.isEmpty()) {
        auto normalized = CustomerRepository::normalizePhone(phone);
        if (!normalized || normalized.value() != phone) {
            return PayloadReader::refusal(op, QStringLiteral("phone"));
        }
    }
    if (partySize < 1 || partySize > kMaxPartySize) {
        return PayloadReader::refusal(op, QStringLiteral("party_size"));
    }
    if (quotedMin < 0) {
        return PayloadReader::refusal(op, QStringLiteral("quoted_min"));
    }
    if (!isWireTime(addedAt)) {
        return PayloadReader::refusal(op, QStringLiteral("added_at"));
    }
    // Where the party is now (waiting, seated, gone) stays as this terminal has it.
    auto written = Database::run(
        db,
        QStringLiteral("INSERT INTO waitlist (id, guest_name, phone, party_size, quoted_min, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET guest_name = excluded.guest_name, "
                       "phone = excluded.phone, party_size = excluded.party_size, quoted_min = excluded.quoted_min, "
                       "added_at = excluded.added_at"),
        {id, guestName, Database::text(phone), partySize, quotedMin, addedAt}, Text::tr("Adding to the waitlist"));
    return written ? Status(Done{}) : Status(written.error());
}

Status applyWaitlistEnd(QSqlDatabase &db, const OutboxOp &op, bool seated)
{
    PayloadReader read(op);
    const QString id = read.string("id"_L1);
    QString tableId;
    if (seated) {
        tableId = read.string("table_id"_L1);
        read.number("party_size"_L1); // the party's size, as the row has it already
    }
    const QString at = read.string("at"_L1);
    read.string("staff_id"_L1); // who did it; the waitlist row does not keep it
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    if (seated && tableId.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("table_id"));
    }
    if (!isWireTime(at)) {
        return PayloadReader::refusal(op, QStringLiteral("at"));
    }
    auto updated = Database::run(db,
                                 QStringLiteral("UPDATE waitlist SET status = ?, seated_table_id = ?, done_at = ? "
                                                "WHERE id = ?"),
                                 {seated ? QStringLiteral("seated") : QStringLiteral("left"), orNull(tableId), at, id},
                                 Text::tr("Updating the waitlist"));
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() == 0) {
        return noSuchParty(op, id);
    }
    return Done{};
}
} // namespace

void addReservationAppliers(ApplierSet &set, ReservationService &reservations)
{
    const std::pair<const OpSpec *, QLatin1String> kinds[] = {
        {&ops::ReservationCreated, "created"_L1},     {&ops::ReservationMoved, "moved"_L1},
        {&ops::ReservationSeated, "seated"_L1},       {&ops::ReservationCompleted, "completed"_L1},
        {&ops::ReservationCancelled, "cancelled"_L1}, {&ops::ReservationNoShow, "no_show"_L1},
        {&ops::ReservationStatus, "status"_L1},       {&ops::ReservationDepositRefunded, "deposit_refunded"_L1},
    };
    for (const auto &[op, event] : kinds) {
        set.add(*op, [&reservations, event = event](QSqlDatabase &db, const OutboxOp &o) {
            return applyReservation(reservations, db, o, event);
        });
    }
    set.add(ops::WaitlistAdded, applyWaitlistAdded);
    set.add(ops::WaitlistSeated, [](QSqlDatabase &db, const OutboxOp &o) { return applyWaitlistEnd(db, o, true); });
    set.add(ops::WaitlistLeft, [](QSqlDatabase &db, const OutboxOp &o) { return applyWaitlistEnd(db, o, false); });
}

} // namespace madang
