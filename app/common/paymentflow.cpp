#include "common/paymentflow.h"

#include "base/money.h"
#include "common/moneytext.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"
#include "shell/session.h"

#include <algorithm>

using namespace madang;

namespace {
/// The keypad stops taking digits beyond this (10^13 minor units), far above any real tender.
constexpr qint64 kMaxEntry = Money::kMaxTotalMinor; // one tender may pay a whole ticket
constexpr int kMaxShares = 99;
} // namespace

PaymentFlow::PaymentFlow(QObject *parent) : QObject(parent) {}

void PaymentFlow::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        Q_EMIT changed();
    }
}

QString PaymentFlow::moneyIn(qint64 minor, const QString &currency)
{
    return moneyText(minor, currency.isEmpty() ? QStringLiteral("KRW") : currency);
}

qint64 PaymentFlow::remainingMinor() const
{
    return payment::remainingMinor(dueMinor(), m_tenders);
}

QVariantList PaymentFlow::credits() const
{
    QVariantList out;
    if (m_done) {
        return out;
    }
    for (const Credit &c : currentCredits()) {
        out << QVariantMap{{QStringLiteral("label"), c.label},
                           {QStringLiteral("amountText"), money(c.tender.amountMinor)}};
    }
    return out;
}

QVariantList PaymentFlow::tenders() const
{
    QVariantList out;
    for (const PaymentInput &t : m_tenders) {
        const bool cash = payment::givesChange(t.method);
        out << QVariantMap{{QStringLiteral("method"), t.method},
                           {QStringLiteral("label"), TenderRegistry::labelOf(t.method)},
                           {QStringLiteral("amountText"), money(cash ? t.tenderedMinor : t.amountMinor)},
                           {QStringLiteral("reference"), t.reference}};
    }
    return out;
}

QVariantList PaymentFlow::quickCash() const
{
    QVariantList out;
    if (m_done) {
        return out;
    }
    const QList<qint64> amounts = payment::quickCash(remainingMinor(), currency());
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        const bool exact = i == 0;
        out << QVariantMap{
            {QStringLiteral("minor"), amounts.at(i)},
            {QStringLiteral("label"), exact ? tr("Exact %1").arg(money(amounts.at(i))) : money(amounts.at(i))},
            {QStringLiteral("exact"), exact}};
    }
    return out;
}

void PaymentFlow::setShareWays(int ways)
{
    ways = std::clamp(ways, 0, kMaxShares);
    if (ways != m_shareWays) {
        m_shareWays = ways;
        Q_EMIT changed();
    }
}

QVariantList PaymentFlow::shares() const
{
    QVariantList out;
    const qint64 due = dueMinor();
    if (m_shareWays < 2 || due <= 0 || m_done) {
        return out;
    }
    const QList<qint64> amounts = shareProportionally(due, QList<qint64>(m_shareWays, 1));
    for (int i = 0; i < amounts.size(); ++i) {
        out << QVariantMap{{QStringLiteral("label"), tr("Guest %1").arg(i + 1)},
                           {QStringLiteral("amountMinor"), amounts.at(i)},
                           {QStringLiteral("amountText"), money(amounts.at(i))}};
    }
    return out;
}

QString PaymentFlow::saleCreditText() const
{
    return m_saleCreditMinor > 0 ? moneyIn(m_saleCreditMinor, m_saleCurrency) : QString();
}

void PaymentFlow::reset()
{
    m_tenders.clear();
    m_entryMinor = 0;
    m_done = false;
    m_receipt.clear();
    m_salePaidMinor = m_saleCreditMinor = m_changeMinor = 0;
    m_print = {};
    setError({});
}

bool PaymentFlow::start()
{
    reset();
    Q_EMIT changed();
    Q_EMIT printChanged();
    return true;
}

void PaymentFlow::appendDigits(const QString &digits)
{
    qint64 value = m_entryMinor;
    for (const QChar ch : digits) {
        if (!ch.isDigit() || value > kMaxEntry / 10) {
            return;
        }
        value = value * 10 + ch.digitValue();
    }
    setEntry(value);
}

void PaymentFlow::backspace()
{
    setEntry(m_entryMinor / 10);
}

void PaymentFlow::clearEntry()
{
    setEntry(0);
}

void PaymentFlow::setEntry(qint64 minor)
{
    if (minor >= 0 && minor <= kMaxEntry && minor != m_entryMinor) {
        m_entryMinor = minor;
        Q_EMIT changed();
    }
}

