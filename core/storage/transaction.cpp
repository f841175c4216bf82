#include "storage/transaction.h"

#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcTransaction, "madang.core.transaction", QtWarningMsg)

namespace madang {

namespace {
thread_local QHash<QString, int> t_depth;

bool run(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    // BEGIN, COMMIT and the savepoints go to SQLite directly: through QSqlQuery each cost a result object, a
    // UTF-16 prepare and the driver's bookkeeping, around every sale.
    sqlite3 *handle = sqliteHandle(db);
    if (handle == nullptr) {
        QSqlQuery q(db);
        if (q.exec(sql)) {
            return true;
        }
        *error = q.lastError();
        return false;
    }
    if (sqlite3_exec(handle, sql.toLatin1().constData(), nullptr, nullptr, nullptr) == SQLITE_OK) {
        return true;
    }
    // Worded as QSqlQuery::exec() words a failed statement, so that messages stay what they were.
    *error = QSqlError(QCoreApplication::translate("QSQLiteResult", "Unable to fetch row"),
                       QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::ConnectionError,
                       QString::number(sqlite3_errcode(handle)));
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db, Begin begin) : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    const QString first = begin == Begin::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    QSqlError error;
    if (run(m_db, m_depth == 0 ? first : QStringLiteral("SAVEPOINT sp%1").arg(m_depth), &error)) {
        m_active = true;
        ++depth;
    } else {
        m_beginError =
            Database::storageError(error, QCoreApplication::translate("Transaction", "Starting a transaction"));
    }
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    --t_depth[m_db.connectionName()];
}

Status Transaction::commit()
{
    if (!m_active) {
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Transaction", "No transaction is open."));
    }
    QSqlError error;
    if (!run(m_db, m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth), &error)) {
        // The destructor rolls back what is left.
        return Database::storageError(error, QCoreApplication::translate("Transaction", "Saving"));
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    if (m_depth == 0) {
        ChangeFeed::publishCommitted(m_db); // screens on this thread hear of it before commit() returns
    }
    return Done{};
}

bool Transaction::inProgress(const QSqlDatabase &db)
{
    return t_depth.value(db.connectionName()) > 0;
}

bool Transaction::exec(const QString &sql, QString *error)
{
    QSqlError failure;
    if (!run(m_db, sql, &failure)) {
        qCWarning(lcTransaction) << sql << failure.text();
        if (error != nullptr) {
            *error = failure.text();
        }
        return false;
    }
    return true;
}

} // namespace madang
