#pragma once

namespace madang {

/// A SQLite VFS that wraps the platform's own and coalesces the writes to a database's WAL file. SQLite
/// writes each WAL frame as two pwrite calls (its 24-byte header, then the page), so a sale that touches
/// ~25 pages made ~50 system calls before its one fsync. This VFS gathers a transaction's frames in
/// memory and writes them with one call as soon as the commit frame (the one whose header carries the
/// database size) has been written, before SQLite syncs the WAL or publishes the commit to other
/// connections; a write error therefore comes back from that write, where SQLite expects it, and the
/// transaction rolls back. Anything else that touches the WAL file (a read of buffered bytes, its size, a
/// truncate, a sync, a close) writes what is buffered first, as does a buffer grown past 1 MiB. Every
/// other file, and every other call, goes straight to the platform VFS.
///
/// installWalWriteBuffer() registers it as the default VFS under kWalWriteBufferVfs; configureSqlite()
/// calls it. Returns false if it could not be registered (SQLite then keeps writing frame by frame).
bool installWalWriteBuffer();

/// The name the VFS is registered under.
inline constexpr const char *kWalWriteBufferVfs = "madang-walbuffer";

} // namespace madang
