#include "checkout/checkoutmodel.h"

#include "base/uuid7.h"
#include "base/widemoney.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "common/moneytext.h"
#include "merchant/merchantrepository.h"
#include "workflows/store.h"

#include <algorithm>
#include <limits>

using namespace madang;

namespace {
constexpr int kMaxNoteLength = 200;
constexpr qint64 kFullBp = 10000;
} // namespace

CheckoutModel::CheckoutModel(QObject *parent) : QObject(parent)
{
    startTicket();
}

void CheckoutModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &CheckoutModel::refreshParked, {})) {
        Q_EMIT storeChanged();
        clear();
        refreshParked();
    }
}

int CheckoutModel::itemCount() const
{
    qint64 n = 0;
    for (const TicketLine &l : m_ticket.lines) {
        n += l.qty;
    }
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

int CheckoutModel::minorDigits() const
{
    auto c = Currency::fromCode(m_ticket.currency);
    return c ? c.value().minorDigits : 0;
}

QString CheckoutModel::money(qint64 minor) const
{
    return moneyText(minor, m_ticket.currency);
}

QString CheckoutModel::subtotalText() const
{
    return money(m_totals.subtotalMinor);
}

QString CheckoutModel::discountText() const
{
    return m_totals.discountMinor > 0 ? QStringLiteral("−") + money(m_totals.discountMinor) : QString();
}

QString CheckoutModel::orderDiscountText() const
{
    return TicketLineModel::discountText(m_ticket.orderDiscount, m_ticket.currency);
}

QString CheckoutModel::orderDiscountKind() const
{
    const Discount &d = m_ticket.orderDiscount;
    return d.isNone() ? QStringLiteral("none")
                      : (d.kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount"));
}

QVariantList CheckoutModel::vatLines() const
{
    QVariantList out;
    for (const VatBucket &b : m_totals.vat) {
        out << QVariantMap{{QStringLiteral("label"), tr("VAT %1").arg(formatVatPercent(b.vatBp))},
                           {QStringLiteral("amountText"), money(b.vatMinor)},
                           {QStringLiteral("rateBp"), b.vatBp}};
    }
    return out;
}

QString CheckoutModel::tipText() const
{
    return money(m_totals.tipMinor);
}

QVariantList CheckoutModel::tipPresets() const
{
    return {0, 500, 1000, 1500};
}

QString CheckoutModel::totalText() const
{
    return money(m_totals.totalMinor);
}

void CheckoutModel::startTicket()
{
    m_ticket = Ticket{};
    if (m_store) {
        if (auto p = m_store->store().merchant().profile(); p && p.value()) {
            m_ticket.currency = p.value()->currency;
            m_ticket.pricesIncludeVat = p.value()->pricesIncludeVat;
        }
        m_ticketKey = QStringLiteral("ticket:") + m_store->store().ids().nextString();
    }
    m_totals = TicketTotals{};
    m_tipBp = 0;
    m_pending = PendingDiscount{};
    m_bookingText.clear();
    m_depositMinor = 0;
    m_bookingItemId.clear();
    m_bookingStaffId.clear();
}

bool CheckoutModel::commit(Ticket next, bool force)
{
    TicketTotals totals;
    QString problem;
    if (next.lines.isEmpty()) {
        next.orderDiscount = Discount{};
        next.tipMinor = 0;
        next.discountApproverId.clear();
    } else {
        if (m_tipBp >= 0) {
            next.tipMinor = 0;
        }
        auto priced = priceTicket(next);
        if (!priced && !force) {
            return fail(priced.error().message);
        }
        if (priced) {
            totals = std::move(priced).value();
            if (m_tipBp >= 0) {
                const qint64 tip = madang::wide::mulDivRound(totals.totalMinor, m_tipBp, kFullBp);
                next.tipMinor = totals.tipMinor = tip;
                totals.totalMinor += tip;
            }
        } else {
            problem = priced.error().message;
        }
    }
    if (m_pending.active) {
        m_pending = PendingDiscount{}; // the ticket changed under it: ask again if still wanted
        Q_EMIT approvalChanged();
    }
    m_ticket = std::move(next);
    m_totals = std::move(totals);
    m_lines.show(m_ticket, m_totals);
    setError(problem);
    Q_EMIT changed();
    return problem.isEmpty();
}

void CheckoutModel::clearError()
{
    setError({});
}

bool CheckoutModel::validRow(int row)
{
    if (row < 0 || row >= m_ticket.lines.size()) {
        return fail(tr("That line is no longer on the ticket."));
    }
    return true;
}

bool CheckoutModel::addLine(TicketLine line)
{
    if (!m_ticket.bookingId.isEmpty() && line.itemId == m_bookingItemId && line.staffId.isEmpty()) {
        line.staffId = m_bookingStaffId; // the stylist who did it, whoever rings it up
    }
    Ticket next = m_ticket;
    const auto same = std::find_if(next.lines.begin(), next.lines.end(), [&line](const TicketLine &l) {
        return l.itemId == line.itemId && l.modifiers == line.modifiers && l.note.isEmpty() && l.discount.isNone();
    });
    if (same != next.lines.end()) {
        same->qty += line.qty;
    } else {
        next.lines << line;
    }
    return commit(next);
}

bool CheckoutModel::addItem(const QString &itemId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    auto found = m_store->store().catalog().find(itemId);
    if (!found) {
        return fail(found.error().message);
    }
    if (!found.value() || !found.value()->active) {
        return fail(tr("This item is not for sale."));
    }
    auto groups = m_store->store().modifiers().groupsForItem(itemId);
    if (!groups) {
        return fail(groups.error().message);
    }
    if (!groups->isEmpty()) {
        setError({});
        Q_EMIT modifiersNeeded(itemId, found.value()->name);
        return false;
    }
    return addLine(TicketLine::fromItem(*found.value()));
}

bool CheckoutModel::addItemWithChoices(const QString &itemId, const QVariantList &choices)
{
    if (!m_store) {
        return failNoDatabase();
    }
    auto found = m_store->store().catalog().find(itemId);
    if (!found) {
        return fail(found.error().message);
    }
    if (!found.value() || !found.value()->active) {
        return fail(tr("This item is not for sale."));
    }
    auto groups = m_store->store().modifiers().groupsForItem(itemId);
    if (!groups) {
        return fail(groups.error().message);
    }
    // Names and prices come from the catalog, in the menu's order, whatever the screen sent.
    QList<std::pair<qsizetype, ModifierChoice>> ranked;
    for (const QVariant &v : choices) {
        const QVariantMap m = v.toMap();
        ModifierChoice c;
        c.groupId = m.value(QStringLiteral("groupId")).toString();
        c.optionId = m.value(QStringLiteral("optionId")).toString();
        c.optionName = c.optionId;
        qsizetype rank = std::numeric_limits<qsizetype>::max();
        for (qsizetype g = 0; g < groups->size(); ++g) {
            const ModifierGroup &group = groups->at(g);
            for (qsizetype o = 0; o < group.options.size() && group.id == c.groupId; ++o) {
                if (group.options.at(o).id == c.optionId) {
                    c.groupName = group.name;
                    c.optionName = group.options.at(o).name;
                    c.priceMinor = group.options.at(o).priceMinor;
                    rank = g * 1000 + o;
                }
            }
        }
        ranked.append({rank, c});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    TicketLine line = TicketLine::fromItem(*found.value());
    for (const auto &[rank, choice] : std::as_const(ranked)) {
        line.modifiers << choice;
    }
    if (auto valid = validateChoices(groups.value(), line.modifiers); !valid) {
        return fail(valid.error().message);
    }
    return addLine(line);
}

bool CheckoutModel::addByBarcode(const QString &code)
{
    const QString barcode = code.trimmed();
    if (barcode.isEmpty()) {
        return fail(tr("Scan or type a barcode."));
    }
    if (!m_store) {
        return failNoDatabase();
    }
    auto found = m_store->store().catalog().findByBarcode(barcode);
    if (!found) {
        return fail(found.error().message);
    }
    if (!found.value()) {
        return fail(tr("No item has the barcode %1.").arg(barcode));
    }
    return addItem(found.value()->id);
}

bool CheckoutModel::increment(int row)
{
    if (!validRow(row)) {
        return false;
    }
    Ticket next = m_ticket;
    next.lines[row].qty += 1;
    return commit(next);
}

bool CheckoutModel::decrement(int row)
{
    if (!validRow(row)) {
        return false;
    }
    if (m_ticket.lines.at(row).qty <= 1) {
        return remove(row);
    }
    Ticket next = m_ticket;
    next.lines[row].qty -= 1;
    return commit(next);
}

bool CheckoutModel::remove(int row)
{
    if (!validRow(row)) {
        return false;
    }
    Ticket next = m_ticket;
    next.lines.removeAt(row);
    return commit(next);
}

bool CheckoutModel::setNote(int row, const QString &note)
{
    if (!validRow(row)) {
        return false;
    }
    if (note.trimmed().size() > kMaxNoteLength) {
        return fail(tr("A note can have at most %1 characters.").arg(kMaxNoteLength));
    }
    Ticket next = m_ticket;
    next.lines[row].note = note.trimmed();
    return commit(next);
}

bool CheckoutModel::setTipPercent(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > kFullBp) {
        return fail(tr("The tip must be between 0 and 100 percent."));
    }
    const int before = m_tipBp;
    m_tipBp = basisPoints;
    if (!commit(m_ticket)) {
        m_tipBp = before;
        return false;
    }
    return true;
}

bool CheckoutModel::setTipAmount(qint64 minor)
{
    if (minor < 0) {
        return fail(tr("The tip cannot be negative."));
    }
    if (m_ticket.lines.isEmpty()) {
        return fail(tr("Add an item before a tip."));
    }
    const int before = m_tipBp;
    m_tipBp = -1;
    Ticket next = m_ticket;
    next.tipMinor = minor;
    if (!commit(next)) {
        m_tipBp = before;
        return false;
    }
    return true;
}

void CheckoutModel::clear()
{
    startTicket();
    m_lines.show(m_ticket, m_totals);
    setError({});
    Q_EMIT approvalChanged(); // a new ticket: a new record for approvals
    Q_EMIT changed();
}

void CheckoutModel::finishSale()
{
    clear();
}
