// madangctl device show | audit verify
#include "audit/auditlog.h"
#include "base/textrules.h"
#include "clistore.h"
#include "commands.h"
#include "deviceidentity.h"
#include "workflows/store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace madang;

namespace {
int showDevice(const CliContext &ctx)
{
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadOnly);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    auto exists = DeviceIdentity::exists(*db.value());
    if (!exists) {
        return failed(ctx, exists.error().message);
    }
    if (!exists.value()) {
        return failed(ctx, QStringLiteral("%1 has no device identity yet; run madangctl init or start madang once")
                               .arg(ctx.args.db()));
    }
    // The identity is only loaded, never created, on a read-only database.
    auto identity = DeviceIdentity::ensure(*db.value(), ctx.clock, secretsRoot(ctx.args));
    if (!identity) {
        return failed(ctx, identity.error().message);
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("terminal_id"), identity->terminalId()},
                               {QStringLiteral("public_key_pem"), identity->publicKeyPem()},
                               {QStringLiteral("secrets_dir"), identity->secretsDirectory()}};
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << "terminal " << identity->terminalId() << "\nsecrets  " << identity->secretsDirectory() << "\n"
                << identity->publicKeyPem() << Qt::flush;
    }
    return ExitOk;
}

int setTerminal(const CliContext &ctx)
{
    const QString terminal = ctx.args.word(2);
    if (!DeviceIdentity::isValidTerminalId(terminal)) {
        ctx.err << "madangctl: device set-terminal needs an id: a capital letter, then up to 7 capitals or digits"
                << Qt::endl;
        return ExitUsage;
    }
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadWrite);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    auto identity = DeviceIdentity::ensure(*db.value(), ctx.clock, secretsRoot(ctx.args));
    if (!identity) {
        return failed(ctx, identity.error().message);
    }
    const QString before = identity->terminalId();
    AuditLog audit(*db.value(), ctx.clock);
    if (auto renamed = identity.value().setTerminalId(terminal, audit, QStringLiteral("madangctl device set-terminal"));
        !renamed) {
        return failed(ctx, renamed.error().message);
    }
    ctx.out << "terminal " << before << " is now " << terminal << Qt::endl;
    return ExitOk;
}

int verifyAudit(const CliContext &ctx)
{
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadOnly);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    auto verdict = AuditLog::verify(db.value()->connection());
    if (!verdict) {
        return failed(ctx, verdict.error().message);
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("ok"), verdict->ok},
                         {QStringLiteral("entries"), verdict->entries},
                         {QStringLiteral("head"), verdict->lastHash}};
        if (!verdict->ok) {
            json.insert(QStringLiteral("first_bad_seq"), verdict->firstBadSeq);
            json.insert(QStringLiteral("reason"), verdict->reason);
        }
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact)
                << Qt::endl; // scripts read stdout; the exit code says ok
    } else if (verdict->ok) {
        ctx.out << "audit: chain intact, " << verdict->entries << " entries, head " << verdict->lastHash << Qt::endl;
    } else {
        ctx.err << "audit: NOT intact at entry " << verdict->firstBadSeq << " of " << verdict->entries << ": "
                << visibleText(verdict->reason) << Qt::endl;
    }
    return verdict->ok ? ExitOk : ExitFailed;
}
} // namespace

QString secretsRoot(const CliArgs &args)
{
    return QFileInfo(args.option(QStringLiteral("secrets"), DeviceIdentity::defaultSecretsRoot())).absoluteFilePath();
}

int runDevice(const CliContext &ctx)
{
    if (!ctx.args.unknown({QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("json")}).isEmpty()) {
        ctx.err << "madangctl: device takes only --json and --secrets DIR" << Qt::endl;
        return ExitUsage;
    }
    if (ctx.args.word(1) == QStringLiteral("show")) {
        return showDevice(ctx);
    }
    if (ctx.args.word(1) == QStringLiteral("set-terminal")) {
        return setTerminal(ctx);
    }
    ctx.err << "madangctl: device needs show or set-terminal ID" << Qt::endl;
    return ExitUsage;
}

int runAudit(const CliContext &ctx)
{
    if (!ctx.args.unknown({QStringLiteral("db"), QStringLiteral("json")}).isEmpty()) {
        ctx.err << "madangctl: audit verify takes only --json" << Qt::endl;
        return ExitUsage;
    }
    if (ctx.args.word(1) == QStringLiteral("verify")) {
        return verifyAudit(ctx);
    }
    ctx.err << "madangctl: audit needs verify" << Qt::endl;
    return ExitUsage;
}
