#pragma once

// A fresh terminal database in a temporary folder, with a PrintQueue on a FakeClock: shared by the queue and
// spooler tests.

#include "base/uuid7.h"
#include "fakeclock.h"
#include "printqueue/printqueue.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace madang::test {

struct PrintQueueFixture
{
    PrintQueueFixture();
    ~PrintQueueFixture();

    /// Closes and opens the database file again, as after a restart. Sets openError on failure.
    void reopen();
    /// A tcp printer at address (a made-up one by default); an empty id and a warning if refused.
    QString addPrinter(const QString &name, const QString &fallback = {}, const QString &address = {});
    /// A receipt job; an empty id if refused.
    QString enqueue(const QString &printer, const QByteArray &payload);

    QTemporaryDir dir;
    FakeClock clock;
    Uuid7Generator ids{clock};
    std::unique_ptr<Database> db;
    std::unique_ptr<PrintQueue> queue;
    QString openError;
};

} // namespace madang::test
