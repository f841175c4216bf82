// CheckoutModel, part 4: the customer a ticket is rung up for. Split from checkoutmodel.cpp to keep files short.
#include "checkout/checkoutmodel.h"
#include "common/customertext.h"
#include "customers/customerrepository.h"
#include "workflows/store.h"

using namespace madang;

QString CheckoutModel::customerText() const
{
    if (!m_store) {
        return {};
    }
    if (m_customerTextFor != m_ticket.customerId) { // read once per customer, not on every repaint
        m_customerTextFor = m_ticket.customerId;
        m_customerText = customertext::line(m_store->store().customers(), m_ticket.customerId);
    }
    return m_ticket.customerId.isEmpty() ? QString() : m_customerText;
}

bool CheckoutModel::setCustomer(const QString &customerId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    auto found = m_store->store().customers().find(customerId);
    if (!found) {
        return fail(found.error().message);
    }
    if (!found.value()) {
        return fail(tr("That customer is not on file."));
    }
    Ticket next = m_ticket;
    next.customerId = found.value()->id;
    return commit(next, true);
}

void CheckoutModel::clearCustomer()
{
    Ticket next = m_ticket;
    next.customerId.clear();
    commit(next, true);
}
