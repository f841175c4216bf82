#include "sales/saleservice.h"

#include "audit/auditlog.h"
#include "base/canonicaljson.h"
#include "base/clock.h"
#include "base/money.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "replication/outbox.h"
#include "sales/refundquote.h"
#include "sales/salestatements.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)
};

/// The journal entry's body, written in canonical form member by member (keys in code-point order): lines,
/// payments, the VAT breakdown, and for a refund or void what it corrects. Empty if a key came out of order,
/// which the sale then refuses.
QByteArray journalBodyText(const Order &o, const QString &correctsReceipt, const SaleContext &who)
{
    QByteArray out;
    out.reserve(512 + 320 * o.lines.size());
    canonical::ObjectWriter body(out);
    if (!who.approverId.isEmpty()) { // a refund's or void's approver, or the manager who approved a discount
        body.string("approver_id"_L1, who.approverId);
    }
    if (!correctsReceipt.isEmpty()) {
        body.string("corrects"_L1, correctsReceipt);
    }
    if (!o.customerId.isEmpty()) {
        body.string("customer_id"_L1, o.customerId);
    }
    body.integer("discount_minor"_L1, o.discountMinor);
    bool ok = canonical::appendArray(body.key("lines"_L1), o.lines, [](QByteArray &to, const OrderLine &l) {
        canonical::ObjectWriter line(to);
        if (l.correctsLine > 0) {
            line.integer("corrects_line"_L1, l.correctsLine);
        }
        line.integer("discount_minor"_L1, l.discountMinor);
        line.integer("line"_L1, l.lineNo);
        line.value("modifiers"_L1, l.modifiers);
        line.string("name"_L1, l.name);
        line.integer("qty"_L1, l.qty);
        line.string("sku"_L1, l.sku);
        line.integer("total_minor"_L1, l.totalMinor);
        line.integer("unit_minor"_L1, l.unitMinor);
        line.integer("vat_bp"_L1, l.vatBp);
        line.integer("vat_minor"_L1, l.vatMinor);
        return line.close();
    });
    body.string("order_id"_L1, o.id);
    ok = canonical::appendArray(body.key("payments"_L1), o.payments,
                                [](QByteArray &to, const AppliedPayment &p) {
                                    canonical::ObjectWriter payment(to);
                                    payment.integer("amount_minor"_L1, p.amountMinor);
                                    payment.integer("change_minor"_L1, p.changeMinor);
                                    payment.string("method"_L1, p.method);
                                    payment.string("reference"_L1, p.reference);
                                    payment.integer("tendered_minor"_L1, p.tenderedMinor);
                                    return payment.close();
                                }) &&
         ok;
    if (!correctsReceipt.isEmpty()) {
        body.string("reason"_L1, who.reason);
    }
    body.string("staff"_L1, who.staffName);
    body.integer("subtotal_minor"_L1, o.subtotalMinor);
    if (!o.tableName.isEmpty()) {
        body.string("table"_L1, o.tableName);
    }
    body.integer("tip_minor"_L1, o.tipMinor);
    ok = canonical::appendArray(body.key("vat"_L1), o.vatBreakdown(),
                                [](QByteArray &to, const VatBucket &b) {
                                    canonical::ObjectWriter bucket(to);
                                    bucket.integer("gross_minor"_L1, b.grossMinor);
                                    bucket.integer("net_minor"_L1, b.netMinor);
                                    bucket.integer("rate_bp"_L1, b.vatBp);
                                    bucket.integer("vat_minor"_L1, b.vatMinor);
                                    return bucket.close();
                                }) &&
         ok;
    body.integer("vat_minor"_L1, o.vatMinor);
    return body.close() && ok ? out : QByteArray();
}

Order orderFromTicket(const Ticket &ticket, const TicketTotals &totals)
{
    Order d;
    d.kind = QStringLiteral("sale");
    d.currency = ticket.currency;
    d.tableName = ticket.tableName;
    d.customerId = ticket.customerId;
    d.subtotalMinor = totals.subtotalMinor;
    d.discountMinor = totals.discountMinor;
    d.tipMinor = totals.tipMinor;
    d.vatMinor = totals.vatMinor;
    d.totalMinor = totals.totalMinor;
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        const TicketLine &l = ticket.lines.at(i);
        const PricedLine &p = totals.lines.at(i);
        OrderLine line;
        line.lineNo = static_cast<int>(i + 1);
        line.itemId = l.itemId;
        line.sku = l.sku;
        line.name = l.name;
        line.qty = l.qty;
        line.unitMinor = l.unitMinor;
        for (const ModifierChoice &m : l.modifiers) {
            line.modifiersMinor += m.priceMinor;
            line.modifiers.append(QJsonObject{{QStringLiteral("group"), m.groupName},
                                              {QStringLiteral("option"), m.optionName},
                                              {QStringLiteral("price_minor"), m.priceMinor}});
        }
        line.discountMinor = p.lineDiscountMinor + p.orderDiscountMinor;
        line.totalMinor = ticket.pricesIncludeVat ? p.totalMinor : p.totalMinor + p.vatMinor;
        line.vatMinor = p.vatMinor;
        line.vatBp = l.vatBp;
        line.note = l.note;
        line.staffId = l.staffId;
        d.lines << line;
    }
    return d;
}
} // namespace

