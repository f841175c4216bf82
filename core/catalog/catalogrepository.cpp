#include "catalog/catalogrepository.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "catalog/catalogwriter.h"
#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <optional>

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

/// Up to this many items of one order key are sorted by name; more are walked in the name index.
constexpr qsizetype kSortGroupAtMost = 200;

QString jsonArray(const QList<qint64> &values)
{
    QString out(u'[');
    for (const qint64 v : values) {
        if (out.size() > 1) {
            out += u',';
        }
        out += QString::number(v);
    }
    return out + u']';
}

Result<QList<CatalogItem>> readItems(QSqlQuery &q)
{
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Searching the catalog"));
    }
    QList<CatalogItem> items;
    while (q.next()) {
        items << readItem(q);
    }
    return items;
}

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
    if (auto clean = checkText(trimmed, TextKind::Category, Text::tr("category")); !clean) {
        return clean.error();
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
    auto op = m_outbox.enqueue(db, ops::CatalogCategoryCreated, id,
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
    const QString now = m_clock.nowWire();
    if (auto rid = writer.write(item, isNew, now, CatalogSearch::extraTerms(item.name)); !rid) {
        return rid.error();
    }
    const OpSpec &opName = isNew ? ops::CatalogItemCreated : ops::CatalogItemUpdated;
    if (auto op = m_outbox.enqueue(db, opName, item.id, itemPayload(item)); !op) {
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
        auto rids = matchingRids(match, limit, filter);
        if (!rids) {
            return rids.error();
        }
        if (rids->isEmpty()) {
            return QList<CatalogItem>();
        }
        q.prepare(kSelectItem + QStringLiteral("WHERE i.rid IN (SELECT value FROM json_each(?)) "
                                               "ORDER BY i.name COLLATE NOCASE, i.rid LIMIT ?"));
        q.addBindValue(jsonArray(rids.value()));
        q.addBindValue(limit);
        return readItems(q);
    }
    if (!filter.categoryId.isEmpty()) {
        q.addBindValue(filter.categoryId);
    }
    q.addBindValue(limit);
    return readItems(q);
}

Result<QList<qint64>> CatalogRepository::matchingRids(const QString &match, int limit,
                                                      const CatalogFilter &filter) const
{
    // FTS5 returns matches by row id, and an entry's row id starts with its name's order key
    // (SearchIndex::entryRowid): read them in that order and stop after the first `limit`, plus the rest
    // of the last one's key group (whose names may sort either way). Every entry not read has a greater
    // key, so a name that sorts after all of these: sorting what was read by name gives the first page.
    // A one-letter query thus reads a few dozen of its thousands of matches, and sorts nothing big.
    // (The old plan read every match, tens of thousands for "s" or "김", to sort them or to check the walk
    // of the name index against them: the slow tail of search as you type.)
    QString sql = QStringLiteral("SELECT item_search.rowid FROM item_search ");
    if (!filter.categoryId.isEmpty() || filter.activeOnly) {
        sql += QStringLiteral("JOIN items i ON i.rid = (item_search.rowid & %1) ").arg(SearchIndex::kRidMask);
    }
    sql += QStringLiteral("WHERE item_search MATCH ? ");
    if (!filter.categoryId.isEmpty()) {
        sql += QStringLiteral("AND i.category_id = ? ");
    }
    if (filter.activeOnly) {
        sql += QStringLiteral("AND i.active = 1 ");
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql + QStringLiteral("ORDER BY item_search.rowid"));
    q.addBindValue(match);
    if (!filter.categoryId.isEmpty()) {
        q.addBindValue(filter.categoryId);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Searching the catalog"));
    }
    QList<qint64> rids;  // before the last group
    QList<qint64> group; // the last group read
    qint64 lastGroup = -1;
    while (limit != 0 && q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const qint64 key = SearchIndex::nameGroupOf(rowid);
        if (key != lastGroup) {
            if (limit > 0 && rids.size() + group.size() >= limit) {
                break;
            }
            rids += group;
            group.clear();
            lastGroup = key;
        }
        group << SearchIndex::ridOf(rowid);
    }
    q.finish();
    const qsizetype needed = limit < 0 ? group.size() : limit - rids.size();
    if (group.size() <= std::max<qsizetype>(needed, kSortGroupAtMost)) {
        return rids + group;
    }
    // Many names share the last key ("여성 커트 …"): the first of them by name, walking the name index from the
    // text they all start with, rather than sorting them all.
    QSqlQuery walk(m_db.connection());
    walk.setForwardOnly(true);
    walk.prepare(QStringLiteral("SELECT rid FROM items INDEXED BY items_name WHERE name >= ? COLLATE NOCASE AND "
                                "rid IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE, rid LIMIT ?"));
    walk.addBindValue(CatalogSearch::orderKeyPrefix(static_cast<quint64>(lastGroup)));
    walk.addBindValue(jsonArray(group));
    walk.addBindValue(needed);
    if (!walk.exec()) {
        return Database::storageError(walk.lastError(), Text::tr("Searching the catalog"));
    }
    while (walk.next()) {
        rids << walk.value(0).toLongLong();
    }
    return rids;
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

} // namespace madang
