#include "floor/tablepaymentmodel.h"

#include "common/moneytext.h"
#include "common/ordertext.h"
#include "floor/tableservice.h"
#include "floor/tableticketmodel.h"
#include "reservations/reservationservice.h"
#include "sales/saleservice.h"
#include "shell/session.h"
#include "workflows/checkout.h"
#include "workflows/store.h"

#include <algorithm>

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

TablePaymentModel::TablePaymentModel(QObject *parent) : QObject(parent) {}

void TablePaymentModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
    }
}

QString TablePaymentModel::money(qint64 minor) const
{
    return moneyText(minor, m_currency);
}

QString TablePaymentModel::dueText() const
{
    return money(m_dueMinor);
}

qint64 TablePaymentModel::remainingMinor() const
{
    return payment::remainingMinor(m_dueMinor, m_tenders);
}

QString TablePaymentModel::remainingText() const
{
    return money(remainingMinor());
}

QVariantList TablePaymentModel::tenders() const
{
    QVariantList out;
    for (const PaymentInput &t : m_tenders) {
        const bool cash = payment::givesChange(t.method);
        const bool deposit = t.method == payment::Deposit;
        out << QVariantMap{{QStringLiteral("label"), ordertext::methodLabel(t.method)},
                           {QStringLiteral("amountText"), money(cash ? t.tenderedMinor : t.amountMinor)},
                           {QStringLiteral("reference"), deposit ? m_depositGuests.value(t.reference) : t.reference}};
    }
    return out;
}

QString TablePaymentModel::changeText() const
{
    return money(m_changeMinor);
}

bool TablePaymentModel::start()
{
    m_tenders.clear();
    m_done = false;
    m_receipt.clear();
    m_changeMinor = 0;
    m_dueMinor = 0;
    m_print = {};
    setError({});
    Q_EMIT changed();
    Q_EMIT printChanged();
    if (!m_store) {
        return failNoDatabase();
    }
    auto open = m_store->store().tables().ticketOn(m_tableId);
    if (!open || !open.value()) {
        return fail(open ? tr("That table has no open ticket.") : open.error().message);
    }
    const Ticket toPay = wholeTable() ? *open.value() : pickedPart(*open.value(), toPicks(m_picks));
    m_currency = toPay.currency;
    auto priced = priceTicket(toPay);
    if (!priced) {
        return fail(priced.error().message);
    }
    m_dueMinor = priced.value().totalMinor;
    // The deposits the parties' reservations took are credited first (every party's after a merge; a split
    // bill credits what is left of them).
    m_depositGuests.clear();
    auto deposits = m_store->store().reservations().depositsAt(m_tableId);
    qint64 credited = 0;
    for (const SeatedDeposit &deposit : deposits ? deposits.value() : QList<SeatedDeposit>()) {
        const qint64 credit = std::min(deposit.leftMinor, m_dueMinor - credited);
        if (credit > 0) {
            m_depositGuests.insert(deposit.reservationId, deposit.guestName);
            m_tenders << PaymentInput::deposit(credit, deposit.reservationId);
            credited += credit;
        }
    }
    Q_EMIT changed();
    return true;
}

bool TablePaymentModel::addTender(const PaymentInput &tender, qint64 applied)
{
    if (m_done) {
        return fail(tr("This bill is already paid."));
    }
    const qint64 left = remainingMinor();
    if (applied <= 0) {
        return fail(tr("Enter an amount above zero."));
    }
    if (applied > left) {
        return fail(tr("%1 is more than the %2 still due.").arg(money(applied), money(left)));
    }
    m_tenders << tender;
    setError({});
    Q_EMIT changed();
    if (remainingMinor() == 0) {
        commitSale(m_tenders); // on failure the tenders stay, with the error, for finalize()
    }
    return true;
}

bool TablePaymentModel::addCard(qint64 amountMinor, const QString &reference)
{
    if (reference.trimmed().isEmpty()) {
        return fail(tr("Enter the approval number from the card terminal."));
    }
    return addTender(PaymentInput::card(amountMinor, reference.trimmed()), amountMinor);
}

bool TablePaymentModel::addCash(qint64 amountMinor)
{
    return addTender(PaymentInput::cash(amountMinor), amountMinor);
}

bool TablePaymentModel::payCash(qint64 tenderedMinor)
{
    if (m_done) {
        return fail(tr("This bill is already paid."));
    }
    if (tenderedMinor < remainingMinor() || tenderedMinor <= 0) {
        return fail(tr("%1 is still due.").arg(remainingText()));
    }
    QList<PaymentInput> tenders = m_tenders;
    tenders << PaymentInput::cash(tenderedMinor);
    return commitSale(tenders);
}

bool TablePaymentModel::removeTender(int index)
{
    if (m_done || index < 0 || index >= m_tenders.size()) {
        return false;
    }
    m_tenders.removeAt(index);
    setError({});
    Q_EMIT changed();
    return true;
}

bool TablePaymentModel::finalize()
{
    if (m_done) {
        return fail(tr("This bill is already paid."));
    }
    return commitSale(m_tenders);
}

bool TablePaymentModel::commitSale(const QList<PaymentInput> &tenders)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const Session *session = m_store->session();
    if (!session->signedIn()) {
        return fail(tr("Sign in before taking payment."));
    }
    const SaleContext who{session->staffId(), session->staffName(), {}, {}};
    auto sale =
        Checkout(m_store->store()).payTable(m_tableId, toPicks(m_picks), m_dueMinor, tenders, who, m_store->signer());
    if (!sale) {
        return fail(sale.error().message);
    }
    m_done = true;
    m_receipt = sale.value().receipt;
    m_changeMinor = sale.value().changeMinor;
    m_tenders.clear();
    setError({});
    Q_EMIT changed();
    Q_EMIT completed(m_receipt);
    // The sale is committed: a printer problem only shows under it.
    m_print.afterSale(m_store, sale.value().orderId, m_receipt);
    Q_EMIT printChanged();
    return true;
}

bool TablePaymentModel::printReceipt()
{
    if (!m_done) {
        return fail(tr("Complete the payment first."));
    }
    const bool queued = m_print.printAgain(m_store);
    Q_EMIT printChanged();
    return queued;
}
