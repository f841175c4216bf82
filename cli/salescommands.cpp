// madangctl sale | journal export | journal pubkey | journal verify
#include "catalogrepository.h"
#include "commands.h"
#include "deviceidentity.h"
#include "journal.h"
#include "merchantrepository.h"
#include "money.h"
#include "saleservice.h"
#include "store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace madang;

namespace {
int failed(const CliContext &ctx, const QString &message, int code = ExitFailed)
{
    ctx.err << "madangctl: " << message << Qt::endl;
    return code;
}

/// Errors in what was asked (bad SKU, short tender) exit 2; storage trouble exits 1.
int refused(const CliContext &ctx, const Error &error)
{
    const bool input =
        error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound || error.code == ErrorCode::Conflict;
    return failed(ctx, error.message, input ? ExitBadInput : ExitFailed);
}

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
        left -= payment::givesChange(tender.value().method) ? tender.value().tenderedMinor : tender.value().amountMinor;
        s.tenders << tender.value();
    }
    return s;
}

/// The device identity of an existing terminal; never creates one.
Result<DeviceIdentity> existingDevice(const CliContext &ctx, Database &db)
{
    auto exists = DeviceIdentity::exists(db);
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 has no device identity; run madangctl init first").arg(ctx.args.db()));
    }
    return DeviceIdentity::ensure(db, ctx.clock, secretsRoot(ctx.args));
}

int exportJournal(const CliContext &ctx, Database &db)
{
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        return failed(ctx, QStringLiteral("journal export needs --out FILE"), ExitUsage);
    }
    QSaveFile file(out); // all or nothing: a half-written export never replaces a good one
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    }
    Journal journal(db);
    auto n = journal.exportTo(file);
    if (!n) {
        file.cancelWriting();
        return failed(ctx, n.error().message);
    }
    if (!file.commit()) {
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    }
    ctx.out << "journal: " << n.value() << " entries written to " << out << Qt::endl;
    return ExitOk;
}

int verifyJournal(const CliContext &ctx, Database &db, const DeviceIdentity &device)
{
    JournalVerdict verdict;
    const QString path = ctx.args.option(QStringLiteral("file"));
    if (path.isEmpty()) {
        auto stored = Journal(db).verifyStored(device.signatureCheck());
        if (!stored) {
            return failed(ctx, stored.error().message);
        }
        verdict = stored.value();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return failed(ctx, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), ExitBadInput);
        }
        verdict = Journal::verifyExport(file.readAll(), device.signatureCheck());
    }
    const QString what = path.isEmpty() ? QStringLiteral("entry") : QStringLiteral("line");
    if (ctx.args.has(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("ok"), verdict.ok}, {QStringLiteral("entries"), verdict.entries}};
        if (!verdict.ok) {
            json.insert(QStringLiteral("first_bad_") + what, verdict.firstBadSeq);
            json.insert(QStringLiteral("reason"), verdict.reason);
        }
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (verdict.ok) {
        ctx.out << "journal: intact, " << verdict.entries << " entries, signed by " << device.terminalId() << Qt::endl;
    } else {
        ctx.err << "journal: NOT intact at " << what << ' ' << verdict.firstBadSeq << ": " << verdict.reason
                << Qt::endl;
    }
    return verdict.ok ? ExitOk : ExitBadInput;
}
} // namespace

int runJournal(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    if (sub != QLatin1String("export") && sub != QLatin1String("pubkey") && sub != QLatin1String("verify")) {
        return failed(ctx, QStringLiteral("journal needs export --out FILE, pubkey, or verify [--file FILE]"),
                      ExitUsage);
    }
    if (const QStringList bad =
            ctx.args.unknown({QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("out"),
                              QStringLiteral("file"), QStringLiteral("json")});
        !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("journal %1 does not take %2").arg(sub, bad.join(QLatin1String(", "))),
                      ExitUsage);
    }
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadOnly);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    if (sub == QLatin1String("export")) {
        return exportJournal(ctx, *db.value());
    }
    auto device = existingDevice(ctx, *db.value());
    if (!device) {
        return failed(ctx, device.error().message);
    }
    if (sub == QLatin1String("pubkey")) {
        ctx.out << device.value().publicKeyPem() << Qt::flush;
        return ExitOk;
    }
    return verifyJournal(ctx, *db.value(), device.value());
}

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
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadWrite, ctx.clock);
    if (!store) {
        return failed(ctx, store.error().message);
    }
    Store &s = *store.value();
    auto profile = s.merchant().profile();
    if (!profile) {
        return failed(ctx, profile.error().message);
    }
    if (!profile.value()) {
        return failed(ctx, QStringLiteral("%1 is not set up; run madangctl init first").arg(ctx.args.db()));
    }
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
    auto device = DeviceIdentity::ensure(s.database(), ctx.clock, secretsRoot(ctx.args));
    if (!device) {
        return failed(ctx, device.error().message);
    }
    auto sellable = readSale(ctx, s, *profile.value());
    if (!sellable) {
        return refused(ctx, sellable.error());
    }
    auto sale = s.sales().finalize(sellable.value().ticket, sellable.value().tenders, {who->id, who->name, {}, {}},
                                   device.value());
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
                << profile.value()->currency << " minor units), journal entry " << f.journal.seq << Qt::endl;
    }
    return ExitOk;
}
