#include "storage/changefeed.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>
#ifdef MADANG_SQLITE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <utility>

Q_LOGGING_CATEGORY(lcChangeFeed, "madang.core.changefeed", QtInfoMsg)

namespace madang {

namespace {
using Domain = ChangeFeed::Domain;

struct TableDomain
{
    const char *table;
    Domain domain;
};

/// Every table of the main schema and the domain it belongs to: the one place that says so. A new table
/// goes here too (tst_changefeed fails until it does).
constexpr std::array kTables{
    TableDomain{"merchant", Domain::Merchant},
    TableDomain{"settings", Domain::Merchant},
    TableDomain{"device", Domain::Device},
    TableDomain{"staff", Domain::Staff},
    TableDomain{"approvals", Domain::Staff},
    TableDomain{"staff_hours", Domain::Staff},
    TableDomain{"staff_days_off", Domain::Staff},
    TableDomain{"crews", Domain::Staff},
    TableDomain{"crew_members", Domain::Staff},
    TableDomain{"travel_times", Domain::Staff},
    TableDomain{"categories", Domain::Catalog},
    TableDomain{"items", Domain::Catalog},
    TableDomain{"modifier_groups", Domain::Catalog},
    TableDomain{"modifier_options", Domain::Catalog},
    TableDomain{"item_modifier_groups", Domain::Catalog},
    TableDomain{"services", Domain::Catalog},
    TableDomain{"search_state", Domain::Catalog},
    TableDomain{"orders", Domain::Orders},
    TableDomain{"order_lines", Domain::Orders},
    TableDomain{"payments", Domain::Orders},
    TableDomain{"receipt_counters", Domain::Orders},
    TableDomain{"journal", Domain::Journal},
    TableDomain{"open_tickets", Domain::Tickets},
    TableDomain{"parked_tickets", Domain::Tickets},
    TableDomain{"shifts", Domain::Shifts},
    TableDomain{"cash_movements", Domain::Shifts},
    TableDomain{"shift_closures", Domain::Shifts},
    TableDomain{"areas", Domain::Tables},
    TableDomain{"dining_tables", Domain::Tables},
    TableDomain{"kitchen_routes", Domain::Tables},
    TableDomain{"bookings", Domain::Bookings},
    TableDomain{"booking_events", Domain::Bookings},
    TableDomain{"booking_series", Domain::Bookings},
    TableDomain{"stations", Domain::Bookings},
    TableDomain{"dining_hours", Domain::Reservations},
    TableDomain{"reservations", Domain::Reservations},
    TableDomain{"reservation_tables", Domain::Reservations},
    TableDomain{"reservation_events", Domain::Reservations},
    TableDomain{"waitlist", Domain::Reservations},
    TableDomain{"customers", Domain::Customers},
    TableDomain{"shared_profile", Domain::Customers},
    TableDomain{"printers", Domain::PrintQueue},
    TableDomain{"print_jobs", Domain::PrintQueue},
    TableDomain{"audit", Domain::Audit},
    TableDomain{"outbox", Domain::Outbox},
    TableDomain{"sync_cursor", Domain::Outbox},
    TableDomain{"platform_link", Domain::Outbox},
    TableDomain{"sync_attention", Domain::Outbox},
    TableDomain{"hlc_clock", Domain::Outbox},
    TableDomain{"lww_registers", Domain::Outbox},
};

std::optional<Domain> lookUp(const char *table)
{
    for (const TableDomain &t : kTables) {
        if (std::strcmp(t.table, table) == 0) {
            return t.domain;
        }
    }
    return std::nullopt;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

/// One watched connection. pending and the name cache belong to the connection's thread (the hooks run
/// there); committed and posted are shared with the feed's thread, under the mutex.
struct ChangeFeed::Connection
{
    ChangeFeed *feed = nullptr;
    sqlite3 *handle = nullptr;
    Domains pending;
    const char *lastTable = nullptr; // SQLite passes the same pointer for a table while its schema stays
    std::optional<Domain> lastDomain;
    QThread *feedThread = nullptr;
    QMutex mutex;
    Domains committed;
    bool posted = false;
    std::atomic<bool> ready{false}; // committed is not empty

    void touched(const char *database, const char *table)
    {
        if (std::strcmp(database, "main") != 0) {
            return; // temporary tables and attached files (the search index) are no domain's rows
        }
        if (table != lastTable) {
            lastTable = table;
            lastDomain = lookUp(table);
            if (!lastDomain && std::strncmp(table, "sqlite_", 7) != 0) {
                qCDebug(lcChangeFeed) << "A change to the table" << table << "belongs to no domain";
            }
        }
        if (lastDomain) {
            pending |= *lastDomain;
        }
    }

    /// The commit hook: runs while SQLite commits, when nothing may use the connection, so it only hands
    /// the domains over. Transaction::commit publishes them once the commit is done; a commit without it (a
    /// single statement) waits for the flush queued here. 0: let the commit go on.
    int committing()
    {
        bool post = false;
        {
            QMutexLocker locker(&mutex);
            committed |= std::exchange(pending, {});
            post = committed.toInt() != 0 && !posted;
            posted = posted || post;
            ready = committed.toInt() != 0;
        }
        if (post) {
            QMetaObject::invokeMethod(
                feed, [this] { feed->flush(this); }, Qt::QueuedConnection);
        }
        return 0;
    }

    /// What committed and was not published yet; clears it.
    Domains take()
    {
        QMutexLocker locker(&mutex);
        ready = false;
        return std::exchange(committed, {});
    }

    /// On the feed's thread, emits changed() with what committed, if anything did.
    void publish()
    {
        if (QThread::currentThread() != feedThread) {
            return; // another thread's commit reaches the feed through the queued flush
        }
        if (const Domains domains = take(); domains.toInt() != 0) {
            Q_EMIT feed->changed(domains);
        }
    }

    /// The profile trace: a statement finished, after SQLite committed what it wrote on its own (outside a
    /// transaction), so the connection may be used again; publishes that now. A COMMIT is left to
    /// Transaction::commit, which publishes once its guard is closed.
    void statementDone(sqlite3_stmt *statement)
    {
        if (!ready.load(std::memory_order_relaxed)) {
            return;
        }
        const char *sql = sqlite3_sql(statement);
        if (sql != nullptr && qstrnicmp(sql, "COMMIT", 6) == 0) {
            return;
        }
        publish();
    }
};

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent) {}

ChangeFeed::~ChangeFeed()
{
    // The Database closed its connections before its feed goes, so no hook runs any more.
    QMutexLocker locker(&registryMutex());
    for (const auto &c : m_connections) {
        if (registry().value(c->handle) == c.get()) {
            registry().remove(c->handle);
        }
    }
}

QMutex &ChangeFeed::registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<void *, ChangeFeed::Connection *> &ChangeFeed::registry()
{
    static QHash<void *, Connection *> connections;
    return connections;
}

bool ChangeFeed::watch(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (handle == nullptr) {
        return false;
    }
    auto connection = std::make_unique<Connection>();
    connection->feed = this;
    connection->handle = handle;
    connection->feedThread = thread();
    Connection *c = connection.get();
    {
        QMutexLocker locker(&m_mutex);
        m_connections.push_back(std::move(connection));
    }
    {
        QMutexLocker locker(&registryMutex());
        registry().insert(handle, c);
    }
#ifdef MADANG_SQLITE_PREUPDATE_HOOK
    sqlite3_preupdate_hook(
        handle,
        [](void *arg, sqlite3 *, int, const char *database, const char *table, sqlite3_int64, sqlite3_int64) {
            static_cast<Connection *>(arg)->touched(database, table);
        },
        c);
#else
    sqlite3_update_hook(
        handle,
        [](void *arg, int, const char *database, const char *table, sqlite3_int64) {
            static_cast<Connection *>(arg)->touched(database, table);
        },
        c);
#endif
    sqlite3_rollback_hook(
        handle, [](void *arg) { static_cast<Connection *>(arg)->pending = {}; }, c);
    // On the feed's thread a commit is published before the call that made it returns: a statement that
    // committed on its own through the profile trace, a Transaction through its commit(). Anything else (a
    // worker's commit, QSqlDatabase::commit()) arrives through the flush that the commit hook queues.
    sqlite3_commit_hook(
        handle, [](void *arg) { return static_cast<Connection *>(arg)->committing(); }, c);
    sqlite3_trace_v2(
        handle, SQLITE_TRACE_PROFILE,
        [](unsigned, void *arg, void *statement, void *) {
            static_cast<Connection *>(arg)->statementDone(static_cast<sqlite3_stmt *>(statement));
            return 0;
        },
        c);
    return true;
}

void ChangeFeed::flush(Connection *connection)
{
    Domains domains;
    {
        QMutexLocker locker(&connection->mutex);
        domains = std::exchange(connection->committed, {});
        connection->posted = false;
    }
    if (domains.toInt() != 0) {
        Q_EMIT changed(domains);
    }
}

void ChangeFeed::publishCommitted(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    Connection *c = nullptr;
    {
        QMutexLocker locker(&registryMutex());
        c = registry().value(handle);
    }
    if (c != nullptr) {
        c->publish();
    }
}

std::optional<ChangeFeed::Domain> ChangeFeed::domainOf(QStringView table)
{
    return lookUp(table.toUtf8().constData());
}

QStringList ChangeFeed::tables()
{
    QStringList names;
    for (const TableDomain &t : kTables) {
        names << QString::fromLatin1(t.table);
    }
    return names;
}

bool ChangeFeed::seesWithoutRowidTables()
{
#ifdef MADANG_SQLITE_PREUPDATE_HOOK
    return true;
#else
    return false;
#endif
}

} // namespace madang
