#include "sales/ticket.h"

#include "base/money.h"
#include "base/widemoney.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <map>
#include <numeric>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ticket)
};

constexpr qint64 kFullBp = 10000;

using Wide = wide::Int;
using wide::mulDivRound;

/// Adds value to sum unless the result would pass Money::kMaxTotalMinor (both are >= 0 here).
bool addChecked(qint64 &sum, qint64 value)
{
    return !__builtin_add_overflow(sum, value, &sum) && sum <= Money::kMaxTotalMinor;
}

Error totalTooLarge(const QString &what, const Currency &currency)
{
    return makeError(
        ErrorCode::InvalidInput,
        Text::tr("The %1 is over the maximum of %2.").arg(what, Money(Money::kMaxTotalMinor, currency).display()));
}

/// The amount a discount takes off base, or an error naming what it was for.
Result<qint64> discountOf(const Discount &d, qint64 base, const QString &what, const Currency &currency)
{
    if (d.isNone()) {
        return qint64{0};
    }
    if (d.value < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A discount on %1 cannot be negative.").arg(what));
    }
    if (d.kind == Discount::Kind::Percent) {
        if (d.value > kFullBp) {
            return makeError(ErrorCode::InvalidInput, Text::tr("A discount on %1 cannot exceed 100%.").arg(what));
        }
        return mulDivRound(base, d.value, kFullBp);
    }
    if (auto checked = Money::checkAmount(d.value, Text::tr("discount on %1").arg(what), currency); !checked) {
        return checked.error();
    }
    if (d.value > base) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The discount on %1 is more than its amount.").arg(what));
    }
    return d.value;
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toInteger(0) != v.toInteger(1)) {
        return std::nullopt;
    }
    return v.toInteger();
}

QJsonObject discountJson(const Discount &d)
{
    const char *kind = d.kind == Discount::Kind::Percent  ? "percent"
                       : d.kind == Discount::Kind::Amount ? "amount"
                                                          : "none";
    return {{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("value"), d.value}};
}

std::optional<Discount> discountFromJson(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull()) {
        return Discount{};
    }
    const QJsonObject o = v.toObject();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto value = wholeNumber(o.value(QStringLiteral("value")));
    if (!value) {
        return std::nullopt;
    }
    if (kind == QLatin1String("percent")) {
        return Discount::percent(*value);
    }
    if (kind == QLatin1String("amount")) {
        return Discount::amount(*value);
    }
    return kind == QLatin1String("none") ? std::optional(Discount{}) : std::nullopt;
}
} // namespace

TicketLine TicketLine::fromItem(const CatalogItem &item, qint64 qty)
{
    TicketLine line;
    line.itemId = item.id;
    line.sku = item.sku;
    line.name = item.name;
    line.qty = qty;
    line.unitMinor = item.priceMinor;
    line.vatBp = item.vatBasisPoints;
    return line;
}

QList<qint64> shareProportionally(qint64 total, const QList<qint64> &weights)
{
    const qsizetype n = weights.size();
    QList<qint64> shares(n, 0);
    if (n == 0) {
        return shares;
    }
    if (total < 0) {
        QList<qint64> negated = shareProportionally(-total, weights);
        std::transform(negated.begin(), negated.end(), negated.begin(), [](qint64 v) { return -v; });
        return negated;
    }
    const Wide sum = std::accumulate(weights.begin(), weights.end(), static_cast<Wide>(0));
    if (sum == 0) {
        for (qsizetype i = 0; i < n; ++i) {
            shares[i] = total / n + (i < total % n ? 1 : 0);
        }
        return shares;
    }
    QList<std::pair<Wide, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Wide part = static_cast<Wide>(total) * weights.at(i);
        shares[i] = static_cast<qint64>(part / sum);
        given += shares[i];
        remainders.append({part % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < total; ++k, ++given) {
        ++shares[remainders.at(k % n).second];
    }
    return shares;
}

Status validateChoices(const QList<ModifierGroup> &groups, const QList<ModifierChoice> &choices)
{
    QHash<QString, int> countByGroup;
    QSet<std::pair<QString, QString>> seen; // (group, option): option ids need only be unique within a group
    for (const ModifierChoice &c : choices) {
        const auto group =
            std::find_if(groups.begin(), groups.end(), [&c](const ModifierGroup &g) { return g.id == c.groupId; });
        const bool known =
            group != groups.end() && std::any_of(group->options.begin(), group->options.end(),
                                                 [&c](const ModifierOption &o) { return o.id == c.optionId; });
        if (!known) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("The option %1 is not offered with this item.").arg(c.optionName));
        }
        if (seen.contains({c.groupId, c.optionId})) {
            return makeError(ErrorCode::InvalidInput, Text::tr("The option %1 is chosen twice.").arg(c.optionName));
        }
        seen.insert({c.groupId, c.optionId});
        ++countByGroup[c.groupId];
    }
    for (const ModifierGroup &g : groups) {
        const int n = countByGroup.value(g.id);
        if (n < g.minChoices) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1: choose at least %n option(s).", nullptr, g.minChoices).arg(g.name));
        }
        if (n > g.maxChoices) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1: choose at most %n option(s).", nullptr, g.maxChoices).arg(g.name));
        }
    }
    return Done{};
}

