#pragma once
// When the next sync round runs: on a steady interval while the platform answers, and after a failure sooner at
// first, then less and less often (capped exponential backoff), each delay spread by a random share so that many
// terminals that lost the platform together do not all come back in the same second.
#include <functional>

namespace madang::sync {

class RetryPolicy
{
public:
    struct Limits
    {
        int intervalMs = 15000; ///< between rounds while all is well
        int firstRetryMs = 2000;
        int maxRetryMs = 5 * 60 * 1000;
        double jitter = 0.2; ///< each delay is spread by up to this share, either way
    };
    /// random() returns a number in [0, 1); tests pass a fixed one.
    explicit RetryPolicy(Limits limits, std::function<double()> random = {});

    /// The delay after a round that completed; the failure count starts again.
    int afterSuccess();
    /// The delay after a round that failed (no answer, a 5xx): doubles with each failure in a row, up to the cap.
    int afterFailure();
    [[nodiscard]] int failuresInARow() const { return m_failures; }

private:
    int spread(double ms) const;

    Limits m_limits;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace madang::sync
