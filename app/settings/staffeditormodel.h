#pragma once

#include "bookings/resourcerepository.h"
#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// Settings → Staff: add or edit one person (name, role, PIN, active). The signed-in
/// owner or manager is the one who acts; others are refused by StaffAuth.
class StaffEditorModel : public QObject, public ViewModelStatus<StaffEditorModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY loaded)
    Q_PROPERTY(QString role MEMBER m_role NOTIFY loaded)
    Q_PROPERTY(bool active MEMBER m_active NOTIFY loaded)
    /// New PIN; empty keeps the current one when editing.
    Q_PROPERTY(QString pin MEMBER m_pin NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// "hours" or "pin" for an error about that input; empty for the whole form.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    /// Catalog items with a duration (services, cleaning packages): [{id, name}], for bookings later.
    Q_PROPERTY(QVariantList serviceChoices READ serviceChoices NOTIFY loaded)
    /// Ids of the services this person performs.
    Q_PROPERTY(QStringList services READ services NOTIFY servicesChanged)
    /// Bookable hours: the weekdays worked (Monday first, 7 flags), one start and end for them, and an
    /// optional break ("" for none). Times as HH:MM.
    Q_PROPERTY(QVariantList workDays READ workDays NOTIFY hoursChanged)
    Q_PROPERTY(QString hoursStart MEMBER m_hoursStart NOTIFY hoursChanged)
    Q_PROPERTY(QString hoursEnd MEMBER m_hoursEnd NOTIFY hoursChanged)
    Q_PROPERTY(QString breakStart MEMBER m_breakStart NOTIFY hoursChanged)
    Q_PROPERTY(QString breakEnd MEMBER m_breakEnd NOTIFY hoursChanged)

public:
    explicit StaffEditorModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool isNew() const { return m_staffId.isEmpty(); }

    [[nodiscard]] QVariantList serviceChoices() const;
    [[nodiscard]] QStringList services() const { return m_services; }
    Q_INVOKABLE void toggleService(const QString &itemId);
    [[nodiscard]] QVariantList workDays() const;
    /// weekday: 1 (Monday) … 7 (Sunday).
    Q_INVOKABLE void toggleDay(int weekday);

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool load(const QString &staffId);
    Q_INVOKABLE bool save();
    /// An input changed: the refusal of what it held goes.
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void storeChanged();
    void loaded();
    void errorChanged();
    void servicesChanged();
    void hoursChanged();

private:
    // staffhours.cpp
    void loadHours(const QString &staffId);
    void clearHours();
    /// The week as entered, or why it cannot be saved.
    [[nodiscard]] madang::Result<madang::WeeklyHours> enteredHours() const;

    QPointer<AppStore> m_store;
    QString m_staffId;
    QString m_name;
    QString m_role = QStringLiteral("staff");
    bool m_active = true;
    QString m_pin;
    QStringList m_services;
    QList<bool> m_workDays = QList<bool>(7, false);
    QString m_hoursStart;
    QString m_hoursEnd;
    QString m_breakStart;
    QString m_breakEnd;
};