Result<TicketTotals> priceTicket(const Ticket &ticket)
{
    if (ticket.lines.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The ticket has no items."));
    }
    // An unknown code only changes how a refused amount is shown.
    const auto known = Currency::fromCode(ticket.currency);
    const Currency currency = known ? known.value() : Currency{ticket.currency, 0, {}};
    if (ticket.tipMinor < 0) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The tip cannot be negative."));
    }
    if (auto tip = Money::checkAmount(ticket.tipMinor, Text::tr("tip"), currency); !tip) {
        return tip.error();
    }
    TicketTotals totals;
    QList<qint64> afterLineDiscount;
    for (const TicketLine &line : ticket.lines) {
        if (line.qty < 1) {
            return makeError(ErrorCode::InvalidInput, Text::tr("%1: the quantity must be 1 or more.").arg(line.name));
        }
        if (auto qty = Money::checkQuantity(line.qty, line.name); !qty) {
            return qty.error();
        }
        if (line.vatBp < 0 || line.vatBp > kFullBp) {
            return makeError(ErrorCode::InvalidInput, Text::tr("%1: the VAT rate is out of range.").arg(line.name));
        }
        // The catalog price itself must not be negative, even when its options would lift it above zero.
        if (line.unitMinor < 0) {
            return makeError(ErrorCode::InvalidInput, Text::tr("%1: the price is negative.").arg(line.name));
        }
        if (auto price = Money::checkAmount(line.unitMinor, Text::tr("price of %1").arg(line.name), currency); !price) {
            return price.error();
        }
        qint64 unit = line.unitMinor;
        for (const ModifierChoice &m : line.modifiers) {
            if (m.priceMinor < 0) {
                return makeError(ErrorCode::InvalidInput, Text::tr("%1: an option price is invalid.").arg(line.name));
            }
            if (auto option = Money::checkAmount(m.priceMinor, Text::tr("option price of %1").arg(line.name), currency);
                !option) {
                return option.error();
            }
            if (!addChecked(unit, m.priceMinor)) {
                return totalTooLarge(Text::tr("price of %1 with its options").arg(line.name), currency);
            }
        }
        PricedLine priced;
        // unit <= kMaxTotalMinor and qty <= kMaxQuantity: the product fits in 64 bits.
        priced.grossMinor = unit * line.qty;
        if (priced.grossMinor > Money::kMaxTotalMinor) {
            return totalTooLarge(Text::tr("line total of %1 (%2 × %3)")
                                     .arg(line.name, QString::number(line.qty), Money(unit, currency).display()),
                                 currency);
        }
        auto off = discountOf(line.discount, priced.grossMinor, line.name, currency);
        if (!off) {
            return off.error();
        }
        priced.lineDiscountMinor = off.value();
        afterLineDiscount << priced.grossMinor - priced.lineDiscountMinor;
        if (!addChecked(totals.subtotalMinor, priced.grossMinor)) {
            return totalTooLarge(Text::tr("ticket total"), currency);
        }
        totals.lines << priced;
    }
    const qint64 base = std::accumulate(afterLineDiscount.begin(), afterLineDiscount.end(), qint64{0});
    auto orderOff = discountOf(ticket.orderDiscount, base, Text::tr("the order"), currency);
    if (!orderOff) {
        return orderOff.error();
    }
    const QList<qint64> orderShares = shareProportionally(orderOff.value(), afterLineDiscount);
    std::map<int, QList<qsizetype>> linesByRate;
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        PricedLine &p = totals.lines[i];
        p.orderDiscountMinor = orderShares.at(i);
        p.totalMinor = afterLineDiscount.at(i) - p.orderDiscountMinor;
        totals.discountMinor += p.lineDiscountMinor + p.orderDiscountMinor;
        linesByRate[ticket.lines.at(i).vatBp] << i;
    }
    qint64 linesTotal = 0;
    for (const auto &[rate, indexes] : linesByRate) {
        QList<qint64> amounts;
        for (const qsizetype i : indexes) {
            amounts << totals.lines.at(i).totalMinor;
        }
        const qint64 sum = std::accumulate(amounts.begin(), amounts.end(), qint64{0});
        VatBucket bucket{rate, sum, sum, 0};
        if (ticket.pricesIncludeVat) {
            bucket.netMinor = mulDivRound(sum, kFullBp, kFullBp + rate);
            bucket.vatMinor = sum - bucket.netMinor;
        } else {
            bucket.vatMinor = mulDivRound(sum, rate, kFullBp);
            bucket.grossMinor = sum + bucket.vatMinor;
        }
        const QList<qint64> lineVat = shareProportionally(bucket.vatMinor, amounts);
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            totals.lines[indexes.at(k)].vatMinor = lineVat.at(k);
        }
        totals.vatMinor += bucket.vatMinor;
        linesTotal += bucket.grossMinor;
        totals.vat << bucket;
    }
    totals.tipMinor = ticket.tipMinor;
    totals.totalMinor = linesTotal + ticket.tipMinor; // each below kMaxTotalMinor × 2: no overflow
    if (totals.totalMinor > Money::kMaxTotalMinor) {
        return totalTooLarge(Text::tr("ticket total %1").arg(Money(totals.totalMinor, currency).display()), currency);
    }
    return totals;
}

