#include "common/customersearchmodel.h"

#include "base/phonetext.h"
#include "common/customertext.h"
#include "workflows/store.h"

using namespace madang;

CustomerSearchModel::CustomerSearchModel(QObject *parent) : QAbstractListModel(parent) {}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size()) {
        return {};
    }
    const Customer &c = m_customers.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return c.id;
    case NameRole:
        return c.name;
    case PhoneRole:
        return c.phone;
    case PhoneTextRole:
        return phonetext::display(c.phone);
    case LabelRole:
        return customertext::line(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    return {{CustomerIdRole, "customerId"},
            {NameRole, "name"},
            {PhoneRole, "phone"},
            {PhoneTextRole, "phoneText"},
            {LabelRole, "label"}};
}

void CustomerSearchModel::setStore(AppStore *store)
{
    if (!AppStore::rebind(m_store, store, this, &CustomerSearchModel::refresh, {&AppStore::bookingsChanged})) {
        return;
    }
    Q_EMIT storeChanged();
    refresh();
}

void CustomerSearchModel::setText(const QString &text)
{
    if (m_text == text) {
        return;
    }
    m_text = text;
    Q_EMIT textChanged();
    refresh();
}

void CustomerSearchModel::refresh()
{
    QList<Customer> found;
    if (m_store && !m_text.trimmed().isEmpty()) {
        auto result = m_store->store().customers().search(m_text);
        if (result) {
            found = result.value();
            setError({});
        } else {
            setError(result.error().message);
        }
    } else {
        setError({});
    }
    beginResetModel();
    m_customers = found;
    endResetModel();
    Q_EMIT refreshed();
}
