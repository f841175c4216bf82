#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Settings > Crews (a cleaning provider) or Stations (a salon): the stations a service may need (chairs,
/// rooms, basins, vans), the crews (a name, members in order, the first leads, and a van), and the driving
/// times between job addresses. Every change is saved at once, with its outbox op; a refusal says why and
/// changes nothing.
class CrewsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// {id, name, memberIds, members ("Minho, Sora"), vanId, vanName}
    Q_PROPERTY(QVariantList crews READ crews NOTIFY changed)
    /// Active staff who can be crew members: {id, name}
    Q_PROPERTY(QVariantList staff READ staff NOTIFY changed)
    /// {id, name}
    Q_PROPERTY(QVariantList vans READ vans NOTIFY changed)
    /// Every station: {id, name, kind, kindText}
    Q_PROPERTY(QVariantList stations READ stations NOTIFY changed)
    /// {from, to, minutes}; other pairs take defaultTravelMin
    Q_PROPERTY(QVariantList travel READ travel NOTIFY changed)
    Q_PROPERTY(int defaultTravelMin READ defaultTravelMin NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit CrewsModel(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QVariantList crews() const { return m_crews; }
    [[nodiscard]] QVariantList staff() const { return m_staff; }
    [[nodiscard]] QVariantList vans() const { return m_vans; }
    [[nodiscard]] QVariantList stations() const { return m_stations; }
    [[nodiscard]] QVariantList travel() const { return m_travel; }
    [[nodiscard]] int defaultTravelMin() const { return m_defaultTravelMin; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Adds (empty id) or updates a crew; members in order, the first leads; an empty van is none.
    Q_INVOKABLE bool saveCrew(const QString &id, const QString &name, const QStringList &memberIds,
                              const QString &vanId);
    Q_INVOKABLE bool retireCrew(const QString &id);
    /// kind: chair, room, basin or van.
    Q_INVOKABLE bool addStation(const QString &name, const QString &kind);
    /// minutes as typed: whole minutes from 0 to 600.
    Q_INVOKABLE bool setTravel(const QString &from, const QString &to, const QString &minutes);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void changed();

private:
    bool finish(const QString &error);

    QPointer<AppStore> m_store;
    QVariantList m_crews;
    QVariantList m_staff;
    QVariantList m_vans;
    QVariantList m_stations;
    QVariantList m_travel;
    int m_defaultTravelMin = 30;
    QString m_error;
};
