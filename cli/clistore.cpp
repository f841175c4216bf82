#include "clistore.h"

#include "base/particles.h"
#include "base/textrules.h"
#include "deviceidentity.h"
#include "merchant/merchantrepository.h"
#include "workflows/store.h"

#include <QDir>
#include <QFileInfo>

using namespace madang;

int failed(const CliContext &ctx, const QString &message, int code)
{
    ctx.err << "madangctl: " << visibleText(particles::resolve(message)) << Qt::endl;
    return code;
}

int refused(const CliContext &ctx, const Error &error)
{
    const bool input = error.code == ErrorCode::InvalidInput || error.code == ErrorCode::Conflict ||
                       error.code == ErrorCode::Forbidden || error.code == ErrorCode::NotFound ||
                       error.code == ErrorCode::Overflow || error.code == ErrorCode::CurrencyMismatch;
    return failed(ctx, error.message, input ? ExitBadInput : ExitFailed);
}

std::unique_ptr<Store> openSetUpStore(const CliContext &ctx)
{
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadWrite, ctx.clock);
    if (!store) {
        failed(ctx, store.error().message);
        return nullptr;
    }
    if (!store.value()->isSetUp()) {
        failed(ctx, QStringLiteral("%1 is not set up (madangctl init)").arg(ctx.args.db()));
        return nullptr;
    }
    return std::move(store.value());
}

LedgerStore::LedgerStore() = default;
LedgerStore::LedgerStore(LedgerStore &&) noexcept = default;
LedgerStore::~LedgerStore() = default;

std::optional<LedgerStore> openLedgerStore(const CliContext &ctx)
{
    LedgerStore opened;
    opened.store = openSetUpStore(ctx);
    if (!opened.store) {
        return std::nullopt;
    }
    auto profile = opened.store->merchant().profile();
    if (!profile || !profile.value()) {
        failed(ctx, profile ? QStringLiteral("%1 is not set up (madangctl init)").arg(ctx.args.db())
                            : profile.error().message);
        return std::nullopt;
    }
    opened.profile = *profile.value();
    auto currency = Currency::fromCode(opened.profile.currency);
    if (!currency) {
        failed(ctx, currency.error().message);
        return std::nullopt;
    }
    opened.currency = currency.value();
    auto device = DeviceIdentity::ensure(opened.store->database(), ctx.clock, secretsRoot(ctx.args));
    if (!device) {
        failed(ctx, device.error().message);
        return std::nullopt;
    }
    opened.device = std::make_unique<DeviceIdentity>(std::move(device).value());
    return opened;
}

QString outputProblem(const CliContext &ctx, const QString &out)
{
    const QFileInfo info(out);
    const QFileInfo folder(info.absolutePath());
    const QString db = QFileInfo(ctx.args.db()).absoluteFilePath();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock"), QStringLiteral(".search"),
          QStringLiteral(".search-wal"), QStringLiteral(".search-shm")}) {
        if (!ctx.args.db().isEmpty() && info.absoluteFilePath() == db + suffix) {
            return QStringLiteral("%1 is the database%2; choose another file").arg(out, suffix);
        }
    }
    if (info.isDir()) {
        return QStringLiteral("%1 is a folder; give a file name").arg(out);
    }
    if (info.fileName().toUtf8().size() > 255) {
        return QStringLiteral("the file name is %1 bytes long; the most a name may have is 255")
            .arg(info.fileName().toUtf8().size());
    }
    if (!folder.exists()) {
        return QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    if (!folder.isDir()) {
        return QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    if (!folder.isWritable()) {
        return QStringLiteral("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    return {};
}

Result<QString> activeStaffId(Store &store, const QString &name)
{
    if (name.isEmpty()) {
        return QString();
    }
    auto staff = store.merchant().staff();
    if (!staff) {
        return staff.error();
    }
    for (const StaffMember &m : std::as_const(staff.value())) {
        if (m.active && m.name.compare(name, Qt::CaseInsensitive) == 0) {
            return m.id;
        }
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no active staff member named \"%1\"").arg(name));
}
