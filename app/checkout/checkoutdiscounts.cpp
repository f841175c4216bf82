// CheckoutModel, part 2: discounts (with a manager's approval above the limit) and tickets on hold.
// Split from checkoutmodel.cpp to keep files short.
#include "base/clock.h"
#include "base/timetext.h"
#include "base/widemoney.h"
#include "catalog/modifierrepository.h"
#include "checkout/checkoutmodel.h"
#include "common/moneytext.h"
#include "sales/parkedtickets.h"
#include "shell/session.h"
#include "staffauth.h"
#include "workflows/store.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

using namespace madang;

namespace {
constexpr qint64 kFullBp = 10000;
constexpr int kMaxLabelLength = 60;
} // namespace

QString CheckoutModel::discountApproverId() const
{
    const bool discounted =
        !m_ticket.orderDiscount.isNone() || std::any_of(m_ticket.lines.begin(), m_ticket.lines.end(),
                                                        [](const TicketLine &l) { return !l.discount.isNone(); });
    return discounted ? m_ticket.discountApproverId : QString();
}

int CheckoutModel::discountApprovalPercent() const
{
    return m_store ? m_store->staffAuth().discountApprovalPercent() : 10;
}

bool CheckoutModel::needsApproval(const Discount &discount, qint64 base) const
{
    if (discount.isNone()) {
        return false;
    }
    const qint64 limitBp = qint64{discountApprovalPercent()} * 100;
    if (discount.kind == Discount::Kind::Percent) {
        return discount.value > limitBp;
    }
    // An amount is compared by its share of what it comes off: value / base > limit / 100%.
    return base <= 0 || madang::wide::productGreater(discount.value, kFullBp, limitBp, base);
}

bool CheckoutModel::setLineDiscount(int row, const QString &kind, qint64 value)
{
    return validRow(row) && setDiscount(row, kind, value);
}

bool CheckoutModel::setOrderDiscount(const QString &kind, qint64 value)
{
    return setDiscount(-1, kind, value);
}

bool CheckoutModel::setDiscount(int row, const QString &kind, qint64 value)
{
    Discount discount;
    if (kind == QLatin1String("percent")) {
        discount = Discount::percent(value);
    } else if (kind == QLatin1String("amount")) {
        discount = Discount::amount(value);
    } else if (kind != QLatin1String("none")) {
        return fail(tr("Unknown kind of discount \"%1\".").arg(kind));
    }
    if (value < 0) {
        return fail(tr("A discount cannot be negative."));
    }
    if (m_ticket.lines.isEmpty()) {
        return fail(tr("Add an item before a discount."));
    }
    Ticket next = m_ticket;
    if (row < 0) {
        next.orderDiscount = discount;
    } else {
        next.lines[row].discount = discount;
    }
    // A discount that cannot apply is refused before anyone is asked to approve it.
    auto priced = priceTicket(next);
    if (!priced) {
        return fail(priced.error().message);
    }
    qint64 base = 0;
    if (row >= 0) {
        base = priced->lines.at(row).grossMinor;
    } else {
        for (const PricedLine &p : priced->lines) {
            base += p.grossMinor - p.lineDiscountMinor;
        }
    }
    if (needsApproval(discount, base)) {
        m_pending = PendingDiscount{true, row, discount};
        setError({});
        Q_EMIT approvalChanged();
        Q_EMIT approvalNeeded();
        return false;
    }
    return commit(next);
}

QString CheckoutModel::approvalSubject() const
{
    if (!m_pending.active) {
        return {};
    }
    const QString what = TicketLineModel::discountText(m_pending.discount, m_ticket.currency).mid(1); // no "−"
    const QString on = m_pending.row >= 0 && m_pending.row < m_ticket.lines.size()
                           ? m_ticket.lines.at(m_pending.row).name
                           : tr("the whole ticket");
    return tr("A discount of %1 on %2 is above the %3% limit.").arg(what, on).arg(discountApprovalPercent());
}

bool CheckoutModel::approveDiscount(const QString &token)
{
    if (!m_pending.active) {
        return fail(tr("No discount is waiting for approval."));
    }
    if (!m_store) {
        return failNoDatabase();
    }
    auto approver = m_store->staffAuth().consumeApproval(token, kDiscountAction, m_ticketKey);
    if (!approver) {
        return fail(approver.error().message); // still pending: a manager may approve again
    }
    const PendingDiscount pending = m_pending;
    Ticket next = m_ticket;
    next.discountApproverId = approver.value();
    if (pending.row < 0) {
        next.orderDiscount = pending.discount;
    } else if (pending.row < next.lines.size()) {
        next.lines[pending.row].discount = pending.discount;
    }
    return commit(next);
}

void CheckoutModel::cancelDiscount()
{
    if (m_pending.active) {
        m_pending = PendingDiscount{};
        Q_EMIT approvalChanged();
    }
}

bool CheckoutModel::park(const QString &label)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (m_ticket.lines.isEmpty()) {
        return fail(tr("There is nothing to hold."));
    }
    QString text = label.trimmed().left(kMaxLabelLength);
    if (text.isEmpty()) {
        const QDateTime now = m_store->store().clock().now().toLocalTime();
        text = tr("Held at %1").arg(QLocale().toString(now.time(), QLocale::ShortFormat));
    }
    auto parked = m_store->store().parked().park(m_ticket, text, m_store->session()->staffId());
    if (!parked) {
        return fail(parked.error().message);
    }
    clear();
    refreshParked();
    return true;
}

bool CheckoutModel::resume(const QString &parkedId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (!m_ticket.lines.isEmpty()) {
        return fail(tr("Hold or clear the current ticket first."));
    }
    auto ticket = m_store->store().parked().resume(parkedId);
    refreshParked();
    if (!ticket) {
        return fail(ticket.error().message);
    }
    startTicket();
    m_tipBp = ticket->tipMinor > 0 ? -1 : 0; // the tip comes back as the amount it was
    Q_EMIT approvalChanged();
    commit(std::move(ticket).value(), true); // off the hold list now: kept even if it no longer prices
    return true;
}

void CheckoutModel::refreshParked()
{
    QVariantList out;
    if (m_store) {
        auto list = m_store->store().parked().list();
        if (!list) {
            setError(list.error().message);
        } else {
            for (const ParkedTicket &p : list.value()) {
                auto totals = priceTicket(p.ticket);
                const QDateTime at = madang::timetext::fromWire(p.parkedAt).toLocalTime();
                out << QVariantMap{{QStringLiteral("parkedId"), p.id},
                                   {QStringLiteral("label"), p.label},
                                   {QStringLiteral("timeText"), QLocale().toString(at.time(), QLocale::ShortFormat)},
                                   {QStringLiteral("lineCount"), p.ticket.lines.size()},
                                   {QStringLiteral("totalText"),
                                    totals ? moneyText(totals->totalMinor, p.ticket.currency) : QString()},
                                   {QStringLiteral("problem"), p.problem}};
            }
        }
    }
    m_parked = out;
    Q_EMIT parkedChanged();
}
