#pragma once

// The tables a seated party's reservation joins to the one its ticket is on (TableService's floor view, its
// refusals, and nothing else: not a public header of the core library's API).

#include "base/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace madang {

struct JoinedTable
{
    QString tableId; // the table the party's ticket is on
    QString name;
};

/// Joined table id → the table its party's ticket is on; only `tableId` when given.
Result<QHash<QString, JoinedTable>> joinedTables(const QSqlDatabase &db, const QString &tableId);
/// Refuses a table whose guests sit at a joined seating: their ticket is on the other table.
Status notJoinedTable(const QSqlDatabase &db, const QString &tableId);

} // namespace madang
