#pragma once

#include "error.h"

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
    QString sku;
    QString barcode;
};

/// Writes the search index of a bulk import on its own thread, through its own connection to the index
/// file (see SearchIndex), while the caller writes the item rows on the database connection. The index
/// transaction stays open until finish(): it commits only after the items did, or rolls back with them.
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
    /// Commits (call it after the items committed) or rolls back, and ends the thread.
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
