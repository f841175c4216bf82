// madangctl journal export | journal pubkey | journal verify. None of them needs the device's secrets: the
// public key is in the database's device row (or, for an auditor without the database, in --pubkey FILE).
#include "base/textrules.h"
#include "clistore.h"
#include "commands.h"
#include "crypto.h"
#include "deviceidentity.h"
#include "sales/journal.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace madang;

namespace {
/// A public key PEM is about 180 bytes; anything far larger is not one.
constexpr qint64 kMaxPubkeyBytes = 64 * 1024;

/// Why a file could not be written, in words: a full disk says so. A buffered write that the disk cut short
/// leaves Qt without the system's reason ("Unknown error"); one more flush asks the system again and gets it.
QString writeProblem(QFileDevice &file)
{
    if (file.isOpen()) {
        file.flush();
    }
    if (file.error() == QFileDevice::ResourceError) {
        return QStringLiteral("the disk is full (%1)").arg(file.errorString());
    }
    return file.errorString();
}

int exportJournal(const CliContext &ctx)
{
    const QString out = ctx.args.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        return failed(ctx, QStringLiteral("journal export needs --out FILE"), ExitUsage);
    }
    if (const QString why = outputProblem(ctx, out); !why.isEmpty()) {
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, why), ExitBadInput);
    }
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadOnly);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    // All or nothing: the entries go to a temporary file next to out, which replaces out only when every byte
    // of it was written; on any failure the temporary file is removed and out is left as it was.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) { // the path given cannot be written (as /proc/version cannot)
        return failed(ctx, QStringLiteral("cannot write %1: %2").arg(out, writeProblem(file)), ExitBadInput);
    }
    auto n = Journal(*db.value()).exportTo(file);
    const bool flushed = n && file.flush();
    if (!flushed || file.error() != QFileDevice::NoError) {
        const QString why = n && file.error() == QFileDevice::NoError ? file.errorString()
                            : file.error() != QFileDevice::NoError    ? writeProblem(file)
                                                                      : n.error().message;
        file.cancelWriting();
        return failed(ctx, QStringLiteral("cannot write %1: %2; nothing was written").arg(out, why));
    }
    if (!file.commit()) {
        return failed(ctx, QStringLiteral("cannot write %1: %2; nothing was written").arg(out, writeProblem(file)));
    }
    ctx.out << "journal: " << n.value() << " entries written to " << out << Qt::endl;
    return ExitOk;
}

/// Whose key checks the signatures, for people, and the check itself.
struct Key
{
    QString signedBy;
    SignatureCheck check;
};

/// --pubkey FILE if given, else the public key in the database's device row. Never the secrets folder.
Result<Key> publicKey(const CliContext &ctx, Database *db)
{
    const QString path = ctx.args.option(QStringLiteral("pubkey"));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        }
        const QByteArray pem = file.read(kMaxPubkeyBytes + 1);
        if (pem.size() > kMaxPubkeyBytes) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is larger than %2 bytes; a public key PEM is a few hundred")
                                 .arg(path)
                                 .arg(kMaxPubkeyBytes));
        }
        auto verifier = EcKey::verifier(pem);
        if (!verifier) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is not a P-256 public key: %2").arg(path, verifier.error().message));
        }
        return Key{QStringLiteral("the key in %1").arg(path), verifier.value()};
    }
    auto part = DeviceIdentity::publicPart(*db);
    if (!part) {
        return part.error();
    }
    return Key{part->terminalId, part->signatureCheck()};
}

int verifyJournal(const CliContext &ctx, Database *db)
{
    auto key = publicKey(ctx, db);
    if (!key) {
        return failed(ctx, key.error().message,
                      key.error().code == ErrorCode::InvalidInput ? ExitBadInput : ExitFailed);
    }
    JournalVerdict verdict;
    const QString path = ctx.args.option(QStringLiteral("file"));
    if (path.isEmpty()) {
        // The chain first, then whether it agrees with the orders and Z-reports it covers.
        auto stored = Journal(*db).verifyStored(key->check);
        if (stored && stored->ok) {
            stored = Journal(*db).verifyRecords();
        }
        if (!stored) {
            return failed(ctx, stored.error().message);
        }
        verdict = stored.value();
    } else {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            return failed(
                ctx,
                QStringLiteral("cannot read %1: %2")
                    .arg(path, QFileInfo(path).isDir() ? QStringLiteral("it is a folder") : file.errorString()),
                ExitBadInput);
        }
        verdict = Journal::verifyExport(file, key->check); // line by line: bounded memory on any input
        if (verdict.ok && file.error() != QFileDevice::NoError) {
            return failed(ctx, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        }
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
        ctx.out << "journal: intact, " << verdict.entries << " entries, signed by " << key->signedBy << Qt::endl;
    } else {
        ctx.err << "journal: NOT intact at " << what << ' ' << verdict.firstBadSeq << ": "
                << visibleText(verdict.reason) << Qt::endl;
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
    QStringList allowed{QStringLiteral("db"), QStringLiteral("secrets"), QStringLiteral("out"), QStringLiteral("file"),
                        QStringLiteral("json")};
    if (sub == QLatin1String("verify")) {
        allowed << QStringLiteral("pubkey");
    }
    if (const QStringList bad = ctx.args.unknown(allowed); !bad.isEmpty()) {
        return failed(ctx, QStringLiteral("journal %1 does not take %2").arg(sub, bad.join(QLatin1String(", "))),
                      ExitUsage);
    }
    for (const QString &option : {QStringLiteral("file"), QStringLiteral("pubkey"), QStringLiteral("out")}) {
        if (ctx.args.has(option) && ctx.args.option(option).isEmpty()) {
            return failed(ctx, QStringLiteral("--%1 needs a file name").arg(option), ExitUsage);
        }
    }
    if (sub == QLatin1String("export")) {
        return exportJournal(ctx);
    }
    if (ctx.args.db().isEmpty()) {
        // Only an export checked against a key file needs no database (main lets that through).
        if (sub != QLatin1String("verify") || ctx.args.option(QStringLiteral("file")).isEmpty() ||
            ctx.args.option(QStringLiteral("pubkey")).isEmpty()) {
            return failed(ctx,
                          QStringLiteral("--db PATH is required (journal verify --file F --pubkey KEY.pem alone "
                                         "needs none)"),
                          ExitUsage);
        }
        return verifyJournal(ctx, nullptr);
    }
    auto db = Database::open(ctx.args.db(), Database::Mode::ReadOnly);
    if (!db) {
        return failed(ctx, db.error().message);
    }
    if (sub == QLatin1String("pubkey")) {
        auto part = DeviceIdentity::publicPart(*db.value());
        if (!part) {
            return failed(ctx,
                          part.error().code == ErrorCode::NotFound
                              ? QStringLiteral("%1 has no device identity; run madangctl init first").arg(ctx.args.db())
                              : part.error().message);
        }
        ctx.out << part->publicKeyPem << Qt::flush;
        return ExitOk;
    }
    return verifyJournal(ctx, db.value().get());
}
