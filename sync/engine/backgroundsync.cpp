#include "engine/backgroundsync.h"

#include "engine/networktransport.h"
#include "engine/syncengine.h"

#include <QPointer>
#include <QThread>
#include <memory>

namespace madang::sync {

/// Lives in BackgroundSync's thread: the transport (QNetworkAccessManager is bound to its thread) and the engine
/// are made there on the first round.
class SyncWorker : public QObject
{
public:
    SyncWorker(Store &store, DeviceIdentity &device, const Clock &clock, int timeoutMs, BackgroundSync *owner)
        : m_store(store), m_device(device), m_clock(clock), m_timeoutMs(timeoutMs), m_owner(owner)
    {}

    void round()
    {
        if (!m_engine) {
            m_transport = std::make_unique<NetworkTransport>(m_timeoutMs);
            m_engine = std::make_unique<SyncEngine>(m_store, m_device, *m_transport, m_clock);
        }
        BackgroundSync::Snapshot after;
        bool completed = false;
        QString problem;
        auto status = m_engine->status();
        if (status && status->paired) {
            auto done = m_engine->syncOnce();
            completed = done.ok();
            problem = done ? QString() : done.error().message;
            status = m_engine->status();
        }
        if (status) {
            after.paired = status->paired;
            after.pending = status->pending;
            after.needsAttention = status->needsAttention;
            after.lastSyncAt = status->lastSyncAt;
        } else if (problem.isEmpty()) {
            problem = status.error().message;
        }
        after.online = completed;
        QMetaObject::invokeMethod(
            m_owner.data(),
            [owner = m_owner, completed, problem, after] {
                if (owner) {
                    owner->roundDone(completed, problem, after);
                }
            },
            Qt::QueuedConnection);
    }

private:
    Store &m_store;
    DeviceIdentity &m_device;
    const Clock &m_clock;
    int m_timeoutMs;
    QPointer<BackgroundSync> m_owner;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
};

BackgroundSync::BackgroundSync(Store &store, DeviceIdentity &device, const Clock &clock, RetryPolicy::Limits limits,
                               int requestTimeoutMs, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_policy(limits)
{
    m_thread->setObjectName(QStringLiteral("madang-sync"));
    m_worker = new SyncWorker(store, device, clock, requestTimeoutMs, this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundSync::runNow);
    m_thread->start();
}

BackgroundSync::~BackgroundSync()
{
    m_timer.stop();
    m_thread->quit();
    m_thread->wait(); // a round under way finishes first (its HTTP calls time out)
}

void BackgroundSync::start()
{
    schedule(0);
}

void BackgroundSync::syncSoon()
{
    constexpr int kSoonMs = 1000; // writes that come together go up together
    if (!m_snapshot.running && (!m_timer.isActive() || m_timer.remainingTime() > kSoonMs) &&
        m_policy.failuresInARow() == 0) {
        schedule(kSoonMs);
    }
}

void BackgroundSync::schedule(int delayMs)
{
    m_snapshot.nextRoundInMs = delayMs;
    m_timer.start(delayMs);
}

void BackgroundSync::runNow()
{
    m_snapshot.running = true;
    emit changed();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->round(); }, Qt::QueuedConnection);
}

void BackgroundSync::roundDone(bool completed, const QString &problem, const Snapshot &after)
{
    m_snapshot = after;
    m_snapshot.running = false;
    m_snapshot.problem = problem;
    // Not paired yet: look again on the steady interval (pairing is done from madangctl).
    schedule(completed || !after.paired ? m_policy.afterSuccess() : m_policy.afterFailure());
    emit changed();
}

} // namespace madang::sync
