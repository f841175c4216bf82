#include "today/todaymodel.h"

#include "base/clock.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <QLocale>

using namespace madang;

TodayModel::TodayModel(QObject *parent) : QObject(parent) {}

void TodayModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &TodayModel::refresh,
                         {&AppStore::catalogChanged, &AppStore::profileChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void TodayModel::refresh()
{
    if (!m_store) {
        return;
    }
    Store &store = m_store->store();
    m_businessName = m_store->businessName();
    m_vertical = m_store->vertical();
    // The UI language decides the date format: "2026년 11월 25일 수요일" or "Wednesday, 25 November 2026".
    const QLocale locale;
    m_dateText = locale.toString(store.clock().now().date(), QLocale::LongFormat);
    auto items = store.catalog().count();
    m_catalogItems = items ? items.value() : 0;
    auto staff = store.merchant().staff();
    m_staffCount = staff ? static_cast<int>(staff->size()) : 0;
    auto pending = Outbox::pendingCount(store.database().connection());
    m_pendingSync = pending ? pending.value() : 0;
    Q_EMIT refreshed();
}
