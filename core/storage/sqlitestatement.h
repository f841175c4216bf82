#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace madang {

/// The connection's own sqlite3 handle, or null. Qt's driver on Debian links the system
/// libsqlite3, the same library madang_core links, so the C API can be used on it directly.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A statement prepared once on the raw handle, for write paths that run once per row:
/// QSqlQuery spends more per bound value (placeholders, QVariant) than SQLite spends on the row.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] bool valid() const { return m_stmt != nullptr; }
    /// Binds like QSqlQuery: a null QString is NULL. The text is converted to UTF-8 (the database's
    /// encoding) into a buffer kept per parameter, so that SQLite stores it as is and a statement run once
    /// per row allocates nothing after the first rows.
    void bind(int column, const QString &text);
    void bindNullIfEmpty(int column, const QString &text);
    void bind(int column, qint64 value);
    void bindNull(int column);
    /// Text already in UTF-8 (the database's encoding, so SQLite stores it as is); a null array is NULL. The
    /// bytes must live until run() returns.
    void bindUtf8(int column, const QByteArray &utf8);
    /// Executes and resets; *row (if given) receives the first column of the first row (RETURNING), and
    /// *text (if given) its second column as text (a null QString for NULL or no row).
    /// Returns SQLITE_DONE, SQLITE_ROW or an error code.
    int run(qint64 *row = nullptr, QString *text = nullptr);
    /// The connection's last error, in the form Database::storageError understands.
    [[nodiscard]] QSqlError error() const;
    /// The error of a failed run() worded as QSqlQuery::exec() words it ("… Unable to fetch row"), so that a
    /// write path moved off QSqlQuery keeps its messages.
    [[nodiscard]] QSqlError execError() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<QByteArray> m_utf8; // per parameter, index column - 1
};

} // namespace madang
