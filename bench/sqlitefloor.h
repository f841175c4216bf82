#pragma once

#include "catalogdata.h"

#include <QList>
#include <QString>

/// What plain SQLite does on this disk, measured in the same run as the import it is compared with.
struct SqliteFloor
{
    double bulkInsertMs = 0;     ///< N rows, one prepared statement, one transaction (BEGIN to COMMIT)
    double fsyncCommitP50Ms = 0; ///< median of single-row transactions, each an fsync'd commit
    QString error;               ///< non-empty if SQLite failed
};

/// Inserts `items` through the raw C API into a plain table of the same column shapes as `items`
/// in the terminal schema (no secondary indexes, no search index, no outbox), with WAL and
/// synchronous=FULL like the terminal, then times `commits` single-row commits. `path` must not exist.
SqliteFloor measureSqliteFloor(const QString &path, const QList<GeneratedItem> &items, CatalogData &data,
                               int commits = 50);

/// Single-row transactions, the floor a sale is compared with: BEGIN IMMEDIATE, one INSERT of a row of
/// rowBytes, COMMIT, each timed, on a plain table with WAL and synchronous=FULL like the terminal (so one
/// fsync'd commit each). The file is created if needed and may be measured again later in the same run.
struct CommitFloor
{
    QList<double> ms; ///< one per commit
    QString error;    ///< non-empty if SQLite failed
};
CommitFloor measureCommitFloor(const QString &path, int commits, int rowBytes = 1024);
