// Tickets and staff that the SaleService tests ring up: a salon ticket of a cut and two treatments with a tip.
#pragma once

#include "sales/saleservice.h"
#include "sales/ticket.h"

#include <QMetaType>

Q_DECLARE_METATYPE(madang::Ticket)

namespace madang::test {

inline TicketLine line(const QString &sku, const QString &name, qint64 unit, qint64 qty = 1, int vatBp = 1000)
{
    TicketLine l;
    l.itemId = QStringLiteral("item-") + sku;
    l.sku = sku;
    l.name = name;
    l.unitMinor = unit;
    l.qty = qty;
    l.vatBp = vatBp;
    return l;
}

/// One cut at unitMinor, with an optional tip.
inline Ticket oneCut(qint64 unitMinor, qint64 tipMinor = 0)
{
    Ticket t;
    t.lines << line(QStringLiteral("CUT"), QStringLiteral("Cut"), unitMinor);
    t.tipMinor = tipMinor;
    return t;
}

inline Ticket salonTicket()
{
    Ticket t;
    t.lines << line(QStringLiteral("CUT"), QStringLiteral("여성 커트"), 25000)
            << line(QStringLiteral("TRT"), QStringLiteral("두피 케어"), 12000, 2);
    t.tipMinor = 3000;
    return t; // 49000 of lines + 3000 tip
}

inline SaleContext staff()
{
    return {QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
}

inline SaleContext manager(const QString &reason = QStringLiteral("customer unhappy"))
{
    return {QStringLiteral("staff-1"), QStringLiteral("김민지"), QStringLiteral("mgr-1"), reason};
}

} // namespace madang::test
