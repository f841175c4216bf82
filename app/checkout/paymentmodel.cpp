#include "checkout/paymentmodel.h"

#include "sales/saleservice.h"
#include "workflows/checkout.h"
#include "workflows/store.h"

using namespace madang;

PaymentModel::PaymentModel(QObject *parent) : PaymentFlow(parent) {}

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
        connect(m_checkout, &CheckoutModel::changed, this, &PaymentFlow::changed);
    }
    Q_EMIT checkoutChanged();
    Q_EMIT changed();
}

QString PaymentModel::currency() const
{
    return m_checkout ? m_checkout->currency() : QStringLiteral("KRW");
}

QList<PaymentFlow::Credit> PaymentModel::currentCredits() const
{
    if (!m_checkout || m_checkout->depositCreditMinor() <= 0) {
        return {};
    }
    // A booking's deposit was paid when it was made: it is credited first, as the deposit tender it is.
    return {Credit{PaymentInput::deposit(m_checkout->depositCreditMinor(), m_checkout->ticket().bookingId),
                   m_checkout->depositLabel()}};
}

Result<FinalizedSale> PaymentModel::commit(const QList<PaymentInput> &tenders, const SaleContext &who)
{
    SaleContext sale = who;
    sale.approverId = m_checkout->discountApproverId();
    return Checkout(store()->store()).sale(m_checkout->ticket(), tenders, sale, store()->signer());
}

void PaymentModel::afterSale()
{
    m_checkout->finishSale();
}
