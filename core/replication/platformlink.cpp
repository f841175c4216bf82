#include "replication/platformlink.h"

#include "base/clock.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

Result<std::optional<PlatformLinkRow>> PlatformLink::read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT url, merchant_id, merchant_name, device_id, terminal_id, paired_at, "
                               "coalesce(last_sync_at, '') FROM platform_link WHERE id = 1"))) {
        return Database::storageError(q.lastError(), QStringLiteral("reading the platform link"));
    }
    if (!q.next()) {
        return std::optional<PlatformLinkRow>();
    }
    return std::optional<PlatformLinkRow>(
        PlatformLinkRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
}

Status PlatformLink::save(QSqlDatabase &db, const PlatformLinkRow &row)
{
    auto existing = read(db);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return makeError(ErrorCode::Conflict, QStringLiteral("this terminal is already paired with %1 as %2")
                                                  .arg(existing->value().url, existing->value().terminalId));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO platform_link (id, url, merchant_id, merchant_name, device_id, terminal_id, "
                             "paired_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v :
         {row.url, row.merchantId, row.merchantName, row.deviceId, row.terminalId, m_clock.nowWire()}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), QStringLiteral("saving the platform link"));
    }
    return Done{};
}

Status PlatformLink::markSynced(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE platform_link SET last_sync_at = ? WHERE id = 1"));
    q.addBindValue(m_clock.nowWire());
    if (!q.exec()) {
        return Database::storageError(q.lastError(), QStringLiteral("recording the sync time"));
    }
    return Done{};
}

Status PlatformLink::noteAttention(QSqlDatabase &db, const AttentionRow &row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_attention (op_id, op, origin, server_seq, reason, noted_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{row.opId, row.op, row.origin, row.serverSeq, row.reason, m_clock.nowWire()}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), QStringLiteral("noting a change that could not be applied"));
    }
    return Done{};
}

Result<QList<AttentionRow>> PlatformLink::attention(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT op_id, op, origin, server_seq, reason FROM sync_attention "
                               "ORDER BY server_seq"))) {
        return Database::storageError(q.lastError(), QStringLiteral("reading the changes that need attention"));
    }
    QList<AttentionRow> rows;
    while (q.next()) {
        rows << AttentionRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toString()};
    }
    return rows;
}

} // namespace madang
