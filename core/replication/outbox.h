#pragma once

#include "base/error.h"
#include "storage/sqlitestatement.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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
    QString state; // pending | sent | failed
};

/// Outbox's INSERT, prepared once on one connection by a writer that enqueues often (a sale's SaleStatements).
/// It must be destroyed before the connection is closed.
struct OutboxStatements
{
    explicit OutboxStatements(sqlite3 *db);
    SqliteStatement insert;
};

/// Appends ops in the caller's transaction, so a domain row and its op commit or roll back together.
class Outbox
{
public:
    Outbox(const Clock &clock, Uuid7Generator &ids) : m_clock(clock), m_ids(ids) {}

    /// Fails if no transaction is open on db: an op written alone could outlive its domain row.
    Result<QString> enqueue(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                            const QJsonObject &payload);
    /// Same, with the payload already serialised as compact JSON (bulk writers build it on another thread).
    Result<QString> enqueueJson(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                const QByteArray &compactJson);
    /// Same, with the INSERT prepared on db beforehand.
    Result<QString> enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const QString &op, int version,
                                const QString &entityId, const QByteArray &compactJson);

    static Result<QList<OutboxOp>> pending(const QSqlDatabase &db, int limit = 100);
    static Result<qint64> pendingCount(const QSqlDatabase &db);

private:
    const Clock &m_clock;
    Uuid7Generator &m_ids;
};

} // namespace madang
