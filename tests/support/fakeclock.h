#pragma once

#include "base/clock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace madang::test {

/// A clock the test drives by hand. Starts at a fixed Seoul time (+09:00) unless told otherwise.
class FakeClock final : public madang::Clock
{
public:
    FakeClock() : m_now(defaultStart()) {}
    explicit FakeClock(QDateTime start) : m_now(std::move(start)) {}

    [[nodiscard]] QDateTime now() const override { return m_now; }

    void set(const QDateTime &now) { m_now = now; }
    void setMSecsSinceEpoch(qint64 ms)
    {
        m_now = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, kSeoulOffsetSecs);
    }
    /// Moves the clock by ms (negative goes back, as a badly set clock does).
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

    static constexpr int kSeoulOffsetSecs = 9 * 3600;
    /// 2025-03-14 09:30:00.000 +09:00
    static QDateTime defaultStart()
    {
        return QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::OffsetFromUTC, kSeoulOffsetSecs);
    }

private:
    QDateTime m_now;
};

} // namespace madang::test
