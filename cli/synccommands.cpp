// madangctl pair | sync: the terminal's side of docs/sync-protocol.md.
#include "clistore.h"
#include "commands.h"
#include "deviceidentity.h"
#include "engine/networktransport.h"
#include "engine/syncengine.h"
#include "workflows/ledgersummary.h"
#include "workflows/store.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace madang;

namespace {

/// The store (set up or not: a terminal joining a merchant is set up by its first pull), its device identity
/// and an engine over the network.
struct SyncSession
{
    std::unique_ptr<Store> store;
    std::unique_ptr<DeviceIdentity> device;
    sync::NetworkTransport transport;
    std::unique_ptr<sync::SyncEngine> engine;
};

std::unique_ptr<SyncSession> openSession(const CliContext &ctx)
{
    auto session = std::make_unique<SyncSession>();
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadWrite, ctx.clock);
    if (!store) {
        failed(ctx, store.error().message);
        return nullptr;
    }
    session->store = std::move(store).value();
    auto device = DeviceIdentity::ensure(session->store->database(), ctx.clock, secretsRoot(ctx.args));
    if (!device) {
        failed(ctx, device.error().message);
        return nullptr;
    }
    session->device = std::make_unique<DeviceIdentity>(std::move(device).value());
    session->engine =
        std::make_unique<sync::SyncEngine>(*session->store, *session->device, session->transport, ctx.clock);
    return session;
}

void print(const CliContext &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

int runPair(const CliContext &ctx)
{
    if (const QStringList bad =
            ctx.args.unknown({QStringLiteral("platform"), QStringLiteral("code"), QStringLiteral("json")});
        !bad.isEmpty() || ctx.args.option(QStringLiteral("platform")).isEmpty() ||
        ctx.args.option(QStringLiteral("code")).isEmpty()) {
        return failed(ctx, QStringLiteral("usage: pair --platform URL --code CODE [--json]"), ExitUsage);
    }
    auto session = openSession(ctx);
    if (!session) {
        return ExitFailed;
    }
    auto paired = session->engine->pair(QUrl(ctx.args.option(QStringLiteral("platform"))),
                                        ctx.args.option(QStringLiteral("code")));
    if (!paired) {
        return refused(ctx, paired.error());
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        print(ctx, paired->toJson());
    } else {
        ctx.out << "paired with " << paired->merchantName << " as terminal " << paired->terminalId << Qt::endl;
    }
    return ExitOk;
}

int runSync(const CliContext &ctx)
{
    const bool once = ctx.args.has(QStringLiteral("once"));
    const bool status = ctx.args.word(1) == QLatin1String("status");
    if (!ctx.args.unknown({QStringLiteral("once"), QStringLiteral("json")}).isEmpty() || once == status ||
        (!status && !ctx.args.word(1).isEmpty())) {
        return failed(ctx, QStringLiteral("usage: sync --once [--json] | sync status [--json]"), ExitUsage);
    }
    auto session = openSession(ctx);
    if (!session) {
        return ExitFailed;
    }
    if (status) {
        auto s = session->engine->status();
        if (!s) {
            return failed(ctx, s.error().message);
        }
        auto summary = LedgerSummary::ofTerminal(session->store->database().connection());
        if (!summary) {
            return failed(ctx, summary.error().message);
        }
        print(ctx, {{QStringLiteral("paired"), s->paired},
                    {QStringLiteral("platform"), s->url},
                    {QStringLiteral("merchant"), s->merchantName},
                    {QStringLiteral("terminal_id"), s->terminalId},
                    {QStringLiteral("pending"), s->pending},
                    {QStringLiteral("needs_attention"), s->needsAttention},
                    {QStringLiteral("conflicts"), summary->conflicts()},
                    {QStringLiteral("last_sync_at"), s->lastSyncAt}});
        return ExitOk;
    }
    auto round = session->engine->syncOnce();
    if (!round) {
        return refused(ctx, round.error());
    }
    const QJsonObject o{
        {QStringLiteral("pushed"), round->pushed},        {QStringLiteral("duplicates"), round->duplicates},
        {QStringLiteral("conflicts"), round->conflicts},  {QStringLiteral("rejected"), round->rejected},
        {QStringLiteral("pulled"), round->pulled},        {QStringLiteral("skipped"), round->skipped},
        {QStringLiteral("unapplied"), round->unapplied},  {QStringLiteral("pending"), round->pending},
        {QStringLiteral("superseded"), round->superseded}};
    if (ctx.args.has(QStringLiteral("json"))) {
        print(ctx, o);
    } else {
        ctx.out << "pushed " << round->pushed << " (" << round->duplicates << " already there), rejected "
                << round->rejected << ", pulled " << round->pulled << ", " << round->pending << " still pending"
                << Qt::endl;
    }
    return ExitOk;
}

int runSummary(const CliContext &ctx)
{
    if (!ctx.args.unknown({QStringLiteral("json"), QStringLiteral("secrets")}).isEmpty() ||
        !ctx.args.word(1).isEmpty()) {
        return failed(ctx, QStringLiteral("usage: summary [--json]"), ExitUsage);
    }
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadOnly, ctx.clock);
    if (!store) {
        return failed(ctx, store.error().message);
    }
    auto summary = LedgerSummary::ofTerminal(store.value()->database().connection());
    if (!summary) {
        return failed(ctx, summary.error().message);
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        print(ctx, summary->toJson());
    } else {
        ctx.out << summary->orderCount << " orders, total " << summary->orderTotalMinor << " (minor units); "
                << summary->conflicts() << " bookings in conflict" << Qt::endl;
    }
    return ExitOk;
}
