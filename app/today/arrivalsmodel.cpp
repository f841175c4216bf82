#include "today/arrivalsmodel.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "bookings/bookingservice.h"
#include "customers/customerrepository.h"
#include "reservations/reservationservice.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

namespace {
constexpr int kMinuteMs = 60 * 1000;

int rank(Arrival a)
{
    return a == Arrival::NoShow ? 0 : a == Arrival::Late ? 1 : 2;
}
} // namespace

ArrivalsModel::ArrivalsModel(QObject *parent) : QAbstractListModel(parent)
{
    m_minute.setInterval(kMinuteMs);
    connect(&m_minute, &QTimer::timeout, this, &ArrivalsModel::refresh);
    m_minute.start();
}

int ArrivalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ArrivalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Booking &b = row.booking;
    switch (role) {
    case BookingIdRole:
        return b.id;
    case KindRole:
        return row.arrival == Arrival::NoShow ? QStringLiteral("no_show")
               : row.arrival == Arrival::Late ? QStringLiteral("late")
                                              : QStringLiteral("upcoming");
    case KindTextRole:
        return row.arrival == Arrival::NoShow ? tr("No-show?")
               : row.arrival == Arrival::Late ? tr("Late")
                                              : tr("Expected");
    case TimeRole:
        return madang::timetext::clock(b.startMin);
    case CustomerRole:
        return b.customerName.isEmpty() ? tr("Walk-in") : b.customerName;
    case ServiceRole:
        return b.serviceName;
    case StaffRole:
        return b.staffName;
    case SharedProfileRole:
        return row.sharing;
    case ReservationRole:
        return row.reservation;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArrivalsModel::roleNames() const
{
    return {{BookingIdRole, "bookingId"},
            {KindRole, "kind"},
            {KindTextRole, "kindText"},
            {TimeRole, "time"},
            {CustomerRole, "customer"},
            {ServiceRole, "service"},
            {StaffRole, "staff"},
            {SharedProfileRole, "sharedProfile"},
            {ReservationRole, "reservation"}};
}

void ArrivalsModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &ArrivalsModel::refresh,
                         {&AppStore::bookingsChanged, &AppStore::setUpChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

int ArrivalsModel::lateCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.arrival == Arrival::Late; }));
}

int ArrivalsModel::noShowCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.arrival == Arrival::NoShow; }));
}

void ArrivalsModel::readReservations(const QDateTime &now)
{
    // A restaurant's arrivals are its reservations: the party's name, its size where a salon shows the service,
    // and its tables where a salon shows the stylist.
    auto today = m_store->store().reservations().onDay(now.date());
    for (const Reservation &r : today.ok() ? today.value() : QList<Reservation>{}) {
        Booking b;
        b.id = r.id;
        b.status = r.status;
        b.day = r.day;
        b.startMin = r.startMin;
        b.customerName = r.guestName;
        b.serviceName = tr("Party of %n", "", r.partySize);
        b.staffName = r.tableNames.isEmpty() ? QString() : tr("Table %1").arg(r.tableNames.join(QStringLiteral(", ")));
        const Arrival arrival = arrivalOf(b, now);
        if (arrival != Arrival::None) {
            m_rows << Row{b, arrival, false, true};
        }
    }
}

void ArrivalsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        Store &store = m_store->store();
        const QDateTime now = store.clock().now();
        if (m_store->vertical() == QLatin1String("restaurant")) {
            readReservations(now);
        }
        auto today = store.bookings().onDay(now.date());
        for (const Booking &b : today.ok() ? today.value() : QList<Booking>{}) {
            const Arrival arrival = arrivalOf(b, now);
            if (arrival == Arrival::None) {
                continue;
            }
            auto profile = b.customerId.isEmpty() ? Result<QList<SharedField>>(QList<SharedField>{})
                                                  : store.customers().sharedProfile(b.customerId);
            m_rows << Row{b, arrival, profile.ok() && !profile->isEmpty()};
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return rank(a.arrival) < rank(b.arrival); });
    }
    endResetModel();
    Q_EMIT countChanged();
}
