#include "bookings/calendarshading.h"

#include "base/timetext.h"

#include <QVariantMap>

using namespace madang;

namespace {
QString reasonName(ClosedReason reason)
{
    switch (reason) {
    case ClosedReason::Break:
        return QStringLiteral("break");
    case ClosedReason::DayOff:
        return QStringLiteral("dayOff");
    case ClosedReason::OutsideHours:
        break;
    }
    return QStringLiteral("hours");
}
} // namespace

QVariantList CalendarShading::toVariant(const QList<ClosedSpan> &spans)
{
    QVariantList list;
    for (const ClosedSpan &c : spans) {
        const QString label = c.reason == ClosedReason::Break    ? tr("Break")
                              : c.reason == ClosedReason::DayOff ? tr("Day off")
                                                                 : QString();
        list << QVariantMap{{QStringLiteral("startMin"), c.span.startMin},
                            {QStringLiteral("endMin"), c.span.endMin},
                            {QStringLiteral("reason"), reasonName(c.reason)},
                            {QStringLiteral("label"), label}};
    }
    return list;
}

QList<ClosedSpan> CalendarShading::forStaff(const BookableStaff &member, QDate day)
{
    auto spans = closedSpansOn(member, day);
    return spans ? spans.value() : QList<ClosedSpan>{};
}

QList<ClosedSpan> CalendarShading::forCrew(const Resources &resources, const Crew &crew, QDate day)
{
    auto hours = crewHoursOn(resources, crew, day);
    return hours ? closedSpans(hours.value()) : QList<ClosedSpan>{};
}

QList<ClosedSpan> CalendarShading::forAnyone(const Resources &resources, const QList<BookableStaff> &staff,
                                             const QList<Crew> &crews, QDate day)
{
    QList<Interval> anyone;
    for (const BookableStaff &member : staff) {
        auto spans = closedSpansOn(member, day);
        if (spans) {
            anyone << member.hoursOn(day);
        }
    }
    for (const Crew &crew : crews) {
        auto hours = crewHoursOn(resources, crew, day);
        if (hours) {
            anyone << hours.value();
        }
    }
    return closedSpans(anyone);
}

QString CalendarShading::refusalAt(const QVariantList &closed, const QString &name, int minute)
{
    for (const QVariant &entry : closed) {
        const QVariantMap span = entry.toMap();
        if (minute < span.value(QStringLiteral("startMin")).toInt() ||
            minute >= span.value(QStringLiteral("endMin")).toInt()) {
            continue;
        }
        const QString reason = span.value(QStringLiteral("reason")).toString();
        if (reason == QStringLiteral("dayOff")) {
            return tr("%1 is off that day: nothing can be booked.").arg(name);
        }
        if (reason == QStringLiteral("break")) {
            return tr("%1 is on a break at %2: pick another time.").arg(name, timetext::clock(minute));
        }
        return tr("%1 does not work at %2: pick a time inside the working hours.").arg(name, timetext::clock(minute));
    }
    return {};
}
