#pragma once

#include "base/error.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "storage/sqlitestatement.h"

#include <QSqlDatabase>
#include <QString>

namespace madang {

struct Order;
class Uuid7Generator;

/// Every statement of a sale, prepared once on one connection instead of once per sale: the receipt counter,
/// the order, its lines and payments, the journal's and the outbox's. SaleService keeps one for the connection
/// it last ran on and makes a new one when the connection changes. It must be destroyed before its connection
/// is closed (SQLite refuses to close a connection with statements left).
class SaleStatements
{
public:
    explicit SaleStatements(const QSqlDatabase &db);

    /// True if these statements were prepared on db (the same connection, still open with the same handle).
    [[nodiscard]] bool isFor(const QSqlDatabase &db) const;
    /// Whether every statement could be prepared; the first that could not, as a storage error.
    [[nodiscard]] Status ready() const;

    /// The terminal's next receipt number, in the caller's transaction.
    Result<qint64> nextReceiptNumber(const QString &terminal);
    /// The order row, then its lines, then its payments (each payment gets an id from ids).
    Status writeOrder(const Order &order, Uuid7Generator &ids);

    JournalStatements journal;
    OutboxStatements outbox;

private:
    QString m_connection;
    sqlite3 *m_handle;
    SqliteStatement m_receipt;      ///< the terminal's counter, one up
    SqliteStatement m_receiptLast;  ///< the number it reached
    SqliteStatement m_firstReceipt; ///< the terminal's first counter row
    SqliteStatement m_order;
    SqliteStatement m_line;
    SqliteStatement m_payment;
};

} // namespace madang
