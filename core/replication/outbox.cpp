#include "replication/outbox.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "replication/lastwriter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

/// Open Replaying scopes, per connection name, in this thread (like Transaction's depth).
thread_local QHash<QString, int> t_replaying;

/// The registered op with this name and version, or an InvalidInput error naming what was asked.
Result<const OpSpec *> registered(const QString &op, int version)
{
    const OpSpec *spec = OpRegistry::find(op);
    if (spec == nullptr || spec->version != version) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" version %2 is not an op this terminal knows; nothing was queued.")
                             .arg(op.left(80))
                             .arg(version));
    }
    return spec;
}

Error readError(const QSqlQuery &q)
{
    return Database::storageError(q.lastError(), Text::tr("Reading the outbox"));
}
} // namespace

Outbox::Replaying::Replaying(const QSqlDatabase &db) : m_connection(db.connectionName())
{
    ++t_replaying[m_connection];
}

Outbox::Replaying::~Replaying()
{
    if (--t_replaying[m_connection] <= 0) {
        t_replaying.remove(m_connection);
    }
}

bool Outbox::Replaying::active(const QSqlDatabase &db)
{
    return t_replaying.value(db.connectionName()) > 0;
}

OutboxStatements::OutboxStatements(sqlite3 *db)
    : insert(db, "INSERT INTO outbox (op_id, op, op_version, entity_id, payload, created_at, hlc) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
{}

Result<QString> Outbox::enqueue(QSqlDatabase &db, const OpSpec &op, const QString &entityId, const QJsonObject &payload)
{
    return enqueueJson(db, op, entityId, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<QString> Outbox::enqueue(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                const QJsonObject &payload)
{
    auto spec = registered(op, version);
    if (!spec) {
        return spec.error();
    }
    return enqueue(db, *spec.value(), entityId, payload);
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, const OpSpec &op, const QString &entityId,
                                    const QByteArray &compactJson)
{
    OutboxStatements statements(sqliteHandle(db));
    return enqueueJson(db, statements, op, entityId, compactJson);
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, const QString &op, int version, const QString &entityId,
                                    const QByteArray &compactJson)
{
    auto spec = registered(op, version);
    if (!spec) {
        return spec.error();
    }
    return enqueueJson(db, *spec.value(), entityId, compactJson);
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const QString &op, int version,
                                    const QString &entityId, const QByteArray &compactJson)
{
    auto spec = registered(op, version);
    if (!spec) {
        return spec.error();
    }
    return enqueueJson(db, statements, *spec.value(), entityId, compactJson);
}

Result<QString> Outbox::enqueueJson(QSqlDatabase &db, OutboxStatements &statements, const OpSpec &op,
                                    const QString &entityId, const QByteArray &compactJson)
{
    if (!OpRegistry::knows(op)) {
        return registered(op.name, op.version).error();
    }
    if (!Transaction::inProgress(db)) {
        return makeError(ErrorCode::Storage, Text::tr("An outbox op must be written inside its domain transaction."));
    }
    if (Replaying::active(db)) {
        return QString(); // applied from the platform: it is not sent back
    }
    const auto failed = [&op](const QSqlError &error) {
        return Database::storageError(error, Text::tr("Queueing %1").arg(op.name));
    };
    const QString opId = m_ids.nextString();
    // A write that sets a piece of state takes the next sync clock reading and holds its register, so that an
    // older write pulled from elsewhere does not overwrite it.
    QString hlc;
    if (op.lww.size() > 0) {
        auto reading = HybridClock::tick(db, m_clock);
        if (!reading) {
            return reading.error();
        }
        hlc = reading.value();
        const QJsonObject payload =
            op.lwwKey.size() > 0 ? QJsonDocument::fromJson(compactJson).object() : QJsonObject();
        if (auto held = LwwRegisters::record(db, LwwRegisters::registerOf(op, entityId, payload),
                                             LwwRegisters::version(hlc, opId));
            !held) {
            return held.error();
        }
    }
    SqliteStatement &q = statements.insert;
    if (!q.valid()) {
        return failed(q.error());
    }
    const QString createdAt = m_clock.nowWire();
    // Op names are ASCII: their Latin-1 bytes are their UTF-8.
    const QByteArray name = QByteArray::fromRawData(op.name.data(), op.name.size());
    q.bind(1, opId);
    q.bindUtf8(2, name);
    q.bind(3, qint64{op.version});
    q.bind(4, entityId);
    // Valid UTF-8 goes in as is; anything else as before, through QString (invalid bytes replaced).
    const QString repaired = compactJson.isValidUtf8() ? QString() : QString::fromUtf8(compactJson);
    if (repaired.isNull()) {
        q.bindUtf8(5, compactJson);
    } else {
        q.bind(5, repaired);
    }
    q.bind(6, createdAt);
    q.bindNullIfEmpty(7, hlc);
    if (q.run() != SQLITE_DONE) {
        return failed(q.execError());
    }
    return opId;
}

QByteArray Outbox::journalReference(qint64 journalSeq, const QString &entryHash)
{
    // Keys in canonical order; a hash is lowercase hex, so it needs no escaping.
    return "{\"entry_hash\":\"" + entryHash.toLatin1() + "\",\"journal_seq\":" + QByteArray::number(journalSeq) + '}';
}

Result<QList<OutboxOp>> Outbox::pending(const QSqlDatabase &db, int limit)
{
    // An op that refers to its journal entry gets the entry's columns beside it (NULL for the others). The
    // journal is the sales domain's table, read here by name only: replication includes nothing above it.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT o.seq, o.op_id, o.op, o.op_version, o.entity_id, o.payload, o.created_at, o.state, o.attempts, "
        "coalesce(o.last_error, ''), j.seq, j.hash, j.body, j.at, j.receipt, j.total_minor, j.currency, "
        "coalesce(o.hlc, ''), j.terminal, j.type "
        "FROM outbox o LEFT JOIN journal j ON j.seq = CASE WHEN o.op = ? AND o.op_version = ? "
        "AND json_valid(o.payload) THEN json_extract(o.payload, '$.journal_seq') END "
        "WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?"));
    q.addBindValue(QString(ops::OrderFinalized.name));
    q.addBindValue(ops::OrderFinalized.version);
    q.addBindValue(limit);
    if (!q.exec()) {
        return readError(q);
    }
    QList<OutboxOp> list;
    while (q.next()) {
        OutboxOp op{q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString(),   q.value(3).toInt(),
                    q.value(4).toString(),   QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                    q.value(6).toString(),   q.value(7).toString(),
                    q.value(8).toInt(),      q.value(9).toString(),
                    q.value(17).toString()};
        if (op.op == ops::OrderFinalized.name && op.version == ops::OrderFinalized.version) {
            const QString hash = op.payload.value(QLatin1String("entry_hash")).toString();
            if (q.value(10).isNull() || hash.isEmpty() || q.value(11).toString() != hash) {
                return makeError(ErrorCode::Storage,
                                 Text::tr("Outbox op %1 refers to journal entry %2, which is missing or has another "
                                          "hash. Run a journal check.")
                                     .arg(op.opId)
                                     .arg(op.payload.value(QLatin1String("journal_seq")).toInteger()));
            }
            QJsonObject whole = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
            whole.insert(QLatin1String("currency"), q.value(16).toString());
            whole.insert(QLatin1String("finalized_at"), q.value(13).toString());
            whole.insert(QLatin1String("journal_hash"), hash);
            whole.insert(QLatin1String("journal_seq"), q.value(10).toLongLong());
            whole.insert(QLatin1String("receipt"), q.value(14).toString());
            whole.insert(QLatin1String("terminal"), q.value(18).toString());
            whole.insert(QLatin1String("total_minor"), q.value(15).toLongLong());
            whole.insert(QLatin1String("type"), q.value(19).toString());
            op.payload = whole;
        }
        list << op;
    }
    return list;
}

Result<qint64> Outbox::pendingCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) || !q.next()) {
        return readError(q);
    }
    return q.value(0).toLongLong();
}

