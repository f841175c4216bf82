#include "salemix.h"

#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "workflows/store.h"

#include <algorithm>

using namespace madang;

namespace {
constexpr int kCatalogLimit = 1000000;
constexpr qint64 kNote = 10000; // the largest common note, in minor units of KRW

const char *const kNotes[] = {"덜 맵게", "포장", "얼음 빼고", "no onion", "소스 따로"};
} // namespace

SaleMix::SaleMix(QList<CatalogItem> items, SaleContext who, QString currency, bool pricesIncludeVat, quint64 seed)
    : m_items(std::move(items)), m_who(std::move(who)), m_currency(std::move(currency)),
      m_pricesIncludeVat(pricesIncludeVat), m_rng(seed)
{}

Result<SaleMix> SaleMix::forStore(Store &store, quint64 seed)
{
    auto profile = store.merchant().profile();
    if (!profile) {
        return profile.error();
    }
    if (!profile.value()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("the database is not set up; run madangctl init first"));
    }
    auto staff = store.merchant().staff();
    if (!staff) {
        return staff.error();
    }
    const auto owner = std::find_if(staff.value().cbegin(), staff.value().cend(),
                                    [](const StaffMember &m) { return m.active && m.role == QLatin1String("owner"); });
    if (owner == staff.value().cend()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("the database has no active owner to ring sales up"));
    }
    auto all = store.catalog().search(QString(), kCatalogLimit);
    if (!all) {
        return all.error();
    }
    QList<CatalogItem> items;
    for (const CatalogItem &item : std::as_const(all.value())) {
        if (item.active && item.priceMinor > 0) {
            items << item;
        }
    }
    if (items.isEmpty()) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("the catalog has no active priced items; set up with demo data or import some"));
    }
    return SaleMix(items, SaleContext{owner->id, owner->name, {}, {}}, profile.value()->currency,
                   profile.value()->pricesIncludeVat, seed);
}

QList<PaymentInput> SaleMix::tendersFor(qint64 due)
{
    const qint64 roll = below(100);
    if (roll < 55) {
        return {PaymentInput::card(due, QStringLiteral("%1").arg(++m_approval, 8, 10, QLatin1Char('0')))};
    }
    if (roll < 90) {
        const qint64 upToNote = (due + kNote - 1) / kNote * kNote;
        return {PaymentInput::cash(chance(25) ? due : upToNote)};
    }
    // Split: part on a card, the rest in cash.
    const qint64 onCard = std::max<qint64>(1, due / 2 / 1000 * 1000);
    return {PaymentInput::card(onCard, QStringLiteral("%1").arg(++m_approval, 8, 10, QLatin1Char('0'))),
            PaymentInput::cash(due - onCard)};
}

Result<SaleMix::Sale> SaleMix::next()
{
    Sale sale;
    sale.ticket.currency = m_currency;
    sale.ticket.pricesIncludeVat = m_pricesIncludeVat;
    sale.ticket.tableName = QStringLiteral("테이블 %1").arg(1 + below(12));
    const qint64 lines = 2 + below(3);
    for (qint64 i = 0; i < lines; ++i) {
        TicketLine line = TicketLine::fromItem(m_items.at(below(m_items.size())), 1 + below(3));
        if (chance(10)) {
            line.note = QString::fromUtf8(kNotes[below(std::size(kNotes))]);
        }
        sale.ticket.lines << line;
    }
    if (chance(20)) {
        sale.ticket.tipMinor = 1000 * (1 + below(5));
    }
    auto totals = priceTicket(sale.ticket);
    if (!totals) {
        return totals.error();
    }
    sale.tenders = tendersFor(totals.value().totalMinor);
    return sale;
}
