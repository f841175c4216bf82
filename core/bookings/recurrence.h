#pragma once

// Recurring visits (a cleaning every other Tuesday): the dates a rule gives. Pure: no storage, no clock.

#include "base/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace madang {

enum class Repeat {
    Weekly,         ///< the same weekday every week
    EveryTwoWeeks,  ///< the same weekday every other week
    MonthlyWeekday, ///< the Nth weekday of each month, N taken from the first date (the 2nd Tuesday);
                    ///< a first date in the month's last week means "the last" (the last Friday)
};

QString repeatName(Repeat repeat);
std::optional<Repeat> repeatFromName(const QString &name); // "weekly", "every_2_weeks", "monthly_weekday"

struct RecurrenceRule
{
    Repeat repeat = Repeat::Weekly;
    QDate first;
    int count = 1; ///< visits in the series, the first included: 1..kMaxVisits

    static constexpr int kMaxVisits = 104; // two years of weekly visits
};

/// The rule's dates, the first one first. Refuses an invalid first date and a count out of range.
Result<QList<QDate>> occurrences(const RecurrenceRule &rule);

} // namespace madang
