#pragma once

namespace madang {

/// Process-wide SQLite settings, applied once before SQLite is first used: memory statistics off (they
/// put every allocation behind one process-wide mutex, which a bulk import's writer and its search
/// indexer then fight over), and the WAL write buffer as the default VFS (walwritebuffer.h).
/// Database::open calls it; a program that opens SQLite on its own first (a
/// benchmark's raw floor) calls it before that, or the settings cannot be applied any more.
/// Returns false if SQLite was already initialised and the settings did not take.
bool configureSqlite();

} // namespace madang
