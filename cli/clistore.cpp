#include "clistore.h"

#include "merchantrepository.h"
#include "store.h"

using namespace madang;

int failed(const CliContext &ctx, const QString &message, int code)
{
    ctx.err << "madangctl: " << message << Qt::endl;
    return code;
}

int refused(const CliContext &ctx, const Error &error)
{
    const bool input = error.code == ErrorCode::InvalidInput || error.code == ErrorCode::Conflict ||
                       error.code == ErrorCode::Forbidden || error.code == ErrorCode::NotFound;
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
