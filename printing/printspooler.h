#pragma once

#include "printertransport.h"
#include "printqueue/printqueue.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <future>
#include <memory>
#include <vector>

namespace madang {

/// What one drainOnce() did.
struct DrainReport
{
    int printed = 0;
    int failedAttempts = 0;
    QStringList errors; ///< failed attempts and storage errors, one message each
};

/// Sends queued print jobs to their printers. Each printer is drained on a worker thread of its own,
/// so that a printer that does not answer holds only its own jobs: they back off in the queue (5 s,
/// 15 s…, then its fallback) while the other printers keep printing.
///
/// The queue and the factory are used from the workers: the factory must be safe to call from any
/// thread, and the queue's database gives each worker its own connection.
class PrintSpooler : public QObject
{
    Q_OBJECT

public:
    /// A printer prints at most this many jobs in one turn before the others' results are collected.
    static constexpr int kMaxJobsPerTurn = 20;

    PrintSpooler(PrintQueue &queue, TransportFactory factory, QObject *parent = nullptr);
    ~PrintSpooler() override;

    /// Drains every enabled printer with a due job, in parallel, and returns when all are done. Jobs that
    /// moved to a fallback printer are due there at once and print on the next call.
    DrainReport drainOnce();
    /// Looks for due jobs now and every intervalMs; a printer still busy from the last look is left alone.
    void start(int intervalMs = 1000);
    /// Stops looking and waits for the printers that are busy.
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

public slots:
    /// Looks for due jobs now (e.g. right after a sale queued its receipt) without waiting for them.
    void wake();

signals:
    void jobPrinted(const QString &jobId, const QString &printerName);
    void attemptFailed(const QString &jobId, const QString &printerName, const QString &error);
    /// Jobs were printed, backed off, moved or failed: lists of jobs should be read again.
    void queueChanged();

private:
    struct Failure
    {
        QString jobId;
        QString error;
    };
    /// One printer's turn, made on a worker.
    struct Turn
    {
        QString printerId;
        QString printerName;
        QStringList printed;
        QList<Failure> failures;
        QStringList errors;
    };

    /// Starts turns for the printers with due jobs that are not busy; fills promises when asked to.
    std::vector<std::future<Turn>> launch(bool wait, DrainReport &report);
    Turn drainPrinter(const PrinterConfig &printer);
    void finish(const Turn &turn, DrainReport *report);

    PrintQueue &m_queue;
    TransportFactory m_factory;
    QSet<QString> m_busy; ///< printer ids with a turn running; touched on this object's thread only
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace madang
