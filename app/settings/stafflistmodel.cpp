#include "settings/stafflistmodel.h"

#include "base/clock.h"
#include "base/particles.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

StaffListModel::StaffListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &StaffListModel::includeInactiveChanged, this, &StaffListModel::refresh);
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const StaffAccount &a = m_accounts.at(index.row());
    switch (role) {
    case StaffIdRole:
        return a.member.id;
    case Qt::DisplayRole:
    case NameRole:
        return a.member.name;
    case StaffRoleRole:
        return a.member.role;
    case ActiveRole:
        return a.member.active;
    case HasPinRole:
        return a.hasPin;
    case LockedOutRole:
        return a.lockedOut;
    case WaitRole: {
        // Seconds until the next try is allowed; 0 when it may be tried now.
        if (!a.retryAfter.isValid() || !m_store) {
            return 0;
        }
        const qint64 secs = m_store->store().clock().now().secsTo(a.retryAfter);
        return secs > 0 ? secs : 0;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{StaffIdRole, "staffId"}, {NameRole, "name"},           {StaffRoleRole, "role"}, {ActiveRole, "active"},
            {HasPinRole, "hasPin"},   {LockedOutRole, "lockedOut"}, {WaitRole, "waitSecs"}};
}

void StaffListModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &StaffListModel::refresh, {&AppStore::staffChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void StaffListModel::refresh()
{
    if (!m_store) {
        return;
    }
    auto accounts = m_store->staffAuth().accounts(m_includeInactive);
    beginResetModel();
    m_accounts.clear();
    if (accounts) {
        for (const StaffAccount &a : accounts.value()) {
            if (!m_managersOnly || isManagerRole(a.member.role)) {
                m_accounts << a;
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    const QString error = accounts ? QString() : accounts.error().message;
    if (const QString shown = particles::resolve(error); shown != m_error) {
        m_error = shown;
        Q_EMIT errorChanged();
    }
}

bool StaffListModel::isLockedOut(const QString &staffId) const
{
    return std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                       [&](const StaffAccount &a) { return a.member.id == staffId && a.lockedOut; });
}
