#include "orders/orderdetailmodel.h"

#include "base/particles.h"
#include "common/customertext.h"
#include "common/moneytext.h"
#include "common/ordertext.h"
#include "merchant/merchant.h"
#include "merchant/merchantrepository.h"
#include "printing/printservice.h"
#include "sales/order.h"
#include "sales/orderrepository.h"
#include "sales/refundquote.h"
#include "sales/saleservice.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "staffauth.h"
#include "workflows/approvedwrites.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace madang;

namespace {
/// "곱빼기 +₩2,000, 순한맛".
/// [{lineNo, qty}] from QML; lines with no units are left out.
QList<RefundLine> refundLines(const QVariantList &lines)
{
    QList<RefundLine> chosen;
    for (const QVariant &v : lines) {
        const QVariantMap line = v.toMap();
        const qint64 qty = line.value(QStringLiteral("qty")).toLongLong();
        if (qty != 0) {
            chosen << RefundLine{line.value(QStringLiteral("lineNo")).toInt(), qty};
        }
    }
    return chosen;
}

QString modifiersText(const OrderLine &l, const QString &currency)
{
    QStringList parts;
    for (const QJsonValue &v : l.modifiers) {
        const QJsonObject m = v.toObject();
        const qint64 price = m.value(QLatin1String("price_minor")).toInteger();
        const QString option = m.value(QLatin1String("option")).toString();
        parts << (price != 0 ? QStringLiteral("%1 +%2").arg(option, moneyText(price, currency)) : option);
    }
    return parts.join(QLatin1String(", "));
}
} // namespace

OrderDetailModel::OrderDetailModel(QObject *parent) : QObject(parent) {}

void OrderDetailModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &OrderDetailModel::reload,
                         {&AppStore::ordersChanged, &AppStore::staffChanged})) {
        Q_EMIT storeChanged();
        reload();
    }
}

void OrderDetailModel::setOrderId(const QString &id)
{
    if (m_orderId != id) {
        m_orderId = id;
        Q_EMIT orderIdChanged();
        m_reprintSeq = 0;
        m_lastReceipt.clear();
        setResult({}, {});
        reload();
    }
}

QString OrderDetailModel::kindText() const
{
    return m_order ? ordertext::kindLabel(m_order->kind) : QString();
}

QString OrderDetailModel::time() const
{
    return m_order ? ordertext::longTime(ordertext::parseTime(m_order->finalizedAt)) : QString();
}

QString OrderDetailModel::approver() const
{
    return m_order ? m_names.value(m_order->approverId, m_order->approverId) : QString();
}

QString OrderDetailModel::subtotal() const
{
    return m_order ? moneyText(m_order->subtotalMinor, m_order->currency) : QString();
}

QString OrderDetailModel::discount() const
{
    return m_order && m_order->discountMinor != 0 ? moneyText(-m_order->discountMinor, m_order->currency) : QString();
}

QString OrderDetailModel::tip() const
{
    return m_order && m_order->tipMinor != 0 ? moneyText(m_order->tipMinor, m_order->currency) : QString();
}

QString OrderDetailModel::total() const
{
    return m_order ? moneyText(m_order->totalMinor, m_order->currency) : QString();
}

void OrderDetailModel::clear()
{
    m_order.reset();
    m_correctsReceipt.clear();
    m_customer.clear();
    m_lines.clear();
    m_payments.clear();
    m_vat.clear();
    m_corrections.clear();
    m_canRefund = false;
    m_canVoid = false;
}

