#include "storage/walwritebuffer.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace madang {

namespace {
constexpr int kFrameHeaderBytes = 24;             // a WAL frame's header; the WAL's own header is 32
constexpr size_t kMaxBufferedBytes = 1024 * 1024; // a long transaction is written out in pieces this big
constexpr size_t kMaxWriteBytes = 64 * 1024;      // per call: the unix VFS writes at most 128 KiB - 1 at once

sqlite3_vfs *g_platform = nullptr; // the VFS this one wraps
sqlite3_vfs g_vfs{};

/// One open file. SQLite allocates szOsFile bytes for it: this struct, then the platform's file.
struct File
{
    sqlite3_file base;
    sqlite3_file *platform;
    std::vector<char> *buffer; // WAL files only: frames not written yet
    sqlite3_int64 bufferStart;
    bool commitFramePending; // the last write was a commit frame's header: its page comes next
    File *peer;              // a WAL's database file and a database file's WAL, while both are open
};

File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

const sqlite3_io_methods *methods(File *f)
{
    return f->platform->pMethods;
}

int flush(File *f)
{
    if (f->buffer == nullptr || f->buffer->empty()) {
        return SQLITE_OK;
    }
    int rc = SQLITE_OK;
    for (size_t at = 0; at < f->buffer->size() && rc == SQLITE_OK; at += kMaxWriteBytes) {
        const size_t piece = std::min(kMaxWriteBytes, f->buffer->size() - at);
        rc = methods(f)->xWrite(f->platform, f->buffer->data() + at, static_cast<int>(piece),
                                f->bufferStart + static_cast<sqlite3_int64>(at));
    }
    f->buffer->clear(); // written or failed: a failed transaction writes its frames again
    return rc;
}

int fileClose(sqlite3_file *file)
{
    File *f = self(file);
    if (f->peer != nullptr) {
        f->peer->peer = nullptr;
    }
    const int flushed = flush(f);
    delete f->buffer;
    f->buffer = nullptr;
    const int closed = methods(f)->xClose(f->platform);
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    File *f = self(file);
    if (f->buffer != nullptr && !f->buffer->empty() &&
        offset < f->bufferStart + static_cast<sqlite3_int64>(f->buffer->size()) && offset + amount > f->bufferStart) {
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
    }
    return methods(f)->xRead(f->platform, out, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = self(file);
    if (f->buffer == nullptr) {
        return methods(f)->xWrite(f->platform, data, amount, offset);
    }
    std::vector<char> &buffer = *f->buffer;
    const auto *bytes = static_cast<const char *>(data);
    const sqlite3_int64 end = f->bufferStart + static_cast<sqlite3_int64>(buffer.size());
    if (!buffer.empty() && offset >= f->bufferStart && offset + amount <= end) {
        // A frame of this transaction written again (its checksum redone): in place.
        std::memcpy(buffer.data() + (offset - f->bufferStart), bytes, static_cast<size_t>(amount));
    } else {
        if (!buffer.empty() && offset != end) {
            if (const int rc = flush(f); rc != SQLITE_OK) {
                return rc;
            }
        }
        if (buffer.empty()) {
            f->bufferStart = offset;
        }
        buffer.insert(buffer.end(), bytes, bytes + amount);
    }
    const bool commitHeader =
        amount == kFrameHeaderBytes && std::any_of(bytes + 4, bytes + 8, [](char c) { return c != 0; });
    const bool commitWritten = f->commitFramePending && !commitHeader;
    f->commitFramePending = commitHeader;
    if (commitWritten || buffer.size() >= kMaxBufferedBytes) {
        return flush(f);
    }
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    File *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return methods(f)->xTruncate(f->platform, size);
}

int fileSync(sqlite3_file *file, int flags)
{
    File *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return methods(f)->xSync(f->platform, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return methods(f)->xFileSize(f->platform, size);
}

int fileLock(sqlite3_file *file, int level)
{
    return methods(self(file))->xLock(self(file)->platform, level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    return methods(self(file))->xUnlock(self(file)->platform, level);
}

int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    return methods(self(file))->xCheckReservedLock(self(file)->platform, out);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return methods(f)->xFileControl(f->platform, op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    return methods(self(file))->xSectorSize(self(file)->platform);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return methods(self(file))->xDeviceCharacteristics(self(file)->platform);
}

int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return methods(self(file))->xShmMap(self(file)->platform, region, size, extend, out);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return methods(self(file))->xShmLock(self(file)->platform, offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    // SQLite calls this on the database file just before it publishes a commit in the WAL index. The commit
    // frame's write has emptied the buffer already; should a SQLite ever write a commit differently, the
    // frames still reach the file before any other connection can be told of them.
    File *f = self(file);
    if (f->peer != nullptr) {
        flush(f->peer); // an error here has no way back to SQLite; the commit frame's write reports it
    }
    methods(f)->xShmBarrier(f->platform);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return methods(self(file))->xShmUnmap(self(file)->platform, deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    File *f = self(file);
    if (methods(f)->iVersion < 3 || f->buffer != nullptr) {
        *out = nullptr; // SQLite reads instead
        return SQLITE_OK;
    }
    return methods(f)->xFetch(f->platform, offset, amount, out);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    File *f = self(file);
    return methods(f)->iVersion < 3 ? SQLITE_OK : methods(f)->xUnfetch(f->platform, offset, page);
}

const sqlite3_io_methods kMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = self(file);
    f->platform = reinterpret_cast<sqlite3_file *>(f + 1);
    f->buffer = nullptr;
    f->bufferStart = 0;
    f->commitFramePending = false;
    f->peer = nullptr;
    f->base.pMethods = nullptr;
    const int rc = g_platform->xOpen(g_platform, name, f->platform, flags, outFlags);
    if (f->platform->pMethods == nullptr) {
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    if (rc != SQLITE_OK) {
        f->platform->pMethods->xClose(f->platform);
        return rc;
    }
    if ((flags & SQLITE_OPEN_WAL) != 0) {
        f->buffer = new (std::nothrow) std::vector<char>(); // none: written frame by frame, as before
        sqlite3_file *database = sqlite3_database_file_object(name);
        if (f->buffer != nullptr && database != nullptr && database->pMethods == &kMethods) {
            f->peer = self(database);
            f->peer->peer = f;
        }
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_platform->xDelete(g_platform, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_platform->xAccess(g_platform, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_platform->xFullPathname(g_platform, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_platform->xDlOpen(g_platform, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    g_platform->xDlError(g_platform, size, out);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_platform->xDlSym(g_platform, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_platform->xDlClose(g_platform, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_platform->xRandomness(g_platform, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_platform->xSleep(g_platform, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g_platform->xCurrentTime(g_platform, out);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_platform->xGetLastError(g_platform, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_platform->xCurrentTimeInt64(g_platform, out);
}
} // namespace

bool installWalWriteBuffer()
{
    static const bool installed = [] {
        g_platform = sqlite3_vfs_find(nullptr);
        if (g_platform == nullptr || g_platform->iVersion < 2) {
            return false;
        }
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_platform->szOsFile;
        g_vfs.mxPathname = g_platform->mxPathname;
        g_vfs.zName = kWalWriteBufferVfs;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

} // namespace madang
