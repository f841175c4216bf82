#include "catalogrepository.h"

#include "catalogsearch.h"
#include "clock.h"
#include "database.h"
#include "outbox.h"
#include "transaction.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace madang {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogRepository", text);
}

const QString kSelectItem = QStringLiteral(
    "SELECT i.id, i.sku, i.name, coalesce(i.category_id, ''), coalesce(c.name, ''), i.price_minor, i.vat_bp, "
    "i.duration_min, coalesce(i.barcode, ''), i.active FROM items i LEFT JOIN categories c ON c.id = i.category_id ");

CatalogItem readItem(const QSqlQuery &q)
{
    return CatalogItem{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(),   q.value(5).toLongLong(),
                       q.value(6).toInt(),    q.value(7).toInt(),      q.value(8).toString(),
                       q.value(9).toBool()};
}

QJsonObject itemPayload(const CatalogItem &item)
{
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("sku"), item.sku},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("category_id"), item.categoryId},
                       {QStringLiteral("price_minor"), item.priceMinor},
                       {QStringLiteral("vat_bp"), item.vatBasisPoints},
                       {QStringLiteral("duration_min"), item.durationMin},
                       {QStringLiteral("barcode"), item.barcode},
                       {QStringLiteral("active"), item.active}};
}

/// The connection's own sqlite3 handle. Qt's driver on Debian links the system libsqlite3, the
/// same library madang_core links, so the handle can be used with the C API directly.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// A statement prepared on the raw handle, for the write paths that run once per item. QSqlQuery
/// spends more per bound value (placeholder bookkeeping, QVariant) than SQLite spends on the row.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (db != nullptr) {
            sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool valid() const { return m_stmt != nullptr; }
    /// Binds like QSqlQuery: a null QString is NULL. The text must live until run() returns.
    void bind(int column, const QString &text)
    {
        if (text.isNull()) {
            sqlite3_bind_null(m_stmt, column);
        } else {
            sqlite3_bind_text16(m_stmt, column, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
        }
    }
    void bindNullIfEmpty(int column, const QString &text) { bind(column, text.isEmpty() ? QString() : text); }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_stmt, column, value); }
    /// Executes; *row (if given) receives the first column of the first row, e.g. from RETURNING.
    /// Returns SQLITE_DONE, SQLITE_ROW or an error code.
    int run(qint64 *row = nullptr)
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW && row != nullptr) {
            *row = sqlite3_column_int64(m_stmt, 0);
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc;
    }
    /// The last error on the connection, in the form Database::storageError understands.
    [[nodiscard]] QSqlError error() const
    {
        const QString text = m_db != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("not an SQLite connection");
        return QSqlError(QString(), text, QSqlError::StatementError,
                         QString::number(m_db != nullptr ? sqlite3_errcode(m_db) : SQLITE_MISUSE));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Prepared statements for item rows and their search-index rows, reused across one write unit.
struct ItemWriter
{
    explicit ItemWriter(const QSqlDatabase &db)
        : handle(sqliteHandle(db)),
          insert(handle, "INSERT INTO items (id, sku, name, category_id, price_minor, vat_bp, duration_min, barcode, "
                         "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          update(handle, "UPDATE items SET sku = ?, name = ?, category_id = ?, price_minor = ?, vat_bp = ?, "
                         "duration_min = ?, barcode = ?, active = ?, updated_at = ? WHERE id = ? RETURNING rid"),
          unindex(handle, "DELETE FROM item_search WHERE rowid = ?"),
          index(handle, "INSERT INTO item_search (rowid, name, sku, barcode, extra) VALUES (?, ?, ?, ?, ?)")
    {
    }

    /// Null if every statement is ready, otherwise the error that stopped one.
    [[nodiscard]] std::optional<Error> notReady() const
    {
        for (const Statement *s : {&insert, &update, &unindex, &index}) {
            if (!s->valid()) {
                return Database::storageError(s->error(), tr("Preparing to save items"));
            }
        }
        return std::nullopt;
    }

    /// Writes the row and its search-index row (extra = CatalogSearch::extraTerms(item.name)); returns the rowid.
    Result<qint64> write(const CatalogItem &item, bool isNew, const QString &now, const QString &extra)
    {
        Statement &q = isNew ? insert : update;
        int i = 1;
        if (isNew) {
            q.bind(i++, item.id);
        }
        q.bind(i++, item.sku);
        q.bind(i++, item.name);
        q.bindNullIfEmpty(i++, item.categoryId);
        q.bind(i++, item.priceMinor);
        q.bind(i++, qint64{item.vatBasisPoints});
        q.bind(i++, qint64{item.durationMin});
        q.bindNullIfEmpty(i++, item.barcode);
        q.bind(i++, qint64{item.active ? 1 : 0});
        if (isNew) {
            q.bind(i++, now);
        }
        q.bind(i++, now);
        if (!isNew) {
            q.bind(i++, item.id);
        }
        qint64 rid = 0;
        const int rc = q.run(&rid);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const QSqlError error = q.error();
            if (error.databaseText().contains(QStringLiteral("items.sku"))) {
                return makeError(ErrorCode::Conflict, tr("The SKU %1 is already used by another item.").arg(item.sku));
            }
            if (error.databaseText().contains(QStringLiteral("items.barcode"))) {
                return makeError(ErrorCode::Conflict,
                                 tr("The barcode %1 is already used by another item.").arg(item.barcode));
            }
            return Database::storageError(error, tr("Saving item %1").arg(item.sku));
        }
        if (isNew) {
            rid = sqlite3_last_insert_rowid(handle);
        } else if (rc != SQLITE_ROW) {
            return makeError(ErrorCode::NotFound, tr("The item %1 no longer exists.").arg(item.id));
        }
        // The same rows CatalogSearch::indexItem writes, with statements prepared once.
        if (!isNew) {
            unindex.bind(1, rid);
            if (unindex.run() != SQLITE_DONE) {
                return Database::storageError(unindex.error(), tr("Updating the search index"));
            }
        }
        index.bind(1, rid);
        index.bind(2, item.name);
        index.bind(3, item.sku);
        index.bind(4, item.barcode);
        index.bind(5, extra);
        if (index.run() != SQLITE_DONE) {
            return Database::storageError(index.error(), tr("Updating the search index"));
        }
        return rid;
    }

    sqlite3 *handle;
    Statement insert;
    Statement update;
    Statement unindex;
    Statement index;
};

