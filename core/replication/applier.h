#pragma once

// Applying ops to this terminal's database: what the pull side of sync does with an op of the platform's log,
// and what a test does with an op read from another terminal's outbox. Each op name has one OpApplier, which
// parses the payload back and calls its domain's normal write. ApplierSet runs one op in one transaction with
// Outbox::Replaying held, so that the write does not queue the change back to the platform.

#include "base/error.h"
#include "replication/outbox.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace madang {

class Database;

class OpApplier
{
public:
    virtual ~OpApplier() = default;
    /// Writes what op says on db, inside ApplierSet's transaction. Refuses (InvalidInput) a payload that lacks
    /// a field or holds one of the wrong type; applying the same op twice leaves the same rows.
    virtual Status apply(QSqlDatabase &db, const OutboxOp &op) = 0;
};

/// An OpApplier made of a function, for domains whose appliers are a few lines each.
class FunctionApplier : public OpApplier
{
public:
    using Function = std::function<Status(QSqlDatabase &, const OutboxOp &)>;
    explicit FunctionApplier(Function apply) : m_apply(std::move(apply)) {}
    Status apply(QSqlDatabase &db, const OutboxOp &op) override { return m_apply(db, op); }

private:
    Function m_apply;
};

/// Op name -> applier, over one database.
class ApplierSet
{
public:
    explicit ApplierSet(Database &db) : m_db(db) {}

    /// Registers the applier of a registered op (a second one for the same op replaces the first).
    void add(const OpSpec &op, std::unique_ptr<OpApplier> applier);
    void add(const OpSpec &op, FunctionApplier::Function apply);

    [[nodiscard]] bool has(const QString &op) const;
    /// The op names that have an applier, sorted.
    [[nodiscard]] QStringList names() const;

    enum class Outcome {
        Applied,   ///< written
        Superseded ///< a last-writer-wins op older than the write that holds its piece of state: not written
    };

    /// Applies op in one transaction on the calling thread's connection, with Outbox::Replaying held. An op
    /// that is not registered (name and version), has no applier, whose payload is empty (a text that did not
    /// parse reads as an empty object) or whose sync clock reading is malformed is refused with InvalidInput; on
    /// any error nothing is written. A last-writer-wins op (OpSpec::lww) is written only if it is later than the
    /// write that holds its register, which it then holds; either way the terminal's clock moves past it.
    Result<Outcome> apply(const OutboxOp &op);

private:
    Database &m_db;
    std::map<QString, std::unique_ptr<OpApplier>> m_appliers;
};

} // namespace madang