QJsonObject Ticket::toJson() const
{
    QJsonArray lineArray;
    for (const TicketLine &l : lines) {
        QJsonArray mods;
        for (const ModifierChoice &m : l.modifiers) {
            mods.append(QJsonObject{{QStringLiteral("group_id"), m.groupId},
                                    {QStringLiteral("group"), m.groupName},
                                    {QStringLiteral("option_id"), m.optionId},
                                    {QStringLiteral("option"), m.optionName},
                                    {QStringLiteral("price_minor"), m.priceMinor}});
        }
        lineArray.append(QJsonObject{{QStringLiteral("item_id"), l.itemId},
                                     {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("qty"), l.qty},
                                     {QStringLiteral("unit_minor"), l.unitMinor},
                                     {QStringLiteral("vat_bp"), l.vatBp},
                                     {QStringLiteral("modifiers"), mods},
                                     {QStringLiteral("note"), l.note},
                                     {QStringLiteral("discount"), discountJson(l.discount)},
                                     {QStringLiteral("staff_id"), l.staffId},
                                     {QStringLiteral("line_id"), l.lineId}});
    }
    QJsonObject json{{QStringLiteral("currency"), currency},
                     {QStringLiteral("prices_include_vat"), pricesIncludeVat},
                     {QStringLiteral("lines"), lineArray},
                     {QStringLiteral("order_discount"), discountJson(orderDiscount)},
                     {QStringLiteral("tip_minor"), tipMinor},
                     {QStringLiteral("table"), tableName},
                     {QStringLiteral("discount_approver_id"), discountApproverId}};
    if (!customerId.isEmpty()) {
        json.insert(QStringLiteral("customer_id"), customerId);
    }
    if (!bookingId.isEmpty()) {
        json.insert(QStringLiteral("booking_id"), bookingId);
    }
    return json;
}

Result<Ticket> Ticket::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &what) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The saved ticket is damaged (%1).").arg(what));
    };
    Ticket t;
    t.currency = json.value(QStringLiteral("currency")).toString();
    t.pricesIncludeVat = json.value(QStringLiteral("prices_include_vat")).toBool(true);
    t.tableName = json.value(QStringLiteral("table")).toString();
    t.discountApproverId =
        json.value(QStringLiteral("discount_approver_id")).toString(); // absent from tickets held before it was kept
    t.bookingId = json.value(QStringLiteral("booking_id")).toString();
    t.customerId = json.value(QStringLiteral("customer_id")).toString();
    const auto tip = wholeNumber(json.value(QStringLiteral("tip_minor")));
    const auto orderDiscount = discountFromJson(json.value(QStringLiteral("order_discount")));
    if (t.currency.isEmpty() || !tip || !orderDiscount || !json.value(QStringLiteral("lines")).isArray()) {
        return bad(QStringLiteral("currency, tip, discount or lines"));
    }
    t.tipMinor = *tip;
    t.orderDiscount = *orderDiscount;
    for (const QJsonValue &lv : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = lv.toObject();
        TicketLine l;
        l.itemId = o.value(QStringLiteral("item_id")).toString();
        l.sku = o.value(QStringLiteral("sku")).toString();
        l.name = o.value(QStringLiteral("name")).toString();
        l.note = o.value(QStringLiteral("note")).toString();
        l.staffId = o.value(QStringLiteral("staff_id")).toString();
        l.lineId = o.value(QStringLiteral("line_id")).toString();
        const auto qty = wholeNumber(o.value(QStringLiteral("qty")));
        const auto unit = wholeNumber(o.value(QStringLiteral("unit_minor")));
        const auto vat = wholeNumber(o.value(QStringLiteral("vat_bp")));
        const auto discount = discountFromJson(o.value(QStringLiteral("discount")));
        if (l.sku.isEmpty() || l.name.isEmpty() || !qty || !unit || !vat || *vat < 0 || *vat > kFullBp || !discount) {
            return bad(QStringLiteral("line %1").arg(t.lines.size() + 1));
        }
        l.qty = *qty;
        l.unitMinor = *unit;
        l.vatBp = static_cast<int>(*vat);
        l.discount = *discount;
        for (const QJsonValue &mv : o.value(QStringLiteral("modifiers")).toArray()) {
            const QJsonObject m = mv.toObject();
            const auto price = wholeNumber(m.value(QStringLiteral("price_minor")));
            if (!price) {
                return bad(QStringLiteral("line %1 option").arg(t.lines.size() + 1));
            }
            l.modifiers << ModifierChoice{
                m.value(QStringLiteral("group_id")).toString(), m.value(QStringLiteral("group")).toString(),
                m.value(QStringLiteral("option_id")).toString(), m.value(QStringLiteral("option")).toString(), *price};
        }
        t.lines << l;
    }
    return t;
}

} // namespace madang
