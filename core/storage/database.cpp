#include "storage/database.h"

#include "base/privatefile.h"
#include "storage/backup.h"
#include "storage/changefeed.h"
#include "storage/databaselock.h"
#include "storage/migrator.h"
#include "storage/sqliteconfig.h"
#include "storage/walwritebuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "madang.core.database", QtInfoMsg)

namespace madang {

bool configureSqlite()
{
    static const bool configured = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (rc != SQLITE_OK) {
            qCDebug(lcDatabase) << "SQLite was already initialised; its memory statistics stay on";
        }
        if (!installWalWriteBuffer()) {
            qCWarning(lcDatabase) << "The WAL write buffer could not be installed; SQLite writes frame by frame";
        }
        return rc == SQLITE_OK;
    }();
    return configured;
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
constexpr int kBusyTimeoutMs = 5000;
/// Pages of a new database. Most writes here are small rows added to a dozen indexes at once (a sale: its
/// order, lines, payments, journal entry and outbox op, ~20 B-tree pages), and the WAL takes and fsyncs each
/// of those pages whole: at 1 KiB a durable sale went 2,220 -> 2,550 per second on the benchmark disk, the
/// 100k-item import 1.12 -> 1.19 s and the 10k-order day close 35 -> 49 ms. It only applies to a file that
/// has no tables yet; an existing database keeps its page size.
constexpr int kNewDatabasePageBytes = 1024;
/// The WAL is checkpointed into the database once it holds this much (SQLite's default is 1,000 pages,
/// 4 MiB at its default page size, which this keeps whatever the page size).
constexpr int kWalCheckpointBytes = 4 * 1024 * 1024;
constexpr int kSqliteFull = 13;

/// A number for the calling thread, never reused in this process. Native thread ids are recycled as soon
/// as a thread ends, and a connection named after one would belong to the dead thread.
quint64 threadSerial()
{
    static std::atomic<quint64> next{0};
    thread_local const quint64 serial = ++next;
    return serial;
}
} // namespace

