#include "sales/salessummary.h"

#include "base/timetext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SalesSummary)
};
} // namespace

Result<SalesSummary> SalesSummary::between(const Database &db, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return makeError(ErrorCode::InvalidInput, Text::tr("That is not a period of time."));
    }
    // orders_time (julianday(finalized_at)) finds the period's rows without reading the others.
    auto q = Database::run(
        db.connection(),
        QStringLiteral("SELECT count(CASE WHEN kind = 'sale' THEN 1 END), count(CASE WHEN kind <> 'sale' THEN 1 END), "
                       "coalesce(sum(total_minor), 0), coalesce(sum(tip_minor), 0) FROM orders "
                       "WHERE julianday(finalized_at) >= julianday(?) AND julianday(finalized_at) < julianday(?)"),
        {timetext::wire(from), timetext::wire(to)}, Text::tr("Adding up the sales"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::Storage, Text::tr("Adding up the sales"));
    }
    const QSqlQuery &r = q.value();
    return SalesSummary{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                        r.value(3).toLongLong()};
}

} // namespace madang
