// CatalogRepository, part 2: upsertMany, the bulk write behind CSV imports (docs/storage.md, "Bulk import").
// Split from catalogrepository.cpp to keep files short.
#include "base/clock.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "catalog/catalogrepository.h"
#include "catalog/catalogwriter.h"
#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "catalog/search/searchindexer.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
};

/// A larger page cache for one bulk write, restored afterwards: the index and FTS pages of a big
/// import otherwise leave and re-enter SQLite's 2 MB default cache many times.
class CacheSizeGuard
{
public:
    CacheSizeGuard(const QSqlDatabase &db, int kibibytes) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            m_previous = q.value(0).toLongLong();
            q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
        }
    }
    ~CacheSizeGuard()
    {
        if (m_previous) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
        }
    }
    CacheSizeGuard(const CacheSizeGuard &) = delete;
    CacheSizeGuard &operator=(const CacheSizeGuard &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

/// Secondary indexes of items that a big write drops and builds again afterwards, in its transaction:
/// SQLite builds an index from sorted rows several times faster than it inserts 100k keys one by one at
/// random places (the name index, compared case-insensitively, cost a quarter of a 100k import). Their
/// definitions are read back from the schema, so they come back exactly as the migrations made them.
class DeferredIndexes
{
public:
    static constexpr qsizetype kAtLeast = 10000; ///< rows written, and more than the table already has

    Status drop(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND "
                                   "tbl_name = 'items' AND name IN ('items_name', 'items_category')"))) {
            return Database::storageError(q.lastError(), Text::tr("Reading the catalog's indexes"));
        }
        while (q.next()) {
            m_indexes.emplace_back(q.value(0).toString(), q.value(1).toString());
        }
        for (const auto &[name, sql] : m_indexes) {
            if (!q.exec(QStringLiteral("DROP INDEX main.%1").arg(name))) {
                return Database::storageError(q.lastError(), Text::tr("Preparing the catalog for a big import"));
            }
        }
        return Done{};
    }

    Status rebuild(const QSqlDatabase &db) const
    {
        QSqlQuery q(db);
        for (const auto &[name, sql] : m_indexes) {
            if (!q.exec(sql)) {
                return Database::storageError(q.lastError(), Text::tr("Indexing the imported items"));
            }
        }
        return Done{};
    }

private:
    std::vector<std::pair<QString, QString>> m_indexes;
};

/// What a bulk write needs besides the rows themselves, for one chunk of items: search terms and
/// the serialised outbox payloads (one per kItemsPerBulkOp items). Pure: safe on another thread.
struct PreparedChunk
{
    static constexpr qsizetype kSize = 10 * CatalogRepository::kItemsPerBulkOp;

    QStringList extras;
    QList<QByteArray> payloads;

    /// withTerms: false when a BulkIndexer writes the index (it makes the terms on its own thread).
    static PreparedChunk make(const QList<CatalogItem> &items, qsizetype begin, qsizetype total, bool withTerms)
    {
        PreparedChunk chunk;
        const qsizetype end = std::min(begin + kSize, total);
        chunk.extras.reserve(withTerms ? end - begin : 0);
        for (qsizetype n = begin; n < end; n += CatalogRepository::kItemsPerBulkOp) {
            chunk.payloads << bulkItemsPayload(items, n, std::min(n + CatalogRepository::kItemsPerBulkOp, end));
        }
        if (withTerms) {
            for (qsizetype n = begin; n < end; ++n) {
                chunk.extras << CatalogSearch::extraTerms(items.at(n).name);
            }
        }
        return chunk;
    }
};
} // namespace

