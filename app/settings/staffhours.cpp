// StaffEditorModel: the bookable week of a staff member, as a shop sets it at the counter: the days worked,
// one start and end for them, and an optional break (lunch).
#include "common/clocktext.h"
#include "settings/staffeditormodel.h"
#include "workflows/store.h"

using namespace madang;

QVariantList StaffEditorModel::workDays() const
{
    QVariantList days;
    for (bool worked : m_workDays) {
        days << worked;
    }
    return days;
}

void StaffEditorModel::toggleDay(int weekday)
{
    if (weekday >= 1 && weekday <= 7) {
        m_workDays[weekday - 1] = !m_workDays[weekday - 1];
        Q_EMIT hoursChanged();
    }
}

void StaffEditorModel::clearHours()
{
    m_workDays = QList<bool>(7, false);
    m_hoursStart.clear();
    m_hoursEnd.clear();
    m_breakStart.clear();
    m_breakEnd.clear();
}

void StaffEditorModel::loadHours(const QString &staffId)
{
    clearHours();
    auto week = m_store ? m_store->store().resources().weeklyHours(staffId) : Result<WeeklyHours>(WeeklyHours{});
    for (int weekday = 1; week && weekday <= 7; ++weekday) {
        const QList<Interval> day = week->value(weekday);
        if (day.isEmpty()) {
            continue;
        }
        m_workDays[weekday - 1] = true;
        if (m_hoursStart.isEmpty()) { // the first day worked stands for all: one start, one end, one break
            m_hoursStart = textFromMinutes(day.first().startMin);
            m_hoursEnd = textFromMinutes(day.last().endMin);
            m_breakStart = day.size() > 1 ? textFromMinutes(day.first().endMin) : QString();
            m_breakEnd = day.size() > 1 ? textFromMinutes(day.at(1).startMin) : QString();
        }
    }
    Q_EMIT hoursChanged();
}

Result<WeeklyHours> StaffEditorModel::enteredHours() const
{
    WeeklyHours week;
    if (!m_workDays.contains(true)) {
        return week; // not bookable: no working days
    }
    const int start = minutesFromText(m_hoursStart);
    const int end = minutesFromText(m_hoursEnd);
    if (start < 0 || end < 0) {
        return makeError(ErrorCode::InvalidInput, tr("Enter working hours as HH:MM, for example 10:00 and 20:00."));
    }
    if (end <= start) {
        return makeError(ErrorCode::InvalidInput, tr("Working hours must end after they start."));
    }
    QList<Interval> day{{start, end}};
    if (!m_breakStart.trimmed().isEmpty() || !m_breakEnd.trimmed().isEmpty()) {
        const int from = minutesFromText(m_breakStart);
        const int to = minutesFromText(m_breakEnd);
        if (from < 0 || to < 0 || to <= from) {
            return makeError(ErrorCode::InvalidInput, tr("Enter the break as HH:MM to HH:MM, or leave both empty."));
        }
        if (from <= start || to >= end) {
            return makeError(ErrorCode::InvalidInput, tr("The break must fall inside the working hours."));
        }
        day = {{start, from}, {to, end}};
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (m_workDays.at(weekday - 1)) {
            week.insert(weekday, day);
        }
    }
    return week;
}