void OrderDetailModel::reload()
{
    clear();
    if (!m_store || m_orderId.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    Store &store = m_store->store();
    auto found = store.orders().find(m_orderId);
    if (!found || !found.value()) {
        if (!found) {
            setResult({}, found.error().message);
        }
        Q_EMIT changed();
        return;
    }
    m_order = *found.value();
    const Order &o = *m_order;
    m_names.clear();
    if (auto staff = store.merchant().staff(); staff) {
        for (const StaffMember &m : staff.value()) {
            m_names.insert(m.id, m.name);
        }
    }
    m_customer = customertext::line(store.customers(), o.customerId);
    if (!o.correctsId.isEmpty()) {
        auto sale = store.orders().find(o.correctsId);
        m_correctsReceipt = sale && sale.value() ? sale.value()->receipt : QString();
    }
    // What earlier refunds took back, per sale line; a void takes back everything.
    QHash<int, qint64> refunded;
    bool voided = false;
    if (o.kind == QLatin1String("sale")) {
        auto earlier = store.orders().corrections(o.id);
        if (!earlier) {
            setResult({}, earlier.error().message);
        }
        for (const Order &c : earlier ? earlier.value() : QList<Order>()) {
            voided = voided || c.kind == QLatin1String("void");
            for (const OrderLine &l : c.lines) {
                refunded[l.correctsLine] -= l.qty;
            }
            m_corrections << QVariantMap{
                {QStringLiteral("orderId"), c.id},
                {QStringLiteral("receipt"), c.receipt},
                {QStringLiteral("kind"), c.kind},
                {QStringLiteral("kindText"), ordertext::kindLabel(c.kind)},
                {QStringLiteral("time"), ordertext::longTime(ordertext::parseTime(c.finalizedAt))},
                {QStringLiteral("total"), moneyText(c.totalMinor, c.currency)},
                {QStringLiteral("reason"), c.reason},
                {QStringLiteral("approver"), m_names.value(c.approverId, c.approverId)},
                {QStringLiteral("staff"), c.staffName}};
        }
        m_canVoid = earlier && earlier.value().isEmpty();
    }
    for (const OrderLine &l : o.lines) {
        const bool isSale = o.kind == QLatin1String("sale");
        const qint64 left = isSale && !voided ? std::max<qint64>(0, l.qty - refunded.value(l.lineNo)) : 0;
        m_canRefund = m_canRefund || left > 0;
        m_lines << QVariantMap{{QStringLiteral("lineNo"), l.lineNo},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("qty"), l.qty},
                               {QStringLiteral("modifiers"), modifiersText(l, o.currency)},
                               {QStringLiteral("unitPrice"), moneyText(l.unitMinor + l.modifiersMinor, o.currency)},
                               {QStringLiteral("total"), moneyText(l.totalMinor, o.currency)},
                               {QStringLiteral("refunded"), isSale ? refunded.value(l.lineNo) : 0},
                               {QStringLiteral("refundable"), left}};
    }
    for (const AppliedPayment &p : o.payments) {
        m_payments << QVariantMap{
            {QStringLiteral("method"), ordertext::methodLabel(p.method)},
            {QStringLiteral("amount"), moneyText(p.amountMinor, o.currency)},
            {QStringLiteral("tendered"), moneyText(p.tenderedMinor, o.currency)},
            {QStringLiteral("change"), p.changeMinor == 0 ? QString() : moneyText(p.changeMinor, o.currency)},
            {QStringLiteral("reference"), p.reference}};
    }
    for (const VatBucket &b : o.vatBreakdown()) {
        m_vat << QVariantMap{{QStringLiteral("rate"), formatVatPercent(b.vatBp)},
                             {QStringLiteral("net"), moneyText(b.netMinor, o.currency)},
                             {QStringLiteral("vat"), moneyText(b.vatMinor, o.currency)},
                             {QStringLiteral("gross"), moneyText(b.grossMinor, o.currency)}};
    }
    Q_EMIT changed();
}

