#include "settings/crewsmodel.h"

#include "base/particles.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "common/viewmodelstatus.h"
#include "merchant/merchantrepository.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

void CrewsModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        refresh();
    }
}

void CrewsModel::refresh()
{
    m_crews.clear();
    m_staff.clear();
    m_vans.clear();
    m_stations.clear();
    m_travel.clear();
    if (!m_store) {
        Q_EMIT changed();
        return;
    }
    Store &store = m_store->store();
    QHash<QString, QString> staffNames;
    if (auto staff = store.merchant().staff(); staff) {
        for (const StaffMember &m : staff.value()) {
            staffNames.insert(m.id, m.name);
            if (m.active) {
                m_staff << QVariantMap{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}};
            }
        }
    }
    QHash<QString, QString> vanNames;
    if (auto stations = store.resources().stations(); stations) {
        const QHash<QString, QString> kinds{{QStringLiteral("chair"), tr("Chair")},
                                            {QStringLiteral("room"), tr("Room")},
                                            {QStringLiteral("basin"), tr("Basin")},
                                            {QStringLiteral("van"), tr("Van")}};
        for (const BookableStation &s : stations.value()) {
            m_stations << QVariantMap{{QStringLiteral("id"), s.id},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("kind"), s.kind},
                                      {QStringLiteral("kindText"), kinds.value(s.kind, s.kind)}};
            if (s.kind == QLatin1String("van")) {
                vanNames.insert(s.id, s.name);
                m_vans << QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}};
            }
        }
    }
    if (auto crews = store.crews().crews(); crews) {
        for (const Crew &c : crews.value()) {
            QStringList names;
            for (const QString &id : c.memberIds) {
                names << staffNames.value(id);
            }
            m_crews << QVariantMap{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("memberIds"), c.memberIds},
                                   {QStringLiteral("members"), names.join(QStringLiteral(", "))},
                                   {QStringLiteral("vanId"), c.vanId},
                                   {QStringLiteral("vanName"), vanNames.value(c.vanId)}};
        }
    }
    if (auto travel = store.crews().travelTimes(); travel) {
        m_defaultTravelMin = travel->defaultMin;
        // Stored both ways: list each pair once, by its first address.
        QList<std::pair<QPair<QString, QString>, int>> pairs;
        for (auto it = travel->between.cbegin(); it != travel->between.cend(); ++it) {
            if (it.key().first <= it.key().second || !travel->between.contains({it.key().second, it.key().first})) {
                pairs.append({it.key(), it.value()});
            }
        }
        std::sort(pairs.begin(), pairs.end());
        for (const auto &[between, minutes] : pairs) {
            m_travel << QVariantMap{{QStringLiteral("from"), between.first},
                                    {QStringLiteral("to"), between.second},
                                    {QStringLiteral("minutes"), minutes}};
        }
    }
    Q_EMIT changed();
}

bool CrewsModel::saveCrew(const QString &id, const QString &name, const QStringList &memberIds, const QString &vanId)
{
    if (!m_store) {
        return finish(ViewModelMessages::noDatabase());
    }
    auto saved = m_store->store().crews().save(Crew{id, name.trimmed(), memberIds, vanId});
    return finish(saved ? QString() : saved.error().message);
}

bool CrewsModel::retireCrew(const QString &id)
{
    if (!m_store) {
        return finish(ViewModelMessages::noDatabase());
    }
    auto retired = m_store->store().crews().retire(id);
    return finish(retired ? QString() : retired.error().message);
}

bool CrewsModel::addStation(const QString &name, const QString &kind)
{
    if (!m_store) {
        return finish(ViewModelMessages::noDatabase());
    }
    auto saved = m_store->store().resources().saveStation({{}, name, kind, 0});
    return finish(saved ? QString() : saved.error().message);
}

bool CrewsModel::setTravel(const QString &from, const QString &to, const QString &minutes)
{
    if (!m_store) {
        return finish(ViewModelMessages::noDatabase());
    }
    bool ok = false;
    const int value = minutes.trimmed().toInt(&ok);
    if (!ok) {
        return finish(tr("Enter the drive in whole minutes, for example 40."));
    }
    auto set = m_store->store().crews().setTravelMinutes(from.trimmed(), to.trimmed(), value);
    return finish(set ? QString() : set.error().message);
}

bool CrewsModel::finish(const QString &error)
{
    m_error = particles::resolve(error);
    refresh();
    return error.isEmpty();
}
