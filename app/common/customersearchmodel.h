#pragma once

#include "common/viewmodelstatus.h"
#include "customers/customerrepository.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// The customers that what is typed finds, for the screens that look a customer up (a new booking):
/// a phone number as typed (01012345678, 010-1234-5678), its last four digits, or the start of a name.
/// Every match is listed, with the number shown with hyphens (phonetext::display).
class CustomerSearchModel : public QAbstractListModel, public ViewModelStatus<CustomerSearchModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,     ///< as stored: "+821012345678"
        PhoneTextRole, ///< as shown: "010-1234-5678"
        LabelRole,     ///< the customer as a line: "김하늘 · 010-1234-5678" (customertext::line)
    };
    Q_ENUM(Role)

    explicit CustomerSearchModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString text() const { return m_text; }
    /// Blank text lists nobody.
    void setText(const QString &text);
    [[nodiscard]] int count() const { return static_cast<int>(m_customers.size()); }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void textChanged();
    void refreshed();
    void errorChanged();

private:
    QPointer<AppStore> m_store;
    QString m_text;
    QList<madang::Customer> m_customers;
};
