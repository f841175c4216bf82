#pragma once

#include "base/error.h"
#include "catalog/catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace madang {

class Clock;
class Database;
class Outbox;
class Uuid7Generator;

/// Narrows a catalog search: one category, and/or only the items for sale (the checkout grid).
struct CatalogFilter
{
    QString categoryId; ///< empty: every category
    bool activeOnly = false;
};

struct UpsertSummary
{
    int created = 0;
    int updated = 0;
};

/// Categories and items. Every write adds its outbox op in the same transaction.
class CatalogRepository
{
public:
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    static constexpr int kItemsPerBulkOp = 500;
    /// From this many items on, upsertMany writes the search index on a second thread.
    static constexpr int kParallelIndexAtLeast = 2000;

    CatalogRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox);

    [[nodiscard]] Result<QList<Category>> categories() const;
    /// Id of the category with this name, creating it (and its outbox op) if needed.
    Result<QString> ensureCategory(const QString &name);

    /// Creates the item when its id is empty, otherwise updates it. Returns the stored item.
    Result<CatalogItem> save(const CatalogItem &item);
    [[nodiscard]] Result<std::optional<CatalogItem>> find(const QString &id) const;
    [[nodiscard]] Result<std::optional<CatalogItem>> findBySku(const QString &sku) const;
    [[nodiscard]] Result<std::optional<CatalogItem>> findByBarcode(const QString &barcode) const;

    /// Items whose name, sku, barcode or derived Hangul terms start with every word of text
    /// (all items when text is blank), ordered by name, within filter.
    [[nodiscard]] Result<QList<CatalogItem>> search(const QString &text, int limit = 200,
                                                    const CatalogFilter &filter = {}) const;
    [[nodiscard]] Result<qint64> count() const;
    /// Which sku holds each barcode, for checking an import before writing anything.
    [[nodiscard]] Result<QHash<QString, QString>> skuByBarcode() const;

    /// Inserts or updates (by sku) many items in one transaction, with one outbox op per
    /// kItemsPerBulkOp items. Items carry categoryName; categories are created as needed.
    Result<UpsertSummary> upsertMany(const QList<CatalogItem> &items, const Progress &progress = {});

private:
    /// The rids of the first `limit` matches of an FTS5 expression by name (and some after them), unordered.
    [[nodiscard]] Result<QList<qint64>> matchingRids(const QString &match, int limit,
                                                     const CatalogFilter &filter) const;
    /// Done if the search index matches the items; rebuilds a stale one on a read-write database, and
    /// builds a temporary one on a read-only connection.
    [[nodiscard]] Status currentIndex() const;

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
};

} // namespace madang
