#include "catalogrepository.h"

#include "catalogsearch.h"
#include "catalogwriter.h"
#include "clock.h"
#include "database.h"
#include "outbox.h"
#include "searchindex.h"
#include "searchindexer.h"
#include "transaction.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <future>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcCatalog, "madang.core.catalog", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
};

const QString kSelectItem = QStringLiteral(
    "SELECT i.id, i.sku, i.name, coalesce(i.category_id, ''), coalesce(c.name, ''), i.price_minor, i.vat_bp, "
    "i.duration_min, coalesce(i.barcode, ''), i.active FROM items i LEFT JOIN categories c ON c.id = i.category_id ");

CatalogItem readItem(const QSqlQuery &q)
{
    return CatalogItem{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toInt(),    q.value(7).toInt(),
                       q.value(8).toString(), q.value(9).toBool()};
}

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

Result<std::optional<CatalogItem>> findOne(const QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(kSelectItem + where);
    q.addBindValue(value);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the catalog"));
    }
    if (!q.next()) {
        return std::optional<CatalogItem>();
    }
    return std::optional<CatalogItem>(readItem(q));
}
} // namespace

CatalogRepository::CatalogRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox)
    : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox)
{}

Result<QList<Category>> CatalogRepository::categories() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM categories ORDER BY position, name"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading categories"));
    }
    QList<Category> list;
    while (q.next()) {
        list << Category{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    }
    return list;
}

Result<QString> CatalogRepository::ensureCategory(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return QString();
    }
    QSqlDatabase db = m_db.connection();
    // Look up inside the write transaction, so that two writers cannot both create the name.
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ?"));
    find.addBindValue(trimmed);
    if (!find.exec()) {
        return Database::storageError(find.lastError(), Text::tr("Reading categories"));
    }
    if (find.next()) {
        return find.value(0).toString();
    }
    const QString id = m_ids.nextString();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO categories (id, name, position) VALUES (?, ?, (SELECT "
                               "coalesce(max(position), 0) + 1 FROM categories))"));
    ins.addBindValue(id);
    ins.addBindValue(trimmed);
    if (!ins.exec()) {
        return Database::storageError(ins.lastError(), Text::tr("Creating category %1").arg(trimmed));
    }
    auto op = m_outbox.enqueue(db, QStringLiteral("catalog.category.created"), 1, id,
                               {{QStringLiteral("id"), id}, {QStringLiteral("name"), trimmed}});
    if (!op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return id;
}

