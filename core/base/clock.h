#pragma once

#include <QDateTime>
#include <QString>

namespace madang {

/// The only source of "now" in the domain. Tests inject a fake.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// Milliseconds since the epoch; overridden where it can skip time-zone work (ids take one each).
    [[nodiscard]] virtual qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    /// timetext::wire(now()): what every stored `*_at` column and op is stamped with. Overridden where it can
    /// skip time-zone work (a sale writes two).
    [[nodiscard]] virtual QString nowWire() const;
};

/// Wall-clock time of the machine, in its local time zone.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    /// The same text as the base's, with the local offset from the C library (localtime_r's tm_gmtoff) instead
    /// of QDateTime, which re-reads the system's time-zone settings on every call (microseconds each). The
    /// settings are re-read here too, at most once a second per thread, so a changed time zone shows within a
    /// second.
    [[nodiscard]] QString nowWire() const override;
};

} // namespace madang
