#include "reservations/reservationhoursmodel.h"

#include "common/clocktext.h"
#include "reservations/reservationservice.h"
#include "workflows/store.h"

using namespace madang;

void ReservationHoursModel::setStore(AppStore *store)
{
    if (m_store != store) {
        m_store = store;
        Q_EMIT storeChanged();
        load();
    }
}

QVariantList ReservationHoursModel::days() const
{
    QVariantList out;
    for (bool open : m_days) {
        out << open;
    }
    return out;
}

void ReservationHoursModel::load()
{
    m_days = QList<bool>(7, false);
    m_lunchStart.clear();
    m_lunchEnd.clear();
    m_dinnerStart.clear();
    m_dinnerEnd.clear();
    // 2026-12-07 is a Monday: its week gives every weekday.
    const QDate monday(2026, 12, 7);
    for (int weekday = 1; m_store && weekday <= 7; ++weekday) {
        auto hours = m_store->store().reservations().hoursOn(monday.addDays(weekday - 1));
        if (!hours || hours->isEmpty()) {
            continue;
        }
        m_days[weekday - 1] = true;
        if (m_lunchStart.isEmpty() && m_dinnerStart.isEmpty()) { // the first open day stands for all
            const Interval first = hours->first();
            const Interval last = hours->last();
            // One sitting that ends by 16:00 is a lunch; otherwise the last sitting is dinner.
            const bool lunchOnly = hours->size() == 1 && last.endMin <= 16 * 60;
            if (hours->size() > 1 || lunchOnly) {
                m_lunchStart = textFromMinutes(first.startMin);
                m_lunchEnd = textFromMinutes(first.endMin);
            }
            if (!lunchOnly) {
                m_dinnerStart = textFromMinutes(last.startMin);
                m_dinnerEnd = textFromMinutes(last.endMin);
            }
        }
    }
    Q_EMIT changed();
}

void ReservationHoursModel::toggleDay(int weekday)
{
    if (weekday >= 1 && weekday <= 7) {
        m_days[weekday - 1] = !m_days[weekday - 1];
        Q_EMIT changed();
    }
}

bool ReservationHoursModel::save()
{
    if (!m_store) {
        return failNoDatabase();
    }
    QList<Interval> sittings;
    for (const auto &[from, to] : {std::pair{m_lunchStart, m_lunchEnd}, std::pair{m_dinnerStart, m_dinnerEnd}}) {
        if (from.trimmed().isEmpty() && to.trimmed().isEmpty()) {
            continue;
        }
        const int start = minutesFromText(from);
        const int end = minutesFromText(to);
        if (start < 0 || end < 0) {
            return fail(tr("Enter each sitting as HH:MM to HH:MM, for example 17:00 to 22:00."));
        }
        if (end <= start) {
            return fail(tr("A sitting must end after it starts."));
        }
        if (!sittings.isEmpty() && start < sittings.last().endMin) {
            return fail(tr("Lunch must end before dinner starts."));
        }
        sittings << Interval{start, end};
    }
    if (m_days.contains(true) && sittings.isEmpty()) {
        return fail(tr("Give the open days a lunch or a dinner sitting."));
    }
    QHash<int, QList<Interval>> week;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (m_days.at(weekday - 1)) {
            week.insert(weekday, sittings);
        }
    }
    if (auto saved = m_store->store().reservations().setWeek(week); !saved) {
        return fail(saved.error().message);
    }
    setError({});
    load();
    return true;
}