Result<CatalogItem> CatalogRepository::save(const CatalogItem &input)
{
    CatalogItem item = input;
    item.name = item.name.trimmed();
    item.sku = item.sku.trimmed();
    item.barcode = item.barcode.trimmed();
    if (auto valid = validateItem(item); !valid) {
        return valid.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (item.categoryId.isEmpty() && !item.categoryName.trimmed().isEmpty()) {
        auto category = ensureCategory(item.categoryName);
        if (!category) {
            return category.error();
        }
        item.categoryId = category.value();
    }
    const bool isNew = item.id.isEmpty();
    if (isNew) {
        item.id = m_ids.nextString();
    }
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready.error();
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    if (auto rid = writer.write(item, isNew, now, CatalogSearch::extraTerms(item.name)); !rid) {
        return rid.error();
    }
    const QString opName = isNew ? QStringLiteral("catalog.item.created") : QStringLiteral("catalog.item.updated");
    if (auto op = m_outbox.enqueue(db, opName, 1, item.id, itemPayload(item)); !op) {
        return op.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    auto stored = find(item.id);
    if (!stored || !stored.value()) {
        return makeError(ErrorCode::Storage, Text::tr("The saved item %1 could not be read back.").arg(item.sku));
    }
    return *stored.value();
}

Result<std::optional<CatalogItem>> CatalogRepository::find(const QString &id) const
{
    return findOne(m_db.connection(), QStringLiteral("WHERE i.id = ?"), id);
}

Result<std::optional<CatalogItem>> CatalogRepository::findBySku(const QString &sku) const
{
    return findOne(m_db.connection(), QStringLiteral("WHERE i.sku = ?"), sku);
}

Result<std::optional<CatalogItem>> CatalogRepository::findByBarcode(const QString &barcode) const
{
    return findOne(m_db.connection(), QStringLiteral("WHERE i.barcode = ?"), barcode);
}

Result<QList<CatalogItem>> CatalogRepository::search(const QString &text, int limit, const CatalogFilter &filter) const
{
    const QString match = CatalogSearch::matchExpression(text);
    QStringList conditions;
    if (!filter.categoryId.isEmpty()) {
        conditions << QStringLiteral("i.category_id = ?");
    }
    if (filter.activeOnly) {
        conditions << QStringLiteral("i.active = 1");
    }
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (match.isEmpty()) {
        const QString where = conditions.isEmpty()
                                  ? QString()
                                  : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
        q.prepare(kSelectItem + where + QStringLiteral("ORDER BY i.name COLLATE NOCASE LIMIT ?"));
    } else {
        if (auto current = currentIndex(); !current) {
            return current.error();
        }
        // The first `limit` matches by name. Few matches: fetch them all and sort. Many matches (a
        // one-letter prefix): walk the name index and stop at `limit`, instead of sorting thousands.
        constexpr int kSortAtMost = 2000;
        QSqlQuery probe(db);
        probe.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM item_search WHERE item_search MATCH ? LIMIT ?)"));
        probe.addBindValue(match);
        probe.addBindValue(kSortAtMost + 1);
        if (!probe.exec() || !probe.next()) {
            return Database::storageError(probe.lastError(), Text::tr("Searching the catalog"));
        }
        const bool broad = probe.value(0).toInt() > kSortAtMost;
        const QString from =
            broad ? QStringLiteral("FROM items i INDEXED BY items_name ") : QStringLiteral("FROM items i ");
        QString sql = kSelectItem;
        sql.replace(QStringLiteral("FROM items i "), from);
        QString where = QStringLiteral("WHERE i.rid IN (SELECT rowid FROM item_search WHERE item_search MATCH ?) ");
        for (const QString &c : std::as_const(conditions)) {
            where += QStringLiteral("AND ") + c + u' ';
        }
        q.prepare(sql + where + QStringLiteral("ORDER BY i.name COLLATE NOCASE LIMIT ?"));
        q.addBindValue(match);
    }
    if (!filter.categoryId.isEmpty()) {
        q.addBindValue(filter.categoryId);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Searching the catalog"));
    }
    QList<CatalogItem> items;
    while (q.next()) {
        items << readItem(q);
    }
    return items;
}

Status CatalogRepository::currentIndex() const
{
    QSqlDatabase db = m_db.connection();
    if (SearchIndex::isCurrent(db)) {
        return Done{};
    }
    // Stale only if its commit failed after an import's items committed, or if the file was damaged or
    // replaced while the terminal ran: rebuild it rather than answer from it.
    if (m_db.mode() == Database::Mode::ReadWrite) {
        if (auto rebuilt = SearchIndex::rebuildIfStale(db); rebuilt && SearchIndex::isCurrent(db)) {
            return Done{};
        }
        return makeError(ErrorCode::Storage, Text::tr("The catalog's search index is out of date and could not be "
                                                      "rebuilt. Restart the terminal to rebuild it."));
    }
    // Read-only (a backup copy, or beside a running terminal that has not rebuilt it yet): an index of
    // this connection's own, in memory. Queries on item_search find the temp schema first.
    if (SearchIndex::hasTemporary(db)) {
        return Done{};
    }
    return SearchIndex::buildTemporary(db);
}

Result<qint64> CatalogRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM items")) || !q.next()) {
        return Database::storageError(q.lastError(), Text::tr("Counting items"));
    }
    return q.value(0).toLongLong();
}

Result<QHash<QString, QString>> CatalogRepository::skuByBarcode() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT barcode, sku FROM items WHERE barcode IS NOT NULL"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading barcodes"));
    }
    QHash<QString, QString> owners;
    while (q.next()) {
        owners.insert(q.value(0).toString(), q.value(1).toString());
    }
    return owners;
}

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
            if (!categoryByName.contains(cat)) {
                auto created = ensureCategory(cat);
                if (!created) {
                    return created.error();
                }
                categoryByName.insert(cat, created.value());
            }
            item.categoryId = categoryByName.value(cat);
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
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
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
            auto op =
                m_outbox.enqueueJson(db, QStringLiteral("catalog.items.upserted"), 1, m_ids.nextString(), payload);
            if (!op) {
                return op.error();
            }
        }
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
