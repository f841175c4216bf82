#pragma once

// Checking out: a sale at the counter (a booking's checkout among them) and a table's bill. Both credit a
// deposit taken ahead by one rule, and both write the sale with what it closes (the booking, the table and
// its reservations) in one transaction.

#include "base/error.h"

#include <QList>
#include <QString>

namespace madang {

class Signer;
class Store;
struct FinalizedSale;
struct LinePick;
struct PaymentInput;
struct SaleContext;
struct Ticket;

/// The flows that take payment and close what was paid for. Constructed on a Store it does not own.
///
/// A `deposit` tender is checked by the deposit rule (workflows/depositcredit.h) inside the sale's
/// transaction, for a sale and a table's bill alike. A refused checkout writes nothing.
class Checkout
{
public:
    explicit Checkout(Store &store) : m_store(store) {}

    /// A sale, as SaleService::finalize makes it. For a ticket that checks out a booking, the booking is
    /// completed with the sale's order id in the same transaction, and its deposit may be credited.
    Result<FinalizedSale> sale(const Ticket &ticket, const QList<PaymentInput> &tenders, const SaleContext &who,
                               const Signer &signer);
    /// Pays a table in one transaction: its whole ticket (no picks; the table is then closed and its
    /// reservations completed) or the part that the picks split off. The deposits of the parties seated there
    /// may be credited (every one of them after a merge). Refused, with nothing written, when the ticket no
    /// longer comes to expectedDueMinor (it changed while the customer was paying).
    Result<FinalizedSale> payTable(const QString &tableId, const QList<LinePick> &picks, qint64 expectedDueMinor,
                                   const QList<PaymentInput> &tenders, const SaleContext &who, const Signer &signer);
    /// Frees a table whose ticket was paid and completes the reservations seated there, together.
    Status closeTable(const QString &tableId);

private:
    Store &m_store;
};

} // namespace madang
