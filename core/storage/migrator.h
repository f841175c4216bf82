#pragma once

#include "base/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace madang {

/// One numbered schema step: SQL text (from qrc) and an optional data step in code.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    std::function<Status(QSqlDatabase &)> after;
};

/// Applies pending migrations in one transaction and records the version in PRAGMA user_version.
/// On any error the database is left exactly as it was.
class Migrator
{
public:
    /// The migrations shipped in qrc under :/madang/migrations, named NNN_name.sql.
    static QList<Migration> builtin();
    static int latestVersion(const QList<Migration> &migrations);
    static Status migrate(QSqlDatabase &db, const QList<Migration> &migrations);
    /// Splits SQL text into complete statements (triggers with inner semicolons stay whole).
    static QStringList splitStatements(const QString &sql);
};

} // namespace madang
