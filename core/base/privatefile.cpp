#include "base/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPrivateFile, "madang.core.privatefile", QtInfoMsg)

namespace madang::PrivateFile {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
};

constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;
constexpr mode_t kOthers = S_IRWXG | S_IRWXO;

/// Narrows an existing file of ours to 0600; missing files and files of other users are left alone.
void narrow(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0 || (st.st_mode & kOthers) == 0 || st.st_uid != ::geteuid()) {
        return;
    }
    if (::chmod(native.constData(), (st.st_mode & S_IRWXU) | kOwnerOnly) == 0) {
        qCInfo(lcPrivateFile).noquote() << QStringLiteral("%1 was readable by others; it is now readable by its "
                                                          "owner only.")
                                               .arg(path);
    } else {
        qCWarning(lcPrivateFile).noquote() << QStringLiteral("Cannot narrow the permissions of %1: %2")
                                                  .arg(path, QString::fromLocal8Bit(strerror(errno)));
    }
}
} // namespace

Status prepare(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kOwnerOnly);
    if (fd >= 0) {
        ::close(fd);
        return Done{};
    }
    if (errno != EEXIST) {
        const int error = errno;
        return makeError(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                         Text::tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        narrow(file);
    }
    return Done{};
}

bool isOwnerOnly(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & kOthers) == 0;
}

} // namespace madang::PrivateFile
