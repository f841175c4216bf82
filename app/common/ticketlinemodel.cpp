#include "common/ticketlinemodel.h"

#include "common/moneytext.h"
#include "merchant/merchant.h"

using namespace madang;

TicketLineModel::TicketLineModel(QObject *parent) : QAbstractListModel(parent) {}

int TicketLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QString TicketLineModel::discountText(const Discount &discount, const QString &currency)
{
    if (discount.isNone()) {
        return {};
    }
    const QString amount = discount.kind == Discount::Kind::Percent ? formatVatPercent(static_cast<int>(discount.value))
                                                                    : moneyText(discount.value, currency);
    return QStringLiteral("−") + amount;
}

QVariant TicketLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TicketLine &line = m_lines.at(index.row());
    switch (role) {
    case ItemIdRole:
        return line.itemId;
    case Qt::DisplayRole:
    case NameRole:
        return line.name;
    case QtyRole:
        return line.qty;
    case UnitTextRole: {
        qint64 unit = line.unitMinor;
        for (const ModifierChoice &m : line.modifiers) {
            unit += m.priceMinor;
        }
        return moneyText(unit, m_currency);
    }
    case TotalTextRole: {
        if (index.row() < m_priced.size()) {
            return moneyText(m_priced.at(index.row()).totalMinor, m_currency);
        }
        return QString();
    }
    case ModifiersTextRole: {
        QStringList parts;
        for (const ModifierChoice &m : line.modifiers) {
            QString part = m.groupName + QStringLiteral(": ") + m.optionName;
            if (m.priceMinor != 0) {
                part += QStringLiteral(" +") + moneyText(m.priceMinor, m_currency);
            }
            parts << part;
        }
        return parts.join(QStringLiteral(" · "));
    }
    case NoteRole:
        return line.note;
    case DiscountTextRole:
        return discountText(line.discount, m_currency);
    case DiscountKindRole:
        return line.discount.isNone()                          ? QStringLiteral("none")
               : line.discount.kind == Discount::Kind::Percent ? QStringLiteral("percent")
                                                               : QStringLiteral("amount");
    case DiscountValueRole:
        return line.discount.isNone() ? 0 : line.discount.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketLineModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {QtyRole, "qty"},
            {UnitTextRole, "unitText"},
            {TotalTextRole, "totalText"},
            {ModifiersTextRole, "modifiersText"},
            {NoteRole, "note"},
            {DiscountTextRole, "discountText"},
            {DiscountKindRole, "discountKind"},
            {DiscountValueRole, "discountValue"}};
}

void TicketLineModel::show(const Ticket &ticket, const TicketTotals &totals)
{
    // Same number of rows: update in place so that the list keeps its scroll position and delegates.
    if (ticket.lines.size() == m_lines.size()) {
        m_lines = ticket.lines;
        m_priced = totals.lines;
        m_currency = ticket.currency;
        if (!m_lines.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_lines.size()) - 1));
        }
        return;
    }
    const auto oldCount = static_cast<int>(m_lines.size());
    if (ticket.lines.size() == oldCount + 1 && ticket.lines.mid(0, oldCount) == m_lines) {
        // One line added at the end, as the cashier rings items up.
        beginInsertRows({}, oldCount, oldCount);
        m_lines = ticket.lines;
        m_priced = totals.lines;
        m_currency = ticket.currency;
        endInsertRows();
        if (oldCount > 0) {
            Q_EMIT dataChanged(index(0), index(oldCount - 1)); // the order discount's shares move
        }
        return;
    }
    beginResetModel();
    m_lines = ticket.lines;
    m_priced = totals.lines;
    m_currency = ticket.currency;
    endResetModel();
}
