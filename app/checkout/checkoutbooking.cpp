// CheckoutModel, part 3: checking out a booking. Split from checkoutmodel.cpp to keep files short.
#include "bookings/bookingservice.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "checkout/checkoutmodel.h"
#include "reservations/reservationservice.h"
#include "sales/tenders.h"
#include "workflows/depositcredit.h"
#include "workflows/store.h"

using namespace madang;

qint64 CheckoutModel::depositCreditMinor() const
{
    // The deposit rule of a table's bill too: a deposit larger than the ticket credits only the total.
    if (m_ticket.bookingId.isEmpty()) {
        return 0;
    }
    const QList<PaymentInput> credits =
        creditDeposits({SeatedDeposit{m_ticket.bookingId, {}, m_depositMinor}}, m_totals.totalMinor);
    return credits.isEmpty() ? 0 : credits.constFirst().amountMinor;
}

QString CheckoutModel::depositText() const
{
    const qint64 credit = depositCreditMinor();
    return credit > 0 ? money(credit) : QString();
}

QString CheckoutModel::depositLabel() const
{
    const QString kind = TenderRegistry::labelOf(QString(payment::Deposit));
    return m_bookingText.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, m_bookingText);
}

bool CheckoutModel::startFromBooking(const QString &bookingId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    Store &store = m_store->store();
    auto found = store.bookings().find(bookingId);
    if (!found || !found.value()) {
        return fail(found ? tr("That booking no longer exists.") : found.error().message);
    }
    const Booking &b = *found.value();
    if (b.status != BookingStatus::CheckedIn && b.status != BookingStatus::InService) {
        return fail(tr("Check the customer in before checking out the booking."));
    }
    auto item = store.catalog().find(b.itemId);
    if (!item || !item.value()) {
        return fail(item ? tr("This item is not for sale.") : item.error().message);
    }
    auto groups = store.modifiers().groupsForItem(b.itemId);
    if (!groups) {
        return fail(groups.error().message);
    }
    clear();
    Ticket next = ticket();
    next.bookingId = b.id;
    next.customerId = b.customerId; // the sale is the booked customer's
    m_bookingText = b.customerName.isEmpty() ? b.staffName : QStringLiteral("%1 · %2").arg(b.customerName, b.staffName);
    m_depositMinor = b.depositMinor;
    m_bookingItemId = b.itemId;
    m_bookingStaffId = b.staffId;
    if (!groups->isEmpty()) {
        // The service's options (a hair length, a care add-on) are chosen first, as when it is tapped.
        if (!commit(next)) {
            return false;
        }
        Q_EMIT modifiersNeeded(item.value()->id, item.value()->name);
        return true;
    }
    TicketLine line = TicketLine::fromItem(*item.value());
    line.staffId = b.staffId; // the stylist who did it, whoever rings it up
    next.lines << line;
    return commit(next);
}