SaleService::SaleService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, Journal &journal,
                         const TenderRegistry &tenders)
    : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox), m_journal(journal), m_tenders(tenders), m_orders(db)
{}

SaleService::~SaleService() = default;

QString SaleService::formatReceipt(const QString &terminal, qint64 number)
{
    return QStringLiteral("%1-%2").arg(terminal).arg(number, 6, 10, QLatin1Char('0'));
}

Result<FinalizedSale> SaleService::finalize(const Ticket &ticket, const QList<PaymentInput> &tenders,
                                            const SaleContext &who, const Signer &signer)
{
    auto totals = priceTicket(ticket);
    if (!totals) {
        return totals.error();
    }
    const qint64 due = totals.value().totalMinor;
    auto applied = applyPayments(due, tenders, ticket.currency, m_tenders);
    if (!applied) {
        return applied.error();
    }
    Order order = orderFromTicket(ticket, totals.value());
    order.payments = applied.value();
    const auto verifyTenders = [&](QSqlDatabase &db) -> Status {
        const TenderCheck check{ticket, due, tenders, who.staffId};
        for (const PaymentInput &t : tenders) {
            const TenderKind *kind = m_tenders.find(t.method);
            if (kind && kind->verify) {
                if (auto verified = kind->verify(db, t, check); !verified) {
                    return verified;
                }
            }
        }
        return Done{};
    };
    return commit(order, {}, who, signer, verifyTenders);
}

Result<SaleStatements *> SaleService::statementsFor(const QSqlDatabase &db)
{
    if (!m_statements || !m_statements->isFor(db)) {
        m_statements.reset(); // finalized before the new ones are prepared
        m_statements = std::make_unique<SaleStatements>(db);
    }
    if (auto ready = m_statements->ready(); !ready) {
        m_statements.reset();
        return ready.error();
    }
    return m_statements.get();
}

Result<FinalizedSale> SaleService::commit(Order draft, const QString &correctsReceipt, const SaleContext &who,
                                          const Signer &signer, const BeforeWrite &beforeWrite)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (beforeWrite) {
        if (auto allowed = beforeWrite(db); !allowed) {
            return allowed.error();
        }
    }
    if (m_shiftGuard) {
        if (auto counted = m_shiftGuard(draft.currency, who, signer); !counted) {
            return counted.error();
        }
    }
    auto prepared = statementsFor(db);
    if (!prepared) {
        return prepared.error();
    }
    SaleStatements &statements = *prepared.value();
    auto number = statements.nextReceiptNumber(signer.terminalId());
    if (!number) {
        return number.error();
    }
    draft.id = m_ids.nextString();
    draft.terminal = signer.terminalId();
    draft.receipt = formatReceipt(draft.terminal, number.value());
    draft.finalizedAt = m_clock.nowWire();
    draft.staffId = who.staffId;
    draft.staffName = who.staffName;
    draft.approverId = who.approverId;
    draft.reason = who.reason;
    FinalizedSale sale;
    sale.orderId = draft.id;
    sale.kind = draft.kind;
    sale.receipt = draft.receipt;
    sale.totalMinor = draft.totalMinor;
    sale.payments = draft.payments;
    for (const AppliedPayment &p : std::as_const(draft.payments)) {
        sale.changeMinor += p.changeMinor;
    }

    JournalEntry entry;
    entry.type = draft.kind;
    entry.at = draft.finalizedAt;
    entry.receipt = sale.receipt;
    entry.totalMinor = draft.totalMinor;
    entry.currency = draft.currency;
    const QByteArray bodyText = journalBodyText(draft, correctsReceipt, who);
    if (bodyText.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The sale's journal entry could not be written."));
    }
    auto journaled = m_journal.append(db, std::move(entry), signer, statements.journal, bodyText);
    if (!journaled) {
        return journaled.error();
    }
    sale.journal = std::move(journaled).value();
    draft.journalSeq = sale.journal.seq;

    if (auto written = statements.writeOrder(draft, m_ids); !written) {
        return written.error();
    }
    if (auto op = m_outbox.enqueueJson(db, statements.outbox, ops::OrderFinalized, draft.id,
                                       Outbox::journalReference(sale.journal.seq, sale.journal.hash));
        !op) {
        return op.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return sale;
}

