// Two terminals with the same state, for applier tests: A is set up and prepared by the test, then copied while
// closed to B (the database and its search index file). replay() makes a real write on A, reads the ops it queued
// from A's outbox and applies them on B with makeAppliers(B); it checks that a cut or mistyped payload is refused
// with B unchanged, that B then holds A's rows and queued nothing, and that applying the ops twice changes nothing.
#pragma once

#include "fakeclock.h"
#include "merchant/merchant.h"
#include "replication/applier.h"
#include "testsupport.h"
#include "workflows/appliers.h"
#include "workflows/store.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

/// In an ApplierPair's prepare callback: returns the error of expr (a Result or Status) unless it is ok.
#define PREPARE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &prepared_ = (expr);                                                                                \
        if (!prepared_.ok()) {                                                                                         \
            return prepared_.error();                                                                                  \
        }                                                                                                              \
    } while (false)

namespace madang::test {

/// Every row of sql, one line per row with its columns joined by '|'; "failed: sql" if it does not run.
QString snapshot(const QSqlDatabase &db, const QString &sql);

/// The ids of the items the catalog search finds for text on store, in its order; {"failed: …"} if it fails.
QStringList searchIds(Store &store, const QString &text);

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status(Done{}) : Status(result.error());
}

class ApplierPair
{
public:
    using StoreWrite = std::function<Status(Store &)>;

    /// A set up for vertical, then prepare(A), then B copied from A; both opened, B's appliers made.
    Status setUp(Vertical vertical, const StoreWrite &prepare);
    void tearDown();

    Store &a() { return *m_a; }
    Store &b() { return *m_b; }
    QSqlDatabase aDb() { return m_a->database().connection(); }
    QSqlDatabase bDb() { return m_b->database().connection(); }
    ApplierSet &appliers() { return *m_appliers; }
    FakeClock &clock() { return m_clock; }
    qint64 outboxRows(const QSqlDatabase &db) const;

    /// Runs write on A; the last op it queues must be lastOp. rows: SQL statements separated by ';' whose
    /// results must differ between A and B after the write and be the same once B applied the ops. Empty when
    /// all of that holds, else what did not.
    QString replay(const StoreWrite &write, const QString &lastOp, const QString &rows);
    /// The rows of each statement in rows that differ between A and B, empty if none.
    QString differences(const QString &rows);
    /// The ops that write queued on A (write runs on A).
    Result<QList<OutboxOp>> opsOf(const StoreWrite &write);
    /// Applies op on B, which must refuse it with code and a message that contains says, leaving the rows of
    /// each statement in rows and B's outbox as they were. Empty when all of that holds, else what did not.
    QString refuses(const OutboxOp &op, const QString &rows, ErrorCode code, const QString &says);
    /// Runs write on A, applies on B the ops it queued before the last one named op (empty: the last op), then
    /// changes that op's payload with mutate and checks that B refuses it as refuses() does.
    QString refusesChanged(const StoreWrite &write, const QString &op, const std::function<void(QJsonObject &)> &mutate,
                           const QString &rows, ErrorCode code, const QString &says);

private:
    QString refusesBroken(const OutboxOp &last, const QString &rows);

    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dirA;
    std::unique_ptr<QTemporaryDir> m_dirB;
    std::unique_ptr<Store> m_a;
    std::unique_ptr<Store> m_b;
    std::unique_ptr<ApplierSet> m_appliers; // B's
};

} // namespace madang::test
