// madangctl shift open | cash | report | close
#include "base/money.h"
#include "clistore.h"
#include "commands.h"
#include "deviceidentity.h"
#include "merchant/merchantrepository.h"
#include "shifts/shiftservice.h"
#include "workflows/store.h"

#include <QJsonDocument>

using namespace madang;

namespace {
void printReport(const CliContext &ctx, const ShiftReport &r, const Currency &currency)
{
    if (ctx.args.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const auto money = [&currency](qint64 minor) { return Money(minor, currency).display(); };
    ctx.out << (r.zNumber > 0 ? QStringLiteral("Z-report %1").arg(r.zNumber) : QStringLiteral("X-report")) << " "
            << r.terminal << ", opened " << r.openedAt << (r.openedAutomatically ? " by a sale (no float counted)" : "")
            << Qt::endl
            << "sales    " << r.salesCount << "  " << money(r.salesMinor) << Qt::endl
            << "refunds  " << r.refundsCount << "  " << money(r.refundsMinor) << Qt::endl
            << "voids    " << r.voidsCount << "  " << money(r.voidsMinor) << Qt::endl
            << "net      " << money(r.netMinor) << " (tips " << money(r.tipsMinor) << ", discounts "
            << money(r.discountsMinor) << ")" << Qt::endl;
    for (const auto &m : r.byMethod) {
        ctx.out << "  " << m.method << "  " << m.count << "  " << money(m.amountMinor) << Qt::endl;
    }
    for (const auto &v : r.byVat) {
        ctx.out << "  VAT " << v.vatBp / 100.0 << "%  gross " << money(v.grossMinor) << "  VAT " << money(v.vatMinor)
                << Qt::endl;
    }
    ctx.out << "cash expected " << money(r.expectedCashMinor);
    if (r.zNumber > 0) {
        ctx.out << ", counted " << money(r.countedCashMinor) << ", difference " << money(r.differenceMinor);
    }
    ctx.out << Qt::endl;
    if (r.outOfRangeCount > 0) {
        ctx.out << "left out " << r.outOfRangeCount << " stored figure(s) beyond the maximum of "
                << money(Money::kMaxTotalMinor) << " (" << money(Money::kMaxAmountMinor)
                << " for the float and cash movements), written before the limits; the rows are unchanged" << Qt::endl;
    }
}
} // namespace

int runShift(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    if (const QStringList bad = ctx.args.unknown(
            {QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("float"), QStringLiteral("counted"),
             QStringLiteral("reason"), QStringLiteral("staff"), QStringLiteral("json")});
        !bad.isEmpty() || (sub != QLatin1String("open") && sub != QLatin1String("cash") &&
                           sub != QLatin1String("report") && sub != QLatin1String("close"))) {
        return failed(ctx,
                      QStringLiteral("shift needs open --float AMOUNT | cash in|out AMOUNT --reason TEXT | report | "
                                     "close --counted AMOUNT"),
                      ExitUsage);
    }
    auto opened = openLedgerStore(ctx);
    if (!opened) {
        return ExitFailed;
    }
    Store &s = *opened->store;
    const Currency &currency = opened->currency;
    const DeviceIdentity &device = *opened->device;
    // Every amount is checked against its limit here, before the store is asked.
    const auto amount = [&](const QString &text, const QString &what, const QString &noun,
                            qint64 max = Money::kMaxAmountMinor) -> Result<qint64> {
        auto m = Money::parseMajor(text, currency);
        if (!m) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(what, m.error().message));
        }
        if (auto checked = Money::checkAmount(m->minor(), noun, currency, max); !checked) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(what, checked.error().message));
        }
        return m.value().minor();
    };
    const SaleContext who{{},
                          ctx.args.option(QStringLiteral("staff"), QStringLiteral("madangctl")),
                          {},
                          ctx.args.option(QStringLiteral("reason"))};
    if (sub == QLatin1String("open")) {
        auto floatMinor = amount(ctx.args.option(QStringLiteral("float"), QStringLiteral("0")),
                                 QStringLiteral("--float"), QStringLiteral("opening float"));
        auto shift = floatMinor ? s.shifts().open(floatMinor.value(), currency.code, who, device)
                                : Result<Shift>(floatMinor.error());
        if (!shift) {
            return refused(ctx, shift.error());
        }
        ctx.out << "shift open since " << shift->openedAt << ", float " << Money(shift->floatMinor, currency).display()
                << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("cash")) {
        const QString kind = ctx.args.word(2);
        auto cash = amount(ctx.args.word(3), QStringLiteral("cash %1").arg(kind), QStringLiteral("cash %1").arg(kind));
        const Status moved = cash ? s.shifts().moveCash(kind, cash.value(), who, device) : Status(cash.error());
        if (!moved && moved.error().code == ErrorCode::Forbidden && kind == QLatin1String("out")) {
            // madangctl has no manager approvals: the terminal's screen asks for one.
            return failed(ctx,
                          moved.error().message +
                              QStringLiteral(" Take it out at the terminal, where a manager can approve it."),
                          ExitBadInput);
        }
        if (!moved) {
            return refused(ctx, moved.error());
        }
        ctx.out << "cash " << kind << " " << Money(cash.value(), currency).display() << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("report")) {
        auto x = s.shifts().report(device.terminalId());
        if (!x) {
            return refused(ctx, x.error());
        }
        printReport(ctx, x.value(), currency);
        return ExitOk;
    }
    if (!ctx.args.has(QStringLiteral("counted"))) {
        return failed(ctx, QStringLiteral("shift close needs --counted AMOUNT (the cash in the drawer)"), ExitUsage);
    }
    auto counted = amount(ctx.args.option(QStringLiteral("counted")), QStringLiteral("--counted"),
                          QStringLiteral("counted cash"), Money::kMaxTotalMinor);
    auto z = counted ? s.shifts().close(counted.value(), who, device) : Result<ShiftReport>(counted.error());
    if (!z) {
        return refused(ctx, z.error());
    }
    printReport(ctx, z.value(), currency);
    return ExitOk;
}
