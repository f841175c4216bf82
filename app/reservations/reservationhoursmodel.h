#pragma once

#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// When a restaurant takes reservations: the days open (Monday first) and up to two sittings, lunch and
/// dinner, the same on every open day. Times as HH:MM; an empty sitting is none.
class ReservationHoursModel : public QObject, public ViewModelStatus<ReservationHoursModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(QString lunchStart MEMBER m_lunchStart NOTIFY changed)
    Q_PROPERTY(QString lunchEnd MEMBER m_lunchEnd NOTIFY changed)
    Q_PROPERTY(QString dinnerStart MEMBER m_dinnerStart NOTIFY changed)
    Q_PROPERTY(QString dinnerEnd MEMBER m_dinnerEnd NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ReservationHoursModel(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QVariantList days() const;

    /// Reads the stored week.
    Q_INVOKABLE void load();
    /// weekday: 1 (Monday) … 7 (Sunday).
    Q_INVOKABLE void toggleDay(int weekday);
    /// Saves the week, or says why not and saves nothing.
    Q_INVOKABLE bool save();
    /// An input changed: the refusal of what it held goes.
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void storeChanged();
    void changed();
    void errorChanged();

private:
    QPointer<AppStore> m_store;
    QList<bool> m_days = QList<bool>(7, false);
    QString m_lunchStart;
    QString m_lunchEnd;
    QString m_dinnerStart;
    QString m_dinnerEnd;
};
