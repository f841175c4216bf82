#include "replication/applier.h"

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

Status ApplierSet::apply(const OutboxOp &op)
{
    const QString shown = op.op.left(80);
    if (!OpRegistry::knows(op.op, op.version)) {
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
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    {
        Outbox::Replaying replaying(db);
        if (auto applied = found->second->apply(db, op); !applied) {
            return applied;
        }
    }
    return tx.commit();
}

} // namespace madang
