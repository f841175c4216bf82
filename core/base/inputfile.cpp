#include "base/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace madang::InputFile {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};
constexpr qint64 kChunkBytes = 1024 * 1024;
} // namespace

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return Text::tr("%1 MiB").arg(bytes / (1024 * 1024));
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return Text::tr("%1 KiB").arg(bytes / 1024);
    }
    return Text::tr("%1 bytes").arg(bytes);
}

Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is a folder, not a %2.").arg(path, what));
    }
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, Text::tr("Cannot read %1: there is no such file.").arg(path));
    }
    const QString tooBig = Text::tr("%1 is larger than %2, the most a %3 may be.").arg(path, sizeText(maxBytes), what);
    if (info.isFile() && info.size() > maxBytes) {
        return makeError(ErrorCode::InvalidInput, tooBig); // refused before a byte is read
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    // Devices and pipes have no size up front (/dev/zero never ends): read in chunks and stop past the limit.
    QByteArray data;
    for (;;) {
        const QByteArray chunk = file.read(qMin(kChunkBytes, maxBytes + 1 - data.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
            }
            return data;
        }
        data += chunk;
        if (data.size() > maxBytes) {
            return makeError(ErrorCode::InvalidInput, tooBig);
        }
    }
}

} // namespace madang::InputFile
