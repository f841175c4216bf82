#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// The counter's home screen: who we are, today's date, and what the terminal holds.
class TodayModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString businessName READ businessName NOTIFY refreshed)
    Q_PROPERTY(QString vertical READ vertical NOTIFY refreshed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY refreshed)
    Q_PROPERTY(qint64 catalogItems READ catalogItems NOTIFY refreshed)
    Q_PROPERTY(int staffCount READ staffCount NOTIFY refreshed)
    Q_PROPERTY(qint64 pendingSync READ pendingSync NOTIFY refreshed)

public:
    explicit TodayModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString businessName() const { return m_businessName; }
    [[nodiscard]] QString vertical() const { return m_vertical; }
    [[nodiscard]] QString dateText() const { return m_dateText; }
    [[nodiscard]] qint64 catalogItems() const { return m_catalogItems; }
    [[nodiscard]] int staffCount() const { return m_staffCount; }
    [[nodiscard]] qint64 pendingSync() const { return m_pendingSync; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void refreshed();

private:
    QPointer<AppStore> m_store;
    QString m_businessName;
    QString m_vertical;
    QString m_dateText;
    qint64 m_catalogItems = 0;
    int m_staffCount = 0;
    qint64 m_pendingSync = 0;
};