Database::Database(QString path, Mode mode)
    : m_path(std::move(path)), m_mode(mode),
      m_prefix(QStringLiteral("madang-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-')),
      m_ownerThread(QThread::currentThread()), m_changes(std::make_unique<ChangeFeed>())
{}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        // Other threads' connections cannot be fetched from here (Qt refuses); removing them closes them.
        if (name == m_prefix + QStringLiteral("main") && QThread::currentThread() == m_ownerThread) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
}

namespace {
/// Before a schema upgrade, a copy of the database as it was: `<db>.schema<N>.bak` (then -2, -3, … so that an
/// earlier copy is never overwritten). Says where it went on the log, which madang and madangctl print.
Status backUpBeforeUpgrade(QSqlDatabase &c, const QString &path, const QList<Migration> &migrations)
{
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the schema version"));
    }
    const int version = q.value(0).toInt();
    const int latest = Migrator::latestVersion(migrations);
    q.finish();
    if (version == 0 || version >= latest) {
        return Done{}; // a new file, or nothing to upgrade (a newer one is refused by the migrator)
    }
    QString copy = path + QStringLiteral(".schema%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(copy); ++n) {
        copy = path + QStringLiteral(".schema%1-%2.bak").arg(version).arg(n);
    }
    if (auto copied = Backup::copy(path, copy); !copied) {
        return makeError(copied.error().code,
                         Text::tr("Could not back up %1 before upgrading it, so it was left as it was: %2")
                             .arg(path, copied.error().message));
    }
    qCInfo(lcDatabase).noquote() << Text::tr("Backed up %1 (schema %2) to %3 before upgrading it to schema %4.")
                                        .arg(path)
                                        .arg(version)
                                        .arg(copy)
                                        .arg(latest);
    return Done{};
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return open(path, mode, Migrator::builtin());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const QList<Migration> &migrations)
{
    return open(path, mode, migrations, {});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const QList<Migration> &migrations,
                                                 const QList<const DatabaseCompanion *> &companions)
{
    if (path.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("No database path was given."));
    }
    configureSqlite();
    const QFileInfo info(path);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), mode));
    db->m_companions = companions;
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 is a folder, not a database file; give the path of a file in it, e.g. "
                                  "%1/madang.db.")
                             .arg(db->m_path));
    }
    if (mode == Mode::ReadOnly) {
        if (!info.exists()) {
            return makeError(ErrorCode::NotFound, Text::tr("There is no database at %1.").arg(db->m_path));
        }
    } else {
        if (!info.absoluteDir().exists()) {
            return makeError(ErrorCode::Io, Text::tr("The folder %1 does not exist.").arg(info.absolutePath()));
        }
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return makeError(ErrorCode::Io, Text::tr("Cannot write in the folder %1, where the database %2 keeps its "
                                                     "lock and write-ahead log.")
                                                .arg(info.absolutePath(), db->m_path));
        }
        if (info.exists() && !info.isWritable()) {
            return makeError(ErrorCode::Io, Text::tr("The database %1 is read-only (its file permissions do not allow "
                                                     "writing); this needs to write to it.")
                                                .arg(db->m_path));
        }
        auto lock = DatabaseLock::acquire(db->m_path);
        if (!lock) {
            return lock.error();
        }
        if (auto prepared = PrivateFile::prepare(db->m_path); !prepared) {
            return prepared.error();
        }
        db->m_lock = std::move(lock).value();
    }

    auto conn = db->openConnection(db->m_prefix + QStringLiteral("main"));
    if (!conn) {
        return conn.error();
    }
    if (mode == Mode::ReadWrite) {
        QSqlDatabase c = conn.value();
        if (auto backedUp = backUpBeforeUpgrade(c, db->m_path, migrations); !backedUp) {
            return backedUp.error();
        }
        if (auto migrated = Migrator::migrate(c, migrations); !migrated) {
            return migrated.error();
        }
        for (const DatabaseCompanion *companion : companions) {
            if (auto prepared = companion->prepare(c, db->m_path); !prepared) {
                return prepared.error();
            }
        }
    }
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames << name;
    }
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_mode == Mode::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        return storageError(db.lastError(), Text::tr("Cannot open %1").arg(m_path));
    }
    QSqlQuery q(db);
    // Read the schema first so that a file that is not a database fails here, clearly.
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        return makeError(ErrorCode::Storage,
                         Text::tr("%1 is not a Madang database (%2).").arg(m_path, q.lastError().text()));
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
                        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)};
    if (m_mode == Mode::ReadWrite) {
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.prepend(QStringLiteral("PRAGMA page_size = %1").arg(kNewDatabasePageBytes));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!q.exec(pragma)) {
            return storageError(q.lastError(), pragma);
        }
        if (pragma.contains(QStringLiteral("journal_mode")) && q.next() &&
            q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
            return makeError(ErrorCode::Storage, Text::tr("%1 cannot use write-ahead logging.").arg(m_path));
        }
    }
    if (m_mode == Mode::ReadWrite) {
        const int pageBytes = q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : 0;
        if (pageBytes <= 0 ||
            !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kWalCheckpointBytes / pageBytes))) {
            return storageError(q.lastError(), QStringLiteral("PRAGMA wal_autocheckpoint"));
        }
    }
    for (const DatabaseCompanion *companion : m_companions) {
        if (auto attached = companion->attach(db, m_path, m_mode == Mode::ReadOnly); !attached) {
            return attached.error();
        }
    }
    if (!m_changes->watch(db)) {
        qCWarning(lcDatabase) << "Changes made through" << name
                              << "will not be reported: it is not an SQLite connection";
    }
    qCDebug(lcDatabase) << "opened" << name << m_path;
    return db;
}

Result<QSqlQuery> Database::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                const QString &context)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return storageError(q.lastError(), context);
    }
    return q;
}

QSqlDatabase Database::connection() const
{
    const QString name =
        m_prefix + (QThread::currentThread() == m_ownerThread ? QStringLiteral("main")
                                                              : QStringLiteral("thread%1").arg(threadSerial()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    auto opened = openConnection(name);
    if (!opened) {
        qCWarning(lcDatabase) << opened.error().message;
        return QSqlDatabase::database(name, false);
    }
    return opened.value();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Result<QString> Database::quickCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        return storageError(q.lastError(), Text::tr("Checking %1").arg(m_path));
    }
    QStringList lines;
    while (q.next()) {
        lines << q.value(0).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

Error Database::storageError(const QSqlError &error, const QString &context)
{
    if (error.nativeErrorCode().toInt() == kSqliteFull ||
        error.databaseText().contains(QStringLiteral("disk is full"), Qt::CaseInsensitive)) {
        return makeError(
            ErrorCode::DiskFull,
            Text::tr("%1: the disk is full. Nothing was saved; free some space and try again.").arg(context));
    }
    return makeError(ErrorCode::Storage, Text::tr("%1: %2").arg(context, error.text()));
}

} // namespace madang
