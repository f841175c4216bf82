#pragma once

#include "base/error.h"
#include "catalog/catalog.h"
#include "storage/sqlitestatement.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace madang {

/// The outbox payload of an item: what the platform needs to mirror it.
QJsonObject itemPayload(const CatalogItem &item);
/// The payload of one bulk op for items [begin, end): {"columns": [...], "rows": [[...], ...]}, the
/// fields of itemPayload() once as column names and then one array per item, a third of the size of an
/// array of objects. Written straight as canonical JSON (see canonicaljson.h): building it through
/// QJsonArray costs more than saving the items.
QByteArray bulkItemsPayload(const QList<CatalogItem> &items, qsizetype begin, qsizetype end);

/// Writes item rows and their search-index rows with statements prepared once per write unit
/// (one save, or one whole import). The caller holds the transaction, which covers the index file
/// too (see SearchIndex); the first write stamps both files with a new generation.
class CatalogWriter
{
public:
    explicit CatalogWriter(const QSqlDatabase &db);

    /// Set if a statement could not be prepared; write() must not be called then.
    [[nodiscard]] Status ready() const;
    /// Inserts (isNew) or updates by id, then (re)indexes; extra is CatalogSearch::extraTerms(item.name).
    /// Returns the row id. A taken sku or barcode is ErrorCode::Conflict.
    Result<qint64> write(const CatalogItem &item, bool isNew, const QString &now, const QString &extra);
    /// The item row alone, for a bulk import whose index is written by a BulkIndexer. A new item
    /// takes row id `rid` (0: the next free one).
    Result<qint64> writeRow(const CatalogItem &item, bool isNew, const QString &now, qint64 rid = 0);

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle;
    SqliteStatement m_insert;
    SqliteStatement m_update;
    SqliteStatement m_unindex;
    SqliteStatement m_index;
    bool m_stamped = false;
};

} // namespace madang
