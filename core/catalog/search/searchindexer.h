#pragma once

#include "base/error.h"

#include <QString>
#include <future>
#include <thread>
#include <vector>

namespace madang {

/// One item for the bulk indexer: its row id in `items` and the text that is indexed.
struct IndexRow
{
    qint64 rid = 0;
    bool replace = false; ///< the item was indexed before: its old entry is removed first
    QString name;
    QString sku; ///< the same before and after: a bulk import matches items by sku
    QString barcode;
    QString oldName;    ///< what the entry being replaced was indexed with
    QString oldBarcode; ///< ditto
};

/// Writes the search index of a bulk import on its own thread, through its own connection to the index
/// file (see SearchIndex), while the caller writes the item rows on the database connection. The index
/// transaction stays open until decide(): it commits together with the items, or rolls back with them.
class BulkIndexer
{
public:
    /// Starts at once. `rows` must stay alive and unchanged until finish() or destruction.
    BulkIndexer(const QString &indexPath, const std::vector<IndexRow> &rows, const QString &generation);
    /// Rolls back if finish() was not called.
    ~BulkIndexer();
    BulkIndexer(const BulkIndexer &) = delete;
    BulkIndexer &operator=(const BulkIndexer &) = delete;

    /// Waits until every row is written (not committed); an error means nothing will be.
    Status written();
    /// Lets the index commit (true) or roll back (false) now, without waiting, so that it commits while the
    /// items do. Should the items then fail to commit, the index carries a generation that the database
    /// does not, which makes it stale: SearchIndex::isCurrent() says so and it is rebuilt from the items.
    void decide(bool commit);
    /// decide(commit) unless decided already, then waits for the thread: the index's own commit.
    Status finish(bool commit);

private:
    void run(QString indexPath, const std::vector<IndexRow> &rows, QString generation);

    std::promise<Status> m_writtenPromise;
    std::promise<bool> m_decision;
    std::future<bool> m_decisionFuture;
    std::promise<Status> m_finishedPromise;
    std::future<Status> m_written;
    std::future<Status> m_finished;
    bool m_decided = false;
    std::thread m_thread;
};

} // namespace madang
