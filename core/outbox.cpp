#include "outbox.h"

#include "clock.h"
#include "database.h"
#include "transaction.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

Result<QString> Outbox::enqueue(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                const QJsonObject &payload)
{
    return enqueueJson(db, op, version, entityId, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                    const QByteArray &compactJson)
{
    if (!Transaction::inProgress(db)) {
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("Outbox", "An outbox op must be written inside its domain transaction."));
    }
    const QString opId = m_ids.nextString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (op_id, op, op_version, entity_id, payload, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(opId);
    q.addBindValue(op);
    q.addBindValue(version);
    q.addBindValue(entityId);
    q.addBindValue(QString::fromUtf8(compactJson));
    q.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return Database::storageError(q.lastError(), QCoreApplication::translate("Outbox", "Queueing %1").arg(op));
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
