#pragma once

#include "base/error.h"
#include "catalog/search/catalogsearch.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

namespace madang {

class SqliteStatement;

/// The catalog's full-text index (FTS5, see CatalogSearch for what it indexes) lives in its own file
/// beside the database, `<db>.search`, attached to every connection as schema `search`. It holds only
/// derived data, so it is never backed up and may be deleted at any time: it is rebuilt from the items.
/// Keeping it apart lets a big import write the index on a second core, with its own connection, while
/// the item rows are written on the first.
///
/// The two files cannot commit atomically together, so each write that touches the index stamps both
/// with the same new random generation (main `search_state.generation`, search `meta.generation`).
/// A crash between the two commits, a restored backup, a deleted or damaged index file, or an index
/// of an older format all show as a mismatch, and the index is rebuilt: never used stale.
class SearchIndex
{
public:
    /// Bumped when the FTS table or CatalogSearch::extraTerms changes, so that old indexes are rebuilt.
    static constexpr int kFormat = 3;

    /// An entry's row id is not the item's: it is CatalogSearch::orderKey(name) above the item's rid, so that
    /// FTS5, which returns matches by row id, returns them nearly in name order and a search can stop after
    /// the first page of them instead of sorting every match (see CatalogRepository::search).
    static constexpr int kRidBits = 63 - CatalogSearch::kOrderKeyBits;
    static constexpr qint64 kRidMask = (qint64{1} << kRidBits) - 1;
    /// The row id of an item's entry; -1 for a rid the index cannot hold (at least 2^27).
    [[nodiscard]] static qint64 entryRowid(qint64 rid, const QString &name);
    [[nodiscard]] static qint64 ridOf(qint64 entryRowid) { return entryRowid & kRidMask; }
    /// The order key part of an entry's row id: entries of equal group are in rid order, not name order.
    [[nodiscard]] static qint64 nameGroupOf(qint64 entryRowid) { return entryRowid >> kRidBits; }

    [[nodiscard]] static QString pathFor(const QString &databasePath);
    /// attach() and ensure() as the database's companion file: what Store opens every database with.
    [[nodiscard]] static const DatabaseCompanion &companion();
    /// Attaches the index file as `search`. Read-only connections attach it only if it exists.
    static Status attach(QSqlDatabase &db, const QString &databasePath, bool readOnly);
    /// On a read-write open: creates the index file's schema, replaces an index of another format or
    /// a damaged file, and rebuilds an index whose generation does not match the database's.
    static Status ensure(QSqlDatabase &db, const QString &databasePath);
    /// True if the attached index matches the items (same generation, current format).
    [[nodiscard]] static bool isCurrent(const QSqlDatabase &db);
    /// Re-indexes every item in one transaction and stamps a new generation.
    static Status rebuild(QSqlDatabase &db);
    /// rebuild() unless the index is current once the write lock is held: a reader that found it stale
    /// while an import was committing its two files waits for that commit and then has nothing to do.
    static Status rebuildIfStale(QSqlDatabase &db);
    /// For a read-only connection whose index file is missing or stale (a backup copy, say): an index
    /// in the connection's own `temp` schema, which queries on `item_search` then use.
    static Status buildTemporary(QSqlDatabase &db);
    [[nodiscard]] static bool hasTemporary(const QSqlDatabase &db);
    /// Stamps `generation` into both files. The caller's transaction must cover both.
    static Status stamp(QSqlDatabase &db, const QString &generation);
    /// Stamps `generation` into the main database only (a bulk import's index is stamped by its worker).
    static Status stampMain(QSqlDatabase &db, const QString &generation);
    [[nodiscard]] static QString newGeneration();

    enum class Entry { Add, Remove };
    /// The statement that adds or removes one entry of `schema`.item_search ("" for the connection's own
    /// main schema), with the parameters runEntry() binds. Removing takes the values the entry was added
    /// with: the index keeps no copy of them.
    [[nodiscard]] static QByteArray entrySql(const QString &schema, Entry entry);
    /// Binds one item's entry to a statement made from entrySql() and runs it; returns SQLite's code
    /// (SQLITE_RANGE for a rid the index cannot hold).
    static int runEntry(SqliteStatement &statement, qint64 rid, const QString &name, const QString &sku,
                        const QString &barcode, const QString &extra);
    /// (Re)fills `schema`.item_search from every item.
    static Status fill(QSqlDatabase &db, const QString &schema);
    /// The FTS table and meta table in `schema`: "search", "main" for the bulk worker's own connection
    /// to the index file, or "temp".
    [[nodiscard]] static QStringList schemaSql(const QString &schema);

private:
    static Status rebuildInTransaction(QSqlDatabase &db, bool onlyIfStale);
};

} // namespace madang
