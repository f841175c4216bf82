#pragma once

#include "base/error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

class QLockFile;
class QSqlError;
class QThread;

namespace madang {

class ChangeFeed;
struct Migration;

/// A file kept beside the database and attached to each of its connections (the catalog's search index is
/// one). Storage knows only this interface, so it never depends on the domain that owns the file.
class DatabaseCompanion
{
public:
    virtual ~DatabaseCompanion() = default;
    /// Attaches the file to a newly opened connection. Read-only connections attach it only if it exists.
    virtual Status attach(QSqlDatabase &db, const QString &databasePath, bool readOnly) const = 0;
    /// On a read-write open, after the migrations: creates, repairs or refreshes the file.
    virtual Status prepare(QSqlDatabase &db, const QString &databasePath) const = 0;
};

/// The terminal's SQLite file. Owns the single-instance lock and hands out one named
/// connection per thread, each with WAL, synchronous=FULL, foreign keys and a busy timeout.
class Database
{
public:
    enum class Mode {
        ReadWrite, ///< takes the single-instance lock and migrates to the latest schema
        ReadOnly,  ///< no lock, no migration: for backup, check and listing while the app runs
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    /// Same, with an explicit migration list (tests use this to feed broken migrations).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const QList<Migration> &migrations);
    /// Same, with files attached to every connection. The companions must outlive the database.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const QList<Migration> &migrations,
                                                  const QList<const DatabaseCompanion *> &companions);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The calling thread's connection, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] int schemaVersion() const;
    /// What each commit changed, by domain, whichever connection or thread made it (every connection this
    /// opens reports to it). Lives on the thread that opened the database.
    [[nodiscard]] ChangeFeed &changes() const { return *m_changes; }
    /// PRAGMA quick_check: "ok", or the problems it lists, one per line.
    [[nodiscard]] Result<QString> quickCheck() const;

    /// Maps a driver error to a module error; "disk full" gets its own code and a clear message.
    static Error storageError(const QSqlError &error, const QString &context);
    /// text as a bound value that is never NULL: a null QString binds as NULL, an empty one as ''.
    static QVariant text(const QString &text)
    {
        return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
    }
    /// Prepares sql on db, binds values in order and runs it; a failure becomes storageError(…, context).
    static Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                 const QString &context);

private:
    Database(QString path, Mode mode);
    Result<QSqlDatabase> openConnection(const QString &name) const;

    QString m_path;
    Mode m_mode;
    QString m_prefix;
    QList<const DatabaseCompanion *> m_companions;
    QThread *m_ownerThread;
    std::unique_ptr<QLockFile> m_lock;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    // Last: destroyed after the destructor closed the connections whose hooks report to it.
    std::unique_ptr<ChangeFeed> m_changes;
};

} // namespace madang
