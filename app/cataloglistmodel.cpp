#include "cataloglistmodel.h"

#include "appstore.h"
#include "catalogrepository.h"
#include "merchant.h"
#include "money.h"
#include "store.h"

using namespace madang;

CatalogListModel::CatalogListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &CatalogListModel::limitChanged, this, &CatalogListModel::refresh);
}

int CatalogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CatalogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const CatalogItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case SkuRole:
        return item.sku;
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case CategoryRole:
        return item.categoryName;
    case PriceTextRole: {
        auto currency = Currency::fromCode(m_currency);
        return currency ? Money(item.priceMinor, currency.value()).display() : QString::number(item.priceMinor);
    }
    case VatTextRole:
        return formatVatPercent(item.vatBasisPoints);
    case DurationRole:
        return item.durationMin;
    case BarcodeRole:
        return item.barcode;
    case ActiveRole:
        return item.active;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {CategoryRole, "category"},
            {PriceTextRole, "priceText"},
            {VatTextRole, "vatText"},
            {DurationRole, "durationMin"},
            {BarcodeRole, "barcode"},
            {ActiveRole, "active"}};
}

void CatalogListModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &CatalogListModel::refresh,
                         {&AppStore::catalogChanged, &AppStore::profileChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void CatalogListModel::setSearchText(const QString &text)
{
    if (m_searchText == text) {
        return;
    }
    m_searchText = text;
    Q_EMIT searchTextChanged();
    refresh();
}

void CatalogListModel::refresh()
{
    if (!m_store) {
        return;
    }
    CatalogRepository &catalog = m_store->store().catalog();
    auto found = catalog.search(m_searchText, m_limit);
    QString error;
    beginResetModel();
    if (found) {
        m_items = std::move(found).value();
    } else {
        m_items.clear();
        error = found.error().message;
    }
    m_currency = m_store->currency();
    endResetModel();
    auto total = catalog.count();
    m_total = total ? total.value() : 0;
    Q_EMIT countChanged();
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}
