#include "replication/applier.h"

#include "replication/lastwriter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApplierSet)
};
} // namespace

void ApplierSet::add(const OpSpec &op, std::unique_ptr<OpApplier> applier)
{
    m_appliers[QString(op.name)] = std::move(applier);
}

void ApplierSet::add(const OpSpec &op, FunctionApplier::Function apply)
{
    add(op, std::make_unique<FunctionApplier>(std::move(apply)));
}

bool ApplierSet::has(const QString &op) const
{
    return m_appliers.find(op) != m_appliers.end();
}

QStringList ApplierSet::names() const
{
    QStringList list;
    for (const auto &[name, applier] : m_appliers) {
        list << name;
    }
    return list; // std::map keeps them sorted
}

Result<ApplierSet::Outcome> ApplierSet::apply(const OutboxOp &op)
{
    const QString shown = op.op.left(80);
    const OpSpec *spec = OpRegistry::find(op.op);
    if (spec == nullptr || spec->version != op.version) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" version %2 is not an op this terminal knows; nothing was applied.")
                             .arg(shown)
                             .arg(op.version));
    }
    const auto found = m_appliers.find(op.op);
    if (found == m_appliers.end()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("This terminal cannot apply \"%1\" yet; nothing was applied.").arg(shown));
    }
    if (op.payload.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The payload of \"%1\" (op %2) is empty or not JSON; nothing was applied.")
                             .arg(shown, op.opId.left(80)));
    }
    if (!op.hlc.isEmpty() && !HybridClock::isValid(op.hlc)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Op %1 carries \"%2\", which is not a sync clock reading; nothing was applied.")
                             .arg(op.opId.left(80), op.hlc.left(40)));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (!op.hlc.isEmpty()) {
        if (auto seen = HybridClock::observe(db, op.hlc); !seen) {
            return seen.error();
        }
    }
    const QString reg = LwwRegisters::registerOf(*spec, op.entityId, op.payload);
    if (!reg.isEmpty()) {
        const QString version = LwwRegisters::version(op.hlc, op.opId);
        auto newer = LwwRegisters::isNewer(db, reg, version);
        if (!newer) {
            return newer.error();
        }
        if (!newer.value()) {
            if (auto committed = tx.commit(); !committed) { // the clock has moved
                return committed.error();
            }
            return Outcome::Superseded;
        }
        if (auto held = LwwRegisters::record(db, reg, version); !held) {
            return held.error();
        }
    }
    {
        Outbox::Replaying replaying(db);
        if (auto applied = found->second->apply(db, op); !applied) {
            return applied.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return Outcome::Applied;
}

} // namespace madang