/// The work of a bulk upsert that needs no database: ids, search terms and outbox payloads. A
/// second thread does it a few batches ahead of the thread that writes, so both cores work
/// during an import (an id alone costs about 5 µs). The id generator is not thread-safe: while
/// the preparing thread runs, the writer takes ids (an outbox op takes one) only inside withIds().
class BulkPreparer
{
public:
    struct Prepared
    {
        CatalogItem item; // with id and categoryId
        bool isNew = false;
        QString extra;
        QJsonObject payload;
    };

    /// Categories must already exist: every non-blank item.categoryName (trimmed) is in categoryByName.
    BulkPreparer(const QList<CatalogItem> &items, QHash<QString, QString> idBySku,
                 QHash<QString, QString> categoryByName, Uuid7Generator &ids)
        : m_items(items), m_batchIds(static_cast<size_t>(items.size() / CatalogRepository::kItemsPerBulkOp + 1)),
          m_thread([this, idBySku = std::move(idBySku), categoryByName = std::move(categoryByName),
                    &ids](const std::stop_token &stop) mutable { run(stop, idBySku, categoryByName, ids); })
    {
    }
    ~BulkPreparer()
    {
        m_thread.request_stop();
        m_written.store(m_items.size(), std::memory_order_release); // wake the thread if it waits for room
        m_written.notify_all();
    }
    BulkPreparer(const BulkPreparer &) = delete;
    BulkPreparer &operator=(const BulkPreparer &) = delete;