Result<UpsertSummary> CatalogRepository::upsertMany(const QList<CatalogItem> &items, const Progress &progress)
{
    QSqlDatabase db = m_db.connection();
    // A big import that is a transaction of its own has its search index written by a BulkIndexer on
    // the second core, through its own connection to the index file. Its transaction must then leave
    // that file unlocked: it begins deferred and takes the main file's lock with its first write.
    const bool parallelIndex = items.size() >= kParallelIndexAtLeast && !Transaction::inProgress(db);
    Transaction tx(db, parallelIndex ? Transaction::Begin::Deferred : Transaction::Begin::Immediate);
    if (!tx.active()) {
        return tx.beginError();
    }
    const QString generation = SearchIndex::newGeneration();
    if (parallelIndex) {
        if (auto stamped = SearchIndex::stampMain(db, generation); !stamped) {
            return stamped.error();
        }
    }
    // Existing items and categories in two reads instead of one lookup per row.
    struct Existing
    {
        QString id;
        qint64 rid = 0;
        QString name; // as indexed, to take its search entry back when the item is replaced
        QString barcode;
    };
    QHash<QString, Existing> bySku;
    bySku.reserve(items.size());
    QHash<QString, QString> categoryByName;
    qint64 lastRid = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sku, id, rid, name, coalesce(barcode, '') FROM items"))) {
            return Database::storageError(q.lastError(), Text::tr("Reading the catalog"));
        }
        while (q.next()) {
            const qint64 rid = q.value(2).toLongLong();
            bySku.insert(q.value(0).toString(),
                         Existing{q.value(1).toString(), rid, q.value(3).toString(), q.value(4).toString()});
            lastRid = std::max(lastRid, rid);
        }
        if (!q.exec(QStringLiteral("SELECT name, id FROM categories"))) {
            return Database::storageError(q.lastError(), Text::tr("Reading categories"));
        }
        while (q.next()) {
            categoryByName.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    // Pass 1, in input order: check each item and settle its category, id and row id.
    QList<CatalogItem> resolved;
    resolved.reserve(items.size());
    std::vector<bool> isNew;
    isNew.reserve(static_cast<size_t>(items.size()));
    std::vector<IndexRow> indexRows;
    indexRows.reserve(parallelIndex ? static_cast<size_t>(items.size()) : 0);
    for (CatalogItem item : items) {
        if (auto valid = validateItem(item); !valid) {
            return makeError(valid.error().code, Text::tr("Item %1: %2").arg(item.sku, valid.error().message));
        }
        if (const QString cat = item.categoryName.trimmed(); !cat.isEmpty()) {
            auto category = categoryByName.constFind(cat);
            if (category == categoryByName.cend()) {
                auto created = ensureCategory(cat);
                if (!created) {
                    return created.error();
                }
                category = categoryByName.insert(cat, created.value());
            }
            item.categoryId = *category;
        }
        auto existing = bySku.find(item.sku);
        isNew.push_back(existing == bySku.end());
        if (isNew.back()) {
            existing = bySku.insert(item.sku, Existing{m_ids.nextString(), ++lastRid, {}, {}});
        }
        item.id = existing->id;
        if (parallelIndex) {
            indexRows.push_back(IndexRow{existing->rid, !isNew.back(), item.name, item.sku, item.barcode,
                                         existing->name, existing->barcode});
            existing->name = item.name;
            existing->barcode = item.barcode;
        }
        resolved << item;
    }

    // Pass 2: write chunk by chunk while another thread prepares the next chunk's outbox payloads (and
    // search terms, when the index is written here), so that both cores work during a big import.
    DeferredIndexes deferred;
    if (const qsizetype created = std::count(isNew.cbegin(), isNew.cend(), true);
        created >= DeferredIndexes::kAtLeast && created > bySku.size() - created) {
        if (auto dropped = deferred.drop(db); !dropped) {
            return dropped.error();
        }
    }
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready.error();
    }
    // A 100k-item import dirties about 40 MB of pages; a cache that holds them all keeps SQLite from
    // spilling pages to the WAL mid-transaction and reading them back.
    constexpr int kImportCacheKiB = 128 * 1024;
    const CacheSizeGuard cache(db, kImportCacheKiB);
    std::optional<BulkIndexer> indexer;
    if (parallelIndex) {
        indexer.emplace(SearchIndex::pathFor(m_db.path()), indexRows, generation);
    }
    const QString now = m_clock.nowWire();
    const qsizetype total = resolved.size();
    const bool withTerms = !parallelIndex;
    const auto prepare = [&resolved, total, withTerms](qsizetype begin) {
        return PreparedChunk::make(resolved, begin, total, withTerms);
    };
    std::future<PreparedChunk> next = std::async(std::launch::async, prepare, 0);
    UpsertSummary summary;
    for (qsizetype begin = 0; begin < total; begin += PreparedChunk::kSize) {
        const PreparedChunk chunk = next.get();
        const qsizetype end = std::min(begin + PreparedChunk::kSize, total);
        if (end < total) {
            next = std::async(std::launch::async, prepare, end);
        }
        for (qsizetype n = begin; n < end; ++n) {
            const bool created = isNew.at(static_cast<size_t>(n));
            const CatalogItem &item = resolved.at(n);
            auto rid = parallelIndex ? writer.writeRow(item, created, now, indexRows.at(static_cast<size_t>(n)).rid)
                                     : writer.write(item, created, now, chunk.extras.at(n - begin));
            if (!rid) {
                return rid.error(); // `next` finishes its work, and the indexer rolls back, before they go
            }
            ++(created ? summary.created : summary.updated);
            if (progress && (n % 1000 == 0 || n + 1 == total)) {
                progress(n + 1, total);
            }
        }
        for (const QByteArray &payload : chunk.payloads) {
            auto op = m_outbox.enqueueJson(db, ops::CatalogItemsUpserted, m_ids.nextString(), payload);
            if (!op) {
                return op.error();
            }
        }
    }
    if (auto rebuilt = deferred.rebuild(db); !rebuilt) {
        return rebuilt.error();
    }
    if (indexer) {
        if (auto indexed = indexer->written(); !indexed) {
            return indexed.error(); // nothing is saved: the items roll back with the index
        }
    }
    if (indexer) {
        indexer->decide(true); // both files commit at once; see BulkIndexer::decide for a failure between
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    if (indexer) {
        // An index that failed to commit is stale, and is rebuilt from the saved items.
        if (auto indexed = indexer->finish(true); !indexed) {
            qCWarning(lcCatalog) << indexed.error().message;
            if (auto rebuilt = SearchIndex::rebuild(db); !rebuilt) {
                qCWarning(lcCatalog) << rebuilt.error().message;
            }
        }
    }
    return summary;
}

} // namespace madang
