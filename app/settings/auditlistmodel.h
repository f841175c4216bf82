#pragma once

#include "audit/auditlog.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// Settings → Audit: newest entries first, filtered by action and by who did it.
class AuditListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// "" for every action, or one of `actions`
    Q_PROPERTY(QString action MEMBER m_action NOTIFY filterChanged)
    /// staff id, or "" for anyone
    Q_PROPERTY(QString actorId MEMBER m_actorId NOTIFY filterChanged)
    Q_PROPERTY(QStringList actions READ actions CONSTANT)
    /// The actions as people read them, in the order of `actions`.
    Q_PROPERTY(QStringList actionLabels READ actionLabels CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString verdict READ verdict NOTIFY countChanged)
    Q_PROPERTY(bool intact READ intact NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        AtRole,
        ActorRole,
        ActionRole,
        ActionCodeRole,
        RecordRole,
        ApproverRole,
        ReasonRole
    };
    Q_ENUM(Role)

    explicit AuditListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] static QStringList actions() { return madang::audit::knownActions(); }
    [[nodiscard]] static QStringList actionLabels();
    /// "Signed in", "Wrong PIN", ...; unknown actions as they are.
    [[nodiscard]] static QString actionLabel(const QString &action);
    [[nodiscard]] int count() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QString verdict() const { return m_verdict; }
    [[nodiscard]] bool intact() const { return m_intact; }
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void filterChanged();
    void countChanged();

private:
    QPointer<AppStore> m_store;
    QString m_action;
    QString m_actorId;
    QList<madang::AuditEntry> m_entries;
    QHash<QString, QString> m_names; // staff id -> name, for approvers
    QString m_verdict;
    bool m_intact = true;
    QString m_error;
};
