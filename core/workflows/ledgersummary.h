#pragma once
// One summary shape on the terminal and on the platform, so that the two can be reconciled
// (docs/sync-protocol.md, "Summaries"): orders (count and total), payments by method, bookings by status, and
// the bookings in conflict. `madangctl summary` makes it from a terminal's database, `madang-platform summary`
// from a merchant's op log.
#include "base/error.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace madang {

struct LedgerSummary
{
    qint64 orderCount = 0;          ///< sales, refunds and voids
    qint64 orderTotalMinor = 0;     ///< their totals added up (refunds and voids are negative)
    QMap<QString, qint64> payments; ///< method → amount applied (negative when money went back)
    QMap<QString, qint64> bookings; ///< status name → how many bookings have it

    /// {"orders": {"count", "total_minor"}, "payments": {METHOD: total_minor}, "bookings": {STATUS: count},
    /// "conflicts": N}
    [[nodiscard]] QJsonObject toJson() const;
    /// Bookings whose status is conflict.
    [[nodiscard]] qint64 conflicts() const { return bookings.value(QStringLiteral("conflict")); }
    bool operator==(const LedgerSummary &other) const = default;

    /// Every order this terminal holds (its own and those pulled from the merchant's other terminals), their
    /// payments, and its bookings.
    static Result<LedgerSummary> ofTerminal(const QSqlDatabase &db);
};

} // namespace madang
