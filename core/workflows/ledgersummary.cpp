#include "workflows/ledgersummary.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSummary)
};

QJsonObject objectOf(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}
} // namespace

QJsonObject LedgerSummary::toJson() const
{
    return {{QStringLiteral("orders"),
             QJsonObject{{QStringLiteral("count"), orderCount}, {QStringLiteral("total_minor"), orderTotalMinor}}},
            {QStringLiteral("payments"), objectOf(payments)},
            {QStringLiteral("bookings"), objectOf(bookings)},
            {QStringLiteral("conflicts"), conflicts()}};
}

Result<LedgerSummary> LedgerSummary::ofTerminal(const QSqlDatabase &db)
{
    const QString context = Text::tr("Summing up the orders, payments and bookings");
    LedgerSummary s;
    auto orders =
        Database::run(db, QStringLiteral("SELECT count(*), coalesce(sum(total_minor), 0) FROM orders"), {}, context);
    if (!orders) {
        return orders.error();
    }
    if (orders->next()) {
        s.orderCount = orders->value(0).toLongLong();
        s.orderTotalMinor = orders->value(1).toLongLong();
    }
    auto payments = Database::run(db, QStringLiteral("SELECT method, sum(amount_minor) FROM payments GROUP BY method"),
                                  {}, context);
    if (!payments) {
        return payments.error();
    }
    while (payments->next()) {
        s.payments.insert(payments->value(0).toString(), payments->value(1).toLongLong());
    }
    auto bookings =
        Database::run(db, QStringLiteral("SELECT status, count(*) FROM bookings GROUP BY status"), {}, context);
    if (!bookings) {
        return bookings.error();
    }
    while (bookings->next()) {
        s.bookings.insert(bookings->value(0).toString(), bookings->value(1).toLongLong());
    }
    return s;
}

} // namespace madang
