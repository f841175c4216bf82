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

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

Result<FinalizedSale> Checkout::sale(const Ticket &ticket, const QList<PaymentInput> &tenders, const SaleContext &who,
                                     const Signer &signer)
{
    // The deposit rule runs inside finalize, as the deposit tender's verification (workflows/depositcredit.h).
    if (ticket.bookingId.isEmpty()) {
        return m_store.sales().finalize(ticket, tenders, who, signer);
    }
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
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
