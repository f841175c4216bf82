#pragma once

// Where the terminal is in the platform's op log: the server's epoch (a restored server starts a new one) and
// the last sequence number applied from it. One row, table sync_cursor (migration 018).

#include "base/error.h"

#include <QSqlDatabase>
#include <QString>

namespace madang {

class Clock;

struct PullPosition
{
    QString epoch;      ///< empty: nothing pulled yet
    qint64 lastSeq = 0; ///< the last server sequence applied; 0 before the first
    QString updatedAt;  ///< ISO 8601 with offset; empty before the first pull
};

class PullCursor
{
public:
    explicit PullCursor(const Clock &clock) : m_clock(clock) {}

    [[nodiscard]] static Result<PullPosition> read(const QSqlDatabase &db);

    /// Records that the page after `afterSeq` up to `lastSeq` of `epoch` was applied, in the caller's
    /// transaction (the page and the cursor commit together). In the same epoch, afterSeq must be where the
    /// cursor is (anything else would go back or skip ops) and lastSeq may not be below it. A new epoch is read
    /// from its start: afterSeq 0. Refused with InvalidInput, and nothing written, otherwise.
    Status advance(QSqlDatabase &db, const QString &epoch, qint64 afterSeq, qint64 lastSeq);

private:
    const Clock &m_clock;
};

} // namespace madang
