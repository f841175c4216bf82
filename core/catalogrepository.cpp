#include "catalogrepository.h"

#include "catalogsearch.h"
#include "catalogwriter.h"
#include "clock.h"
#include "database.h"
#include "outbox.h"
#include "transaction.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <future>
#include <optional>
#include <vector>

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

    static PreparedChunk make(const QList<CatalogItem> &items, qsizetype begin, qsizetype total)
    {
        PreparedChunk chunk;
        const qsizetype end = std::min(begin + kSize, total);
        chunk.extras.reserve(end - begin);
        QJsonArray rows;
        for (qsizetype n = begin; n < end; ++n) {
            chunk.extras << CatalogSearch::extraTerms(items.at(n).name);
            rows.append(itemRow(items.at(n)));
            if (rows.size() == CatalogRepository::kItemsPerBulkOp || n + 1 == end) {
                const QJsonObject payload{{QStringLiteral("columns"), itemColumns()}, {QStringLiteral("rows"), rows}};
                chunk.payloads << QJsonDocument(payload).toJson(QJsonDocument::Compact);
                rows = QJsonArray();
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
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    // Existing skus and categories in two reads instead of one lookup per row.
    QHash<QString, QString> idBySku;
    QHash<QString, QString> categoryByName;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sku, id FROM items"))) {
            return Database::storageError(q.lastError(), Text::tr("Reading the catalog"));
        }
        while (q.next()) {
            idBySku.insert(q.value(0).toString(), q.value(1).toString());
        }
        if (!q.exec(QStringLiteral("SELECT name, id FROM categories"))) {
            return Database::storageError(q.lastError(), Text::tr("Reading categories"));
        }
        while (q.next()) {
            categoryByName.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    // Pass 1, in input order: check each item and settle its category and id.
    QList<CatalogItem> resolved;
    resolved.reserve(items.size());
    std::vector<bool> isNew;
    isNew.reserve(static_cast<size_t>(items.size()));
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
        const auto existing = idBySku.constFind(item.sku);
        isNew.push_back(existing == idBySku.constEnd());
        item.id = isNew.back() ? m_ids.nextString() : existing.value();
        if (isNew.back()) {
            idBySku.insert(item.sku, item.id);
        }
        resolved << item;
    }

    // Pass 2: write chunk by chunk while a second thread prepares the next chunk's search terms
    // and outbox payloads, so that both cores work during a big import.
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready.error();
    }
    // A 100k-item import dirties about 60 MB of pages; a cache that holds them all keeps SQLite from
    // spilling pages to the WAL mid-transaction and reading them back (about 7% of the import).
    constexpr int kImportCacheKiB = 128 * 1024;
    const CacheSizeGuard cache(db, kImportCacheKiB);
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const qsizetype total = resolved.size();
    const auto prepare = [&resolved, total](qsizetype begin) { return PreparedChunk::make(resolved, begin, total); };
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
            if (auto rid = writer.write(resolved.at(n), created, now, chunk.extras.at(n - begin)); !rid) {
                return rid.error(); // `next` finishes its work before it is destroyed
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
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return summary;
}

} // namespace madang
