#include "engine/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace madang::sync {

RetryPolicy::RetryPolicy(Limits limits, std::function<double()> random)
    : m_limits(limits),
      m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{}

int RetryPolicy::spread(double ms) const
{
    const double share = std::clamp(m_random(), 0.0, 1.0) * 2.0 - 1.0; // -1 .. 1
    return std::max(1, static_cast<int>(std::lround(ms * (1.0 + m_limits.jitter * share))));
}

int RetryPolicy::afterSuccess()
{
    m_failures = 0;
    return spread(m_limits.intervalMs);
}

int RetryPolicy::afterFailure()
{
    ++m_failures;
    // 2^(failures - 1) times the first delay, computed in double so that a long outage cannot overflow.
    const double grown = m_limits.firstRetryMs * std::pow(2.0, std::min(m_failures - 1, 30));
    return spread(std::min<double>(grown, m_limits.maxRetryMs));
}

} // namespace madang::sync
