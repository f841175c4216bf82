#pragma once

#include "sales/order.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Orders screen, left side: finalized sales, refunds and voids, newest first, searched by part of a
/// receipt number or by an amount, and filtered by day on the store's clock.
class OrderListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// Part of a receipt number ("000042") or an amount ("12000", "12,000").
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(Day day READ day WRITE setDay NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        ReceiptRole,
        KindRole,     ///< "sale", "refund", "void"
        KindTextRole, ///< the kind in the UI language
        TimeRole,     ///< "14:05" today, "03-13 14:05" on other days
        StaffRole,
        TotalRole, ///< "₩18,000"; negative for refunds and voids
        TotalMinorRole,
        TableNameRole,
        CorrectsReceiptRole ///< refunds and voids: the sale's receipt
    };
    Q_ENUM(Role)
    enum Day { Today, Yesterday, LastSevenDays, AllDays };
    Q_ENUM(Day)

    explicit OrderListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] Day day() const { return m_day; }
    void setDay(Day day);
    [[nodiscard]] int count() const { return static_cast<int>(m_orders.size()); }
    [[nodiscard]] QString error() const { return m_error; }

    /// Reads the orders again (the screen calls it when it is shown, in case the day changed).
    Q_INVOKABLE void refresh();
    /// The row of an order id, or -1.
    Q_INVOKABLE int rowOf(const QString &orderId) const;

Q_SIGNALS:
    void storeChanged();
    void filterChanged();
    void countChanged();

private:
    QPointer<AppStore> m_store;
    QString m_searchText;
    Day m_day = Today;
    QList<madang::Order> m_orders;
    QHash<QString, QString> m_receipts; // sale id -> receipt, for the corrections in the list
    QDate m_today;
    QString m_error;
};
