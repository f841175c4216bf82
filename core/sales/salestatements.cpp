#include "sales/salestatements.h"

#include "base/uuid7.h"
#include "sales/order.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaleService) // the messages SaleService has always given
};

/// How order_lines.modifiers has always been written: compact JSON.
QString modifiersText(const QJsonArray &modifiers)
{
    return modifiers.isEmpty() ? QStringLiteral("[]")
                               : QString::fromUtf8(QJsonDocument(modifiers).toJson(QJsonDocument::Compact));
}
} // namespace

SaleStatements::SaleStatements(const QSqlDatabase &db)
    : journal(sqliteHandle(db)), outbox(sqliteHandle(db)), m_connection(db.connectionName()),
      m_handle(sqliteHandle(db)),
      // An UPDATE, and an INSERT only for a terminal's first receipt: an upsert tries the insert every time. No
      // RETURNING: SQLite keeps a statement's returned rows in a temporary table that it builds on every run.
      m_receipt(m_handle, "UPDATE receipt_counters SET last = last + 1 WHERE terminal = ?"),
      m_receiptLast(m_handle, "SELECT last FROM receipt_counters WHERE terminal = ?"),
      m_firstReceipt(m_handle, "INSERT INTO receipt_counters (terminal, last) VALUES (?, 1)"),
      m_order(m_handle, "INSERT INTO orders (id, kind, receipt, terminal, corrects_id, staff_id, staff_name, "
                        "approver_id, reason, table_name, finalized_at, currency, subtotal_minor, discount_minor, "
                        "tip_minor, vat_minor, total_minor, journal_seq, customer_id, source_seq, source_hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_line(m_handle, "INSERT INTO order_lines (order_id, line_no, item_id, sku, name, qty, unit_minor, "
                       "modifiers_minor, discount_minor, total_minor, vat_bp, vat_minor, modifiers, note, staff_id, "
                       "corrects_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_payment(m_handle, "INSERT INTO payments (id, order_id, method, amount_minor, tendered_minor, change_minor, "
                          "reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
{}

bool SaleStatements::isFor(const QSqlDatabase &db) const
{
    return m_handle != nullptr && db.connectionName() == m_connection && sqliteHandle(db) == m_handle;
}

Status SaleStatements::ready() const
{
    for (const SqliteStatement *s : {&m_receipt, &m_receiptLast, &m_firstReceipt, &m_order, &m_line, &m_payment,
                                     &journal.last, &journal.insert, &outbox.insert}) {
        if (!s->valid()) {
            return Database::storageError(s->error(), Text::tr("Preparing to save the sale"));
        }
    }
    return Done{};
}

Result<qint64> SaleStatements::nextReceiptNumber(const QString &terminal)
{
    m_receipt.bind(1, terminal);
    if (m_receipt.run() != SQLITE_DONE) {
        return Database::storageError(m_receipt.execError(), Text::tr("Numbering the receipt"));
    }
    SqliteStatement &numbering = sqlite3_changes(m_handle) > 0 ? m_receiptLast : m_firstReceipt;
    numbering.bind(1, terminal);
    qint64 number = 1;
    const int rc = numbering.run(&number);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        return Database::storageError(numbering.execError(), Text::tr("Numbering the receipt"));
    }
    if (&numbering == &m_receiptLast && rc != SQLITE_ROW) {
        return makeError(ErrorCode::Storage, Text::tr("Numbering the receipt: no number came back."));
    }
    return number;
}

Status SaleStatements::writeOrder(const Order &o, Uuid7Generator &ids)
{
    SqliteStatement &q = m_order;
    q.bind(1, o.id);
    q.bind(2, o.kind);
    q.bind(3, o.receipt);
    q.bind(4, o.terminal);
    q.bindNullIfEmpty(5, o.correctsId);
    q.bindNullIfEmpty(6, o.staffId);
    q.bindNullIfEmpty(7, o.staffName);
    q.bindNullIfEmpty(8, o.approverId);
    q.bindNullIfEmpty(9, o.reason);
    q.bindNullIfEmpty(10, o.tableName);
    q.bind(11, o.finalizedAt);
    q.bind(12, o.currency);
    q.bind(13, o.subtotalMinor);
    q.bind(14, o.discountMinor);
    q.bind(15, o.tipMinor);
    q.bind(16, o.vatMinor);
    q.bind(17, o.totalMinor);
    if (o.journalSeq > 0) {
        q.bind(18, o.journalSeq);
        q.bindNull(20);
        q.bindNull(21);
    } else { // pulled from another terminal: its entry is in that terminal's journal
        q.bindNull(18);
        q.bind(20, o.sourceSeq);
        q.bind(21, o.sourceHash);
    }
    q.bindNullIfEmpty(19, o.customerId);
    if (q.run() != SQLITE_DONE) {
        return Database::storageError(q.execError(), Text::tr("Saving the order"));
    }
    for (const OrderLine &l : o.lines) {
        const QString modifiers = modifiersText(l.modifiers);
        SqliteStatement &line = m_line;
        line.bind(1, o.id);
        line.bind(2, qint64{l.lineNo});
        line.bindNullIfEmpty(3, l.itemId);
        line.bind(4, l.sku);
        line.bind(5, l.name);
        line.bind(6, l.qty);
        line.bind(7, l.unitMinor);
        line.bind(8, l.modifiersMinor);
        line.bind(9, l.discountMinor);
        line.bind(10, l.totalMinor);
        line.bind(11, qint64{l.vatBp});
        line.bind(12, l.vatMinor);
        line.bind(13, modifiers);
        line.bindNullIfEmpty(14, l.note);
        line.bindNullIfEmpty(15, l.staffId);
        if (l.correctsLine > 0) {
            line.bind(16, qint64{l.correctsLine});
        } else {
            line.bindNull(16);
        }
        if (line.run() != SQLITE_DONE) {
            return Database::storageError(line.execError(), Text::tr("Saving the order lines"));
        }
    }
    for (const AppliedPayment &p : o.payments) {
        const QString id = ids.nextString();
        SqliteStatement &payment = m_payment;
        payment.bind(1, id);
        payment.bind(2, o.id);
        payment.bind(3, p.method);
        payment.bind(4, p.amountMinor);
        payment.bind(5, p.tenderedMinor);
        payment.bind(6, p.changeMinor);
        payment.bindNullIfEmpty(7, p.reference);
        payment.bind(8, o.finalizedAt);
        if (payment.run() != SQLITE_DONE) {
            return Database::storageError(payment.execError(), Text::tr("Saving the payments"));
        }
    }
    return Done{};
}

} // namespace madang
