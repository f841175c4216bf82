#pragma once

#include "bookings/booking.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/// Today screen: who is expected (a restaurant's reservations, the bookings of the others). No-show candidates first,
/// then late arrivals, then the rest of the day's arrivals by time. Refreshes every minute, since the clock moves
/// bookings from one group to the next.
class ArrivalsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int lateCount READ lateCount NOTIFY countChanged)
    Q_PROPERTY(int noShowCount READ noShowCount NOTIFY countChanged)

public:
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        KindRole, ///< "upcoming", "late", "no_show"
        KindTextRole,
        TimeRole, ///< "15:00"
        CustomerRole,
        ServiceRole,
        StaffRole,
        SharedProfileRole,
        ReservationRole, ///< a restaurant's reservation rather than a booking
    };
    Q_ENUM(Role)

    explicit ArrivalsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int lateCount() const;
    [[nodiscard]] int noShowCount() const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void countChanged();

private:
    struct Row
    {
        madang::Booking booking;
        madang::Arrival arrival = madang::Arrival::None;
        bool sharing = false;
        bool reservation = false;
    };
    void readReservations(const QDateTime &now);
    QPointer<AppStore> m_store;
    QList<Row> m_rows;
    QTimer m_minute;
};
