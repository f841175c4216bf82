#pragma once

#include <QDateTime>

namespace madang {

/// The only source of "now" in the domain. Tests inject a fake.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// Milliseconds since the epoch; overridden where it can skip time-zone work (ids take one each).
    [[nodiscard]] virtual qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

/// Wall-clock time of the machine, with its local offset.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace madang
