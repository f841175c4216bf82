#include "settings/daysoffmodel.h"

#include "base/clock.h"
#include "base/particles.h"
#include "bookings/resourcerepository.h"
#include "common/clocktext.h"
#include "workflows/store.h"

#include <QRegularExpression>

using namespace madang;

void DaysOffModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        refresh();
    }
}

void DaysOffModel::setStaffId(const QString &staffId)
{
    if (m_staffId != staffId) {
        m_staffId = staffId;
        m_error.clear();
        m_notice.clear();
        refresh();
    }
}

QString DaysOffModel::firstDay() const
{
    return m_store ? m_store->store().clock().now().date().toString(Qt::ISODate) : QString();
}

QString DaysOffModel::lastDay() const
{
    return m_store ? m_store->store().clock().now().date().addYears(kCalendarHorizonYears).toString(Qt::ISODate)
                   : QString();
}

void DaysOffModel::refresh()
{
    m_days.clear();
    if (m_store && !m_staffId.isEmpty()) {
        auto days = m_store->store().resources().daysOff(m_staffId, m_store->store().clock().now().date());
        if (!days) {
            m_error = days.error().message;
        }
        for (const DayOff &d : days ? days.value() : QList<DayOff>{}) {
            m_days << QVariantMap{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                  {QStringLiteral("label"), dayText(d.day, true)},
                                  {QStringLiteral("reason"), d.reason}};
        }
    }
    Q_EMIT changed();
}

bool DaysOffModel::add(const QString &date, const QString &reason)
{
    if (!m_store || m_staffId.isEmpty()) {
        return finish(tr("Choose a staff member first."));
    }
    QString text = date.trimmed();
    text.replace(QRegularExpression(QStringLiteral("[./]")), QStringLiteral("-"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        return finish(particles::resolve(tr("\"%1\" is not a date; write it as 2026-12-24.").arg(date.trimmed())));
    }
    auto added = m_store->store().resources().addDayOff(m_staffId, day, reason.trimmed());
    if (!added) {
        return finish(added.error().message);
    }
    return finish({}, added.value() > 0 ? tr("%n booking(s) on %1 now need someone else; the calendar lists them.",
                                             nullptr, added.value())
                                              .arg(day.toString(Qt::ISODate))
                                        : QString());
}

bool DaysOffModel::remove(const QString &day)
{
    if (!m_store || m_staffId.isEmpty()) {
        return finish(tr("Choose a staff member first."));
    }
    auto removed = m_store->store().resources().removeDayOff(m_staffId, QDate::fromString(day, Qt::ISODate));
    return finish(removed ? QString() : removed.error().message);
}

bool DaysOffModel::finish(const QString &error, const QString &notice)
{
    m_error = particles::resolve(error);
    m_notice = particles::resolve(notice);
    refresh();
    return error.isEmpty();
}
