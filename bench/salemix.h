#pragma once

#include "base/error.h"
#include "sales/payment.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"

#include <QList>
#include <QString>
#include <random>

namespace madang {
class Store;
}

/// Realistic counter sales for the benchmarks, drawn from the store's own catalog and staff:
/// 2–4 lines (quantity 1–3, now and then a note), a table name, a tip on one sale in five, paid by card
/// with an approval number, by cash (the next ₩10,000 note up, sometimes exact) or split card + cash.
/// The same seed gives the same sales.
class SaleMix
{
public:
    struct Sale
    {
        madang::Ticket ticket;
        QList<madang::PaymentInput> tenders;
    };

    /// The active items, the currency and VAT mode, and the owner (who rings the sales up) of store.
    static madang::Result<SaleMix> forStore(madang::Store &store, quint64 seed);

    /// The next sale; an error only if the catalog prices cannot be totalled.
    madang::Result<Sale> next();
    [[nodiscard]] madang::SaleContext who() const { return m_who; }
    [[nodiscard]] qsizetype itemCount() const { return m_items.size(); }

private:
    SaleMix(QList<madang::CatalogItem> items, madang::SaleContext who, QString currency, bool pricesIncludeVat,
            quint64 seed);
    qint64 below(qint64 n) { return n <= 0 ? 0 : static_cast<qint64>(m_rng() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QList<madang::PaymentInput> tendersFor(qint64 due);

    QList<madang::CatalogItem> m_items;
    madang::SaleContext m_who;
    QString m_currency;
    bool m_pricesIncludeVat = true;
    std::mt19937_64 m_rng;
    qint64 m_approval = 0;
};
