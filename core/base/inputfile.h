#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace madang {

/// Files that people hand to the terminal (a catalog CSV, a shared profile) are read whole, but never more than
/// a documented maximum: reading stops one chunk past it, so /dev/zero or a 5 GB file costs bounded memory.
namespace InputFile {

/// The most a catalog CSV may hold: ~100 times a 100,000-item menu.
constexpr qint64 kMaxCatalogCsvBytes = 64LL * 1024 * 1024;
/// The most a shared-profile JSON may hold.
constexpr qint64 kMaxSharedProfileBytes = 1024LL * 1024;

/// The contents of path, or an error that names the file and, for one that is too big, the limit.
/// what names the kind of file in the message ("catalog CSV").
Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what);

/// "64 MiB", "1 MiB", "512 KiB": how the limits are written in messages.
[[nodiscard]] QString sizeText(qint64 bytes);

} // namespace InputFile
} // namespace madang
