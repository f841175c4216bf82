#pragma once

#include "base/error.h"

#include <QSqlDatabase>

namespace madang {

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
/// succeeded. Guards nest: an inner guard on the same connection becomes a SAVEPOINT, so a
/// repository write can be composed into a larger unit (an import, a sale) and still roll back alone.
class Transaction
{
public:
    enum class Begin {
        Immediate, ///< BEGIN IMMEDIATE: the write lock on the database and every attached file, at once
        Deferred,  ///< BEGIN: each file is locked by its first write (a bulk import writes the search index
                   ///< file from another connection meanwhile); write to the main file first thing
    };

    explicit Transaction(QSqlDatabase db, Begin begin = Begin::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] Error beginError() const { return m_beginError; }
    Status commit();

    /// True while any guard is open on this connection in this thread.
    static bool inProgress(const QSqlDatabase &db);

private:
    bool exec(const QString &sql, QString *error = nullptr);

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
    Error m_beginError;
};

} // namespace madang
