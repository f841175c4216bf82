#include "bookings/booking.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Booking)
};

constexpr std::array<std::pair<BookingStatus, const char *>, 9> kStatusNames{{
    {BookingStatus::Requested, "requested"},
    {BookingStatus::Confirmed, "confirmed"},
    {BookingStatus::CheckedIn, "checked_in"},
    {BookingStatus::InService, "in_service"},
    {BookingStatus::Completed, "completed"},
    {BookingStatus::NoShow, "no_show"},
    {BookingStatus::Cancelled, "cancelled"},
    {BookingStatus::PendingSync, "pending_sync"},
    {BookingStatus::Conflict, "conflict"},
}};

constexpr std::array<std::pair<BookingSource, const char *>, 4> kSourceNames{{
    {BookingSource::Counter, "counter"},
    {BookingSource::WalkIn, "walk_in"},
    {BookingSource::Phone, "phone"},
    {BookingSource::Platform, "platform"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[e, text] : names) {
        if (name == QLatin1String(text)) {
            return e;
        }
    }
    return std::nullopt;
}
} // namespace

QString bookingStatusName(BookingStatus status)
{
    return nameOf(kStatusNames, status);
}

std::optional<BookingStatus> bookingStatusFromName(const QString &name)
{
    return fromName(kStatusNames, name);
}

QString bookingStatusLabel(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return Text::tr("Requested");
    case BookingStatus::Confirmed:
        return Text::tr("Confirmed");
    case BookingStatus::CheckedIn:
        return Text::tr("Checked in");
    case BookingStatus::InService:
        return Text::tr("In service");
    case BookingStatus::Completed:
        return Text::tr("Completed");
    case BookingStatus::NoShow:
        return Text::tr("No-show");
    case BookingStatus::Cancelled:
        return Text::tr("Cancelled");
    case BookingStatus::PendingSync:
        return Text::tr("Waiting to sync");
    case BookingStatus::Conflict:
        return Text::tr("Conflict");
    }
    return {};
}

QString bookingSourceName(BookingSource source)
{
    return nameOf(kSourceNames, source);
}

std::optional<BookingSource> bookingSourceFromName(const QString &name)
{
    return fromName(kSourceNames, name);
}

bool bookingTransitionAllowed(BookingStatus from, BookingStatus to)
{
    using S = BookingStatus;
    switch (from) {
    case S::Requested:
        return to == S::Confirmed || to == S::Cancelled;
    case S::Confirmed:
    case S::PendingSync:
        return to == S::CheckedIn || to == S::Cancelled || to == S::NoShow ||
               (from == S::PendingSync && (to == S::Confirmed || to == S::Conflict));
    case S::Conflict:
        return to == S::Confirmed || to == S::Cancelled;
    case S::CheckedIn:
        return to == S::InService || to == S::Completed || to == S::Cancelled;
    case S::InService:
        return to == S::Completed;
    case S::Completed:
    case S::NoShow:
    case S::Cancelled:
        return false;
    }
    return false;
}

bool bookingMovable(BookingStatus status)
{
    return status == BookingStatus::Requested || status == BookingStatus::Confirmed ||
           status == BookingStatus::PendingSync || status == BookingStatus::Conflict;
}

bool bookingHoldsTime(BookingStatus status)
{
    return status != BookingStatus::Cancelled && status != BookingStatus::NoShow;
}

Arrival arrivalOf(const Booking &booking, const QDateTime &now, int graceMin)
{
    const bool expected = booking.status == BookingStatus::Requested || booking.status == BookingStatus::Confirmed ||
                          booking.status == BookingStatus::PendingSync || booking.status == BookingStatus::Conflict;
    if (!expected || booking.day != now.date()) {
        return Arrival::None;
    }
    const int nowMin = now.time().hour() * 60 + now.time().minute();
    if (nowMin < booking.startMin) {
        return Arrival::Upcoming;
    }
    return nowMin - booking.startMin <= graceMin ? Arrival::Late : Arrival::NoShow;
}

QString bookingDayText(QDate day)
{
    if (!day.isValid()) {
        return QStringLiteral("(no date)");
    }
    return QStringLiteral("%1-%2-%3")
        .arg(day.year(), 4, 10, QLatin1Char('0'))
        .arg(day.month(), 2, 10, QLatin1Char('0'))
        .arg(day.day(), 2, 10, QLatin1Char('0'));
}

} // namespace madang
