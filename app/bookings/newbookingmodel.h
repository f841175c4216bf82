#pragma once

#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The new-booking dialog: a service, who does it (a staff member, a crew, or anyone qualified), a date, and
/// one of the free start times that the availability engine offers for them (BookingService::availableSlots,
/// or availableCrewSlots for a cleaning job at its address), so a time that is not free is never offered.
/// Changing the service, the person, the date or the address lists the times again. The booking goes through
/// the same core call as before (Intake), so one made meanwhile elsewhere is still refused, in error.
class NewBookingModel : public QObject, public ViewModelStatus<NewBookingModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    /// The service's catalog item id ("" none chosen yet).
    Q_PROPERTY(QString serviceId READ serviceId WRITE setServiceId NOTIFY changed)
    /// A staff member's id, or a crew's when crews is true; "" for anyone qualified.
    Q_PROPERTY(QString resourceId READ resourceId WRITE setResourceId NOTIFY changed)
    /// "yyyy-MM-dd".
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY changed)
    /// A cleaning job's address: the crews' free times count the driving to it.
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    /// The chosen start, one of times' (-1: none).
    Q_PROPERTY(int startMin READ startMin WRITE setStartMin NOTIFY changed)
    /// Whether this business books crews (cleaning) instead of staff members.
    Q_PROPERTY(bool crews READ crews NOTIFY changed)
    /// The first and last day that can be booked, for the date picker.
    Q_PROPERTY(QString firstDay READ firstDay NOTIFY changed)
    Q_PROPERTY(QString lastDay READ lastDay NOTIFY changed)
    /// [{id, name}]: "" (anyone) first, then the staff who do the service (or the crews).
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    /// [{startMin, text}]: the free starts, every 15 minutes.
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    /// Why there are no times to offer (empty when there are).
    Q_PROPERTY(QString timesNote READ timesNote NOTIFY changed)
    /// The next day with a free time when the chosen one has none ("" none in the next weeks), and it in words.
    Q_PROPERTY(QString nextFreeDate READ nextFreeDate NOTIFY changed)
    Q_PROPERTY(QString nextFreeText READ nextFreeText NOTIFY changed)
    /// Why the last booking was refused (empty after one that worked, and after any change).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit NewBookingModel(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    void setServiceId(const QString &id);
    [[nodiscard]] QString resourceId() const { return m_resourceId; }
    void setResourceId(const QString &id);
    [[nodiscard]] QString date() const { return m_date.toString(Qt::ISODate); }
    void setDate(const QString &date);
    [[nodiscard]] QString address() const { return m_address; }
    void setAddress(const QString &address);
    [[nodiscard]] int startMin() const { return m_startMin; }
    void setStartMin(int minute);
    [[nodiscard]] bool crews() const { return m_crews; }
    [[nodiscard]] QString firstDay() const;
    [[nodiscard]] QString lastDay() const;
    [[nodiscard]] QVariantList people() const { return m_people; }
    [[nodiscard]] QVariantList times() const { return m_times; }
    [[nodiscard]] QString timesNote() const { return m_timesNote; }
    [[nodiscard]] QString nextFreeDate() const
    {
        return m_nextFree.isValid() ? m_nextFree.toString(Qt::ISODate) : QString();
    }
    [[nodiscard]] QString nextFreeText() const { return m_nextFreeText; }

    /// Starts afresh at a tapped slot: that date, that staff member or crew, that time once it is free.
    Q_INVOKABLE void openAt(const QString &date, int startMin, const QString &resourceId);
    /// Moves to nextFreeDate.
    Q_INVOKABLE void goToNextFree();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError() { setError({}); }
    /// Books the chosen time for the customer with this phone (empty: a walk-in without one). repeat: "" for one
    /// visit, else "weekly", "every_2_weeks" or "monthly_weekday" with `visits` visits.
    Q_INVOKABLE bool book(const QString &phone, const QString &name, const QString &repeat = {}, int visits = 1,
                          const QString &accessNotes = {});

Q_SIGNALS:
    void storeChanged();
    void changed();
    void errorChanged();

private:
    /// The free starts on `day` for the service and person chosen, by start (a crew per start for crews).
    [[nodiscard]] QList<std::pair<int, QString>> freeOn(QDate day, QString *why) const;
    [[nodiscard]] QDate today() const;

    QPointer<AppStore> m_store;
    QString m_serviceId;
    QString m_resourceId;
    QDate m_date;
    QString m_address;
    int m_startMin = -1;
    int m_wantedMin = -1; // the tapped time, chosen once it is free
    bool m_crews = false;
    QVariantList m_people;
    QVariantList m_times;
    QHash<int, QString> m_crewAt; // start -> the crew that takes it when any crew will do
    QString m_timesNote;
    QDate m_nextFree;
    QString m_nextFreeText;
};
