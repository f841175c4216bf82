#include "catalog/search/searchindex.h"

#include "base/privatefile.h"
#include "catalog/search/catalogsearch.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

Q_LOGGING_CATEGORY(lcSearchIndex, "madang.core.searchindex", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

const QString kSchema = QStringLiteral("search");

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql)) {
        return true;
    }
    if (error != nullptr) {
        *error = q.lastError();
    }
    return false;
}

/// The index's format stamp, or -1 if the file has no meta table (new, or not ours).
int storedFormat(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM search.meta WHERE key = 'format'")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Status createSchema(QSqlDatabase &db)
{
    for (const QString &sql : SearchIndex::schemaSql(kSchema)) {
        if (QSqlError error; !exec(db, sql, &error)) {
            return Database::storageError(error, Text::tr("Creating the search index"));
        }
    }
    return Done{};
}

bool removeFiles(const QString &path)
{
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            return false;
        }
    }
    return true;
}

/// Throws the index file away and attaches a fresh one: it only ever holds derived data.
Status replaceFile(QSqlDatabase &db, const QString &databasePath)
{
    exec(db, QStringLiteral("DETACH DATABASE search"));
    const QString path = SearchIndex::pathFor(databasePath);
    if (!removeFiles(path)) {
        return makeError(ErrorCode::Io, Text::tr("Cannot replace the search index %1.").arg(path));
    }
    if (auto attached = SearchIndex::attach(db, databasePath, false); !attached) {
        return attached;
    }
    return createSchema(db);
}
} // namespace

QString SearchIndex::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".search");
}

QStringList SearchIndex::schemaSql(const QString &schema)
{
    // See CatalogSearch: row ids in name order (entryRowid), no positions (detail=none), prefix indexes of 1 and 2
    // characters for search-as-you-type (longer prefixes are few terms each, which FTS5 merges quickly without an
    // index), and no copy of the text (content=''): queries only ever need the matching row ids. The per-row sizes stay
    // (no columnsize=0): they are what lets count(*) check the index against the items.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) "
                       "WITHOUT ROWID")
            .arg(schema),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1.item_search USING fts5 (name, sku, barcode, extra, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = none, "
                       "content = '')")
            .arg(schema),
        QStringLiteral("INSERT OR IGNORE INTO %1.meta (key, value) VALUES ('format', '%2')").arg(schema).arg(kFormat)};
}

namespace {
class SearchFile final : public DatabaseCompanion
{
public:
    Status attach(QSqlDatabase &db, const QString &databasePath, bool readOnly) const override
    {
        return SearchIndex::attach(db, databasePath, readOnly);
    }
    Status prepare(QSqlDatabase &db, const QString &databasePath) const override
    {
        return SearchIndex::ensure(db, databasePath);
    }
};
} // namespace

const DatabaseCompanion &SearchIndex::companion()
{
    static const SearchFile file;
    return file;
}

