// TableTicketModel: what is left to pay after the parties' deposits, choosing items to pay separately, and
// sharing what is left evenly.
#include "common/moneytext.h"
#include "floor/tableticketmodel.h"
#include "workflows/depositcredit.h"

#include <algorithm>

using namespace madang;

namespace {
constexpr int kMaxShares = 99;
} // namespace

Ticket pickedPart(const Ticket &ticket, const QList<LinePick> &picks)
{
    Ticket part = ticket;
    part.lines.clear();
    part.tipMinor = 0;
    for (const LinePick &pick : picks) {
        for (const TicketLine &l : ticket.lines) {
            if (l.lineId == pick.lineId && pick.qty > 0) {
                TicketLine taken = l;
                taken.qty = std::min(pick.qty, l.qty);
                part.lines << taken;
            }
        }
    }
    return part;
}

qint64 TableTicketModel::depositCreditMinor() const
{
    qint64 credited = 0;
    for (const PaymentInput &credit : creditDeposits(m_deposits, m_totals.totalMinor)) {
        credited += credit.amountMinor;
    }
    return credited;
}

QString TableTicketModel::depositText() const
{
    const qint64 credited = depositCreditMinor();
    return credited > 0 ? money(credited) : QString();
}

QString TableTicketModel::depositGuests() const
{
    QStringList names;
    for (const SeatedDeposit &d : m_deposits) {
        if (d.leftMinor > 0 && !d.reservationId.isEmpty() && !d.guestName.isEmpty()) {
            names << d.guestName;
        }
    }
    return names.join(QStringLiteral(", "));
}

QVariantList TableTicketModel::picks() const
{
    QVariantList out;
    for (const TicketLine &l : m_ticket.lines) {
        if (const qint64 qty = m_picked.value(l.lineId); qty > 0) {
            out << QVariantMap{{QStringLiteral("lineId"), l.lineId}, {QStringLiteral("qty"), qty}};
        }
    }
    return out;
}

int TableTicketModel::pickedCount() const
{
    qint64 n = 0;
    for (const qint64 qty : m_picked) {
        n += qty;
    }
    return static_cast<int>(n);
}

QString TableTicketModel::pickedTotalText() const
{
    QList<LinePick> list;
    for (auto it = m_picked.constBegin(); it != m_picked.constEnd(); ++it) {
        list << LinePick{it.key(), it.value()};
    }
    auto priced = priceTicket(pickedPart(m_ticket, list));
    return money(priced ? priced.value().totalMinor : 0);
}

QVariantList TableTicketModel::shares(int n) const
{
    QVariantList out;
    const qint64 due = dueMinor(); // the deposits are off the bill before it is shared
    if (n < 1 || n > kMaxShares || due <= 0) {
        return out;
    }
    const QList<qint64> amounts = shareProportionally(due, QList<qint64>(n, 1));
    for (int i = 0; i < n; ++i) {
        out << QVariantMap{{QStringLiteral("label"), tr("Guest %1").arg(i + 1)},
                           {QStringLiteral("amountMinor"), amounts.at(i)},
                           {QStringLiteral("amountText"), money(amounts.at(i))}};
    }
    return out;
}

bool TableTicketModel::pickMore(int row)
{
    if (!validRow(row)) {
        return false;
    }
    const TicketLine &l = m_ticket.lines.at(row);
    if (m_picked.value(l.lineId) >= l.qty) {
        return false;
    }
    ++m_picked[l.lineId];
    Q_EMIT dataChanged(index(row), index(row), {PickedRole});
    Q_EMIT changed();
    return true;
}

bool TableTicketModel::pickLess(int row)
{
    if (!validRow(row)) {
        return false;
    }
    const QString id = m_ticket.lines.at(row).lineId;
    if (m_picked.value(id) <= 0) {
        return false;
    }
    if (--m_picked[id] == 0) {
        m_picked.remove(id);
    }
    Q_EMIT dataChanged(index(row), index(row), {PickedRole});
    Q_EMIT changed();
    return true;
}

void TableTicketModel::clearPicks()
{
    if (!m_picked.isEmpty()) {
        m_picked.clear();
        Q_EMIT dataChanged(index(0), index(count() - 1), {PickedRole});
        Q_EMIT changed();
    }
}
