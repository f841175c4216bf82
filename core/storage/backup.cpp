#include "storage/backup.h"

#include "base/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <sqlite3.h>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

Result<SqliteHandle> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqliteHandle handle(raw);
    if (rc != SQLITE_OK) {
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(raw, 5000);
    return handle;
}
} // namespace

Status Backup::copy(const QString &source, const QString &destination)
{
    if (!QFileInfo::exists(source)) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no database at %1.").arg(source));
    }
    if (QFileInfo::exists(destination)) {
        return makeError(ErrorCode::Conflict, Text::tr("%1 already exists; choose a new file name.").arg(destination));
    }
    auto src = openRaw(source, SQLITE_OPEN_READONLY);
    if (!src) {
        return src.error();
    }
    // The copy holds what the database holds (customers' names and phones): readable by its owner only.
    if (auto prepared = PrivateFile::prepare(destination); !prepared) {
        return prepared.error();
    }
    auto dst = openRaw(destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!dst) {
        return dst.error();
    }
    sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
    if (backup == nullptr) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dst->get()));
        QFile::remove(destination);
        return makeError(ErrorCode::Io, Text::tr("Cannot start the backup: %1").arg(why));
    }
    int rc = SQLITE_OK;
    do {
        // All pages in one step, inside one read transaction. Terminal databases use WAL, where a reader
        // does not block writers. Copying in slices instead restarts from the first page whenever another
        // connection commits, so a busy terminal's backup would never finish.
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString why = rc == SQLITE_FULL ? Text::tr("the disk is full") : QString::fromUtf8(sqlite3_errstr(rc));
        dst = SqliteHandle();
        QFile::remove(destination);
        return makeError(rc == SQLITE_FULL ? ErrorCode::DiskFull : ErrorCode::Io,
                         Text::tr("The backup failed (%1); no partial file was left.").arg(why));
    }
    sqlite3_stmt *stmt = nullptr;
    QString verdict;
    if (sqlite3_prepare_v2(dst->get(), "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (verdict != QStringLiteral("ok")) {
        dst = SqliteHandle();
        QFile::remove(destination);
        return makeError(ErrorCode::Io, Text::tr("The backup copy failed its integrity check: %1").arg(verdict));
    }
    return Done{};
}

} // namespace madang
