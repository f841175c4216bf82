#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace madang {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (db != nullptr) {
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int column, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, column);
    } else {
        sqlite3_bind_text16(m_stmt, column, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
    }
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

int SqliteStatement::run(qint64 *row)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW && row != nullptr) {
        *row = sqlite3_column_int64(m_stmt, 0);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc;
}

QSqlError SqliteStatement::error() const
{
    const QString text = m_db != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection");
    return QSqlError(QString(), text, QSqlError::StatementError,
                     QString::number(m_db != nullptr ? sqlite3_errcode(m_db) : SQLITE_MISUSE));
}

} // namespace madang
