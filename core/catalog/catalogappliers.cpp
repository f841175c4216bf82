// Catalog ops applied to this terminal's database (see replication/applier.h).

#include "catalog/catalogappliers.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "catalog/catalog.h"
#include "catalog/catalogwriter.h"
#include "catalog/modifierappliers.h"
#include "catalog/search/catalogsearch.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
};

Error noId(const OutboxOp &op)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("The payload of \"%1\" has no id; nothing was applied.").arg(op.op.left(80)));
}

Result<bool> exists(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    auto q = Database::run(db, sql, {id}, Text::tr("Reading the catalog"));
    if (!q) {
        return q.error();
    }
    return q->next();
}

Status applyCategory(QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString id = read.string("id"_L1);
    const QString name = read.string("name"_L1).trimmed();
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (id.isEmpty()) {
        return noId(op);
    }
    if (name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A category needs a name."));
    }
    if (auto clean = checkText(name, TextKind::Category, Text::tr("category")); !clean) {
        return clean;
    }
    auto taken = Database::run(db, QStringLiteral("SELECT 1 FROM categories WHERE name = ? AND id <> ?"), {name, id},
                               Text::tr("Reading categories"));
    if (!taken) {
        return taken.error();
    }
    if (taken->next()) {
        return makeError(ErrorCode::Conflict, Text::tr("There is already another category called %1.").arg(name));
    }
    auto written = Database::run(db,
                                 QStringLiteral("INSERT INTO categories (id, name, position) VALUES (?, ?, (SELECT "
                                                "coalesce(max(position), 0) + 1 FROM categories)) "
                                                "ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
                                 {id, name}, Text::tr("Creating category %1").arg(name));
    return written ? Status(Done{}) : Status(written.error());
}

/// The item a catalog.item.* payload (or one row of a catalog.items.upserted payload) carries, checked.
Result<CatalogItem> readItem(const OutboxOp &op)
{
    PayloadReader read(op);
    CatalogItem item;
    item.id = read.string("id"_L1);
    item.sku = read.string("sku"_L1).trimmed();
    item.name = read.string("name"_L1).trimmed();
    item.categoryId = read.string("category_id"_L1);
    item.priceMinor = read.integer("price_minor"_L1);
    item.vatBasisPoints = read.number("vat_bp"_L1);
    item.durationMin = read.number("duration_min"_L1);
    item.barcode = read.string("barcode"_L1).trimmed();
    item.active = read.boolean("active"_L1);
    if (auto ok = read.status(); !ok) {
        return ok.error();
    }
    if (item.id.isEmpty()) {
        return noId(op);
    }
    if (auto valid = validateItem(item); !valid) {
        return valid.error();
    }
    return item;
}

/// NotFound unless the item's category (if it has one) is in the catalog.
Status categoryKnown(const QSqlDatabase &db, const CatalogItem &item)
{
    if (item.categoryId.isEmpty()) {
        return Done{};
    }
    auto category = exists(db, QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), item.categoryId);
    if (!category) {
        return category.error();
    }
    if (!category.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("The category of %1 is not in the catalog yet.").arg(item.sku));
    }
    return Done{};
}

/// Inserts or updates the item by id, with its search terms, as CatalogRepository::save writes it.
Status writeItem(const QSqlDatabase &db, CatalogWriter &writer, const CatalogItem &item, const QString &now)
{
    auto known = exists(db, QStringLiteral("SELECT 1 FROM items WHERE id = ?"), item.id);
    if (!known) {
        return known.error();
    }
    auto written = writer.write(item, !known.value(), now, CatalogSearch::extraTerms(item.name));
    return written ? Status(Done{}) : Status(written.error());
}

/// Two terminals apart can each add an item under the same SKU or barcode. Every terminal settles it alike and
/// queues nothing: the item with the smaller id (the older one: ids are UUIDv7) keeps it; the younger one's SKU
/// takes "~" and the end of its id, and its barcode is cleared. The incoming item is changed before it is
/// written; an item already here that gives way is written again now.
Status settleClashes(const QSqlDatabase &db, CatalogWriter &writer, CatalogItem &incoming, const QString &now)
{
    auto others = Database::run(
        db,
        QStringLiteral("SELECT id, sku, name, coalesce(category_id, ''), price_minor, vat_bp, duration_min, "
                       "coalesce(barcode, ''), active FROM items WHERE id <> ? AND (sku = ? OR barcode = ?)"),
        {incoming.id, incoming.sku, incoming.barcode.isEmpty() ? QVariant() : QVariant(incoming.barcode)},
        Text::tr("Reading the catalog"));
    if (!others) {
        return others.error();
    }
    QList<CatalogItem> here;
    while (others->next()) {
        CatalogItem item;
        item.id = others->value(0).toString();
        item.sku = others->value(1).toString();
        item.name = others->value(2).toString();
        item.categoryId = others->value(3).toString();
        item.priceMinor = others->value(4).toLongLong();
        item.vatBasisPoints = others->value(5).toInt();
        item.durationMin = others->value(6).toInt();
        item.barcode = others->value(7).toString();
        item.active = others->value(8).toBool();
        here << item;
    }
    for (CatalogItem &local : here) {
        const bool sameSku = local.sku == incoming.sku;
        const bool sameBarcode = !incoming.barcode.isEmpty() && local.barcode == incoming.barcode;
        CatalogItem &younger = incoming.id < local.id ? local : incoming;
        if (sameSku) {
            younger.sku = younger.sku.left(kMaxSkuLength - 7) + u'~' + younger.id.right(6);
        }
        if (sameBarcode) {
            younger.barcode.clear();
        }
        if (&younger == &local) {
            auto written = writer.write(local, false, now, CatalogSearch::extraTerms(local.name));
            if (!written) {
                return written.error();
            }
        }
    }
    return Done{};
}

