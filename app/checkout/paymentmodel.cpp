#include "checkout/paymentmodel.h"

#include "base/money.h"
#include "common/moneytext.h"
#include "common/ordertext.h"
#include "sales/saleservice.h"
#include "shell/session.h"
#include "workflows/checkout.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

namespace {
/// The keypad stops taking digits beyond this (10^13 minor units), far above any real tender.
constexpr qint64 kMaxEntry = Money::kMaxTotalMinor; // one tender may pay a whole ticket
} // namespace

PaymentModel::PaymentModel(QObject *parent) : QObject(parent) {}

void PaymentModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        Q_EMIT changed();
    }
}

void PaymentModel::setCheckout(CheckoutModel *checkout)
{
    if (m_checkout == checkout) {
        return;
    }
    if (m_checkout) {
        disconnect(m_checkout, nullptr, this, nullptr);
    }
    m_checkout = checkout;
    if (m_checkout) {
        connect(m_checkout, &CheckoutModel::changed, this, &PaymentModel::changed);
    }
    Q_EMIT checkoutChanged();
    Q_EMIT changed();
}

QString PaymentModel::currency() const
{
    return m_checkout ? m_checkout->currency() : QStringLiteral("KRW");
}

QString PaymentModel::money(qint64 minor) const
{
    return moneyText(minor, currency());
}

qint64 PaymentModel::dueMinor() const
{
    return m_checkout ? m_checkout->totalMinor() : 0;
}

QString PaymentModel::dueText() const
{
    return money(dueMinor());
}

qint64 PaymentModel::remainingMinor() const
{
    return payment::remainingMinor(dueMinor(), m_tenders);
}

QString PaymentModel::remainingText() const
{
    return money(remainingMinor());
}

QString PaymentModel::paidText() const
{
    return money(dueMinor() - remainingMinor());
}

QVariantList PaymentModel::tenders() const
{
    QVariantList out;
    for (const PaymentInput &t : m_tenders) {
        const bool cash = payment::givesChange(t.method);
        out << QVariantMap{{QStringLiteral("method"), t.method},
                           {QStringLiteral("label"), ordertext::methodLabel(t.method)},
                           {QStringLiteral("amountText"), money(cash ? t.tenderedMinor : t.amountMinor)},
                           {QStringLiteral("reference"), t.reference}};
    }
    return out;
}

QString PaymentModel::entryText() const
{
    return money(m_entryMinor);
}

QVariantList PaymentModel::quickCash() const
{
    const qint64 left = remainingMinor();
    QVariantList out;
    if (left <= 0 || m_done) {
        return out;
    }
    out << QVariantMap{{QStringLiteral("minor"), left},
                       {QStringLiteral("label"), tr("Exact %1").arg(money(left))},
                       {QStringLiteral("exact"), true}};
    // The next amounts in notes the customer is likely to hand over, e.g. ₩10,000 and ₩50,000 above ₩9,000.
    auto c = Currency::fromCode(currency());
    const int digits = c ? c.value().minorDigits : 0;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    const QList<qint64> notes = currency() == QLatin1String("KRW") ? QList<qint64>{1000, 5000, 10000, 50000}
                                                                   : QList<qint64>{1, 5, 10, 20, 50, 100};
    QList<qint64> amounts;
    for (const qint64 note : notes) {
        const qint64 step = note * scale;
        const qint64 rounded = (left + step - 1) / step * step;
        if (rounded > left && !amounts.contains(rounded)) {
            amounts << rounded;
        }
    }
    std::sort(amounts.begin(), amounts.end());
    for (qsizetype i = 0; i < amounts.size() && i < 3; ++i) {
        out << QVariantMap{{QStringLiteral("minor"), amounts.at(i)},
                           {QStringLiteral("label"), money(amounts.at(i))},
                           {QStringLiteral("exact"), false}};
    }
    return out;
}

QString PaymentModel::saleTotalText() const
{
    return moneyText(m_saleTotalMinor, m_saleCurrency);
}

QString PaymentModel::changeText() const
{
    return moneyText(m_changeMinor, m_saleCurrency);
}

