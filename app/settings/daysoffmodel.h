#pragma once

#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// One staff member's dated days off (holidays, sick days) from today on. Adding one flags that day's open
/// bookings for someone else to take over and says how many; each change is saved at once with its outbox op.
class DaysOffModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString staffId READ staffId WRITE setStaffId NOTIFY changed)
    /// {day: "2026-12-24", label: "12월 24일 (목)", reason}
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    /// The first and last day a day off can be put on ("yyyy-MM-dd"), for the date picker.
    Q_PROPERTY(QString firstDay READ firstDay NOTIFY changed)
    Q_PROPERTY(QString lastDay READ lastDay NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /// What the last change did, e.g. how many bookings now need someone else.
    Q_PROPERTY(QString notice READ notice NOTIFY changed)

public:
    explicit DaysOffModel(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString staffId() const { return m_staffId; }
    void setStaffId(const QString &staffId);
    [[nodiscard]] QVariantList days() const { return m_days; }
    [[nodiscard]] QString firstDay() const;
    [[nodiscard]] QString lastDay() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString notice() const { return m_notice; }

    /// date as YYYY-MM-DD (dots or slashes also do); today or later.
    Q_INVOKABLE bool add(const QString &date, const QString &reason);
    Q_INVOKABLE bool remove(const QString &day);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void storeChanged();
    void changed();

private:
    bool finish(const QString &error, const QString &notice = {});

    QPointer<AppStore> m_store;
    QString m_staffId;
    QVariantList m_days;
    QString m_error;
    QString m_notice;
};
