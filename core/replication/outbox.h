#pragma once

#include "base/error.h"
#include "replication/opregistry.h"
#include "storage/sqlitestatement.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madang {

class Clock;
class Uuid7Generator;

/// One intent-level change waiting for the platform, e.g. "catalog.item.updated" v1.
struct OutboxOp
{
    qint64 seq = 0;
    QString opId;
    QString op;
    int version = 1;
    QString entityId;
    QJsonObject payload;
    QString createdAt;
    QString state;     // pending | sent | failed
    int attempts = 0;  ///< failed sends so far (markFailed)
    QString lastError; ///< what the last failed send said; empty if none
    QString hlc;       ///< the sync clock reading of a last-writer-wins op (replication/lastwriter.h); else empty
};

/// Outbox's INSERT, prepared once on one connection by a writer that enqueues often (a sale's SaleStatements).
/// It must be destroyed before the connection is closed.
struct OutboxStatements
{
    explicit OutboxStatements(sqlite3 *db);
    SqliteStatement insert;
};

/// Appends ops in the caller's transaction, so a domain row and its op commit or roll back together.
/// Only ops of the OpRegistry are taken: any other name or version is refused (InvalidInput) and nothing
/// is written.
class Outbox
{
public:
    Outbox(const Clock &clock, Uuid7Generator &ids) : m_clock(clock), m_ids(ids) {}

    /// While one is alive on a connection, enqueue() on that connection writes nothing and returns an empty
    /// op id: a change applied from the platform (ApplierSet) goes through the normal domain writes and must
    /// not be queued back to it. Take it inside the applying transaction; scopes nest.
    class Replaying
    {
    public:
        explicit Replaying(const QSqlDatabase &db);
        ~Replaying();
        Replaying(const Replaying &) = delete;
        Replaying &operator=(const Replaying &) = delete;

        /// True while a scope is open on this connection in this thread.
        static bool active(const QSqlDatabase &db);

    private:
        QString m_connection;
    };

    /// Fails if no transaction is open on db: an op written alone could outlive its domain row.
    Result<QString> enqueue(QSqlDatabase &db, const OpSpec &op, const QString &entityId, const QJsonObject &payload);
    /// Same, by name and version (both must be registered).
    Result<QString> enqueue(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                            const QJsonObject &payload);
    /// Same, with the payload already serialised as compact JSON (bulk writers build it on another thread).
    Result<QString> enqueueJson(QSqlDatabase &db, const OpSpec &op, const QString &entityId,
                                const QByteArray &compactJson);
    Result<QString> enqueueJson(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                const QByteArray &compactJson);
    /// Same, with the INSERT prepared on db beforehand.
    Result<QString> enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const OpSpec &op,
                                const QString &entityId, const QByteArray &compactJson);
    Result<QString> enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const QString &op, int version,
                                const QString &entityId, const QByteArray &compactJson);

    /// The payload of an op that carries a journal entry by reference (order.finalized v2), canonical JSON:
    /// {"entry_hash":"…","journal_seq":n}. The entry must be written in the same transaction.
    static QByteArray journalReference(qint64 journalSeq, const QString &entryHash);

    /// Pending ops, oldest first; sent ones and those the platform refused for good are skipped. The payload of
    /// an op that refers to its journal entry is read back whole: the entry's body with its currency,
    /// finalized_at, journal_hash, journal_seq, receipt, terminal, total_minor and type beside it (what the other
    /// terminals' order applier reads: sales/orderappliers.h). A
    /// reference whose entry is missing or has another hash is a Storage error: the journal was tampered with.
    static Result<QList<OutboxOp>> pending(const QSqlDatabase &db, int limit = 100);
    static Result<qint64> pendingCount(const QSqlDatabase &db);
    /// Ops the platform refused for good (markFailed with Refused): they wait for someone to look at them.
    static Result<qint64> refusedCount(const QSqlDatabase &db);
    /// Those ops, newest first (at most limit), with the platform's reason in lastError.
    static Result<QList<OutboxOp>> refused(const QSqlDatabase &db, int limit = 100);

    /// The platform took these ops (found by seq, and checked by op id): they leave the queue. All or nothing:
    /// an op that is not in the outbox is refused (NotFound) and no op is marked.
    static Status markSent(const QSqlDatabase &db, const QList<OutboxOp> &ops);

    enum class Failure {
        Retry,  ///< a dropped connection or a 5xx: the op stays pending and is sent again later
        Refused ///< the platform refused it (4xx): it leaves the queue and waits for someone to look at it
    };
    /// A send of the op failed: attempts + 1 and the error is kept. NotFound for an op that is not in the
    /// outbox (its seq and op id) or was sent already.
    static Status markFailed(const QSqlDatabase &db, const OutboxOp &op, const QString &error,
                             Failure failure = Failure::Retry);

private:
    const Clock &m_clock;
    Uuid7Generator &m_ids;
};

} // namespace madang
