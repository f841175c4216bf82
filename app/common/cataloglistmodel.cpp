#include "common/cataloglistmodel.h"

#include "base/money.h"
#include "base/particles.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "merchant/merchant.h"
#include "shell/appstore.h"
#include "workflows/store.h"

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
    case OptionGroupsRole:
        return m_optionGroups.value(item.id);
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
            {ActiveRole, "active"},
            {OptionGroupsRole, "optionGroups"}};
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

void CatalogListModel::setCategoryId(const QString &categoryId)
{
    if (m_filter.categoryId != categoryId) {
        m_filter.categoryId = categoryId;
        Q_EMIT filterChanged();
        refresh();
    }
}

void CatalogListModel::setForSaleOnly(bool forSaleOnly)
{
    if (m_filter.activeOnly != forSaleOnly) {
        m_filter.activeOnly = forSaleOnly;
        Q_EMIT filterChanged();
        refresh();
    }
}

void CatalogListModel::refresh()
{
    if (!m_store) {
        return;
    }
    CatalogRepository &catalog = m_store->store().catalog();
    auto found = catalog.search(m_searchText, m_limit, m_filter);
    QString error;
    auto categories = catalog.categories();
    auto offered = m_store->store().modifiers().groupCountByItem();
    if (!categories || !offered) {
        error = categories ? offered.error().message : categories.error().message;
    }
    m_categories.clear();
    for (const Category &c : categories ? categories.value() : QList<Category>()) {
        m_categories << QVariantMap{{QStringLiteral("categoryId"), c.id}, {QStringLiteral("name"), c.name}};
    }
    beginResetModel();
    if (found) {
        m_items = std::move(found).value();
    } else {
        m_items.clear();
        error = found.error().message;
    }
    m_optionGroups = offered ? offered.value() : QHash<QString, int>();
    m_currency = m_store->currency();
    endResetModel();
    auto total = catalog.count();
    m_total = total ? total.value() : 0;
    Q_EMIT countChanged();
    if (const QString shown = particles::resolve(error); m_error != shown) {
        m_error = shown;
        Q_EMIT errorChanged();
    }
}
