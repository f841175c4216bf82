#pragma once

#include "base/error.h"

#include <QString>

namespace madang {

/// Files that hold customers' names, phone numbers and shared profiles (the database, its write-ahead log and
/// shared memory, the search index, backups) are readable and writable by their owner only (mode 0600).
namespace PrivateFile {

/// Creates path as an empty file with mode 0600 if it does not exist; an existing file of ours that others may
/// read is narrowed to 0600, with SQLite's -wal and -shm files beside it (SQLite gives those the mode of their
/// database when it creates them). A file owned by someone else is left as it is.
Status prepare(const QString &path);

/// True if neither the group nor others may read, write or run path.
[[nodiscard]] bool isOwnerOnly(const QString &path);

} // namespace PrivateFile
} // namespace madang
