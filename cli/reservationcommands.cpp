// madangctl reservation deposit-refund: the deposit of a cancelled or missed reservation given back.
#include "clistore.h"
#include "workflows/depositrefund.h"
#include "workflows/store.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace madang;

namespace {

int depositRefund(const CliContext &ctx, Store &store)
{
    const QString id = ctx.args.word(2);
    if (id.isEmpty() || !ctx.args.has(QStringLiteral("reason"))) {
        return failed(ctx, QStringLiteral("reservation deposit-refund needs ID --reason TEXT"), ExitUsage);
    }
    const QString staff = ctx.args.option(QStringLiteral("staff"));
    auto staffId = activeStaffId(store, staff);
    if (!staffId) {
        return refused(ctx, staffId.error());
    }
    auto amount = DepositRefund(store).refund(id, ctx.args.option(QStringLiteral("reason")), staffId.value(),
                                              staff.isEmpty() ? QStringLiteral("madangctl") : staff);
    if (!amount) {
        return refused(ctx, amount.error());
    }
    ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("reservation_id"), id},
                                         {QStringLiteral("refunded_minor"), amount.value()}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

} // namespace

int runReservation(const CliContext &ctx)
{
    if (const QStringList bad = ctx.args.unknown(
            {QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("reason"), QStringLiteral("staff")});
        !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("reservation: unknown option --%1").arg(bad.join(QStringLiteral(", --"))),
                      ExitUsage);
    }
    if (ctx.args.word(1) != QLatin1String("deposit-refund")) {
        return failed(ctx, QStringLiteral("reservation needs deposit-refund ID --reason TEXT"), ExitUsage);
    }
    const std::unique_ptr<Store> store = openSetUpStore(ctx);
    if (!store) {
        return ExitFailed;
    }
    return depositRefund(ctx, *store);
}
