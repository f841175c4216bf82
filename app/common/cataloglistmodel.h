#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogrepository.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Catalog items for a list or grid, filtered by the search text as the user types.
class CatalogListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    /// Only this category (empty: all), and only items for sale (the checkout grid).
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY filterChanged)
    Q_PROPERTY(bool forSaleOnly READ forSaleOnly WRITE setForSaleOnly NOTIFY filterChanged)
    /// [{categoryId, name}] in the merchant's order.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY countChanged)
    Q_PROPERTY(int limit MEMBER m_limit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        CategoryRole,
        PriceTextRole,
        VatTextRole,
        DurationRole,
        BarcodeRole,
        ActiveRole,
        OptionGroupsRole, ///< how many option groups the item offers (a badge at checkout)
    };
    Q_ENUM(Role)

    explicit CatalogListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString categoryId() const { return m_filter.categoryId; }
    void setCategoryId(const QString &categoryId);
    [[nodiscard]] bool forSaleOnly() const { return m_filter.activeOnly; }
    void setForSaleOnly(bool forSaleOnly);
    [[nodiscard]] QVariantList categories() const { return m_categories; }
    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void searchTextChanged();
    void filterChanged();
    void limitChanged();
    void countChanged();
    void errorChanged();

private:
    QPointer<AppStore> m_store;
    QString m_searchText;
    madang::CatalogFilter m_filter;
    QVariantList m_categories;
    QHash<QString, int> m_optionGroups;
    int m_limit = 200;
    QList<madang::CatalogItem> m_items;
    qint64 m_total = 0;
    QString m_currency = QStringLiteral("KRW");
    QString m_error;
};
