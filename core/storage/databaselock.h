#pragma once

#include "base/error.h"

#include <QString>
#include <memory>

class QLockFile;

namespace madang {

/// The single-writer lock of a terminal's database, `<db>.lock` (a QLockFile: the owner's process id, program
/// and host, and an flock held for as long as the owner lives).
///
/// A lock whose owner is gone is taken over, and the takeover is logged: a file that is empty or unreadable
/// (a crash between creating it and writing it), or one that names a process of this host that no longer runs
/// this program. A live owner, or one on another host, is respected.
class DatabaseLock
{
public:
    /// What a lock file that is in the way was found to be.
    enum class Leftover {
        LiveOwner,   ///< a process holds it: respected
        OtherHost,   ///< written on another host: respected, it cannot be checked from here
        Unreadable,  ///< empty or not a lock file: its writer died before finishing it
        DeadProcess, ///< names a process of this host that is gone
    };

    /// Takes the lock of the database at dbPath (an absolute path), taking over a leftover of a dead owner.
    static Result<std::unique_ptr<QLockFile>> acquire(const QString &dbPath);

    /// Looks at the lock file at lockPath, waiting up to waitMs for a writer that has just created it.
    [[nodiscard]] static Leftover inspect(const QString &lockPath, int waitMs = 300);
};

} // namespace madang
