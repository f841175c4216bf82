#include "replication/outbox.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace madang {

Result<QString> Outbox::enqueue(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                const QJsonObject &payload)
{
    return enqueueJson(db, op, version, entityId, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

OutboxStatements::OutboxStatements(sqlite3 *db)
    : insert(db, "INSERT INTO outbox (op_id, op, op_version, entity_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")
{}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                    const QByteArray &compactJson)
{
    OutboxStatements statements(sqliteHandle(db));
    return enqueueJson(db, statements, op, version, entityId, compactJson);
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const QString &op, int version,
                                    const QString &entityId, const QByteArray &compactJson)
{
    if (!Transaction::inProgress(db)) {
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("Outbox", "An outbox op must be written inside its domain transaction."));
    }
    const auto failed = [&op](const QSqlError &error) {
        return Database::storageError(error, QCoreApplication::translate("Outbox", "Queueing %1").arg(op));
    };
    const QString opId = m_ids.nextString();
    SqliteStatement &q = statements.insert;
    if (!q.valid()) {
        return failed(q.error());
    }
    const QString createdAt = timetext::wire(m_clock.now());
    q.bind(1, opId);
    q.bind(2, op);
    q.bind(3, qint64{version});
    q.bind(4, entityId);
    // Valid UTF-8 goes in as is; anything else as before, through QString (invalid bytes replaced).
    const QString repaired = compactJson.isValidUtf8() ? QString() : QString::fromUtf8(compactJson);
    if (repaired.isNull()) {
        q.bindUtf8(5, compactJson);
    } else {
        q.bind(5, repaired);
    }
    q.bind(6, createdAt);
    if (q.run() != SQLITE_DONE) {
        return failed(q.execError());
    }
    return opId;
}

Result<QList<OutboxOp>> Outbox::pending(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, op_id, op, op_version, entity_id, payload, created_at, state FROM outbox "
                             "WHERE state = 'pending' ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), QCoreApplication::translate("Outbox", "Reading the outbox"));
    }
    QList<OutboxOp> ops;
    while (q.next()) {
        ops << OutboxOp{q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString(),   q.value(3).toInt(),
                        q.value(4).toString(),   QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                        q.value(6).toString(),   q.value(7).toString()};
    }
    return ops;
}

Result<qint64> Outbox::pendingCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) || !q.next()) {
        return Database::storageError(q.lastError(), QCoreApplication::translate("Outbox", "Reading the outbox"));
    }
    return q.value(0).toLongLong();
}

} // namespace madang
