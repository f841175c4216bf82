#pragma once

#include "bookings/booking.h"
#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Bookings screen: the calendar. In day mode one column per staff member; in week mode one column per
/// day (Monday first). Each row is a booking placed in a column from startMin to endMin. Moves, resizes
/// and walk-ins go through BookingService, so the availability engine validates every drop; a booking
/// made from a tapped slot is NewBookingModel's.
class BookingCalendarModel : public QAbstractListModel, public ViewModelStatus<BookingCalendarModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool weekMode READ weekMode WRITE setWeekMode NOTIFY refreshed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY refreshed)
    Q_PROPERTY(bool isToday READ isToday NOTIFY refreshed)
    /// The day shown (the week's day in week mode), "yyyy-MM-dd".
    Q_PROPERTY(QString date READ date NOTIFY refreshed)
    /// [{id, name, subtitle, crew, closed}] per column: staff or crews (day) or days (week). closed lists the
    /// times that cannot be booked at all, [{startMin, endMin, reason: "hours"|"break"|"dayOff", label}]: a
    /// staff member's or crew's outside hours, breaks and days off (core's closedSpans), and in the week the
    /// times nobody works.
    Q_PROPERTY(QVariantList columns READ columns NOTIFY refreshed)
    Q_PROPERTY(int dayStartMin READ dayStartMin NOTIFY refreshed)
    Q_PROPERTY(int dayEndMin READ dayEndMin NOTIFY refreshed)
    /// Minutes since midnight now, or -1 when the shown day is not today.
    Q_PROPERTY(int nowMin READ nowMin NOTIFY refreshed)
    /// [{id, name, minutes}] of the services that can be booked, for the booking dialog.
    Q_PROPERTY(QVariantList services READ services NOTIFY refreshed)
    /// Open bookings whose staff member left: they need someone else.
    Q_PROPERTY(int needingReassignment READ needingReassignment NOTIFY refreshed)
    /// Why the last action was refused (empty after one that worked).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        ColumnRole,
        StartMinRole,
        EndMinRole,
        ProcessingStartRole, ///< the stylist is free from here (-1: no processing gap)
        ProcessingEndRole,
        TitleRole, ///< the service
        CustomerRole,
        StaffRole,
        TimeTextRole, ///< "15:00–16:30"
        StatusRole,   ///< "confirmed", … (the QML picks the colour)
        StatusTextRole,
        SourceRole,
        SharedProfileRole, ///< the customer shares a profile: show a badge
        NeedsReassignmentRole,
        LaneRole,      ///< side by side within the column when bookings overlap (a cut during a colour's processing)
        LaneCountRole, ///< how many lanes that group of overlapping bookings needs
    };
    Q_ENUM(Role)

    explicit BookingCalendarModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool weekMode() const { return m_weekMode; }
    void setWeekMode(bool week);
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] bool isToday() const;
    [[nodiscard]] QString date() const { return m_date.toString(Qt::ISODate); }
    [[nodiscard]] QVariantList columns() const { return m_columns; }
    [[nodiscard]] int dayStartMin() const { return m_dayStartMin; }
    [[nodiscard]] int dayEndMin() const { return m_dayEndMin; }
    [[nodiscard]] int nowMin() const;
    [[nodiscard]] QVariantList services() const { return m_services; }
    [[nodiscard]] int needingReassignment() const { return m_needingReassignment; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    Q_INVOKABLE void goToday();
    /// Shows `date` ("yyyy-MM-dd") in day mode: where a booking just made on another day is.
    Q_INVOKABLE void showDay(const QString &date);
    /// Shows the day of a week column in day mode.
    Q_INVOKABLE void openDay(int column);

    /// Whether a tap at `minute` in `column` may open a booking; if not (a shaded time) says why in error.
    Q_INVOKABLE bool canBookAt(int column, int minute);
    /// A drop: the booking to `column` at `startMin` (rounded to 5 minutes). False (and error) if refused.
    Q_INVOKABLE bool move(const QString &bookingId, int column, int startMin);
    /// A drag of the bottom edge: the booking's new length in minutes.
    Q_INVOKABLE bool resize(const QString &bookingId, int spanMin);
    /// Walk-in quick add: now (rounded up to 5 minutes), the first free staff member who does the service.
    Q_INVOKABLE bool walkIn(const QString &serviceId, const QString &phone, const QString &name);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void storeChanged();
    void refreshed();
    void errorChanged();

private:
    [[nodiscard]] QDate columnDay(int column) const;
    [[nodiscard]] QString columnStaff(int column) const;
    [[nodiscard]] QDate today() const;
    bool fail(const QString &message);
    bool done();
    bool create(madang::BookingRequest request, const QString &phone, const QString &name);

    QPointer<AppStore> m_store;
    bool m_weekMode = false;
    QDate m_date;
    QVariantList m_columns;
    QList<madang::Booking> m_bookings;
    QList<int> m_bookingColumns;
    QList<std::pair<int, int>> m_lanes; // lane, lane count per booking
    void layOutLanes();
    QSet<QString> m_sharing; // customers with a shared profile
    QVariantList m_services;
    int m_dayStartMin = 9 * 60;
    int m_dayEndMin = 20 * 60;
    int m_needingReassignment = 0;
};
