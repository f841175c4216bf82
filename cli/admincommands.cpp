// madangctl init, backup and check.
#include "base/textrules.h"
#include "catalog/catalogrepository.h"
#include "clistore.h"
#include "commands.h"
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "storage/backup.h"
#include "storage/migrator.h"
#include "workflows/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace madang;

namespace {
int usage(const CliContext &ctx, const QString &message)
{
    ctx.err << "madangctl: " << visibleText(message) << Qt::endl;
    return ExitUsage;
}

int failed(const CliContext &ctx, const Error &error)
{
    ctx.err << "madangctl: " << visibleText(error.message) << Qt::endl;
    return error.code == ErrorCode::InvalidInput ? ExitBadInput : ExitFailed;
}

/// The database and secrets folder that init is about to make; removed again unless keep() is called, so that
/// an init refused half way leaves no file behind. What existed before is never touched.
class NewFiles
{
public:
    NewFiles(const QString &db, const QString &secrets)
        : m_db(QFileInfo::exists(db) ? QString() : db), m_secrets(QFileInfo::exists(secrets) ? QString() : secrets)
    {}
    ~NewFiles()
    {
        if (m_kept) {
            return;
        }
        if (!m_db.isEmpty()) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".search"),
                  QStringLiteral(".search-wal"), QStringLiteral(".search-shm")}) {
                QFile::remove(m_db + suffix);
            }
        }
        if (!m_secrets.isEmpty()) {
            QDir(m_secrets).removeRecursively();
        }
    }
    NewFiles(const NewFiles &) = delete;
    NewFiles &operator=(const NewFiles &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_db;
    QString m_secrets;
    bool m_kept = false;
};

bool rejectUnknown(const CliContext &ctx, const QStringList &allowed)
{
    const QStringList bad = ctx.args.unknown(QStringList(allowed) << QStringLiteral("db"));
    if (!bad.isEmpty()) {
        usage(ctx, QStringLiteral("unknown option %1").arg(bad.join(QStringLiteral(", "))));
        return true;
    }
    return false;
}
} // namespace

int runInit(const CliContext &ctx)
{
    if (rejectUnknown(ctx, {QStringLiteral("vertical"), QStringLiteral("name"), QStringLiteral("currency"),
                            QStringLiteral("owner"), QStringLiteral("demo"), QStringLiteral("brn"),
                            QStringLiteral("terminal"), QStringLiteral("secrets")})) {
        return ExitUsage;
    }
    const auto vertical = verticalFromString(ctx.args.option(QStringLiteral("vertical")));
    if (!vertical) {
        return usage(ctx, QStringLiteral("--vertical must be salon, restaurant or cleaning"));
    }
    if (ctx.args.option(QStringLiteral("name")).trimmed().isEmpty()) {
        return usage(ctx, QStringLiteral("--name NAME is required"));
    }
    MerchantProfile profile;
    profile.name = ctx.args.option(QStringLiteral("name"));
    profile.vertical = *vertical;
    profile.currency = ctx.args.option(QStringLiteral("currency"), QStringLiteral("KRW"));
    profile.businessRegistrationNumber = ctx.args.option(QStringLiteral("brn"));
    const QString terminal = ctx.args.option(QStringLiteral("terminal"), QStringLiteral("T1"));
    if (!DeviceIdentity::isValidTerminalId(terminal)) {
        return usage(ctx,
                     QStringLiteral("--terminal must be a capital letter and up to 7 capitals or digits, e.g. T1"));
    }
    const QString owner = ctx.args.option(QStringLiteral("owner"), QStringLiteral("Owner"));
    // Everything that can be checked is checked before a file is made, so a refused init leaves nothing behind.
    if (auto valid = profile.validate(); !valid) {
        return failed(ctx, valid.error());
    }
    if (owner.trimmed().isEmpty()) {
        return failed(ctx, makeError(ErrorCode::InvalidInput, QStringLiteral("--owner NAME must not be empty")));
    }
    NewFiles created(ctx.args.db(), secretsRoot(ctx.args));
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadWrite, ctx.clock);
    if (!store) {
        return failed(ctx, store.error());
    }
    if (store.value()->isSetUp()) {
        ctx.err << "madangctl: " << ctx.args.db() << " is already set up; nothing was changed." << Qt::endl;
        return ExitFailed;
    }
    // The device identity first: if its secrets cannot be written, nothing else is set up.
    auto identity = DeviceIdentity::ensure(store.value()->database(), ctx.clock, secretsRoot(ctx.args), terminal);
    if (!identity) {
        return failed(ctx, identity.error());
    }
    auto done = DemoData::setUpTerminal(*store.value(), profile, owner, ctx.args.has(QStringLiteral("demo")));
    if (!done) {
        return failed(ctx, done.error());
    }
    created.keep();
    auto count = store.value()->catalog().count();
    ctx.out << "initialized " << ctx.args.db() << ": " << verticalToString(profile.vertical) << " \"" << profile.name
            << "\", " << (count ? count.value() : 0) << " catalog items, terminal " << identity->terminalId()
            << Qt::endl;
    ctx.out << "device key and PIN pepper: " << identity->secretsDirectory()
            << " (back this folder up with the database)" << Qt::endl;
    return ExitOk;
}

