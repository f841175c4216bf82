#include "settings/staffeditormodel.h"

#include "catalog/catalogrepository.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "staffauth.h"
#include "workflows/store.h"

using namespace madang;

StaffEditorModel::StaffEditorModel(QObject *parent) : QObject(parent) {}

void StaffEditorModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
    }
}

QVariantList StaffEditorModel::serviceChoices() const
{
    QVariantList choices;
    if (!m_store) {
        return choices;
    }
    auto items = m_store->store().catalog().search({}, 500);
    if (!items) {
        return choices;
    }
    for (const CatalogItem &item : items.value()) {
        if (item.durationMin > 0 && item.active) {
            choices << QVariantMap{{QStringLiteral("id"), item.id}, {QStringLiteral("name"), item.name}};
        }
    }
    return choices;
}

void StaffEditorModel::toggleService(const QString &itemId)
{
    if (!m_services.removeOne(itemId)) {
        m_services << itemId;
    }
    Q_EMIT servicesChanged();
}

void StaffEditorModel::startNew()
{
    m_staffId.clear();
    m_name.clear();
    m_role = QStringLiteral("staff");
    m_active = true;
    m_pin.clear();
    m_services.clear();
    clearHours();
    setError({});
    Q_EMIT loaded();
    Q_EMIT servicesChanged();
    Q_EMIT hoursChanged();
}

bool StaffEditorModel::load(const QString &staffId)
{
    if (!m_store) {
        return false;
    }
    auto account = m_store->staffAuth().account(staffId);
    if (!account) {
        setError(account.error().message);
        return false;
    }
    m_staffId = account->member.id;
    m_name = account->member.name;
    m_role = account->member.role;
    m_active = account->member.active;
    m_services = account->services;
    loadHours(m_staffId);
    m_pin.clear();
    setError({});
    Q_EMIT loaded();
    Q_EMIT servicesChanged();
    return true;
}

bool StaffEditorModel::save()
{
    if (!m_store) {
        return false;
    }
    // Hours are checked first: a week that cannot be saved changes nothing.
    auto week = enteredHours();
    if (!week) {
        return failAt(QStringLiteral("hours"), week.error().message);
    }
    StaffAuth &auth = m_store->staffAuth();
    const QString actor = m_store->session()->staffId();
    StaffMember member;
    member.id = m_staffId;
    member.name = m_name.trimmed();
    member.role = m_role;
    member.active = m_active;
    if (isNew()) {
        auto created = auth.createStaff(actor, member, m_pin, m_services);
        if (!created) {
            setError(created.error().message);
            return false;
        }
        m_staffId = created->id;
    } else {
        if (auto updated = auth.updateStaff(actor, member, m_services); !updated) {
            setError(updated.error().message);
            return false;
        }
        if (!m_pin.isEmpty()) {
            if (auto pinSet = auth.setPin(actor, m_staffId, m_pin); !pinSet) {
                return failAt(QStringLiteral("pin"), pinSet.error().message);
            }
        }
    }
    if (auto hours = m_store->store().resources().setWeeklyHours(m_staffId, week.value()); !hours) {
        return failAt(QStringLiteral("hours"), hours.error().message);
    }
    return load(m_staffId);
}