    /// Item n, waiting for it if needed; valid until written(n). Its batch's id is ready with the batch's last item.
    Prepared &at(qsizetype n)
    {
        waitUntil(m_ready, [n](qsizetype ready) { return ready > n; });
        return m_ring[static_cast<size_t>(n % kLead)];
    }
    /// Item n is in the database: its slot can take a later item.
    void written(qsizetype n)
    {
        m_written.store(n + 1, std::memory_order_release);
        if ((n + 1) % kNotifyEvery == 0) {
            m_written.notify_all();
        }
    }
    [[nodiscard]] const QString &batchId(qsizetype batch) const { return m_batchIds[static_cast<size_t>(batch)]; }
    /// Runs f while the preparing thread cannot take an id.
    template<typename F>
    auto withIds(F &&f)
    {
        const std::lock_guard lock(m_idsMutex);
        return f();
    }

private:
    // How far ahead the thread may run: bounds the memory of a big import to a few MB; a shorter
    // lead measured slower (the threads wait on each other more).
    static constexpr qsizetype kLead = 40 * CatalogRepository::kItemsPerBulkOp;
    static constexpr qsizetype kNotifyEvery = 64;

    template<typename Done>
    static void waitUntil(std::atomic<qsizetype> &counter, Done done)
    {
        for (qsizetype seen = counter.load(std::memory_order_acquire); !done(seen);
             seen = counter.load(std::memory_order_acquire)) {
            counter.wait(seen, std::memory_order_acquire);
        }
    }

    void run(const std::stop_token &stop, QHash<QString, QString> &idBySku,
             const QHash<QString, QString> &categoryByName, Uuid7Generator &ids)
    {
        const auto nextId = [&] {
            const std::lock_guard lock(m_idsMutex);
            return ids.nextString();
        };
        for (qsizetype n = 0; n < m_items.size() && !stop.stop_requested(); ++n) {
            waitUntil(m_written, [n](qsizetype written) { return n - written < kLead; });
            Prepared &p = m_ring[static_cast<size_t>(n % kLead)];
            p.item = m_items.at(n);
            if (const QString cat = p.item.categoryName.trimmed(); !cat.isEmpty()) {
                p.item.categoryId = categoryByName.value(cat);
            }
            // Ids in the single-threaded order: each item's, then its batch's after the batch's last item.
            const auto existing = idBySku.constFind(p.item.sku);
            p.isNew = existing == idBySku.constEnd();
            p.item.id = p.isNew ? nextId() : existing.value();
            if (p.isNew) {
                idBySku.insert(p.item.sku, p.item.id);
            }
            p.extra = CatalogSearch::extraTerms(p.item.name);
            p.payload = itemPayload(p.item);
            if ((n + 1) % CatalogRepository::kItemsPerBulkOp == 0 || n + 1 == m_items.size()) {
                m_batchIds[static_cast<size_t>(n / CatalogRepository::kItemsPerBulkOp)] = nextId();
            }
            m_ready.store(n + 1, std::memory_order_release);
            if ((n + 1) % kNotifyEvery == 0 || n + 1 == m_items.size()) {
                m_ready.notify_all();
            }
        }
    }

    const QList<CatalogItem> &m_items;
    std::vector<Prepared> m_ring = std::vector<Prepared>(static_cast<size_t>(kLead));
    std::vector<QString> m_batchIds;
    std::mutex m_idsMutex;
    std::atomic<qsizetype> m_ready{0};   // items prepared
    std::atomic<qsizetype> m_written{0}; // items the writer is done with
    std::jthread m_thread;               // last: stopped and joined before the members it uses are destroyed
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

Result<std::optional<CatalogItem>> findOne(const QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(kSelectItem + where);
    q.addBindValue(value);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), tr("Reading the catalog"));
    }
    if (!q.next()) {
        return std::optional<CatalogItem>();
    }
    return std::optional<CatalogItem>(readItem(q));
}
} // namespace

CatalogRepository::CatalogRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox)
    : m_db(db), m_clock(clock), m_ids(ids), m_outbox(outbox)
{
}

