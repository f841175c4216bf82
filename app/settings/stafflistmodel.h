#pragma once

#include "shell/appstore.h"
#include "staffauth.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Staff for the sign-in tiles and Settings → Staff, with their lockout state.
class StaffListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool includeInactive MEMBER m_includeInactive NOTIFY includeInactiveChanged)
    Q_PROPERTY(bool managersOnly MEMBER m_managersOnly NOTIFY includeInactiveChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        StaffRoleRole,
        ActiveRole,
        HasPinRole,
        LockedOutRole,
        WaitRole
    };
    Q_ENUM(Role)

    explicit StaffListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return static_cast<int>(m_accounts.size()); }
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    /// Whether staffId is locked out, as of the last refresh (false if not listed).
    Q_INVOKABLE bool isLockedOut(const QString &staffId) const;

Q_SIGNALS:
    void storeChanged();
    void includeInactiveChanged();
    void countChanged();
    void errorChanged();

private:
    QPointer<AppStore> m_store;
    bool m_includeInactive = false;
    bool m_managersOnly = false;
    QList<madang::StaffAccount> m_accounts;
    QString m_error;
};
