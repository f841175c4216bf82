#include "today/todaymodel.h"

#include "base/clock.h"
#include "bookings/bookingservice.h"
#include "common/moneytext.h"
#include "replication/outbox.h"
#include "reservations/reservationservice.h"
#include "sales/salessummary.h"
#include "shell/appstore.h"
#include "workflows/store.h"

#include <QLocale>
#include <QTimeZone>

using namespace madang;

TodayModel::TodayModel(QObject *parent) : QObject(parent) {}

void TodayModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &TodayModel::refresh,
                         {&AppStore::profileChanged, &AppStore::ordersChanged, &AppStore::bookingsChanged,
                          &AppStore::catalogChanged, &AppStore::staffChanged, &AppStore::syncChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void TodayModel::refresh()
{
    if (!m_store) {
        return;
    }
    m_error.clear();
    Store &store = m_store->store();
    m_businessName = m_store->businessName();
    m_vertical = m_store->vertical();
    // The UI language decides the date format: "2026년 11월 25일 수요일" or "Wednesday, 25 November 2026".
    const QLocale locale;
    m_dateText = locale.toString(store.clock().now().date(), QLocale::LongFormat);
    readSales();
    readHereNow();
    constexpr int kShown = 3;
    const bool restaurant = m_vertical == QLatin1String("restaurant");
    m_hereNote = m_hereNow.isEmpty() ? (restaurant ? tr("No party is seated") : tr("No one is checked in"))
                                     : QStringList(m_hereNow.mid(0, kShown)).join(QLatin1Char('\n'));
    if (m_hereNow.size() > kShown) {
        m_hereNote += QLatin1Char('\n') + tr("and %n more", "", static_cast<int>(m_hereNow.size() - kShown));
    }
    auto pending = Outbox::pendingCount(store.database().connection());
    m_pendingSync = pending ? pending.value() : 0;
    if (!pending) {
        m_error = pending.error().message;
    }
    Q_EMIT refreshed();
}

void TodayModel::readSales()
{
    Store &store = m_store->store();
    const QDateTime now = store.clock().now();
    const QDateTime midnight(now.date(), QTime(0, 0), now.timeZone());
    auto sales = SalesSummary::between(store.database(), midnight, midnight.addDays(1));
    if (!sales) {
        m_salesText.clear();
        m_salesNote.clear();
        m_salesCount = 0;
        m_error = sales.error().message;
        return;
    }
    const SalesSummary &s = sales.value();
    m_salesCount = s.sales;
    m_salesText = moneyText(s.netMinor, m_store->currency());
    m_salesNote = s.sales == 0 ? tr("Nothing sold yet today")
                  : s.corrections == 0
                      ? tr("%n sale(s)", "", static_cast<int>(s.sales))
                      : tr("%1 · %2").arg(tr("%n sale(s)", "", static_cast<int>(s.sales)),
                                          tr("%n refund(s) or void(s)", "", static_cast<int>(s.corrections)));
}

void TodayModel::readHereNow()
{
    Store &store = m_store->store();
    const QDate day = store.clock().now().date();
    m_hereNow.clear();
    if (m_vertical == QLatin1String("restaurant")) {
        auto seated = store.reservations().onDay(day);
        for (const Reservation &r : seated.ok() ? seated.value() : QList<Reservation>{}) {
            if (r.status == BookingStatus::CheckedIn || r.status == BookingStatus::InService) {
                m_hereNow << tr("%1 · party of %2 · table %3")
                                 .arg(r.guestName)
                                 .arg(r.partySize)
                                 .arg(r.tableNames.join(QStringLiteral(", ")));
            }
        }
        if (!seated) {
            m_error = seated.error().message;
        }
        return;
    }
    auto bookings = store.bookings().onDay(day);
    for (const Booking &b : bookings.ok() ? bookings.value() : QList<Booking>{}) {
        if (b.status == BookingStatus::CheckedIn || b.status == BookingStatus::InService) {
            const QString who = b.customerName.isEmpty() ? tr("Walk-in") : b.customerName;
            m_hereNow << tr("%1 · %2 · %3").arg(who, b.serviceName, b.staffName);
        }
    }
    if (!bookings) {
        m_error = bookings.error().message;
    }
}
