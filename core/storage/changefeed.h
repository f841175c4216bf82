#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <optional>
#include <vector>

namespace madang {

/// What the database committed, by domain, learnt from SQLite itself: every connection that Database opens
/// reports the tables its statements change (the pre-update hook, or the update hook where SQLite lacks it)
/// and whether the transaction committed or rolled back. After a commit, changed() says which domains it
/// touched, once; a rolled-back transaction says nothing. On the feed's thread it is emitted before the
/// call that committed returns (a Transaction's commit(), or a statement that committed on its own); a
/// commit on another thread (the catalog import's worker) arrives queued on the feed's thread. So screens
/// learn about every write, also those that no screen made.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    enum class Domain : quint32 {
        Merchant = 1U << 0,      ///< the merchant's profile and settings
        Device = 1U << 1,        ///< this terminal's identity and keys
        Staff = 1U << 2,         ///< staff, PINs and lockouts, approvals, working hours, days off, crews
        Catalog = 1U << 3,       ///< categories, items, modifiers, services, the search index's state
        Orders = 1U << 4,        ///< sales, refunds and voids with their lines and payments, receipt numbers
        Journal = 1U << 5,       ///< the signed sales journal (sales, refunds, closures, reprints)
        Tickets = 1U << 6,       ///< tickets in progress: open on a table, or parked at the counter
        Shifts = 1U << 7,        ///< shifts, cash movements, closures
        Tables = 1U << 8,        ///< areas, dining tables, kitchen routes
        Bookings = 1U << 9,      ///< bookings, their events and series, stations (chairs, vans)
        Reservations = 1U << 10, ///< dining hours, reservations, the waitlist
        Customers = 1U << 11,    ///< customers and what they share
        PrintQueue = 1U << 12,   ///< printers and print jobs
        Audit = 1U << 13,        ///< the audit log
        Outbox = 1U << 14,       ///< ops waiting to go to the platform
    };
    Q_DECLARE_FLAGS(Domains, Domain)
    Q_FLAG(Domains)

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Installs the hooks on db's SQLite connection; Database calls it for every connection it opens.
    /// False if db is not an open SQLite connection.
    bool watch(const QSqlDatabase &db);
    /// After db committed on the calling thread (Transaction::commit calls it): on the feed's thread, emits
    /// changed() now rather than on the next turn of the event loop. Does nothing for an unwatched db.
    static void publishCommitted(const QSqlDatabase &db);

    /// The domain of a table of the main schema, or nothing for a table that this list does not know
    /// (tst_changefeed holds every table of the schema to it).
    static std::optional<Domain> domainOf(QStringView table);
    /// Every table that domainOf() knows.
    static QStringList tables();
    /// Whether changes to WITHOUT ROWID tables are seen (SQLite built with the pre-update hook).
    static bool seesWithoutRowidTables();

Q_SIGNALS:
    /// Once per commit (commits of one connection that wait together in the event queue arrive as one).
    void changed(madang::ChangeFeed::Domains domains);

private:
    struct Connection;
    void flush(Connection *connection);
    /// Watched connections by SQLite handle, for publishCommitted().
    static QMutex &registryMutex();
    static QHash<void *, Connection *> &registry();

    std::vector<std::unique_ptr<Connection>> m_connections;
    QMutex m_mutex;
};

} // namespace madang

Q_DECLARE_OPERATORS_FOR_FLAGS(madang::ChangeFeed::Domains)
