#include "base/clock.h"

#include "base/timetext.h"

#include <ctime>

namespace madang {

namespace {
constexpr qint64 kZoneRefreshMs = 1000;

/// The local offset from UTC at ms, in seconds.
int localOffsetAt(qint64 ms)
{
    thread_local qint64 refreshedAtMs = -1;
    if (refreshedAtMs < 0 || ms < refreshedAtMs || ms - refreshedAtMs >= kZoneRefreshMs) {
        tzset(); // localtime_r itself keeps the settings it first read
        refreshedAtMs = ms;
    }
    const std::time_t seconds = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc();
    }
    return static_cast<int>(local.tm_gmtoff);
}
} // namespace

QString Clock::nowWire() const
{
    return timetext::wire(now());
}

QString SystemClock::nowWire() const
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return timetext::wire(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, localOffsetAt(ms)));
}

} // namespace madang
