#pragma once

#include "bookings/availability.h"
#include "bookings/crewavailability.h"

#include <QCoreApplication>
#include <QVariantList>

/// The calendar's shaded times: what core says cannot be booked at all in a column (closedSpans), as QML
/// reads it, and what a tap on one of them says instead of opening a booking.
class CalendarShading
{
    Q_DECLARE_TR_FUNCTIONS(BookingCalendarModel)

public:
    /// [{startMin, endMin, reason: "hours"|"break"|"dayOff", label}] ("Break", "Day off"; none for hours).
    [[nodiscard]] static QVariantList toVariant(const QList<madang::ClosedSpan> &spans);
    /// The closed spans of a staff member or a crew on `day`, or of a week's day (when anyone in `staff`, a
    /// bookable member not in a crew, or any of `crews` works). Invalid hours leave the column unshaded.
    [[nodiscard]] static QList<madang::ClosedSpan> forStaff(const madang::BookableStaff &member, QDate day);
    [[nodiscard]] static QList<madang::ClosedSpan> forCrew(const madang::Resources &resources, const madang::Crew &crew,
                                                           QDate day);
    [[nodiscard]] static QList<madang::ClosedSpan> forAnyone(const madang::Resources &resources,
                                                             const QList<madang::BookableStaff> &staff,
                                                             const QList<madang::Crew> &crews, QDate day);
    /// Why `name` cannot be booked at `minute` when it falls in one of `closed` (QML's list), else empty.
    [[nodiscard]] static QString refusalAt(const QVariantList &closed, const QString &name, int minute);
};
