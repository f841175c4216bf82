#include "storage/transaction.h"

#include "storage/changefeed.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcTransaction, "madang.core.transaction", QtWarningMsg)

namespace madang {

namespace {
thread_local QHash<QString, int> t_depth;
}

Transaction::Transaction(QSqlDatabase db, Begin begin) : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    QSqlQuery q(m_db);
    const QString first = begin == Begin::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    const QString sql = m_depth == 0 ? first : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (q.exec(sql)) {
        m_active = true;
        ++depth;
    } else {
        m_beginError =
            Database::storageError(q.lastError(), QCoreApplication::translate("Transaction", "Starting a transaction"));
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
    QSqlQuery q(m_db);
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!q.exec(sql)) {
        // The destructor rolls back what is left.
        return Database::storageError(q.lastError(), QCoreApplication::translate("Transaction", "Saving"));
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
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qCWarning(lcTransaction) << sql << q.lastError().text();
        if (error != nullptr) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

} // namespace madang
