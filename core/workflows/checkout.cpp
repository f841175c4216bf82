#include "workflows/checkout.h"

#include "bookings/bookingservice.h"
#include "floor/tableservice.h"
#include "reservations/reservationservice.h"
#include "sales/payment.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// A deposit taken ahead that this checkout may credit.
struct HeldDeposit
{
    QString id; // the booking or reservation, as a deposit tender's reference names it
    QString guestName;
    qint64 leftMinor = 0;
};

enum class Holder { Booking, Party };

/// The one deposit rule (see Checkout).
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
Result<HeldDeposit> bookingDeposit(Store &store, const QString &bookingId)
{
    auto booking = store.bookings().find(bookingId);
    if (!booking) {
        return booking.error();
    }
    if (!booking.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("That booking does not exist."));
    }
    auto q = Database::run(store.database().connection(),
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

Result<FinalizedSale> Checkout::sale(const Ticket &ticket, const QList<PaymentInput> &tenders, const SaleContext &who,
                                     const Signer &signer)
{
    if (ticket.bookingId.isEmpty()) {
        if (auto allowed = checkDeposits(tenders, {}, Holder::Booking); !allowed) {
            return allowed.error();
        }
        return m_store.sales().finalize(ticket, tenders, who, signer);
    }
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto held = bookingDeposit(m_store, ticket.bookingId);
    if (!held) {
        return held.error();
    }
    if (auto allowed = checkDeposits(tenders, {held.value()}, Holder::Booking); !allowed) {
        return allowed.error();
    }
    auto sale = m_store.sales().finalize(ticket, tenders, who, signer);
    if (!sale) {
        return sale.error();
    }
    if (auto completed = m_store.bookings().complete(ticket.bookingId, sale->orderId, who.staffId); !completed) {
        return completed.error(); // the sale rolls back with it
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return sale;
}

Result<FinalizedSale> Checkout::payTable(const QString &tableId, const QList<LinePick> &picks, qint64 expectedDueMinor,
                                         const QList<PaymentInput> &tenders, const SaleContext &who,
                                         const Signer &signer)
{
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    Ticket toPay;
    if (picks.isEmpty()) {
        auto open = m_store.tables().ticketOn(tableId);
        if (!open) {
            return open.error();
        }
        if (!open.value()) {
            return makeError(ErrorCode::NotFound, Text::tr("That table has no open ticket."));
        }
        toPay = *open.value();
    } else {
        auto part = m_store.tables().split(tableId, picks);
        if (!part) {
            return part.error();
        }
        toPay = part.value();
    }
    if (auto priced = priceTicket(toPay); !priced || priced.value().totalMinor != expectedDueMinor) {
        return priced ? makeError(ErrorCode::Conflict, Text::tr("The table's ticket changed while paying. "
                                                                "Check the amount and start again."))
                      : priced.error();
    }
    auto seated = m_store.reservations().depositsAt(tableId);
    if (!seated) {
        return seated.error();
    }
    QList<HeldDeposit> held;
    for (const SeatedDeposit &d : std::as_const(seated.value())) {
        held << HeldDeposit{d.reservationId, d.guestName, d.leftMinor};
    }
    if (auto allowed = checkDeposits(tenders, held, Holder::Party); !allowed) {
        return allowed.error();
    }
    auto sale = m_store.sales().finalize(toPay, tenders, who, signer);
    if (!sale) {
        return sale.error();
    }
    if (picks.isEmpty()) {
        if (auto freed = closeTable(tableId); !freed) {
            return freed.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return sale;
}

Status Checkout::closeTable(const QString &tableId)
{
    QSqlDatabase db = m_store.database().connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto freed = m_store.tables().close(tableId); !freed) {
        return freed;
    }
    if (auto finished = m_store.reservations().finishAt(db, tableId); !finished) {
        return finished;
    }
    return tx.commit();
}

} // namespace madang
