#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// A manager's PIN, there and then: either an approval token for one action on one record,
/// or unlocking a locked-out staff member.
class ApprovalModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString action MEMBER m_action NOTIFY requestChanged)
    Q_PROPERTY(QString record MEMBER m_record NOTIFY requestChanged)
    Q_PROPERTY(QString reason MEMBER m_reason NOTIFY requestChanged)
    Q_PROPERTY(QString token READ token NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)

public:
    explicit ApprovalModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Asks approverId's PIN for action/record; on success token holds the single-use approval.
    Q_INVOKABLE bool approve(const QString &approverId, const QString &pin);
    /// Clears the lockout of staffId with approverId's PIN.
    Q_INVOKABLE bool unlock(const QString &staffId, const QString &approverId, const QString &pin);
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void storeChanged();
    void requestChanged();
    void resultChanged();

private:
    void setResult(const QString &token, const QString &error);

    QPointer<AppStore> m_store;
    QString m_action;
    QString m_record;
    QString m_reason;
    QString m_token;
    QString m_error;
};
