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
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Prepared statements reused across one write unit.
struct ItemWriter
{
    explicit ItemWriter(QSqlDatabase &db) : insert(db), update(db)
    {
        insert.prepare(QStringLiteral(
            "INSERT INTO items (id, sku, name, category_id, price_minor, vat_bp, duration_min, barcode, active, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        update.prepare(QStringLiteral(
            "UPDATE items SET sku = ?, name = ?, category_id = ?, price_minor = ?, vat_bp = ?, duration_min = ?, "
            "barcode = ?, active = ?, updated_at = ? WHERE id = ?"));
    }

    /// Writes the row and returns its rowid for the search index.
    Result<qint64> write(const CatalogItem &item, bool isNew, const QString &now, QSqlDatabase &db)
    {
        QSqlQuery &q = isNew ? insert : update;
        int i = 0;
        if (isNew) {
            q.bindValue(i++, item.id);
        }
        q.bindValue(i++, item.sku);
        q.bindValue(i++, item.name);
        q.bindValue(i++, nullIfEmpty(item.categoryId));
        q.bindValue(i++, item.priceMinor);
        q.bindValue(i++, item.vatBasisPoints);
        q.bindValue(i++, item.durationMin);
        q.bindValue(i++, nullIfEmpty(item.barcode));
        q.bindValue(i++, item.active ? 1 : 0);
        if (isNew) {
            q.bindValue(i++, now);
        }
        q.bindValue(i++, now);
        if (!isNew) {
            q.bindValue(i++, item.id);
        }
        if (!q.exec()) {
            const QString text = q.lastError().databaseText();
            if (text.contains(QStringLiteral("items.sku"))) {
                return makeError(ErrorCode::Conflict, tr("The SKU %1 is already used by another item.").arg(item.sku));
            }
            if (text.contains(QStringLiteral("items.barcode"))) {
                return makeError(ErrorCode::Conflict,
                                 tr("The barcode %1 is already used by another item.").arg(item.barcode));
            }
            return Database::storageError(q.lastError(), tr("Saving item %1").arg(item.sku));
        }
        if (isNew) {
            return q.lastInsertId().toLongLong();
        }
        if (q.numRowsAffected() != 1) {
            return makeError(ErrorCode::NotFound, tr("The item %1 no longer exists.").arg(item.id));
        }
        QSqlQuery rid(db);
        rid.prepare(QStringLiteral("SELECT rid FROM items WHERE id = ?"));
        rid.addBindValue(item.id);
        if (!rid.exec() || !rid.next()) {
            return Database::storageError(rid.lastError(), tr("Saving item %1").arg(item.sku));
        }
        return rid.value(0).toLongLong();
    }

    QSqlQuery insert;
    QSqlQuery update;
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
    auto rid = writer.write(item, isNew, m_clock.now().toString(Qt::ISODateWithMs), db);
    if (!rid) {
        return rid.error();
    }
    if (auto indexed = CatalogSearch::indexItem(db, rid.value(), item.name, item.sku, item.barcode); !indexed) {
        return indexed.error();
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
    ItemWriter writer(db);
    QSqlQuery index(db);
    index.prepare(QStringLiteral("INSERT INTO item_search (rowid, name, sku, barcode, extra) VALUES (?, ?, ?, ?, ?)"));
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    UpsertSummary summary;
    QJsonArray batch;
    const auto flush = [&]() -> Status {
        if (batch.isEmpty()) {
            return Done{};
        }
        const QString batchId = m_ids.nextString();
        auto op = m_outbox.enqueue(db, QStringLiteral("catalog.items.upserted"), 1, batchId,
                                   {{QStringLiteral("items"), batch}});
        batch = QJsonArray();
        if (!op) {
            return op.error();
        }
        return Done{};
    };
    for (qsizetype n = 0; n < items.size(); ++n) {
        CatalogItem item = items.at(n);
        if (auto valid = validateItem(item); !valid) {
            return makeError(valid.error().code, tr("Item %1: %2").arg(item.sku, valid.error().message));
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
        const bool isNew = existing == idBySku.constEnd();
        item.id = isNew ? m_ids.nextString() : existing.value();
        auto rid = writer.write(item, isNew, now, db);
        if (!rid) {
            return rid.error();
        }
        if (isNew) {
            index.bindValue(0, rid.value());
            index.bindValue(1, item.name);
            index.bindValue(2, item.sku);
            index.bindValue(3, item.barcode);
            index.bindValue(4, CatalogSearch::extraTerms(item.name));
            if (!index.exec()) {
                return Database::storageError(index.lastError(), tr("Updating the search index"));
            }
            idBySku.insert(item.sku, item.id);
            ++summary.created;
        } else {
            if (auto indexed = CatalogSearch::indexItem(db, rid.value(), item.name, item.sku, item.barcode); !indexed) {
                return indexed.error();
            }
            ++summary.updated;
        }
        batch.append(itemPayload(item));
        if (batch.size() >= kItemsPerBulkOp) {
            if (auto flushed = flush(); !flushed) {
                return flushed.error();
            }
        }
        if (progress && (n % 1000 == 0 || n + 1 == items.size())) {
            progress(n + 1, items.size());
        }
    }
    if (auto flushed = flush(); !flushed) {
        return flushed.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return summary;
}

} // namespace madang
