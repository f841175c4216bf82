#include "replication/pullcursor.h"

#include "base/clock.h"
#include "base/timetext.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PullCursor)
};
} // namespace

Result<PullPosition> PullCursor::read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT server_epoch, last_seq, updated_at FROM sync_cursor WHERE id = 1"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the sync cursor"));
    }
    if (!q.next()) {
        return PullPosition{};
    }
    return PullPosition{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()};
}

Status PullCursor::advance(QSqlDatabase &db, const QString &epoch, qint64 afterSeq, qint64 lastSeq)
{
    if (!Transaction::inProgress(db)) {
        return makeError(ErrorCode::Storage,
                         Text::tr("The sync cursor must move inside the transaction that applies the page."));
    }
    if (epoch.trimmed().isEmpty() || epoch.size() > 200) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The server sent no usable epoch; nothing was applied."));
    }
    auto current = read(db);
    if (!current) {
        return current.error();
    }
    const PullPosition &at = current.value();
    if (epoch == at.epoch) {
        if (afterSeq != at.lastSeq) {
            return makeError(ErrorCode::InvalidInput,
                             afterSeq < at.lastSeq
                                 ? Text::tr("The page starts after %1, but ops up to %2 were already applied; the "
                                            "cursor does not go back.")
                                       .arg(afterSeq)
                                       .arg(at.lastSeq)
                                 : Text::tr("The page starts after %1, but only ops up to %2 were applied; the "
                                            "cursor does not skip ops.")
                                       .arg(afterSeq)
                                       .arg(at.lastSeq));
        }
    } else if (afterSeq != 0) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The server's epoch changed: it must be read again from the start, not after %1.").arg(afterSeq));
    }
    if (lastSeq < afterSeq) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The page ends at %1, before it starts (after %2); the cursor does not go back.")
                             .arg(lastSeq)
                             .arg(afterSeq));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_cursor (id, server_epoch, last_seq, updated_at) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET server_epoch = excluded.server_epoch, "
                             "last_seq = excluded.last_seq, updated_at = excluded.updated_at"));
    q.addBindValue(epoch);
    q.addBindValue(lastSeq);
    q.addBindValue(m_clock.nowWire());
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving the sync cursor"));
    }
    return Done{};
}

} // namespace madang
