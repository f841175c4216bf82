// Plain SQLite connections to a database file, for the migration tests: rows written below the Database class,
// and values read back without migrating anything.
#pragma once

#include "testsupport.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

namespace madang::test {

/// Runs statements on a plain connection that is closed again before returning.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QString error;
            if (ok && !execSql(db, sql, &error)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(error));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// What read gives on a read-only connection to path that is closed again before returning; fallback if the file
/// does not open.
template <typename T, typename Read> T onReadOnly(const QString &path, T fallback, Read read)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    T value = fallback;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            value = read(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline qint64 rawInt(const QString &path, const QString &sql)
{
    return onReadOnly(path, qint64{-1}, [&sql](const QSqlDatabase &db) { return queryInt(db, sql); });
}

inline QString rawString(const QString &path, const QString &sql)
{
    return onReadOnly(path, QString(), [&sql](const QSqlDatabase &db) { return queryString(db, sql); });
}

} // namespace madang::test
