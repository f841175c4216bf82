#include "shell/session.h"

#include "base/clock.h"
#include "base/particles.h"
#include "merchant/merchantrepository.h"
#include "staffauth.h"

#include <QCoreApplication>
#include <QEvent>

using namespace madang;

Session::Session(StaffAuth &auth, MerchantRepository &settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_auth(auth), m_settings(settings), m_clock(clock)
{
    bool ok = false;
    const int saved = m_settings.setting(kIdleKey).toInt(&ok);
    m_idleMinutes = ok && saved > 0 ? saved : 5;
    constexpr int kCheckEveryMs = 5000;
    m_tick.setInterval(kCheckEveryMs);
    connect(&m_tick, &QTimer::timeout, this, &Session::checkIdle);
    // Any touch, click or key press anywhere keeps the session alive.
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

Session::~Session()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

bool Session::isManager() const
{
    return signedIn() && isManagerRole(m_role);
}

void Session::setIdleMinutes(int minutes)
{
    if (minutes < 1 || minutes > 240 || minutes == m_idleMinutes) {
        return;
    }
    if (auto saved = m_settings.setSetting(kIdleKey, QString::number(minutes)); !saved) {
        setError(saved.error().message);
        return;
    }
    m_idleMinutes = minutes;
    Q_EMIT idleMinutesChanged();
}

bool Session::signIn(const QString &staffId, const QString &pin)
{
    auto member = m_auth.signIn(staffId, pin);
    Q_EMIT attempted();
    if (!member) {
        setError(member.error().message);
        return false;
    }
    if (signedIn() && m_staffId != staffId) {
        // Quick switch: the previous person is signed out first, so the trail shows both.
        (void)m_auth.signOut(m_staffId, QStringLiteral("switch"));
    }
    m_staffId = member->id;
    m_staffName = member->name;
    m_role = member->role;
    setError({});
    m_lastActivity = m_clock.now();
    m_tick.start();
    Q_EMIT changed();
    return true;
}

void Session::signOut()
{
    endSession(QStringLiteral("manual"));
}

void Session::clearError()
{
    setError({});
}

void Session::endSession(const QString &reason)
{
    if (!signedIn()) {
        return;
    }
    if (auto done = m_auth.signOut(m_staffId, reason); !done) {
        setError(done.error().message);
    }
    m_staffId.clear();
    m_staffName.clear();
    m_role.clear();
    m_tick.stop();
    Q_EMIT changed();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
        if (signedIn()) {
            m_lastActivity = m_clock.now();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::checkIdle()
{
    if (signedIn() && m_clock.now() >= m_lastActivity.addSecs(qint64{m_idleMinutes} * 60)) {
        endSession(QStringLiteral("idle"));
    }
}

void Session::setError(const QString &error)
{
    if (const QString shown = particles::resolve(error); m_error != shown) {
        m_error = shown;
        Q_EMIT errorChanged();
    }
}
