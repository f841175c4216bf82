#pragma once

#include "common/viewmodelstatus.h"
#include "reservations/reservationservice.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Tonight's waitlist for the host: who waits, what they were quoted and what the room says now, add a
/// party with a quote, seat one at the table the estimate found (its ticket opens there), or strike one off.
class WaitlistModel : public QAbstractListModel, public ViewModelStatus<WaitlistModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        PartyIdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        PartyRole,
        QuotedTextRole,   ///< "Quoted 30 min at 18:05"
        EstimateTextRole, ///< "Table 4 free now", "About 15 min (table 2)", "No table before closing"
        ReadyRole,        ///< a table is free for them now
    };
    Q_ENUM(Role)

    explicit WaitlistModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return static_cast<int>(m_parties.size()); }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();
    /// What a party of this size would be told now: "About 25 min", "A table is free now", or the refusal.
    Q_INVOKABLE QString quoteText(int partySize) const;
    Q_INVOKABLE bool add(const QString &name, const QString &phone, int partySize);
    /// Seats the party where the estimate puts them (a table free now) and opens that table.
    Q_INVOKABLE bool seat(const QString &id);
    Q_INVOKABLE bool remove(const QString &id);

Q_SIGNALS:
    void storeChanged();
    void refreshed();
    void errorChanged();

private:
    bool done(const madang::Status &status);
    [[nodiscard]] QString actor() const;
    [[nodiscard]] QString tableNames(const QStringList &ids) const;

    QPointer<AppStore> m_store;
    QList<madang::WaitingParty> m_parties;
    QHash<QString, QString> m_tableNames;
};
