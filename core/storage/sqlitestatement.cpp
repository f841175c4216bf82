#include "storage/sqlitestatement.h"

#include <QCoreApplication>
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
    if (db != nullptr && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK) {
        m_utf8.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_stmt)));
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
    } else if (column < 1 || static_cast<size_t>(column) > m_utf8.size()) {
        sqlite3_bind_text16(m_stmt, column, text.constData(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
    } else {
        QByteArray &buffer = m_utf8[static_cast<size_t>(column - 1)];
        buffer.resize(m_encoder.requiredSpace(text.size()));
        const char *end = m_encoder.appendToBuffer(buffer.data(), text);
        sqlite3_bind_text(m_stmt, column, buffer.constData(), static_cast<int>(end - buffer.constData()),
                          SQLITE_STATIC);
    }
}

void SqliteStatement::bindNullIfEmpty(int column, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_stmt, column);
    } else {
        bind(column, text);
    }
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

void SqliteStatement::bindNull(int column)
{
    sqlite3_bind_null(m_stmt, column);
}

void SqliteStatement::bindUtf8(int column, const QByteArray &utf8)
{
    if (utf8.isNull()) {
        sqlite3_bind_null(m_stmt, column);
    } else {
        sqlite3_bind_text(m_stmt, column, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    }
}

int SqliteStatement::run(qint64 *row, QString *text)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW && row != nullptr) {
        *row = sqlite3_column_int64(m_stmt, 0);
    }
    if (text != nullptr) {
        const void *chars = rc == SQLITE_ROW ? sqlite3_column_text16(m_stmt, 1) : nullptr;
        *text = chars != nullptr ? QString(static_cast<const QChar *>(chars), sqlite3_column_bytes16(m_stmt, 1) / 2)
                                 : QString();
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc;
}

QSqlError SqliteStatement::error() const
{
    const QString text =
        m_db != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection");
    return QSqlError(QString(), text, QSqlError::StatementError,
                     QString::number(m_db != nullptr ? sqlite3_errcode(m_db) : SQLITE_MISUSE));
}

QSqlError SqliteStatement::execError() const
{
    const QSqlError e = error();
    return QSqlError(QCoreApplication::translate("QSQLiteResult", "Unable to fetch row"), e.databaseText(),
                     QSqlError::ConnectionError, e.nativeErrorCode());
}

} // namespace madang
