// Orders of the merchant's other terminals, applied to this terminal's database (see replication/applier.h).

#include "sales/orderappliers.h"

#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "sales/order.h"
#include "sales/saleservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)
};

/// A field that the order's journal body carries only when it has it (a refund's reason, a sale's table).
/// Absent is empty; present, it must be text.
bool optionalText(const QJsonObject &from, QLatin1String key, QString &to)
{
    const QJsonValue v = from.value(key);
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    if (!v.isString() || v.toString().size() > PayloadReader::kMaxStringLength) {
        return false;
    }
    to = v.toString();
    return true;
}

/// An element of one of the op's arrays, as an op of its own for a PayloadReader.
OutboxOp element(const OutboxOp &op, const QJsonValue &value)
{
    OutboxOp e;
    e.op = op.op;
    e.payload = value.toObject();
    return e;
}

/// One line of the body, as the sale wrote it (SaleService's journal body).
bool readLine(const OutboxOp &op, const QJsonValue &value, OrderLine &line)
{
    const OutboxOp lineOp = element(op, value);
    PayloadReader read(lineOp);
    line.lineNo = read.number("line"_L1);
    line.sku = read.string("sku"_L1);
    line.name = read.string("name"_L1);
    line.qty = read.integer("qty"_L1);
    line.unitMinor = read.integer("unit_minor"_L1);
    line.discountMinor = read.integer("discount_minor"_L1);
    line.totalMinor = read.integer("total_minor"_L1);
    line.vatBp = read.number("vat_bp"_L1);
    line.vatMinor = read.integer("vat_minor"_L1);
    line.modifiers = read.array("modifiers"_L1);
    if (!value.isObject() || !read.ok() || line.lineNo <= 0) {
        return false;
    }
    for (const QJsonValue &m : std::as_const(line.modifiers)) {
        const QJsonValue price = m.toObject().value("price_minor"_L1);
        if (!m.isObject() || !price.isDouble()) {
            return false;
        }
        line.modifiersMinor += price.toInteger();
    }
    const QJsonValue corrects = lineOp.payload.value("corrects_line"_L1);
    if (!corrects.isUndefined()) {
        if (!corrects.isDouble() || corrects.toInteger() <= 0) {
            return false;
        }
        line.correctsLine = static_cast<int>(corrects.toInteger());
    }
    return true;
}

bool readPayment(const OutboxOp &op, const QJsonValue &value, AppliedPayment &payment)
{
    const OutboxOp paymentOp = element(op, value);
    PayloadReader read(paymentOp);
    payment.method = read.string("method"_L1);
    payment.amountMinor = read.integer("amount_minor"_L1);
    payment.tenderedMinor = read.integer("tendered_minor"_L1);
    payment.changeMinor = read.integer("change_minor"_L1);
    payment.reference = read.string("reference"_L1);
    return value.isObject() && read.ok() && !payment.method.isEmpty();
}

