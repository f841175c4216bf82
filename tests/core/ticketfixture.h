#pragma once
// Ticket builders shared by tst_ticket (pricing) and tst_ticketjson (JSON, options, shares).
#include "base/money.h"
#include "sales/ticket.h"

#include <QList>
#include <limits>

namespace madang::test {
using Amounts = QList<qint64>;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kCap = Money::kMaxAmountMinor;  // the largest price, option price, discount or tip
constexpr qint64 kTotal = Money::kMaxTotalMinor; // the largest line or ticket

inline TicketLine item(qint64 unit, qint64 qty = 1, int vatBp = 1000, Discount discount = {},
                       const Amounts &options = {})
{
    const QString n = QString::number(unit);
    TicketLine l{QStringLiteral("item-") + n,
                 QStringLiteral("SKU-") + n,
                 QStringLiteral("Item ") + n,
                 qty,
                 unit,
                 vatBp,
                 {},
                 {},
                 discount,
                 {},
                 {}};
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString id = QStringLiteral("opt-%1").arg(i);
        l.modifiers << ModifierChoice{QStringLiteral("extras"), QStringLiteral("Extras"), id, id, options.at(i)};
    }
    return l;
}

/// KRW, prices include VAT.
inline Ticket krw(const QList<TicketLine> &lines, Discount order = {}, qint64 tip = 0)
{
    return Ticket{QStringLiteral("KRW"), true, lines, order, tip, {}, {}};
}

/// USD, VAT added on top.
inline Ticket usd(const QList<TicketLine> &lines, Discount order = {}, qint64 tip = 0)
{
    return Ticket{QStringLiteral("USD"), false, lines, order, tip, {}, {}};
}

} // namespace madang::test
