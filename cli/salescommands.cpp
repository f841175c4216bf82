// madangctl sale (the journal commands are in journalcommands.cpp)
#include "base/money.h"
#include "catalog/catalogrepository.h"
#include "clistore.h"
#include "commands.h"
#include "deviceidentity.h"
#include "merchant/merchantrepository.h"
#include "sales/saleservice.h"
#include "workflows/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace madang;

namespace {
struct Sellable
{
    Ticket ticket;
    QList<PaymentInput> tenders;
};

/// "SKU" or "SKUx3".
Result<TicketLine> parseItem(Store &store, const QString &spec)
{
    static const QRegularExpression withQty(QStringLiteral("^(.+)x(-?[0-9]+)$"));
    QString sku = spec;
    qint64 qty = 1;
    if (const auto m = withQty.match(spec); m.hasMatch()) {
        sku = m.captured(1);
        bool ok = false;
        qty = m.captured(2).toLongLong(&ok);
        if (!ok || qty < 1 || qty > Money::kMaxQuantity) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--item %1: the quantity %2 is out of range "
                                            "(1 to %3)")
                                 .arg(spec, m.captured(2), Money(Money::kMaxQuantity, Currency{}).display()));
        }
    }
    auto item = store.catalog().findBySku(sku);
    if (!item) {
        return item.error();
    }
    if (!item.value() || !item.value()->active) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--item %1: no active item has the SKU \"%2\"").arg(spec, sku));
    }
    return TicketLine::fromItem(*item.value(), qty);
}

/// "cash", "cash:50000", "card:REF" or "card:REF:AMOUNT" (amounts in major units).
Result<PaymentInput> parseTender(const QString &spec, const Currency &currency, qint64 left)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const auto amount = [&](const QString &text) -> Result<qint64> {
        auto money = Money::parseMajor(text, currency);
        if (!money) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--pay %1: %2").arg(spec, money.error().message));
        }
        return money.value().minor();
    };
    if (parts.at(0) == QLatin1String("cash") && parts.size() <= 2) {
        if (parts.size() == 1) {
            return PaymentInput::cash(left);
        }
        auto tendered = amount(parts.at(1));
        return tendered ? Result<PaymentInput>(PaymentInput::cash(tendered.value())) : tendered.error();
    }
    if (parts.at(0) == QLatin1String("card") && (parts.size() == 2 || parts.size() == 3)) {
        qint64 charged = left;
        if (parts.size() == 3) {
            auto a = amount(parts.at(2));
            if (!a) {
                return a.error();
            }
            charged = a.value();
        }
        return PaymentInput::card(charged, parts.at(1));
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("--pay %1: expected cash, cash:TENDERED, card:REF or card:REF:AMOUNT").arg(spec));
}

Result<Sellable> readSale(const CliContext &ctx, Store &store, const MerchantProfile &profile)
{
    Sellable s;
    s.ticket.currency = profile.currency;
    s.ticket.pricesIncludeVat = profile.pricesIncludeVat;
    auto currency = Currency::fromCode(profile.currency);
    if (!currency) {
        return currency.error();
    }
    for (const QString &spec : ctx.args.values(QStringLiteral("item"))) {
        auto line = parseItem(store, spec);
        if (!line) {
            return line.error();
        }
        s.ticket.lines << line.value();
    }
    if (ctx.args.has(QStringLiteral("tip"))) {
        auto tip = Money::parseMajor(ctx.args.option(QStringLiteral("tip")), currency.value());
        if (!tip) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--tip: %1").arg(tip.error().message));
        }
        if (auto checked = Money::checkAmount(tip->minor(), QStringLiteral("tip"), currency.value()); !checked) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--tip: %1").arg(checked.error().message));
        }
        s.ticket.tipMinor = tip.value().minor();
    }
    auto totals = priceTicket(s.ticket);
    if (!totals) {
        return totals.error();
    }
    qint64 left = totals.value().totalMinor;
    for (const QString &spec : ctx.args.values(QStringLiteral("pay"))) {
        auto tender = parseTender(spec, currency.value(), std::max<qint64>(left, 0));
        if (!tender) {
            return tender.error();
        }
        s.tenders << tender.value();
        left = payment::remainingMinor(totals.value().totalMinor, s.tenders);
    }
    return s;
}

} // namespace

int runSale(const CliContext &ctx)
{
    if (const QStringList bad = ctx.args.unknown({QStringLiteral("db"), QStringLiteral("secrets"),
                                                  QStringLiteral("item"), QStringLiteral("tip"), QStringLiteral("pay"),
                                                  QStringLiteral("staff"), QStringLiteral("json")});
        !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("sale does not take %1").arg(bad.join(QLatin1String(", "))), ExitUsage);
    }
    if (ctx.args.values(QStringLiteral("item")).isEmpty() || ctx.args.values(QStringLiteral("pay")).isEmpty()) {
        return failed(ctx,
                      QStringLiteral("sale needs --item SKU[xQTY] (one or more) and --pay cash[:TENDERED]|card:REF"),
                      ExitUsage);
    }
    auto opened = openLedgerStore(ctx);
    if (!opened) {
        return ExitFailed;
    }
    Store &s = *opened->store;
    auto staff = s.merchant().staff();
    if (!staff) {
        return failed(ctx, staff.error().message);
    }
    const QString staffName = ctx.args.option(QStringLiteral("staff"));
    const auto who = std::find_if(staff.value().begin(), staff.value().end(), [&staffName](const StaffMember &m) {
        return m.active && (staffName.isEmpty() ? m.role == QLatin1String("owner") : m.name == staffName);
    });
    if (who == staff.value().end()) {
        return failed(ctx, QStringLiteral("no active staff member named \"%1\"").arg(staffName), ExitBadInput);
    }
    auto sellable = readSale(ctx, s, opened->profile);
    if (!sellable) {
        return refused(ctx, sellable.error());
    }
    auto sale = s.sales().finalize(sellable.value().ticket, sellable.value().tenders, {who->id, who->name, {}, {}},
                                   *opened->device);
    if (!sale) {
        return refused(ctx, sale.error());
    }
    const FinalizedSale &f = sale.value();
    if (ctx.args.has(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("order_id"), f.orderId},
                               {QStringLiteral("receipt"), f.receipt},
                               {QStringLiteral("total_minor"), f.totalMinor},
                               {QStringLiteral("change_minor"), f.changeMinor}};
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << "sale " << f.receipt << ": total " << f.totalMinor << ", change " << f.changeMinor << " ("
                << opened->profile.currency << " minor units), journal entry " << f.journal.seq << Qt::endl;
    }
    return ExitOk;
}