void PaymentModel::start()
{
    m_tenders.clear();
    // A booking's deposit was paid when it was made: it is credited first.
    if (m_checkout && !m_checkout->ticket().bookingId.isEmpty() && m_checkout->depositMinor() > 0) {
        m_tenders << PaymentInput::deposit(std::min(m_checkout->depositMinor(), dueMinor()),
                                           m_checkout->ticket().bookingId);
    }
    m_entryMinor = 0;
    m_done = false;
    m_receipt.clear();
    m_saleTotalMinor = m_changeMinor = 0;
    m_print = {};
    setError({});
    Q_EMIT changed();
    Q_EMIT printChanged();
}

void PaymentModel::appendDigits(const QString &digits)
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

void PaymentModel::backspace()
{
    setEntry(m_entryMinor / 10);
}

void PaymentModel::clearEntry()
{
    setEntry(0);
}

void PaymentModel::setEntry(qint64 minor)
{
    if (minor >= 0 && minor <= kMaxEntry && minor != m_entryMinor) {
        m_entryMinor = minor;
        Q_EMIT changed();
    }
}

bool PaymentModel::addCard(qint64 amountMinor, const QString &reference)
{
    if (m_done) {
        return fail(tr("This sale is already paid. Start a new sale."));
    }
    const qint64 left = remainingMinor();
    if (amountMinor <= 0) {
        return fail(tr("Enter the card amount."));
    }
    if (amountMinor > left) {
        return fail(tr("The card amount %1 is more than the %2 still due.").arg(money(amountMinor), money(left)));
    }
    if (reference.trimmed().isEmpty()) {
        return fail(tr("Enter the approval number from the card terminal."));
    }
    m_tenders << PaymentInput::card(amountMinor, reference.trimmed());
    m_entryMinor = 0;
    setError({});
    Q_EMIT changed();
    if (remainingMinor() == 0) {
        commitSale(m_tenders); // on failure the card part stays, with the error, to retry with finalize()
    }
    return true;
}

bool PaymentModel::removeTender(int index)
{
    if (m_done || index < 0 || index >= m_tenders.size()) {
        return false;
    }
    m_tenders.removeAt(index);
    setError({});
    Q_EMIT changed();
    return true;
}

bool PaymentModel::payCash(qint64 tenderedMinor)
{
    if (m_done) {
        return fail(tr("This sale is already paid. Start a new sale."));
    }
    if (tenderedMinor <= 0) {
        return fail(tr("Enter the cash handed over."));
    }
    QList<PaymentInput> tenders = m_tenders;
    tenders << PaymentInput::cash(tenderedMinor);
    return commitSale(tenders);
}

bool PaymentModel::finalize()
{
    if (m_done) {
        return fail(tr("This sale is already paid. Start a new sale."));
    }
    if (m_tenders.isEmpty() && remainingMinor() > 0) {
        return fail(tr("Take a card or cash payment first."));
    }
    return commitSale(m_tenders);
}

bool PaymentModel::commitSale(const QList<PaymentInput> &tenders)
{
    if (!m_store || !m_checkout) {
        return failNoDatabase();
    }
    const Session *session = m_store->session();
    if (!session->signedIn()) {
        return fail(tr("Sign in before taking payment."));
    }
    const SaleContext who{session->staffId(), session->staffName(), m_checkout->discountApproverId(), {}};
    auto sale = Checkout(m_store->store()).sale(m_checkout->ticket(), tenders, who, m_store->signer());
    if (!sale) {
        return fail(sale.error().message);
    }
    m_done = true;
    m_receipt = sale->receipt;
    m_saleTotalMinor = sale->totalMinor;
    m_changeMinor = sale->changeMinor;
    m_saleCurrency = currency();
    m_tenders.clear();
    m_entryMinor = 0;
    setError({});
    m_checkout->finishSale();
    Q_EMIT changed();
    Q_EMIT completed(m_receipt);
    // The sale is committed: a printer problem only shows under it.
    m_print.afterSale(m_store, sale->orderId, m_receipt);
    Q_EMIT printChanged();
    return true;
}

bool PaymentModel::printReceipt()
{
    if (!m_done) {
        return fail(tr("Complete the sale first."));
    }
    const bool queued = m_print.printAgain(m_store);
    Q_EMIT printChanged();
    return queued;
}

void PaymentModel::newSale()
{
    start();
}
