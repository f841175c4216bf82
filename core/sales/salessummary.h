#pragma once

#include "base/error.h"

#include <QDateTime>

namespace madang {

class Database;

/// What was taken between two moments, over every terminal of this database: what the Today screen shows
/// as "sales so far". Refunds and voids count against the sales they correct.
struct SalesSummary
{
    qint64 sales = 0;       ///< sales finalized
    qint64 corrections = 0; ///< refunds and voids finalized
    qint64 netMinor = 0;    ///< the sales' totals with the corrections' (negative) totals
    qint64 tipsMinor = 0;   ///< net of refunded tips

    /// Sums the orders finalized in [from, to). A sum beyond 64 bits (only possible with rows an older version
    /// wrote past the limits) is refused with an error rather than wrapped.
    [[nodiscard]] static Result<SalesSummary> between(const Database &db, const QDateTime &from, const QDateTime &to);
};

} // namespace madang
