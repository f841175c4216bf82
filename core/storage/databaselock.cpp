#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <sys/file.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDatabaseLock, "madang.core.database.lock", QtInfoMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
};

/// Below this much free space the lock file (a few dozen bytes) may not fit; the message says the disk is full.
constexpr qint64 kLockFileRoomBytes = 4096;

/// True if some open file description holds the lock file's flock, which a QLockFile owner keeps for its life.
bool flockHeld(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false; // gone: nobody holds it
    }
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also releases the flock if it was taken here
    return held;
}

/// The program running as pid on this host, from /proc, or empty if that cannot be read.
QString programOf(qint64 pid)
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid))).fileName();
}

/// Who a complete lock file names. QLockFile writes "pid\nprogram\nhost\nmachine id\nboot id\n".
struct Owner
{
    qint64 pid = 0;
    QString program;
    QString host;
    QByteArray machineId;
};

/// The owner named by the lock file, or nothing if it is empty, cut short or not a lock file.
std::optional<Owner> readOwner(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.read(4096).split('\n');
    if (lines.size() < 4) { // pid, program and host, each ended by a newline
        return std::nullopt;
    }
    bool number = false;
    const qint64 pid = lines.at(0).toLongLong(&number);
    if (!number || pid <= 0 || lines.at(1).isEmpty() || lines.at(2).isEmpty()) {
        return std::nullopt;
    }
    return Owner{pid, QString::fromUtf8(lines.at(1)), QString::fromUtf8(lines.at(2)),
                 lines.size() > 4 ? lines.at(3) : QByteArray()};
}

QString describe(DatabaseLock::Leftover leftover)
{
    switch (leftover) {
    case DatabaseLock::Leftover::Unreadable:
        return QStringLiteral("an empty or unreadable lock file");
    case DatabaseLock::Leftover::DeadProcess:
        return QStringLiteral("a lock file of a process that is gone");
    default:
        return QStringLiteral("a lock file");
    }
}
/// "madang, process 4242" (or "… on till-2" for another host), for the message that respects a live owner.
QString ownerText(const QLockFile &lock, DatabaseLock::Leftover leftover)
{
    qint64 pid = 0;
    QString host;
    QString app;
    lock.getLockInfo(&pid, &host, &app);
    const QString program = app.isEmpty() ? Text::tr("unknown") : app;
    return leftover == DatabaseLock::Leftover::OtherHost
               ? Text::tr("%1, process %2 on %3").arg(program).arg(pid).arg(host)
               : Text::tr("%1, process %2").arg(program).arg(pid);
}

/// Removes a leftover whose owner is gone, and logs what it was.
void takeOver(QLockFile &lock, const QString &dbPath, DatabaseLock::Leftover leftover)
{
    QFile file(lock.fileName());
    const QByteArray contents = file.open(QIODevice::ReadOnly) ? file.read(256) : QByteArray();
    file.close();
    // removeStaleLockFile() deletes the file only while it can take its flock, so a live owner keeps it.
    if (lock.removeStaleLockFile()) {
        qCWarning(lcDatabaseLock).noquote()
            << QStringLiteral("Took over the lock of %1: %2 was left behind (contents: %3).")
                   .arg(dbPath, describe(leftover),
                        contents.isEmpty() ? QStringLiteral("none")
                                           : QString::fromLatin1(contents.toPercentEncoding(" /.-_:")));
    }
}
} // namespace

DatabaseLock::Leftover DatabaseLock::inspect(const QString &lockPath, int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (flockHeld(lockPath)) {
            return Leftover::LiveOwner;
        }
        if (const auto owner = readOwner(lockPath)) {
            const bool thisMachine = owner->host == QSysInfo::machineHostName() &&
                                     (owner->machineId.isEmpty() || owner->machineId == QSysInfo::machineUniqueId());
            if (!thisMachine) {
                return Leftover::OtherHost;
            }
            if (::kill(static_cast<pid_t>(owner->pid), 0) != 0 && errno == ESRCH) {
                return Leftover::DeadProcess;
            }
            // The process id is in use. If it now runs another program, the id was reused after a crash.
            const QString program = programOf(owner->pid);
            return !program.isEmpty() && program != QFileInfo(owner->program).fileName() ? Leftover::DeadProcess
                                                                                         : Leftover::LiveOwner;
        }
        // Empty or garbled. A writer that has just created the file writes it within microseconds: give it time.
        if (deadline.hasExpired()) {
            return Leftover::Unreadable;
        }
        QThread::msleep(20);
    }
}

Result<std::unique_ptr<QLockFile>> DatabaseLock::acquire(const QString &dbPath)
{
    const QString lockPath = dbPath + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Never steal a lock because of its age: a terminal may stay open for months. A lock file in the way is looked
    // at first, so that every takeover, including those QLockFile would make silently, is logged.
    lock->setStaleLockTime(0);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (QFileInfo::exists(lockPath)) {
            const Leftover leftover = inspect(lockPath);
            if (leftover == Leftover::LiveOwner || leftover == Leftover::OtherHost) {
                return makeError(ErrorCode::Locked,
                                 Text::tr("The database %1 is already open in another program (%2). "
                                          "Close it first; only one program may write to a terminal's database.")
                                     .arg(dbPath, ownerText(*lock, leftover)));
            }
            takeOver(*lock, dbPath, leftover);
        }
        if (lock->tryLock(0)) {
            return lock;
        }
        if (lock->error() == QLockFile::PermissionError) {
            return makeError(ErrorCode::Io, Text::tr("Cannot create the lock file %1: there is no permission to write "
                                                     "in %2.")
                                                .arg(lockPath, QFileInfo(lockPath).absolutePath()));
        }
        if (lock->error() != QLockFile::LockFailedError) {
            const QStorageInfo volume(QFileInfo(lockPath).absolutePath());
            if (volume.isValid() && volume.bytesAvailable() < kLockFileRoomBytes) {
                return makeError(ErrorCode::DiskFull, Text::tr("Cannot create the lock file %1: the disk is full. "
                                                               "Free some space and try again.")
                                                          .arg(lockPath));
            }
            return makeError(ErrorCode::Io, Text::tr("Cannot create the lock file %1.").arg(lockPath));
        }
        // Another program made the file between our look and our try: look again.
    }
    return makeError(ErrorCode::Locked,
                     Text::tr("The database %1 is locked by %2, which could not be taken over.").arg(dbPath, lockPath));
}

} // namespace madang