Result<qint64> Outbox::refusedCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'failed'")) || !q.next()) {
        return readError(q);
    }
    return q.value(0).toLongLong();
}

Result<QList<OutboxOp>> Outbox::refused(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, op_id, op, op_version, entity_id, created_at, attempts, "
                             "coalesce(last_error, '') FROM outbox WHERE state = 'failed' ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        return readError(q);
    }
    QList<OutboxOp> list;
    while (q.next()) {
        OutboxOp op;
        op.seq = q.value(0).toLongLong();
        op.opId = q.value(1).toString();
        op.op = q.value(2).toString();
        op.version = q.value(3).toInt();
        op.entityId = q.value(4).toString();
        op.createdAt = q.value(5).toString();
        op.state = QStringLiteral("failed");
        op.attempts = q.value(6).toInt();
        op.lastError = q.value(7).toString();
        list << op;
    }
    return list;
}

Status Outbox::markSent(const QSqlDatabase &db, const QList<OutboxOp> &ops)
{
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE seq = ? AND op_id = ?"));
    for (const OutboxOp &op : ops) {
        q.addBindValue(op.seq);
        q.addBindValue(op.opId);
        if (!q.exec()) {
            return Database::storageError(q.lastError(), Text::tr("Marking ops as sent"));
        }
        if (q.numRowsAffected() != 1) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("The outbox has no op %1; no op was marked as sent.").arg(op.opId.left(80)));
        }
    }
    return tx.commit();
}

Status Outbox::markFailed(const QSqlDatabase &db, const OutboxOp &op, const QString &error, Failure failure)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ? "
                             "WHERE seq = ? AND op_id = ? AND state <> 'sent'"));
    q.addBindValue(error);
    q.addBindValue(failure == Failure::Refused ? QStringLiteral("failed") : QStringLiteral("pending"));
    q.addBindValue(op.seq);
    q.addBindValue(op.opId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Recording a failed send"));
    }
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, Text::tr("The outbox has no unsent op %1.").arg(op.opId.left(80)));
    }
    return Done{};
}

} // namespace madang
