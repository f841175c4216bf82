#pragma once

#include <QtGlobal>

namespace madang {

/// Milliseconds since the kernel started this process (from /proc), so that dynamic loading before main()
/// counts too; -1 where that is unknown. What `madang --smoke` and the bare-window floor of `madang-bench
/// startup` both report at their first frame.
[[nodiscard]] qint64 msSinceProcessStart();

} // namespace madang
