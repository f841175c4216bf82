#include "floor/tablepaymentmodel.h"

#include "floor/tableservice.h"
#include "floor/tableticketmodel.h"
#include "reservations/reservationservice.h"
#include "sales/saleservice.h"
#include "sales/tenders.h"
#include "workflows/checkout.h"
#include "workflows/depositcredit.h"
#include "workflows/store.h"

using namespace madang;

namespace {
QList<LinePick> toPicks(const QVariantList &list)
{
    QList<LinePick> out;
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        out << LinePick{m.value(QStringLiteral("lineId")).toString(), m.value(QStringLiteral("qty")).toLongLong()};
    }
    return out;
}
} // namespace

TablePaymentModel::TablePaymentModel(QObject *parent) : PaymentFlow(parent) {}

qint64 TablePaymentModel::dueMinor() const
{
    qint64 credited = 0;
    for (const Credit &c : m_credits) {
        credited += c.tender.amountMinor;
    }
    return m_billMinor - credited;
}

bool TablePaymentModel::start()
{
    reset();
    m_hasBill = false;
    m_billMinor = 0;
    m_credits.clear();
    Q_EMIT changed();
    Q_EMIT printChanged();
    if (!store()) {
        return failNoDatabase();
    }
    auto open = store()->store().tables().ticketOn(m_tableId);
    if (!open || !open.value()) {
        return fail(open ? tr("That table has no open ticket.") : open.error().message);
    }
    const Ticket toPay = wholeTable() ? *open.value() : pickedPart(*open.value(), toPicks(m_picks));
    auto priced = priceTicket(toPay);
    if (!priced) {
        return fail(priced.error().message);
    }
    m_currency = toPay.currency;
    m_hasBill = !toPay.lines.isEmpty();
    m_billMinor = priced.value().totalMinor;
    // The deposits the parties' reservations took are credited first (every party's after a merge; a split
    // bill credits what is left of them).
    auto deposits = store()->store().reservations().depositsAt(m_tableId);
    if (!deposits) {
        return fail(deposits.error().message);
    }
    const QString kind = TenderRegistry::labelOf(QString(payment::Deposit));
    for (const PaymentInput &credit : creditDeposits(deposits.value(), m_billMinor)) {
        QString guest;
        for (const SeatedDeposit &d : std::as_const(deposits.value())) {
            guest = d.reservationId == credit.reference ? d.guestName : guest;
        }
        m_credits << Credit{credit, guest.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, guest)};
    }
    Q_EMIT changed();
    return true;
}

Result<FinalizedSale> TablePaymentModel::commit(const QList<PaymentInput> &tenders, const SaleContext &who)
{
    // The bill as it was shown: a ticket changed meanwhile is refused, with nothing written.
    return Checkout(store()->store())
        .payTable(m_tableId, toPicks(m_picks), m_billMinor, tenders, who, store()->signer());
}
