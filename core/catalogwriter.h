#pragma once

#include "catalog.h"
#include "error.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace madang {

/// The outbox payload of an item: what the platform needs to mirror it.
QJsonObject itemPayload(const CatalogItem &item);
/// Field names of itemRow(), in order: a bulk op carries {"columns": [...], "rows": [[...], ...]},
/// which is a third of the size of an array of objects and much cheaper to build.
QJsonArray itemColumns();
QJsonArray itemRow(const CatalogItem &item);

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
