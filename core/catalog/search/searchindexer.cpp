#include "catalog/search/searchindexer.h"

#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>
#include <sqlite3.h>
#include <utility>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndexer)
};

/// Enough page cache for a 100k-item index to stay in memory until its commit.
constexpr int kIndexCacheKiB = 64 * 1024;
constexpr int kBusyTimeoutMs = 5000;

Error failure(sqlite3 *handle, const QString &context)
{
    const QString text = handle != nullptr ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no memory");
    const int code = handle != nullptr ? sqlite3_errcode(handle) : SQLITE_NOMEM;
    return Database::storageError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)),
                                  context);
}

Status execAll(sqlite3 *handle, const QStringList &statements, const QString &context)
{
    for (const QString &sql : statements) {
        if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            return failure(handle, context);
        }
    }
    return Done{};
}

Status writeRows(sqlite3 *handle, const std::vector<IndexRow> &rows, const QString &generation)
{
    const QString context = Text::tr("Writing the search index");
    const QByteArray removeSql = SearchIndex::entrySql(QString(), SearchIndex::Entry::Remove);
    const QByteArray insertSql = SearchIndex::entrySql(QString(), SearchIndex::Entry::Add);
    SqliteStatement remove(handle, removeSql.constData());
    SqliteStatement insert(handle, insertSql.constData());
    SqliteStatement stamp(handle, "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)");
    if (!remove.valid() || !insert.valid() || !stamp.valid()) {
        return failure(handle, context);
    }
    // FTS5 writes its pending entries out each time a row id is not above the last one: in row id order,
    // which is name order (SearchIndex::entryRowid), the removals and then the additions, so that the index
    // is written in two passes instead of one tiny segment per item.
    const auto byRowid = [&rows](bool old) {
        std::vector<std::pair<qint64, size_t>> order;
        order.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!old || rows[i].replace) {
                order.emplace_back(SearchIndex::entryRowid(rows[i].rid, old ? rows[i].oldName : rows[i].name), i);
            }
        }
        std::sort(order.begin(), order.end());
        return order;
    };
    for (const auto &[rowid, i] : byRowid(true)) {
        const IndexRow &row = rows[i];
        if (SearchIndex::runEntry(remove, row.rid, row.oldName, row.sku, row.oldBarcode,
                                  CatalogSearch::extraTerms(row.oldName)) != SQLITE_DONE) {
            return failure(handle, context);
        }
    }
    for (const auto &[rowid, i] : byRowid(false)) {
        const IndexRow &row = rows[i];
        if (SearchIndex::runEntry(insert, row.rid, row.name, row.sku, row.barcode,
                                  CatalogSearch::extraTerms(row.name)) != SQLITE_DONE) {
            return failure(handle, context);
        }
    }
    stamp.bind(1, generation);
    if (stamp.run() != SQLITE_DONE) {
        return failure(handle, context);
    }
    return Done{};
}
} // namespace

BulkIndexer::BulkIndexer(const QString &indexPath, const std::vector<IndexRow> &rows, const QString &generation)
    : m_decisionFuture(m_decision.get_future()), m_written(m_writtenPromise.get_future()),
      m_finished(m_finishedPromise.get_future()),
      m_thread(&BulkIndexer::run, this, indexPath, std::cref(rows), generation)
{}

BulkIndexer::~BulkIndexer()
{
    decide(false);
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

Status BulkIndexer::written()
{
    return m_written.get();
}

void BulkIndexer::decide(bool commit)
{
    if (!m_decided) {
        m_decided = true;
        m_decision.set_value(commit);
    }
}

Status BulkIndexer::finish(bool commit)
{
    decide(commit);
    Status finished = m_finished.get();
    m_thread.join();
    return finished;
}

void BulkIndexer::run(QString indexPath, const std::vector<IndexRow> &rows, QString generation)
{
    sqlite3 *handle = nullptr;
    Status written = Done{};
    if (sqlite3_open_v2(indexPath.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        written = failure(handle, Text::tr("Opening the search index %1").arg(indexPath));
    } else {
        written =
            execAll(handle,
                    {QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                     QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
                     QStringLiteral("PRAGMA cache_size = -%1").arg(kIndexCacheKiB), QStringLiteral("BEGIN IMMEDIATE")},
                    Text::tr("Opening the search index %1").arg(indexPath));
        if (written) {
            written = writeRows(handle, rows, generation);
        }
    }
    const bool ok = written.ok();
    m_writtenPromise.set_value(std::move(written));
    const bool commit = m_decisionFuture.get() && ok;
    Status finished = Done{};
    if (commit) {
        finished = execAll(handle, {QStringLiteral("COMMIT")}, Text::tr("Saving the search index"));
    }
    if (handle != nullptr && !sqlite3_get_autocommit(handle)) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    if (!commit && finished) {
        finished = makeError(ErrorCode::Storage, Text::tr("The search index was not saved."));
    }
    sqlite3_close(handle);
    m_finishedPromise.set_value(std::move(finished));
}

} // namespace madang