Status SearchIndex::attach(QSqlDatabase &db, const QString &databasePath, bool readOnly)
{
    const QString path = pathFor(databasePath);
    if (readOnly && !QFile::exists(path)) {
        return Done{}; // searching says the index is missing; everything else works
    }
    if (!readOnly) {
        if (auto prepared = PrivateFile::prepare(path); !prepared) {
            return prepared.error();
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
    q.addBindValue(path);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (readOnly) {
            qCWarning(lcSearchIndex) << "cannot read the search index" << path << error.text();
            return Done{}; // searching says the index is missing
        }
        // Not a database (damaged, or some other file): it only held derived data, so start afresh.
        qCWarning(lcSearchIndex) << "replacing the unreadable search index" << path << error.text();
        if (!removeFiles(path) || !PrivateFile::prepare(path).ok() || !q.exec()) {
            return Database::storageError(q.lastError(), Text::tr("Opening the search index %1").arg(path));
        }
    }
    if (!readOnly) {
        // Derived data: NORMAL (no fsync per commit) is safe in WAL mode; a commit lost to a power cut
        // shows as a generation mismatch and the index is rebuilt.
        for (const QString &pragma : {QStringLiteral("PRAGMA search.journal_mode = WAL"),
                                      QStringLiteral("PRAGMA search.synchronous = NORMAL")}) {
            if (!q.exec(pragma)) {
                qCWarning(lcSearchIndex) << pragma << q.lastError().text();
            }
        }
    }
    return Done{};
}

Status SearchIndex::ensure(QSqlDatabase &db, const QString &databasePath)
{
    if (QSqlQuery q(db);
        !q.exec(QStringLiteral("SELECT 1 FROM main.sqlite_schema WHERE name = 'items'")) || !q.next()) {
        return Done{}; // a schema without a catalog (tests migrate to such) has nothing to index
    }
    const int format = storedFormat(db);
    if (format != kFormat) {
        // A new file, a damaged one, or one of another format: start from an empty file.
        qCInfo(lcSearchIndex) << "search index format" << format << "is not" << kFormat << "- replacing it";
        if (auto replaced = replaceFile(db, databasePath); !replaced) {
            return replaced;
        }
    }
    if (isCurrent(db)) {
        return Done{};
    }
    qCInfo(lcSearchIndex) << "rebuilding the search index of" << databasePath;
    return rebuild(db);
}

bool SearchIndex::isCurrent(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool read =
        q.exec(QStringLiteral("SELECT m.value IS NOT NULL AND m.value = s.value AND f.value = '%1' "
                              "FROM (SELECT (SELECT generation FROM main.search_state WHERE id = 1) AS value) m, "
                              "(SELECT (SELECT value FROM search.meta WHERE key = 'generation') AS value) s, "
                              "(SELECT (SELECT value FROM search.meta WHERE key = 'format') AS value) f")
                   .arg(kFormat));
    return read && q.next() && q.value(0).toInt() == 1;
}

Status SearchIndex::rebuild(QSqlDatabase &db)
{
    return rebuildInTransaction(db, false);
}

Status SearchIndex::rebuildIfStale(QSqlDatabase &db)
{
    return rebuildInTransaction(db, true);
}

Status SearchIndex::rebuildInTransaction(QSqlDatabase &db, bool onlyIfStale)
{
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (onlyIfStale && isCurrent(db)) {
        return Done{};
    }
    if (auto filled = fill(db, kSchema); !filled) {
        return filled;
    }
    if (auto stamped = stamp(db, newGeneration()); !stamped) {
        return stamped;
    }
    return tx.commit();
}

Status SearchIndex::buildTemporary(QSqlDatabase &db)
{
    for (const QString &sql : schemaSql(QStringLiteral("temp"))) {
        if (QSqlError error; !exec(db, sql, &error)) {
            return Database::storageError(error, Text::tr("Building the search index"));
        }
    }
    return fill(db, QStringLiteral("temp"));
}

bool SearchIndex::hasTemporary(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_schema WHERE name = 'item_search'")) && q.next();
}

Status SearchIndex::fill(QSqlDatabase &db, const QString &schema)
{
    // A contentless table is emptied by its own command; DELETE needs the content it does not keep.
    if (QSqlError error; !exec(
            db, QStringLiteral("INSERT INTO %1.item_search (item_search) VALUES ('delete-all')").arg(schema), &error)) {
        return Database::storageError(error, Text::tr("Clearing the search index"));
    }
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!items.exec(QStringLiteral("SELECT rid, name, sku, coalesce(barcode, '') FROM main.items"))) {
        return Database::storageError(items.lastError(), Text::tr("Reading items for the search index"));
    }
    const QByteArray sql = entrySql(schema, Entry::Add);
    SqliteStatement insert(sqliteHandle(db), sql.constData());
    if (!insert.valid()) {
        return Database::storageError(insert.error(), Text::tr("Building the search index"));
    }
    // In row id order (name order, see entryRowid): FTS5 writes its pending entries out whenever a row id
    // is not above the last one.
    struct Entry
    {
        qint64 rowid;
        qint64 rid;
        QString name;
        QString sku;
        QString barcode;
    };
    std::vector<Entry> entries;
    while (items.next()) {
        const qint64 rid = items.value(0).toLongLong();
        const QString name = items.value(1).toString();
        entries.push_back({entryRowid(rid, name), rid, name, items.value(2).toString(), items.value(3).toString()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.rowid < b.rowid; });
    for (const Entry &e : entries) {
        if (runEntry(insert, e.rid, e.name, e.sku, e.barcode, CatalogSearch::extraTerms(e.name)) != SQLITE_DONE) {
            return Database::storageError(insert.error(), Text::tr("Building the search index"));
        }
    }
    return Done{};
}

QByteArray SearchIndex::entrySql(const QString &schema, Entry entry)
{
    const QString table = schema.isEmpty() ? QStringLiteral("item_search") : schema + QStringLiteral(".item_search");
    // The index keeps no content: removing an entry means handing FTS5 the very values it was added with,
    // so that it can take back each of their tokens.
    const QString sql = entry == Entry::Add
                            ? QStringLiteral("INSERT INTO %1 (rowid, name, sku, barcode, extra) VALUES (?, ?, ?, ?, ?)")
                            : QStringLiteral("INSERT INTO %1 (item_search, rowid, name, sku, barcode, extra) "
                                             "VALUES ('delete', ?, ?, ?, ?, ?)");
    return sql.arg(table).toUtf8();
}

qint64 SearchIndex::entryRowid(qint64 rid, const QString &name)
{
    if (rid < 0 || rid > kRidMask) {
        return -1;
    }
    return static_cast<qint64>(CatalogSearch::orderKey(name) << kRidBits) | rid;
}

int SearchIndex::runEntry(SqliteStatement &insert, qint64 rid, const QString &name, const QString &sku,
                          const QString &barcode, const QString &extra)
{
    const qint64 rowid = entryRowid(rid, name);
    if (rowid < 0) {
        return SQLITE_RANGE;
    }
    insert.bind(1, rowid);
    insert.bind(2, name);
    insert.bind(3, sku);
    insert.bind(4, barcode);
    insert.bind(5, extra);
    return insert.run();
}

Status SearchIndex::stampMain(QSqlDatabase &db, const QString &generation)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO main.search_state (id, generation) VALUES (1, ?)"));
    q.addBindValue(generation);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Updating the search index"));
    }
    return Done{};
}

Status SearchIndex::stamp(QSqlDatabase &db, const QString &generation)
{
    if (auto main = stampMain(db, generation); !main) {
        return main;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO search.meta (key, value) VALUES ('generation', ?)"));
    q.addBindValue(generation);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Updating the search index"));
    }
    return Done{};
}

QString SearchIndex::newGeneration()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace madang
