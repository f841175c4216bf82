#pragma once

#include "base/clock.h"

#include <QDateTime>
#include <algorithm>

/// A clock that the benchmark moves forward itself, in local time: seed-orders sets it to each sale's
/// instant, so that orders, journal entries, outbox ops and ids carry dates spread over past days.
class SteppedClock final : public madang::Clock
{
public:
    explicit SteppedClock(qint64 startMs) : m_ms(startMs) {}

    [[nodiscard]] QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms); }
    [[nodiscard]] qint64 nowMs() const override { return m_ms; }

    /// Moves to ms; a time before the current one is ignored, so the clock never goes back.
    void moveTo(qint64 ms) { m_ms = std::max(m_ms, ms); }

private:
    qint64 m_ms;
};