Status applyItem(QSqlDatabase &db, const OutboxOp &op, const Clock &clock)
{
    auto item = readItem(op);
    if (!item) {
        return item.error();
    }
    if (auto category = categoryKnown(db, item.value()); !category) {
        return category;
    }
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready;
    }
    const QString now = clock.nowWire();
    if (auto settled = settleClashes(db, writer, item.value(), now); !settled) {
        return settled;
    }
    return writeItem(db, writer, item.value(), now);
}

/// catalog.items.upserted: {"columns": [...], "rows": [[...], ...]} (see bulkItemsPayload), each row an item
/// as catalog.item.updated carries it. Every row is read and checked before the first is written.
Status applyItems(QSqlDatabase &db, const OutboxOp &op, const Clock &clock)
{
    PayloadReader read(op);
    const QJsonArray columns = read.array("columns"_L1);
    const QJsonArray rows = read.array("rows"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    QStringList names;
    for (const QJsonValue &column : columns) {
        if (!column.isString() || names.contains(column.toString())) {
            return PayloadReader::refusal(op, QStringLiteral("columns"));
        }
        names << column.toString();
    }
    QList<CatalogItem> items;
    items.reserve(rows.size());
    QSet<QString> ids;
    // A batch holds up to 500 rows of a few categories: each category is looked up once, and both lookups are
    // prepared once for the batch.
    QSet<QString> knownCategories;
    QSqlQuery categoryQuery(db);
    QSqlQuery itemQuery(db);
    if (!categoryQuery.prepare(QStringLiteral("SELECT 1 FROM categories WHERE id = ?")) ||
        !itemQuery.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"))) {
        return Database::storageError(categoryQuery.lastError().isValid() ? categoryQuery.lastError()
                                                                          : itemQuery.lastError(),
                                      Text::tr("Reading the catalog"));
    }
    const auto found = [](QSqlQuery &q, const QString &id) -> Result<bool> {
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::storageError(q.lastError(), Text::tr("Reading the catalog"));
        }
        const bool there = q.next();
        q.finish();
        return there;
    };
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const QJsonArray row = rows.at(n).toArray();
        if (!rows.at(n).isArray() || row.size() != names.size()) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Row %1 of \"%2\" does not have one value per column; nothing was applied.")
                                 .arg(n + 1)
                                 .arg(op.op.left(80)));
        }
        OutboxOp one = op;
        one.payload = {};
        for (qsizetype c = 0; c < names.size(); ++c) {
            one.payload.insert(names.at(c), row.at(c));
        }
        auto item = readItem(one);
        if (!item) {
            return makeError(item.error().code, Text::tr("Row %1: %2").arg(n + 1).arg(item.error().message));
        }
        if (ids.contains(item->id)) {
            return makeError(ErrorCode::InvalidInput, Text::tr("Row %1 of \"%2\" repeats item %3; nothing was applied.")
                                                          .arg(n + 1)
                                                          .arg(op.op.left(80), item->sku));
        }
        ids.insert(item->id);
        if (!item->categoryId.isEmpty() && !knownCategories.contains(item->categoryId)) {
            auto category = found(categoryQuery, item->categoryId);
            if (!category) {
                return category.error();
            }
            if (!category.value()) {
                return makeError(ErrorCode::NotFound,
                                 Text::tr("The category of %1 is not in the catalog yet.").arg(item->sku));
            }
            knownCategories.insert(item->categoryId);
        }
        items << item.value();
    }
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready;
    }
    const QString now = clock.nowWire();
    for (const CatalogItem &item : std::as_const(items)) {
        auto known = found(itemQuery, item.id);
        if (!known) {
            return known.error();
        }
        if (auto written = writer.write(item, !known.value(), now, CatalogSearch::extraTerms(item.name)); !written) {
            return written.error();
        }
    }
    return Done{};
}
} // namespace

void addCatalogAppliers(ApplierSet &set, const Clock &clock, ModifierRepository &modifiers)
{
    addModifierAppliers(set, modifiers);
    set.add(ops::CatalogCategoryCreated, applyCategory);
    const auto item = [&clock](QSqlDatabase &db, const OutboxOp &op) { return applyItem(db, op, clock); };
    set.add(ops::CatalogItemCreated, item);
    set.add(ops::CatalogItemUpdated, item);
    set.add(ops::CatalogItemsUpserted,
            [&clock](QSqlDatabase &db, const OutboxOp &op) { return applyItems(db, op, clock); });
}

} // namespace madang