/// The order an order.finalized payload describes: the journal body of its own terminal's entry, with the
/// entry's seq, hash, type, terminal, time, receipt, total and currency beside it (Outbox::pending()).
Result<Order> orderFrom(const OutboxOp &op)
{
    PayloadReader read(op);
    Order o;
    o.id = read.string("order_id"_L1);
    o.kind = read.string("type"_L1);
    o.terminal = read.string("terminal"_L1);
    o.receipt = read.string("receipt"_L1);
    o.finalizedAt = read.string("finalized_at"_L1);
    o.currency = read.string("currency"_L1);
    o.staffName = read.string("staff"_L1);
    o.subtotalMinor = read.integer("subtotal_minor"_L1);
    o.discountMinor = read.integer("discount_minor"_L1);
    o.tipMinor = read.integer("tip_minor"_L1);
    o.vatMinor = read.integer("vat_minor"_L1);
    o.totalMinor = read.integer("total_minor"_L1);
    o.sourceSeq = read.integer("journal_seq"_L1);
    o.sourceHash = read.string("journal_hash"_L1);
    const QJsonArray lines = read.array("lines"_L1);
    const QJsonArray payments = read.array("payments"_L1);
    const QJsonArray vat = read.array("vat"_L1);
    if (auto ok = read.status(); !ok) {
        return ok.error();
    }
    QString corrects;
    for (const auto &[key, field] : {std::pair{"approver_id"_L1, &o.approverId}, std::pair{"corrects"_L1, &corrects},
                                     std::pair{"customer_id"_L1, &o.customerId}, std::pair{"reason"_L1, &o.reason},
                                     std::pair{"table"_L1, &o.tableName}}) {
        if (!optionalText(op.payload, key, *field)) {
            return PayloadReader::refusal(op, key);
        }
    }
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    if (o.kind != "sale"_L1 && o.kind != "refund"_L1 && o.kind != "void"_L1) {
        return PayloadReader::refusal(op, QStringLiteral("type"));
    }
    // A refund or void names the sale it corrects, the manager who approved it and why (SaleService::correct).
    if (o.kind != "sale"_L1) {
        for (const auto &[key, field] :
             {std::pair{"corrects"_L1, &corrects}, std::pair{"approver_id"_L1, &o.approverId},
              std::pair{"reason"_L1, &o.reason}}) {
            if (field->trimmed().isEmpty()) {
                return PayloadReader::refusal(op, key);
            }
        }
    } else if (!corrects.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("corrects"));
    }
    if (o.id.isEmpty() || o.id != op.entityId) {
        return PayloadReader::refusal(op, QStringLiteral("order_id"));
    }
    if (o.terminal.isEmpty() || !o.receipt.startsWith(o.terminal + u'-')) {
        return PayloadReader::refusal(op, QStringLiteral("receipt"));
    }
    if (o.sourceSeq <= 0) {
        return PayloadReader::refusal(op, QStringLiteral("journal_seq"));
    }
    if (!hash.match(o.sourceHash).hasMatch()) {
        return PayloadReader::refusal(op, QStringLiteral("journal_hash"));
    }
    for (const QJsonValue &v : lines) {
        OrderLine line;
        if (!readLine(op, v, line)) {
            return PayloadReader::refusal(op, QStringLiteral("lines"));
        }
        o.lines << line;
    }
    for (const QJsonValue &v : payments) {
        AppliedPayment payment;
        if (!readPayment(op, v, payment)) {
            return PayloadReader::refusal(op, QStringLiteral("payments"));
        }
        o.payments << payment;
    }
    // The body adds up as the sale wrote it: the tenders to the total, the VAT by rate to the VAT.
    qint64 paid = 0;
    for (const AppliedPayment &p : std::as_const(o.payments)) {
        paid += p.amountMinor;
    }
    if (paid != o.totalMinor) {
        return PayloadReader::refusal(op, QStringLiteral("payments"));
    }
    qint64 vatByRate = 0;
    for (const QJsonValue &bucket : vat) {
        const QJsonValue amount = bucket.toObject().value("vat_minor"_L1);
        if (!amount.isDouble()) {
            return PayloadReader::refusal(op, QStringLiteral("vat"));
        }
        vatByRate += amount.toInteger();
    }
    if (vatByRate != o.vatMinor) {
        return PayloadReader::refusal(op, QStringLiteral("vat"));
    }
    o.correctsId = corrects; // a receipt until applyPulledOrder finds its order
    return o;
}

Status applyPulledOrder(SaleService &sales, QSqlDatabase &db, const OutboxOp &op)
{
    auto parsed = orderFrom(op);
    if (!parsed) {
        return parsed.error();
    }
    Order o = std::move(parsed).value();
    const QString context = Text::tr("Applying an order of another terminal");
    auto ours =
        Database::run(db, QStringLiteral("SELECT 1 FROM receipt_counters WHERE terminal = ?"), {o.terminal}, context);
    if (!ours) {
        return ours.error();
    }
    if (ours->next()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("Order %1 came from the platform with this terminal's receipt number %2; this "
                                  "terminal's own orders are never written from elsewhere. Nothing was applied.")
                             .arg(o.id.left(80), o.receipt.left(40)));
    }
    auto there = Database::run(db, QStringLiteral("SELECT receipt FROM orders WHERE id = ?"), {o.id}, context);
    if (!there) {
        return there.error();
    }
    if (there->next()) {
        if (there->value(0).toString() == o.receipt) {
            return Done{}; // pulled before: orders are never rewritten
        }
        return makeError(ErrorCode::Conflict,
                         Text::tr("Order %1 is here already as %2, not as %3. Nothing was applied.")
                             .arg(o.id.left(80), there->value(0).toString(), o.receipt.left(40)));
    }
    if (!o.correctsId.isEmpty()) {
        auto corrected = Database::run(db, QStringLiteral("SELECT id FROM orders WHERE receipt = ? AND kind = 'sale'"),
                                       {o.correctsId}, context);
        if (!corrected) {
            return corrected.error();
        }
        if (!corrected->next()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("%1 corrects the sale %2, which this terminal does not have. Nothing was "
                                      "applied.")
                                 .arg(o.receipt.left(40), o.correctsId.left(40)));
        }
        o.correctsId = corrected->value(0).toString();
    }
    return sales.recordPulled(db, o);
}
} // namespace

void addOrderAppliers(ApplierSet &set, SaleService &sales)
{
    set.add(ops::OrderFinalized,
            [&sales](QSqlDatabase &db, const OutboxOp &op) { return applyPulledOrder(sales, db, op); });
}

} // namespace madang
