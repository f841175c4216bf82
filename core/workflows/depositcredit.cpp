#include "workflows/depositcredit.h"

#include "bookings/bookingservice.h"
#include "reservations/reservationservice.h"
#include "sales/payment.h"
#include "sales/ticket.h"
#include "storage/database.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store) // the messages Store's checkout has always given
};

/// A deposit taken ahead that this sale may credit.
struct HeldDeposit
{
    QString id; // the booking or reservation, as a deposit tender's reference names it
    QString guestName;
    qint64 leftMinor = 0;
};

enum class Holder { Booking, Party };

Status checkDeposits(const QList<PaymentInput> &tenders, const QList<HeldDeposit> &held, Holder holder)
{
    QList<qint64> credited(held.size(), 0);
    for (const PaymentInput &t : tenders) {
        if (t.method != payment::Deposit) {
            continue;
        }
        const QString reference = t.reference.trimmed();
        const auto found =
            std::find_if(held.cbegin(), held.cend(), [&reference](const HeldDeposit &d) { return d.id == reference; });
        if (reference.isEmpty() || found == held.cend()) {
            return makeError(ErrorCode::InvalidInput,
                             holder == Holder::Booking
                                 ? Text::tr("A deposit is credited only to its own booking.")
                                 // The table's messages keep the context they were translated in.
                                 : QCoreApplication::translate(
                                       "ReservationService",
                                       "A deposit is credited only on the bill of the party it was taken from."));
        }
        qint64 &sum = credited[std::distance(held.cbegin(), found)];
        if (t.amountMinor > found->leftMinor - sum) {
            return makeError(
                ErrorCode::InvalidInput,
                holder == Holder::Booking
                    ? Text::tr("More deposit is credited than the booking's deposit.")
                    : QCoreApplication::translate("ReservationService", "More deposit is credited than %1 has left.")
                          .arg(found->guestName));
        }
        sum += std::max<qint64>(0, t.amountMinor); // a negative tender is refused when it is applied
    }
    return Done{};
}

/// The booking's deposit less the deposit payments that already name it.
Result<HeldDeposit> bookingDeposit(Store &store, QSqlDatabase &db, const QString &bookingId)
{
    auto booking = store.bookings().find(bookingId);
    if (!booking) {
        return booking.error();
    }
    if (!booking.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("That booking does not exist."));
    }
    auto q = Database::run(db,
                           QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE method = "
                                          "'deposit' AND reference = ?"),
                           {bookingId}, QCoreApplication::translate("BookingService", "Reading bookings"));
    if (!q) {
        return q.error();
    }
    const qint64 credited = q->next() ? q->value(0).toLongLong() : 0;
    return HeldDeposit{bookingId, booking.value()->customerName,
                       std::max<qint64>(0, booking.value()->depositMinor - credited)};
}

} // namespace

QList<PaymentInput> creditDeposits(const QList<SeatedDeposit> &deposits, qint64 billMinor)
{
    QList<PaymentInput> credits;
    qint64 left = std::max<qint64>(billMinor, 0);
    for (const SeatedDeposit &d : deposits) {
        const qint64 credit = std::min(std::max<qint64>(d.leftMinor, 0), left);
        if (credit > 0 && !d.reservationId.isEmpty()) {
            credits << PaymentInput::deposit(credit, d.reservationId);
            left -= credit;
        }
    }
    return credits;
}

TenderKind::Verify depositCredit(Store &store)
{
    return [&store](QSqlDatabase &db, const PaymentInput &, const TenderCheck &check) -> Status {
        const Ticket &ticket = check.ticket;
        if (!ticket.bookingId.isEmpty()) {
            auto held = bookingDeposit(store, db, ticket.bookingId);
            if (!held) {
                return held.error();
            }
            return checkDeposits(check.tenders, {held.value()}, Holder::Booking);
        }
        if (!ticket.tableId.isEmpty()) {
            auto seated = store.reservations().depositsAt(ticket.tableId);
            if (!seated) {
                return seated.error();
            }
            QList<HeldDeposit> held;
            for (const SeatedDeposit &d : std::as_const(seated.value())) {
                held << HeldDeposit{d.reservationId, d.guestName, d.leftMinor};
            }
            return checkDeposits(check.tenders, held, Holder::Party);
        }
        return checkDeposits(check.tenders, {}, Holder::Booking);
    };
}

TenderRegistry tendersFor(Store &store)
{
    TenderRegistry tenders = TenderRegistry::builtin();
    tenders.setVerify(QString(payment::Deposit), depositCredit(store));
    return tenders;
}

} // namespace madang