int runBackup(const CliContext &ctx)
{
    if (rejectUnknown(ctx, {QStringLiteral("out"), QStringLiteral("secrets")})) {
        return ExitUsage;
    }
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        return usage(ctx, QStringLiteral("backup needs --out FILE"));
    }
    if (const QString why = outputProblem(ctx, out); !why.isEmpty()) {
        return failed(ctx, makeError(ErrorCode::InvalidInput, QStringLiteral("cannot write %1: %2").arg(out, why)));
    }
    if (QFileInfo::exists(out)) {
        return failed(ctx, makeError(ErrorCode::InvalidInput,
                                     QStringLiteral("%1 already exists; choose a new file name.").arg(out)));
    }
    if (auto done = Backup::copy(ctx.args.db(), out); !done) {
        return failed(ctx, done.error());
    }
    ctx.out << "backup written to " << out << Qt::endl;
    return ExitOk;
}

namespace {
/// The journal's chain and signatures (with the public key of the device row; no secrets) and whether it
/// agrees with the orders and Z-reports, as check reports it.
QJsonObject journalReport(Database &db)
{
    auto part = DeviceIdentity::publicPart(db);
    const SignatureCheck check =
        part ? part->signatureCheck()
             : SignatureCheck(
                   [error = part.error()](const QByteArray &, const QByteArray &) -> Result<bool> { return error; });
    Journal journal(db);
    auto verdict = journal.verifyStored(check);
    if (verdict && verdict->ok) {
        verdict = journal.verifyRecords();
    }
    if (!verdict) {
        return {{QStringLiteral("ok"), false}, {QStringLiteral("reason"), verdict.error().message}};
    }
    QJsonObject report{{QStringLiteral("ok"), verdict->ok}, {QStringLiteral("entries"), verdict->entries}};
    if (!verdict->ok) {
        report.insert(QStringLiteral("first_bad_entry"), verdict->firstBadSeq);
        report.insert(QStringLiteral("reason"), verdict->reason);
    }
    return report;
}
} // namespace

int runCheck(const CliContext &ctx)
{
    if (rejectUnknown(ctx, {QStringLiteral("json"), QStringLiteral("secrets")})) {
        return ExitUsage;
    }
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadOnly, ctx.clock);
    if (!store) {
        return failed(ctx, store.error());
    }
    Database &db = store.value()->database();
    auto checked = db.quickCheck();
    const QString verdict = checked ? checked.value() : checked.error().message;
    const int version = db.schemaVersion();
    const int latest = Migrator::latestVersion(Migrator::builtin());
    const QJsonObject journal =
        version == latest
            ? journalReport(db)
            : QJsonObject{{QStringLiteral("ok"), false},
                          {QStringLiteral("reason"), QStringLiteral("not checked: the schema is not the latest")}};
    const bool ok =
        verdict == QStringLiteral("ok") && version == latest && journal.value(QStringLiteral("ok")).toBool();
    QJsonObject report{{QStringLiteral("journal"), journal},        {QStringLiteral("ok"), ok},
                       {QStringLiteral("path"), db.path()},         {QStringLiteral("quick_check"), verdict},
                       {QStringLiteral("schema_version"), version}, {QStringLiteral("latest_schema_version"), latest}};
    if (auto count = store.value()->catalog().count(); count) {
        report.insert(QStringLiteral("catalog_items"), count.value());
    }
    if (auto pending = Outbox::pendingCount(db.connection()); pending) {
        report.insert(QStringLiteral("outbox_pending"), pending.value());
    }
    ctx.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return ok ? ExitOk : ExitFailed;
}
