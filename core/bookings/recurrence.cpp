#include "bookings/recurrence.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
};

constexpr int kDaysPerWeek = 7;

/// The `nth` (1-based) `weekday` of the month of `month`; nth 0 means the last one.
QDate nthWeekday(QDate month, int weekday, int nth)
{
    if (nth == 0) {
        QDate last(month.year(), month.month(), month.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + kDaysPerWeek) % kDaysPerWeek));
    }
    const QDate firstOfMonth(month.year(), month.month(), 1);
    const int offset = (weekday - firstOfMonth.dayOfWeek() + kDaysPerWeek) % kDaysPerWeek;
    return firstOfMonth.addDays(offset + (nth - 1) * kDaysPerWeek);
}
} // namespace

QString repeatName(Repeat repeat)
{
    switch (repeat) {
    case Repeat::Weekly:
        return QStringLiteral("weekly");
    case Repeat::EveryTwoWeeks:
        return QStringLiteral("every_2_weeks");
    case Repeat::MonthlyWeekday:
        return QStringLiteral("monthly_weekday");
    }
    return {};
}

std::optional<Repeat> repeatFromName(const QString &name)
{
    for (Repeat r : {Repeat::Weekly, Repeat::EveryTwoWeeks, Repeat::MonthlyWeekday}) {
        if (repeatName(r) == name) {
            return r;
        }
    }
    return std::nullopt;
}

Result<QList<QDate>> occurrences(const RecurrenceRule &rule)
{
    if (!rule.first.isValid()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A repeating visit needs a valid first date."));
    }
    if (rule.count < 1 || rule.count > RecurrenceRule::kMaxVisits) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A series has 1 to %1 visits, not %2.").arg(RecurrenceRule::kMaxVisits).arg(rule.count));
    }
    QList<QDate> dates;
    dates.reserve(rule.count);
    const int weekday = rule.first.dayOfWeek();
    // In the month's last seven days the rule is "the last weekday", so it never skips a short month.
    const bool last = rule.first.day() > rule.first.daysInMonth() - kDaysPerWeek;
    const int nth = last ? 0 : (rule.first.day() - 1) / kDaysPerWeek + 1;
    for (int n = 0; n < rule.count; ++n) {
        switch (rule.repeat) {
        case Repeat::Weekly:
            dates << rule.first.addDays(qint64(n) * kDaysPerWeek);
            break;
        case Repeat::EveryTwoWeeks:
            dates << rule.first.addDays(qint64(n) * 2 * kDaysPerWeek);
            break;
        case Repeat::MonthlyWeekday:
            dates << nthWeekday(rule.first.addMonths(n), weekday, nth);
            break;
        }
    }
    return dates;
}

} // namespace madang
