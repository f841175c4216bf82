#pragma once

#include <QtGlobal>

namespace madang {

/// The environment variable through which a parent that starts a process tells it when it did: CLOCK_MONOTONIC
/// in nanoseconds, read just before the start (`madang-bench startup` sets it).
inline constexpr char kSpawnedAtNsVariable[] = "MADANG_SPAWNED_AT_NS";

/// CLOCK_MONOTONIC in nanoseconds.
[[nodiscard]] qint64 monotonicNs();

/// Milliseconds since this process was started, so that dynamic loading before main() counts too: from the time in
/// `MADANG_SPAWNED_AT_NS` when the parent set it (to the microsecond), else from /proc (which counts in clock ticks,
/// 10 ms); -1 where neither is known. What `madang --smoke` and the bare-window floor of `madang-bench startup` both
/// report at their first frame.
[[nodiscard]] double msSinceProcessStart();

} // namespace madang