bool OrderDetailModel::reprint()
{
    if (!m_store || !m_order) {
        setResult({}, tr("Choose an order first."));
        return false;
    }
    const Session *who = m_store->session();
    if (PrintService *printing = m_store->printService()) {
        // The copy goes to the receipt printer, journaled with its job in one transaction.
        qint64 seq = 0;
        const PrintOutcome outcome = printing->printDuplicate(
            m_orderId, m_order->receipt, {who->staffId(), who->staffName(), {}, {}}, m_store->signer(), &seq);
        m_reprintSeq = seq;
        setResult(outcome.queued && !outcome.problem ? outcome.message : QString(),
                  outcome.queued && !outcome.problem ? QString() : outcome.message);
        return outcome.queued;
    }
    auto entry =
        m_store->store().sales().reprint(m_orderId, {who->staffId(), who->staffName(), {}, {}}, m_store->signer());
    if (!entry) {
        setResult({}, entry.error().message);
        return false;
    }
    m_reprintSeq = entry.value().seq;
    setResult(particles::resolve(
                  tr("Reprinted %1 as a DUPLICATE (journal entry %2).").arg(m_order->receipt).arg(m_reprintSeq)),
              {});
    return true;
}

bool OrderDetailModel::refund(const QVariantList &lines, const QString &reason, const QString &approvalToken)
{
    return correct(Correction::Refund, lines, reason, approvalToken);
}

bool OrderDetailModel::refundAll(const QString &reason, const QString &approvalToken)
{
    return correct(Correction::RefundAll, {}, reason, approvalToken);
}

bool OrderDetailModel::voidSale(const QString &reason, const QString &approvalToken)
{
    return correct(Correction::Void, {}, reason, approvalToken);
}

bool OrderDetailModel::correct(Correction what, const QVariantList &lines, const QString &reason,
                               const QString &approvalToken)
{
    if (!m_store || !m_order) {
        setResult({}, tr("Choose an order first."));
        return false;
    }
    const QList<RefundLine> chosen = refundLines(lines);
    if (what == Correction::Refund && chosen.isEmpty()) {
        setResult({}, tr("Choose at least one line and how many to refund."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setResult({}, tr("Give a reason."));
        return false;
    }
    if (approvalToken.isEmpty()) {
        setResult({}, tr("A manager's approval is needed."));
        return false;
    }
    // The approval is used up only if the refund or void is written, and the other way round.
    const Session *who = m_store->session();
    const SaleContext context{who->staffId(), who->staffName(), {}, reason.trimmed()};
    const QString action = what == Correction::Void ? kVoidAction : kRefundAction;
    const auto approve = [&] { return m_store->staffAuth().consumeApproval(approvalToken, action, m_orderId); };
    ApprovedWrites approved(m_store->store());
    auto done = what == Correction::Void ? approved.voidSale(m_orderId, context, approve, m_store->signer())
                                         : approved.refund(m_orderId, chosen, context, approve, m_store->signer());
    if (!done) {
        setResult({}, done.error().message);
        return false;
    }
    const FinalizedSale &sale = done.value();
    m_lastReceipt = sale.receipt;
    const QString amount = moneyText(sale.totalMinor, m_order->currency);
    setResult(what == Correction::Void ? tr("Voided: receipt %1 (%2).").arg(sale.receipt, amount)
                                       : tr("Refunded: receipt %1 (%2).").arg(sale.receipt, amount),
              {});
    return true;
}

QString OrderDetailModel::previewRefund(const QVariantList &lines, bool all)
{
    const QList<RefundLine> chosen = refundLines(lines);
    if (!m_store || !m_order || (!all && chosen.isEmpty())) {
        return {};
    }
    // A quote: nothing is written, no receipt number or approval is used.
    auto quote = quoteRefund(m_store->store().orders(), m_orderId, all ? QList<RefundLine>() : chosen);
    return quote ? moneyText(-quote->totalMinor, m_order->currency) : QString();
}

void OrderDetailModel::clearResult()
{
    m_reprintSeq = 0;
    m_lastReceipt.clear();
    setResult({}, {});
}

void OrderDetailModel::setResult(const QString &message, const QString &error)
{
    m_message = particles::resolve(message);
    m_error = particles::resolve(error);
    Q_EMIT resultChanged();
}
