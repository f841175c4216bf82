#include "sales/orderrepository.h"

#include "audit/auditlog.h"
#include "base/timetext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)
};

const QString kOrderColumns = QStringLiteral(
    "SELECT id, kind, receipt, terminal, corrects_id, staff_id, staff_name, approver_id, reason, table_name, "
    "finalized_at, currency, subtotal_minor, discount_minor, tip_minor, vat_minor, total_minor, journal_seq, "
    "customer_id FROM orders ");

Order orderFromRow(const QSqlQuery &q)
{
    Order o;
    QString *text[] = {&o.id,        &o.kind,       &o.receipt, &o.terminal,  &o.correctsId,  &o.staffId,
                       &o.staffName, &o.approverId, &o.reason,  &o.tableName, &o.finalizedAt, &o.currency};
    int i = 0;
    for (QString *field : text) {
        *field = q.value(i++).toString();
    }
    for (qint64 *field : {&o.subtotalMinor, &o.discountMinor, &o.tipMinor, &o.vatMinor, &o.totalMinor, &o.journalSeq}) {
        *field = q.value(i++).toLongLong();
    }
    o.customerId = q.value(i).toString();
    return o;
}

Status readDetails(const QSqlDatabase &db, Order &o)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT line_no, item_id, sku, name, qty, unit_minor, modifiers_minor, discount_minor, "
                             "total_minor, vat_minor, vat_bp, modifiers, note, staff_id, corrects_line "
                             "FROM order_lines WHERE order_id = ? ORDER BY line_no"));
    q.addBindValue(o.id);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading order lines"));
    }
    while (q.next()) {
        OrderLine l;
        l.lineNo = q.value(0).toInt();
        l.itemId = q.value(1).toString();
        l.sku = q.value(2).toString();
        l.name = q.value(3).toString();
        l.qty = q.value(4).toLongLong();
        l.unitMinor = q.value(5).toLongLong();
        l.modifiersMinor = q.value(6).toLongLong();
        l.discountMinor = q.value(7).toLongLong();
        l.totalMinor = q.value(8).toLongLong();
        l.vatMinor = q.value(9).toLongLong();
        l.vatBp = q.value(10).toInt();
        l.modifiers = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
        l.note = q.value(12).toString();
        l.staffId = q.value(13).toString();
        l.correctsLine = q.value(14).toInt();
        o.lines << l;
    }
    q.prepare(QStringLiteral("SELECT method, amount_minor, tendered_minor, change_minor, reference FROM payments "
                             "WHERE order_id = ? ORDER BY id"));
    q.addBindValue(o.id);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading payments"));
    }
    while (q.next()) {
        o.payments << AppliedPayment{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                     q.value(3).toLongLong(), q.value(4).toString()};
    }
    return Done{};
}
} // namespace

QList<VatBucket> Order::vatBreakdown() const
{
    std::map<int, VatBucket> byRate;
    for (const OrderLine &l : lines) {
        VatBucket &b = byRate[l.vatBp];
        b.vatBp = l.vatBp;
        b.grossMinor += l.totalMinor;
        b.vatMinor += l.vatMinor;
        b.netMinor = b.grossMinor - b.vatMinor;
    }
    QList<VatBucket> out;
    for (const auto &[rate, bucket] : byRate) {
        out << bucket;
    }
    return out;
}

Result<std::optional<Order>> OrderRepository::findWhere(const QString &column, const QString &value) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(kOrderColumns + QStringLiteral("WHERE %1 = ?").arg(column));
    q.addBindValue(value);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the order"));
    }
    if (!q.next()) {
        return std::optional<Order>();
    }
    Order o = orderFromRow(q);
    if (auto details = readDetails(db, o); !details) {
        return details.error();
    }
    return std::optional<Order>(o);
}

Result<std::optional<Order>> OrderRepository::find(const QString &id) const
{
    return findWhere(QStringLiteral("id"), id);
}

Result<std::optional<Order>> OrderRepository::findByReceipt(const QString &receipt) const
{
    return findWhere(QStringLiteral("receipt"), receipt);
}

Result<QList<Order>> OrderRepository::list(const OrderFilter &filter) const
{
    QStringList where;
    QVariantList values;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        bool isNumber = false;
        const qint64 amount = QString(text).remove(QLatin1Char(',')).toLongLong(&isNumber);
        where << (isNumber ? QStringLiteral("(receipt LIKE ? ESCAPE '\\' OR abs(total_minor) = ?)")
                           : QStringLiteral("receipt LIKE ? ESCAPE '\\'"));
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        values << QStringLiteral("%%1%").arg(pattern);
        if (isNumber) {
            values << amount;
        }
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("julianday(finalized_at) >= julianday(?)");
        values << timetext::wire(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("julianday(finalized_at) < julianday(?)");
        values << timetext::wire(filter.to);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kOrderColumns +
              (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))) +
              // In time order, newest first: the orders pulled from other terminals have no seq of this journal.
              QStringLiteral(" ORDER BY julianday(finalized_at) DESC, id DESC LIMIT ?"));
    values << filter.limit;
    for (const QVariant &v : std::as_const(values)) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Searching orders"));
    }
    QList<Order> out;
    while (q.next()) {
        out << orderFromRow(q);
    }
    return out;
}

Result<QList<Order>> OrderRepository::corrections(const QString &saleId) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(kOrderColumns + QStringLiteral("WHERE corrects_id = ? ORDER BY julianday(finalized_at), id"));
    q.addBindValue(saleId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading refunds"));
    }
    QList<Order> out;
    while (q.next()) {
        out << orderFromRow(q);
    }
    for (Order &o : out) {
        if (auto details = readDetails(db, o); !details) {
            return details.error();
        }
    }
    return out;
}

} // namespace madang
