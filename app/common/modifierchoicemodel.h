#pragma once

#include "sales/ticket.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The option groups of one item while the cashier chooses (spice level, extras): one row per group,
/// each with its options. Toggling keeps every group within its maximum; valid says whether every
/// group has its minimum. choices is what CheckoutModel::addItemWithChoices() takes.
class ModifierChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY loaded)
    Q_PROPERTY(QString itemName READ itemName NOTIFY loaded)
    Q_PROPERTY(bool valid READ valid NOTIFY selectionChanged)
    Q_PROPERTY(QString hint READ hint NOTIFY selectionChanged)
    Q_PROPERTY(qint64 priceDeltaMinor READ priceDeltaMinor NOTIFY selectionChanged)
    Q_PROPERTY(QString priceDeltaText READ priceDeltaText NOTIFY selectionChanged)
    Q_PROPERTY(QString unitPriceText READ unitPriceText NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList choices READ choices NOTIFY selectionChanged)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        RuleTextRole, ///< "Choose 1", "Up to 3", "Choose 1–2"
        RequiredRole,
        SatisfiedRole, ///< the count lies within [min, max]
        OptionsRole,   ///< [{optionId, name, priceText, selected}]
    };
    Q_ENUM(Role)

    explicit ModifierChoiceModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QString itemName() const { return m_itemName; }
    [[nodiscard]] bool valid() const;
    [[nodiscard]] QString hint() const;
    [[nodiscard]] qint64 priceDeltaMinor() const;
    [[nodiscard]] QString priceDeltaText() const;
    [[nodiscard]] QString unitPriceText() const;
    [[nodiscard]] QVariantList choices() const;
    [[nodiscard]] QString error() const { return m_error; }

    /// Loads the item's groups with nothing chosen. False (with error) for an unknown item.
    Q_INVOKABLE bool load(const QString &itemId);
    /// Chooses or unchooses an option. In a one-choice group another option replaces the chosen one;
    /// elsewhere a group already at its maximum refuses more (false).
    Q_INVOKABLE bool toggle(int groupRow, int optionIndex);

Q_SIGNALS:
    void storeChanged();
    void loaded();
    void selectionChanged();

private:
    [[nodiscard]] QList<madang::ModifierChoice> chosen() const;
    [[nodiscard]] QString money(qint64 minor) const;

    QPointer<AppStore> m_store;
    QString m_itemId;
    QString m_itemName;
    qint64 m_basePriceMinor = 0;
    QString m_currency = QStringLiteral("KRW");
    QList<madang::ModifierGroup> m_groups;
    QList<QList<bool>> m_selected; ///< per group, per option
    QString m_error;
};
