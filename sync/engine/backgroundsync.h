#pragma once
// Sync rounds in the background of the app: a thread of its own runs SyncEngine rounds (their HTTP calls wait,
// which the screens must not), on the RetryPolicy's timer and soon after a local write; the GUI thread gets a
// Snapshot after each round. Pairing stays with `madangctl pair` (it renames the terminal, which a running app
// must not see change under it).
#include "base/error.h"
#include "engine/retrypolicy.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace madang {
class Clock;
class DeviceIdentity;
class Store;
} // namespace madang

namespace madang::sync {

class SyncWorker;

class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    /// What the last round found, for the screens.
    struct Snapshot
    {
        bool paired = false;
        bool online = false;  ///< the last round reached the platform
        bool running = false; ///< a round is under way
        qint64 pending = 0;   ///< ops waiting to go up
        qint64 needsAttention = 0;
        QString lastSyncAt; ///< wire time of the last completed round; empty if none
        QString problem;    ///< why the last round did not complete; empty if it did
        int nextRoundInMs = 0;
    };

    /// store, device and clock must outlive this object; the thread stops in the destructor.
    BackgroundSync(Store &store, DeviceIdentity &device, const Clock &clock, RetryPolicy::Limits limits = {},
                   int requestTimeoutMs = 10000, QObject *parent = nullptr);
    ~BackgroundSync() override;

    /// The first round, now.
    void start();
    /// A round soon (a local write is waiting to go up); rounds already due sooner are not delayed.
    void syncSoon();
    [[nodiscard]] const Snapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void changed();

private:
    friend class SyncWorker; // hands each round's result back on this object's thread
    void schedule(int delayMs);
    void runNow();
    void roundDone(bool completed, const QString &problem, const madang::sync::BackgroundSync::Snapshot &after);

    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    RetryPolicy m_policy;
    QTimer m_timer;
    Snapshot m_snapshot;
};

} // namespace madang::sync
