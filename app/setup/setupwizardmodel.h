#pragma once

#include "common/viewmodelstatus.h"
#include "shell/appstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/// First-run setup: four questions (business name, vertical, currency, owner and PIN), then setUp();
/// the owner is signed in at once.
class SetupWizardModel : public QObject, public ViewModelStatus<SetupWizardModel>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QString businessName MEMBER m_businessName NOTIFY fieldsChanged)
    Q_PROPERTY(QString vertical MEMBER m_vertical NOTIFY fieldsChanged)
    Q_PROPERTY(QString currency MEMBER m_currency NOTIFY fieldsChanged)
    Q_PROPERTY(QString ownerName MEMBER m_ownerName NOTIFY fieldsChanged)
    /// The owner's PIN (4–6 digits), typed twice.
    Q_PROPERTY(QString ownerPin MEMBER m_ownerPin NOTIFY fieldsChanged)
    Q_PROPERTY(QString ownerPinAgain MEMBER m_ownerPinAgain NOTIFY fieldsChanged)
    Q_PROPERTY(bool demo MEMBER m_demo NOTIFY fieldsChanged)
    Q_PROPERTY(QStringList currencies READ currencies CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit SetupWizardModel(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] static int stepCount() { return 4; }
    [[nodiscard]] static QStringList currencies();
    [[nodiscard]] bool busy() const { return m_busy; }

    /// Checks the current step and moves on; returns false and sets error if the answer is not usable.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    /// Writes the profile, the owner and (if demo) demo data in one transaction.
    Q_INVOKABLE bool finish();
    /// An input changed: the refusal of what it held goes.
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void storeChanged();
    void stepChanged();
    void fieldsChanged();
    void errorChanged();
    void busyChanged();
    void finished();

private:
    [[nodiscard]] QString checkStep(int step) const;

    QPointer<AppStore> m_store;
    int m_step = 0;
    QString m_businessName;
    QString m_vertical = QStringLiteral("salon");
    QString m_currency = QStringLiteral("KRW");
    QString m_ownerName;
    QString m_ownerPin;
    QString m_ownerPinAgain;
    bool m_demo = true;
    bool m_busy = false;
};
