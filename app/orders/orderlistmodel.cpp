#include "orders/orderlistmodel.h"

#include "base/clock.h"
#include "common/moneytext.h"
#include "common/ordertext.h"
#include "sales/orderrepository.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <QTimeZone>

using namespace madang;

namespace {
/// Midnight at the start of day, in the same offset or time zone as like.
QDateTime startOf(const QDate &day, const QDateTime &like)
{
    if (like.timeSpec() == Qt::TimeZone) {
        return day.startOfDay(like.timeZone());
    }
    return day.startOfDay(like.timeSpec(), like.offsetFromUtc());
}
} // namespace

OrderListModel::OrderListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &OrderListModel::filterChanged, this, &OrderListModel::refresh);
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Order &o = m_orders.at(index.row());
    switch (role) {
    case OrderIdRole:
        return o.id;
    case Qt::DisplayRole:
    case ReceiptRole:
        return o.receipt;
    case KindRole:
        return o.kind;
    case KindTextRole:
        return ordertext::kindLabel(o.kind);
    case TimeRole:
        return ordertext::shortTime(ordertext::parseTime(o.finalizedAt), m_today);
    case StaffRole:
        return o.staffName;
    case TotalRole:
        return moneyText(o.totalMinor, o.currency);
    case TotalMinorRole:
        return o.totalMinor;
    case TableNameRole:
        return o.tableName;
    case CorrectsReceiptRole:
        return m_receipts.value(o.correctsId);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    return {{OrderIdRole, "orderId"},     {ReceiptRole, "receipt"},
            {KindRole, "kind"},           {KindTextRole, "kindText"},
            {TimeRole, "time"},           {StaffRole, "staff"},
            {TotalRole, "total"},         {TotalMinorRole, "totalMinor"},
            {TableNameRole, "tableName"}, {CorrectsReceiptRole, "correctsReceipt"}};
}

void OrderListModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &OrderListModel::refresh,
                         {&AppStore::ordersChanged, &AppStore::profileChanged, &AppStore::setUpChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void OrderListModel::setSearchText(const QString &text)
{
    if (m_searchText != text) {
        m_searchText = text;
        Q_EMIT filterChanged();
    }
}

void OrderListModel::setDay(Day day)
{
    if (m_day != day) {
        m_day = day;
        Q_EMIT filterChanged();
    }
}

void OrderListModel::refresh()
{
    if (!m_store) {
        return;
    }
    Store &store = m_store->store();
    const QDateTime now = store.clock().now();
    m_today = now.date();
    OrderFilter filter;
    filter.text = m_searchText;
    switch (m_day) {
    case Today:
        filter.from = startOf(m_today, now);
        filter.to = startOf(m_today.addDays(1), now);
        break;
    case Yesterday:
        filter.from = startOf(m_today.addDays(-1), now);
        filter.to = startOf(m_today, now);
        break;
    case LastSevenDays:
        filter.from = startOf(m_today.addDays(-6), now);
        filter.to = startOf(m_today.addDays(1), now);
        break;
    case AllDays:
        break;
    }
    auto orders = store.orders().list(filter);
    beginResetModel();
    m_orders = orders ? orders.value() : QList<Order>();
    m_receipts.clear();
    for (const Order &o : std::as_const(m_orders)) {
        if (o.kind == QLatin1String("sale")) {
            m_receipts.insert(o.id, o.receipt);
        }
    }
    for (const Order &o : std::as_const(m_orders)) {
        if (!o.correctsId.isEmpty() && !m_receipts.contains(o.correctsId)) {
            // The sale is outside the filter: look its receipt up once.
            auto sale = store.orders().find(o.correctsId);
            m_receipts.insert(o.correctsId, sale && sale.value() ? sale.value()->receipt : QString());
        }
    }
    endResetModel();
    m_error = orders ? QString() : orders.error().message;
    Q_EMIT countChanged();
}

int OrderListModel::rowOf(const QString &orderId) const
{
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).id == orderId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}
