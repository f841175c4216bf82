#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace madang {
class Clock;
class StaffAuth;
class MerchantRepository;
} // namespace madang

/// Who is at the counter. One per app, owned by AppStore; every screen reads it from there.
/// Signs out by itself after idleMinutes without a touch or a key press.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session belongs to AppStore")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(bool isManager READ isManager NOTIFY changed)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static inline const QString kIdleKey = QStringLiteral("session.idle_minutes");

    /// Idle time is measured on the injected clock, checked every few seconds.
    Session(madang::StaffAuth &auth, madang::MerchantRepository &settings, const madang::Clock &clock,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] bool signedIn() const { return !m_staffId.isEmpty(); }
    [[nodiscard]] QString staffId() const { return m_staffId; }
    [[nodiscard]] QString staffName() const { return m_staffName; }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] bool isManager() const;
    [[nodiscard]] int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes);
    [[nodiscard]] QString error() const { return m_error; }

    /// Checks the PIN; on failure error says why (wrong PIN and tries left, wait, locked).
    Q_INVOKABLE bool signIn(const QString &staffId, const QString &pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    /// Signs out if nobody touched the terminal for idleMinutes (runs on a timer; tests call it directly).
    Q_INVOKABLE void checkIdle();

Q_SIGNALS:
    void changed();
    void idleMinutesChanged();
    void errorChanged();
    /// After any sign-in attempt, so that lists of staff can show new lockout states.
    void attempted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void endSession(const QString &reason);
    void setError(const QString &error);

    madang::StaffAuth &m_auth;
    madang::MerchantRepository &m_settings;
    QString m_staffId;
    QString m_staffName;
    QString m_role;
    int m_idleMinutes = 5;
    QString m_error;
    const madang::Clock &m_clock;
    QDateTime m_lastActivity;
    QTimer m_tick;
};
