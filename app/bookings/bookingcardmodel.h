#pragma once

#include "bookings/booking.h"
#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The booking card (and check-in): one booking, its customer's consent-scoped shared profile and visit
/// history, and the lifecycle buttons that fit its status.
class BookingCardModel : public QObject, public ViewModelStatus<BookingCardModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString bookingId READ bookingId WRITE setBookingId NOTIFY loaded)
    Q_PROPERTY(bool valid READ valid NOTIFY loaded)
    Q_PROPERTY(QString customerName READ customerName NOTIFY loaded)
    Q_PROPERTY(QString phone READ phone NOTIFY loaded)
    Q_PROPERTY(QString service READ service NOTIFY loaded)
    Q_PROPERTY(QString staffName READ staffName NOTIFY loaded)
    Q_PROPERTY(QString timeText READ timeText NOTIFY loaded)
    Q_PROPERTY(QString status READ status NOTIFY loaded)
    Q_PROPERTY(QString statusText READ statusText NOTIFY loaded)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY loaded)
    Q_PROPERTY(QString priceText READ priceText NOTIFY loaded)
    Q_PROPERTY(QString depositText READ depositText NOTIFY loaded)
    Q_PROPERTY(QString notes READ notes NOTIFY loaded)
    Q_PROPERTY(QString address READ address NOTIFY loaded)
    Q_PROPERTY(QString accessNotes READ accessNotes NOTIFY loaded)
    /// [{label, value, scope, consentedAt, link}] as shared today; revoked fields are gone.
    Q_PROPERTY(QVariantList sharedProfile READ sharedProfile NOTIFY loaded)
    /// [{when, service, staff, status}] earlier visits, latest first.
    Q_PROPERTY(QVariantList visits READ visits NOTIFY loaded)
    Q_PROPERTY(bool canCheckIn READ canCheckIn NOTIFY loaded)
    Q_PROPERTY(bool canStart READ canStart NOTIFY loaded)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY loaded)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY loaded)
    Q_PROPERTY(bool canNoShow READ canNoShow NOTIFY loaded)
    /// Part of a repeating series: "this and all following" actions apply.
    Q_PROPERTY(bool inSeries READ inSeries NOTIFY loaded)
    Q_PROPERTY(QString seriesText READ seriesText NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit BookingCardModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString bookingId() const { return m_bookingId; }
    void setBookingId(const QString &id);
    [[nodiscard]] bool valid() const { return m_booking.has_value(); }
    [[nodiscard]] QString customerName() const;
    [[nodiscard]] QString phone() const;
    [[nodiscard]] QString service() const { return valid() ? m_booking->serviceName : QString(); }
    /// Who does it: the staff member, or a crew's name with its members.
    [[nodiscard]] QString staffName() const { return valid() ? m_doneBy : QString(); }
    [[nodiscard]] QString timeText() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] QString priceText() const;
    [[nodiscard]] QString depositText() const;
    [[nodiscard]] QString notes() const { return valid() ? m_booking->notes : QString(); }
    [[nodiscard]] QString address() const { return valid() ? m_booking->address : QString(); }
    [[nodiscard]] QString accessNotes() const { return valid() ? m_booking->accessNotes : QString(); }
    [[nodiscard]] QVariantList sharedProfile() const { return m_profile; }
    [[nodiscard]] QVariantList visits() const { return m_visits; }
    [[nodiscard]] bool canCheckIn() const;
    [[nodiscard]] bool canStart() const;
    [[nodiscard]] bool canComplete() const;
    [[nodiscard]] bool canCancel() const;
    [[nodiscard]] bool canNoShow() const;
    [[nodiscard]] bool inSeries() const { return valid() && !m_booking->seriesId.isEmpty(); }
    [[nodiscard]] QString seriesText() const { return m_seriesText; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool checkIn();
    Q_INVOKABLE bool start();
    Q_INVOKABLE bool cancel(const QString &reason);
    /// fee in major units as typed ("10000"); empty: no fee.
    Q_INVOKABLE bool noShow(const QString &fee);
    /// This visit's time and staff member for every later visit of its series.
    Q_INVOKABLE bool applyToFollowing();
    Q_INVOKABLE bool cancelFollowing(const QString &reason);

Q_SIGNALS:
    void storeChanged();
    void loaded();
    void errorChanged();

private:
    bool apply(const madang::Result<madang::Booking> &result);
    [[nodiscard]] QString money(qint64 minor) const;
    [[nodiscard]] QString actor() const;

    QPointer<AppStore> m_store;
    QString m_bookingId;
    std::optional<madang::Booking> m_booking;
    QString m_doneBy;
    QVariantList m_profile;
    QVariantList m_visits;
    QString m_seriesText;
};
