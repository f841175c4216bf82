#pragma once

#include "base/error.h"
#include "sales/order.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace madang {

class Database;

/// What the Orders screen searches by. Empty fields do not filter.
struct OrderFilter
{
    QString text;   ///< part of a receipt number ("000042", "T1-0000") or an amount in minor units ("12000")
    QDateTime from; ///< inclusive
    QDateTime to;   ///< exclusive
    int limit = 200;
};

/// Reads finalized orders. Writing them is SaleService's job, in one transaction with the journal.
class OrderRepository
{
public:
    explicit OrderRepository(Database &db) : m_db(db) {}

    /// The order with its lines and payments, or nothing.
    [[nodiscard]] Result<std::optional<Order>> find(const QString &id) const;
    [[nodiscard]] Result<std::optional<Order>> findByReceipt(const QString &receipt) const;
    /// Newest first, without lines and payments.
    [[nodiscard]] Result<QList<Order>> list(const OrderFilter &filter) const;
    /// Orders (refunds and voids) that correct saleId, oldest first, with their lines.
    [[nodiscard]] Result<QList<Order>> corrections(const QString &saleId) const;

private:
    Result<std::optional<Order>> findWhere(const QString &column, const QString &value) const;
    Database &m_db;
};

} // namespace madang
