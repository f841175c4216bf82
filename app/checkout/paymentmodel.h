#pragma once

#include "checkout/checkoutmodel.h"
#include "common/paymentflow.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Taking payment for the checkout's ticket (PaymentFlow: card parts, cash parts, cash with change). What is
/// due is the checkout's dueMinor: the ticket's total less the booking's deposit, which the sale writes as the
/// `deposit` tender it is. The sale is finalized in one transaction (Checkout::sale), signed by this terminal,
/// as the signed-in staff member, with the manager who approved the ticket's discount; then the checkout
/// starts a new ticket.
class PaymentModel : public PaymentFlow
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CheckoutModel *checkout READ checkout WRITE setCheckout NOTIFY checkoutChanged)

public:
    explicit PaymentModel(QObject *parent = nullptr);

    [[nodiscard]] CheckoutModel *checkout() const { return m_checkout; }
    void setCheckout(CheckoutModel *checkout);
    [[nodiscard]] qint64 dueMinor() const override { return m_checkout ? m_checkout->dueMinor() : 0; }

Q_SIGNALS:
    void checkoutChanged();

protected:
    [[nodiscard]] QString currency() const override;
    [[nodiscard]] bool hasSomethingToPay() const override { return m_checkout && m_checkout->count() > 0; }
    [[nodiscard]] QList<Credit> currentCredits() const override;
    madang::Result<madang::FinalizedSale> commit(const QList<madang::PaymentInput> &tenders,
                                                 const madang::SaleContext &who) override;
    void afterSale() override;

private:
    QPointer<CheckoutModel> m_checkout;
};
