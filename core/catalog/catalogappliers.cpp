// Catalog ops applied to this terminal's database (see replication/applier.h).

#include "catalog/catalogappliers.h"

#include "base/clock.h"
#include "base/textrules.h"
#include "base/timetext.h"
#include "catalog/catalog.h"
#include "catalog/catalogwriter.h"
#include "catalog/search/catalogsearch.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>

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

Status applyItem(QSqlDatabase &db, const OutboxOp &op, const Clock &clock)
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
        return ok;
    }
    if (item.id.isEmpty()) {
        return noId(op);
    }
    if (auto valid = validateItem(item); !valid) {
        return valid;
    }
    if (!item.categoryId.isEmpty()) {
        auto category = exists(db, QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), item.categoryId);
        if (!category) {
            return category.error();
        }
        if (!category.value()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("The category of %1 is not in the catalog yet.").arg(item.sku));
        }
    }
    auto known = exists(db, QStringLiteral("SELECT 1 FROM items WHERE id = ?"), item.id);
    if (!known) {
        return known.error();
    }
    CatalogWriter writer(db);
    if (auto ready = writer.ready(); !ready) {
        return ready;
    }
    auto written =
        writer.write(item, !known.value(), clock.nowWire(), CatalogSearch::extraTerms(item.name));
    return written ? Status(Done{}) : Status(written.error());
}
} // namespace

void addCatalogAppliers(ApplierSet &set, const Clock &clock)
{
    set.add(ops::CatalogCategoryCreated, applyCategory);
    const auto item = [&clock](QSqlDatabase &db, const OutboxOp &op) { return applyItem(db, op, clock); };
    set.add(ops::CatalogItemCreated, item);
    set.add(ops::CatalogItemUpdated, item);
}

} // namespace madang
