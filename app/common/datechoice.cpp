#include "common/datechoice.h"

#include "common/clocktext.h"

#include <QLocale>
#include <QVariantMap>

namespace {
QDate fromIso(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}
QString toIso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
} // namespace

QString DateChoice::date() const
{
    return toIso(m_date);
}

void DateChoice::setDate(const QString &date)
{
    const QDate day = fromIso(date);
    if (day != m_date) {
        m_date = day;
        m_month = day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
        Q_EMIT changed();
    }
}

QString DateChoice::minimum() const
{
    return toIso(m_minimum);
}

void DateChoice::setMinimum(const QString &date)
{
    if (fromIso(date) != m_minimum) {
        m_minimum = fromIso(date);
        Q_EMIT changed();
    }
}

QString DateChoice::maximum() const
{
    return toIso(m_maximum);
}

void DateChoice::setMaximum(const QString &date)
{
    if (fromIso(date) != m_maximum) {
        m_maximum = fromIso(date);
        Q_EMIT changed();
    }
}

QString DateChoice::text() const
{
    return m_date.isValid() ? dayText(m_date, true) : QString();
}

bool DateChoice::allowed(QDate day) const
{
    return day.isValid() && (!m_minimum.isValid() || day >= m_minimum) && (!m_maximum.isValid() || day <= m_maximum);
}

QDate DateChoice::dayBefore() const
{
    // From a date past the last allowed, back to that last one.
    return m_maximum.isValid() && m_date > m_maximum ? m_maximum : m_date.addDays(-1);
}

QDate DateChoice::dayAfter() const
{
    // From a date before the first allowed (a day in the past shown), on to that first one.
    return m_minimum.isValid() && m_date < m_minimum ? m_minimum : m_date.addDays(1);
}

bool DateChoice::canGoBack() const
{
    return m_date.isValid() && allowed(dayBefore());
}

bool DateChoice::canGoForward() const
{
    return m_date.isValid() && allowed(dayAfter());
}

QString DateChoice::monthText() const
{
    const QLocale locale;
    return locale.toString(m_month, locale.language() == QLocale::Korean ? QStringLiteral("yyyy년 M월")
                                                                         : QStringLiteral("MMMM yyyy"));
}

QStringList DateChoice::weekdays() const
{
    const QLocale locale;
    QStringList names;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        names << locale.dayName(day, QLocale::ShortFormat);
    }
    return names;
}

QVariantList DateChoice::cells() const
{
    QVariantList cells;
    if (!m_month.isValid()) {
        return cells;
    }
    const QDate first = m_month.addDays(1 - m_month.dayOfWeek());
    for (int i = 0; i < 42; ++i) {
        const QDate day = first.addDays(i);
        cells << QVariantMap{{QStringLiteral("date"), toIso(day)},
                             {QStringLiteral("day"), day.day()},
                             {QStringLiteral("inMonth"), day.month() == m_month.month()},
                             {QStringLiteral("enabled"), allowed(day)},
                             {QStringLiteral("selected"), day == m_date}};
    }
    return cells;
}

void DateChoice::offer(QDate day)
{
    if (allowed(day)) {
        Q_EMIT picked(toIso(day));
    }
}

void DateChoice::previousDay()
{
    offer(dayBefore());
}

void DateChoice::nextDay()
{
    offer(dayAfter());
}

void DateChoice::previousMonth()
{
    if (m_month.isValid()) {
        m_month = m_month.addMonths(-1);
        Q_EMIT changed();
    }
}

void DateChoice::nextMonth()
{
    if (m_month.isValid()) {
        m_month = m_month.addMonths(1);
        Q_EMIT changed();
    }
}

void DateChoice::showDateMonth()
{
    if (m_date.isValid() && m_month != QDate(m_date.year(), m_date.month(), 1)) {
        m_month = QDate(m_date.year(), m_date.month(), 1);
        Q_EMIT changed();
    }
}

void DateChoice::pick(const QString &date)
{
    offer(fromIso(date));
}