bool PaymentFlow::refuseWhenDone()
{
    if (!m_done) {
        return false;
    }
    setError(tr("This sale is already paid. Start a new sale."));
    return true;
}

bool PaymentFlow::addPart(const PaymentInput &tender, qint64 amountMinor)
{
    const qint64 left = remainingMinor();
    if (amountMinor > left) {
        return fail(tr("%1 is more than the %2 still due.").arg(money(amountMinor), money(left)));
    }
    m_tenders << tender;
    m_entryMinor = 0;
    setError({});
    Q_EMIT changed();
    if (remainingMinor() == 0) {
        commitSale(m_tenders); // on failure the parts stay, with the error, to retry with finalize()
    }
    return true;
}

bool PaymentFlow::addCard(qint64 amountMinor, const QString &reference)
{
    if (refuseWhenDone()) {
        return false;
    }
    if (amountMinor <= 0) {
        return fail(tr("Enter the card amount."));
    }
    if (reference.trimmed().isEmpty()) {
        return fail(tr("Enter the approval number from the card terminal."));
    }
    return addPart(PaymentInput::card(amountMinor, reference.trimmed()), amountMinor);
}

bool PaymentFlow::addCash(qint64 amountMinor)
{
    if (refuseWhenDone()) {
        return false;
    }
    if (amountMinor <= 0) {
        return fail(tr("Enter the cash handed over."));
    }
    return addPart(PaymentInput::cash(amountMinor), amountMinor);
}

bool PaymentFlow::payCash(qint64 tenderedMinor)
{
    if (refuseWhenDone()) {
        return false;
    }
    if (tenderedMinor <= 0) {
        return fail(tr("Enter the cash handed over."));
    }
    QList<PaymentInput> tenders = m_tenders;
    tenders << PaymentInput::cash(tenderedMinor);
    return commitSale(tenders);
}

bool PaymentFlow::takeCash(qint64 tenderedMinor)
{
    if (!m_done && tenderedMinor > 0 && tenderedMinor < remainingMinor()) {
        return addCash(tenderedMinor);
    }
    return payCash(tenderedMinor);
}

bool PaymentFlow::removeTender(int index)
{
    if (m_done || index < 0 || index >= m_tenders.size()) {
        return false;
    }
    m_tenders.removeAt(index);
    setError({});
    Q_EMIT changed();
    return true;
}

bool PaymentFlow::finalize()
{
    if (refuseWhenDone()) {
        return false;
    }
    if (remainingMinor() > 0) {
        return fail(tr("%1 is still due.").arg(remainingText()));
    }
    return commitSale(m_tenders);
}

QList<PaymentInput> PaymentFlow::creditTenders() const
{
    QList<PaymentInput> out;
    for (const Credit &c : currentCredits()) {
        out << c.tender;
    }
    return out;
}

bool PaymentFlow::commitSale(const QList<PaymentInput> &tenders)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (!hasSomethingToPay()) {
        return fail(tr("There is nothing to pay."));
    }
    const Session *session = m_store->session();
    if (!session->signedIn()) {
        return fail(tr("Sign in before taking payment."));
    }
    const QList<PaymentInput> credited = creditTenders();
    qint64 creditMinor = 0;
    for (const PaymentInput &c : credited) {
        creditMinor += c.amountMinor;
    }
    const QString saleCurrency = currency();
    auto sale = commit(credited + tenders, SaleContext{session->staffId(), session->staffName(), {}, {}});
    if (!sale) {
        return fail(sale.error().message);
    }
    m_done = true;
    m_receipt = sale->receipt;
    m_saleCurrency = saleCurrency;
    m_saleCreditMinor = creditMinor;
    m_salePaidMinor = sale->totalMinor - creditMinor;
    m_changeMinor = sale->changeMinor;
    m_tenders.clear();
    m_entryMinor = 0;
    setError({});
    afterSale();
    Q_EMIT changed();
    Q_EMIT completed(m_receipt);
    // The sale is committed: a printer problem only shows under it.
    m_print.afterSale(m_store, sale->orderId, m_receipt);
    Q_EMIT printChanged();
    return true;
}

bool PaymentFlow::printReceipt()
{
    if (!m_done) {
        return fail(tr("Complete the sale first."));
    }
    const bool queued = m_print.printAgain(m_store);
    Q_EMIT printChanged();
    return queued;
}