Status SaleService::recordPulled(const QSqlDatabase &db, const Order &order)
{
    if (!Transaction::inProgress(db) || order.journalSeq != 0 || order.sourceSeq <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A pulled order is written in the pull's transaction, with its own terminal's "
                                  "journal entry."));
    }
    auto prepared = statementsFor(db);
    if (!prepared) {
        return prepared.error();
    }
    return prepared.value()->writeOrder(order, m_ids);
}

Result<FinalizedSale> SaleService::refund(const QString &saleId, const QList<RefundLine> &lines, const SaleContext &who,
                                          const Signer &signer)
{
    return correct(saleId, QStringLiteral("refund"), lines, who, signer);
}

Result<FinalizedSale> SaleService::voidSale(const QString &saleId, const SaleContext &who, const Signer &signer)
{
    return correct(saleId, QStringLiteral("void"), {}, who, signer);
}

Result<FinalizedSale> SaleService::correct(const QString &saleId, const QString &kind, const QList<RefundLine> &lines,
                                           const SaleContext &who, const Signer &signer)
{
    if (who.approverId.isEmpty() || who.reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::Forbidden, Text::tr("A refund or void needs a manager's approval and a reason."));
    }
    auto found = m_orders.find(saleId);
    if (!found) {
        return found.error();
    }
    if (!found.value() || found.value()->kind != QLatin1String("sale")) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no sale %1 to correct.").arg(saleId));
    }
    const Order &sale = *found.value();
    auto earlier = m_orders.corrections(saleId);
    if (!earlier) {
        return earlier.error();
    }
    // What goes back is what the refund screen quoted: the same units, shares, rounding and tender routes.
    auto quote = quoteRefund(sale, earlier.value(), lines, kind == QLatin1String("void"), m_tenders);
    if (!quote) {
        return quote.error();
    }
    Order back;
    back.kind = kind;
    back.correctsId = sale.id;
    back.currency = sale.currency;
    back.tableName = sale.tableName;
    back.customerId = sale.customerId;
    for (const RefundQuoteLine &q : quote->lines) {
        const auto line = std::find_if(sale.lines.cbegin(), sale.lines.cend(),
                                       [&q](const OrderLine &l) { return l.lineNo == q.lineNo; });
        OrderLine b = *line;
        b.correctsLine = q.lineNo;
        b.lineNo = static_cast<int>(back.lines.size() + 1);
        b.qty = -q.qty;
        b.discountMinor = -q.discountMinor;
        b.totalMinor = -q.totalMinor;
        b.vatMinor = -q.vatMinor;
        back.lines << b;
    }
    back.subtotalMinor = -quote->subtotalMinor;
    back.discountMinor = -quote->discountMinor;
    back.vatMinor = -quote->vatMinor;
    back.tipMinor = -quote->tipMinor;
    back.totalMinor = -quote->totalMinor;
    for (const AppliedPayment &p : quote->tenders) {
        back.payments << AppliedPayment{p.method, -p.amountMinor, -p.tenderedMinor, p.changeMinor, p.reference};
    }
    return commit(back, sale.receipt, who, signer);
}

Result<JournalEntry> SaleService::reprint(const QString &orderId, const SaleContext &who, const Signer &signer)
{
    auto found = m_orders.find(orderId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no order %1 to reprint.").arg(orderId));
    }
    const Order &o = *found.value();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    JournalEntry entry;
    entry.type = QString(journal::Reprint);
    entry.at = m_clock.nowWire();
    entry.receipt = o.receipt;
    entry.totalMinor = o.totalMinor;
    entry.currency = o.currency;
    entry.body = QJsonObject{{QStringLiteral("order_id"), o.id},
                             {QStringLiteral("duplicate"), true},
                             {QStringLiteral("original_seq"), o.journalSeq},
                             {QStringLiteral("staff"), who.staffName}};
    auto appended = m_journal.append(db, entry, signer);
    if (!appended) {
        return appended.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return appended.value();
}

} // namespace madang
