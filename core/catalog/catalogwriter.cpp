#include "catalog/catalogwriter.h"

#include "base/canonicaljson.h"
#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogWriter)
};
} // namespace

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

QByteArray bulkItemsPayload(const QList<CatalogItem> &items, qsizetype begin, qsizetype end)
{
    constexpr qsizetype kBytesPerItemGuess = 160;
    QByteArray out;
    out.reserve((end - begin) * kBytesPerItemGuess + 128);
    out += R"({"columns":["id","sku","name","category_id","price_minor","vat_bp","duration_min","barcode",)"
           R"("active"],"rows":[)";
    for (qsizetype n = begin; n < end; ++n) {
        const CatalogItem &item = items.at(n);
        out += n == begin ? "[" : ",[";
        for (const QString *text : {&item.id, &item.sku, &item.name, &item.categoryId}) {
            canonical::appendString(out, *text);
            out += ',';
        }
        out += QByteArray::number(item.priceMinor) + ',' + QByteArray::number(item.vatBasisPoints) + ',' +
               QByteArray::number(item.durationMin) + ',';
        canonical::appendString(out, item.barcode);
        out += item.active ? ",true]" : ",false]";
    }
    out += "]}";
    return out;
}

CatalogWriter::CatalogWriter(const QSqlDatabase &db)
    : m_db(db), m_handle(sqliteHandle(db)),
      m_insert(m_handle, "INSERT INTO items (rid, id, sku, name, category_id, price_minor, vat_bp, duration_min, "
                         "barcode, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_update(m_handle, "UPDATE items SET sku = ?, name = ?, category_id = ?, price_minor = ?, vat_bp = ?, "
                         "duration_min = ?, barcode = ?, active = ?, updated_at = ? WHERE id = ? RETURNING rid"),
      m_unindex(m_handle, SearchIndex::entrySql(QStringLiteral("search"), SearchIndex::Entry::Remove).constData()),
      m_index(m_handle, SearchIndex::entrySql(QStringLiteral("search"), SearchIndex::Entry::Add).constData())
{}

Status CatalogWriter::ready() const
{
    for (const SqliteStatement *s : {&m_insert, &m_update, &m_unindex, &m_index}) {
        if (!s->valid()) {
            return Database::storageError(s->error(), Text::tr("Preparing to save items"));
        }
    }
    return Done{};
}

Result<qint64> CatalogWriter::writeRow(const CatalogItem &item, bool isNew, const QString &now, qint64 rid)
{
    SqliteStatement &q = isNew ? m_insert : m_update;
    int i = 1;
    if (isNew) {
        if (rid > 0) {
            q.bind(i++, rid);
        } else {
            q.bind(i++, QString()); // NULL: SQLite picks the next row id
        }
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
    const int rc = q.run(&rid);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QSqlError error = q.error();
        if (error.databaseText().contains(QStringLiteral("items.sku"))) {
            return makeError(ErrorCode::Conflict,
                             Text::tr("The SKU %1 is already used by another item.").arg(item.sku));
        }
        if (error.databaseText().contains(QStringLiteral("items.barcode"))) {
            return makeError(ErrorCode::Conflict,
                             Text::tr("The barcode %1 is already used by another item.").arg(item.barcode));
        }
        return Database::storageError(error, Text::tr("Saving item %1").arg(item.sku));
    }
    if (isNew) {
        rid = sqlite3_last_insert_rowid(m_handle);
    } else if (rc != SQLITE_ROW) {
        return makeError(ErrorCode::NotFound, Text::tr("The item %1 no longer exists.").arg(item.id));
    }
    return rid;
}

Result<qint64> CatalogWriter::write(const CatalogItem &item, bool isNew, const QString &now, const QString &extra)
{
    if (!m_stamped) {
        if (auto stamped = SearchIndex::stamp(m_db, SearchIndex::newGeneration()); !stamped) {
            return stamped.error();
        }
        m_stamped = true;
    }
    // What the item was indexed with, to take that entry back (the index keeps no copy of it).
    QString oldName;
    QString oldSku;
    QString oldBarcode;
    if (!isNew) {
        QSqlQuery indexed(m_db);
        indexed.prepare(QStringLiteral("SELECT name, sku, coalesce(barcode, '') FROM items WHERE id = ?"));
        indexed.addBindValue(item.id);
        if (!indexed.exec()) {
            return Database::storageError(indexed.lastError(), Text::tr("Saving item %1").arg(item.sku));
        }
        if (!indexed.next()) {
            return makeError(ErrorCode::NotFound, Text::tr("The item %1 no longer exists.").arg(item.id));
        }
        oldName = indexed.value(0).toString();
        oldSku = indexed.value(1).toString();
        oldBarcode = indexed.value(2).toString();
    }
    auto written = writeRow(item, isNew, now);
    if (!written) {
        return written;
    }
    const qint64 rid = written.value();
    if (!isNew) {
        if (SearchIndex::runEntry(m_unindex, rid, oldName, oldSku, oldBarcode, CatalogSearch::extraTerms(oldName)) !=
            SQLITE_DONE) {
            return Database::storageError(m_unindex.error(), Text::tr("Updating the search index"));
        }
    }
    if (SearchIndex::runEntry(m_index, rid, item.name, item.sku, item.barcode, extra) != SQLITE_DONE) {
        return Database::storageError(m_index.error(), Text::tr("Updating the search index"));
    }
    return rid;
}

} // namespace madang