Result<QList<Category>> CatalogRepository::categories() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM categories ORDER BY position, name"))) {
        return Database::storageError(q.lastError(), tr("Reading categories"));
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
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ?"));
    find.addBindValue(trimmed);
    if (!find.exec()) {
        return Database::storageError(find.lastError(), tr("Reading categories"));
    }
    if (find.next()) {
        return find.value(0).toString();
    }
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    const QString id = m_ids.nextString();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO categories (id, name, position) VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM categories))"));
    ins.addBindValue(id);
    ins.addBindValue(trimmed);
    if (!ins.exec()) {
        return Database::storageError(ins.lastError(), tr("Creating category %1").arg(trimmed));
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
    ItemWriter writer(db);
    if (const auto notReady = writer.notReady()) {
        return *notReady;
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
        return makeError(ErrorCode::Storage, tr("The saved item %1 could not be read back.").arg(item.sku));
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

Result<QList<CatalogItem>> CatalogRepository::search(const QString &text, int limit) const
{
    const QString match = CatalogSearch::matchExpression(text);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (match.isEmpty()) {
        q.prepare(kSelectItem + QStringLiteral("ORDER BY i.name COLLATE NOCASE LIMIT ?"));
    } else {
        // The FTS lookup picks candidates; sorting only the limited set keeps broad prefixes fast.
        q.prepare(QStringLiteral("SELECT * FROM (") + kSelectItem +
                  QStringLiteral("WHERE i.rid IN (SELECT rowid FROM item_search WHERE item_search MATCH ? LIMIT ?)) "
                                 "ORDER BY 3 COLLATE NOCASE"));
        q.addBindValue(match);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), tr("Searching the catalog"));
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
        return Database::storageError(q.lastError(), tr("Counting items"));
    }
    return q.value(0).toLongLong();
}

Result<QHash<QString, QString>> CatalogRepository::skuByBarcode() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT barcode, sku FROM items WHERE barcode IS NOT NULL"))) {
        return Database::storageError(q.lastError(), tr("Reading barcodes"));
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
            return Database::storageError(q.lastError(), tr("Reading the catalog"));
        }
        while (q.next()) {
            idBySku.insert(q.value(0).toString(), q.value(1).toString());
        }
        if (!q.exec(QStringLiteral("SELECT name, id FROM categories"))) {
            return Database::storageError(q.lastError(), tr("Reading categories"));
        }
        while (q.next()) {
            categoryByName.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    // New categories first, in order of first use: the preparing thread looks their ids up.
    for (const CatalogItem &item : items) {
        if (const QString cat = item.categoryName.trimmed(); !cat.isEmpty() && !categoryByName.contains(cat)) {
            auto created = ensureCategory(cat);
            if (!created) {
                return created.error();
            }
            categoryByName.insert(cat, created.value());
        }
    }
    ItemWriter writer(db);
    if (const auto notReady = writer.notReady()) {
        return *notReady;
    }
    constexpr int kImportCacheKiB = 32 * 1024;
    const CacheSizeGuard cache(db, kImportCacheKiB);
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    UpsertSummary summary;
    QJsonArray batch;
    BulkPreparer prepared(items, std::move(idBySku), categoryByName, m_ids);
    for (qsizetype n = 0; n < items.size(); ++n) {
        if (auto valid = validateItem(items.at(n)); !valid) {
            return makeError(valid.error().code, tr("Item %1: %2").arg(items.at(n).sku, valid.error().message));
        }
        BulkPreparer::Prepared &p = prepared.at(n);
        if (auto rid = writer.write(p.item, p.isNew, now, p.extra); !rid) {
            return rid.error();
        }
        ++(p.isNew ? summary.created : summary.updated);
        batch.append(std::exchange(p.payload, {}));
        prepared.written(n);
        if (batch.size() >= kItemsPerBulkOp || n + 1 == items.size()) {
            auto op = prepared.withIds([&] {
                return m_outbox.enqueue(db, QStringLiteral("catalog.items.upserted"), 1,
                                        prepared.batchId(n / kItemsPerBulkOp), {{QStringLiteral("items"), batch}});
            });
            if (!op) {
                return op.error();
            }
            batch = QJsonArray();
        }
        if (progress && (n % 1000 == 0 || n + 1 == items.size())) {
            progress(n + 1, items.size());
        }
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return summary;
}

} // namespace madang
