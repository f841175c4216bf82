#include "sqlitefloor.h"

#include "benchargs.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <memory>
#include <sqlite3.h>

namespace {
/// The floors run on stock SQLite: its own unix VFS, not the WAL write buffer Madang's connections use.
constexpr const char *kStockVfs = "unix";

/// Column values encoded before the clock starts, so the floor measures SQLite alone.
struct RawRow
{
    QByteArray id;
    QByteArray sku;
    QByteArray name;
    QByteArray categoryId; // empty = NULL
    qint64 priceMinor = 0;
    int vatBasisPoints = 0;
    int durationMin = 0;
    QByteArray barcode; // empty = NULL
};

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct StmtFinalizer
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};

QString lastError(sqlite3 *db, const char *what)
{
    return QStringLiteral("raw SQLite floor, %1: %2")
        .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db)));
}

void bindText(sqlite3_stmt *stmt, int column, const QByteArray &text, bool nullIfEmpty)
{
    if (nullIfEmpty && text.isEmpty()) {
        sqlite3_bind_null(stmt, column);
    } else {
        sqlite3_bind_text(stmt, column, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
    }
}

bool insertRow(sqlite3_stmt *stmt, const RawRow &row, const QByteArray &now)
{
    bindText(stmt, 1, row.id, false);
    bindText(stmt, 2, row.sku, false);
    bindText(stmt, 3, row.name, false);
    bindText(stmt, 4, row.categoryId, true);
    sqlite3_bind_int64(stmt, 5, row.priceMinor);
    sqlite3_bind_int(stmt, 6, row.vatBasisPoints);
    sqlite3_bind_int(stmt, 7, row.durationMin);
    bindText(stmt, 8, row.barcode, true);
    sqlite3_bind_int(stmt, 9, 1);
    bindText(stmt, 10, now, false);
    bindText(stmt, 11, now, false);
    const bool done = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_reset(stmt);
    return done;
}
} // namespace

SqliteFloor measureSqliteFloor(const QString &path, const QList<GeneratedItem> &items, CatalogData &data, int commits)
{
    SqliteFloor floor;
    QHash<QString, QByteArray> categoryIds;
    QList<RawRow> rows;
    rows.reserve(items.size());
    for (const GeneratedItem &item : items) {
        if (!item.category.isEmpty() && !categoryIds.contains(item.category)) {
            categoryIds.insert(item.category, data.uuidText().toUtf8());
        }
        rows << RawRow{
            data.uuidText().toUtf8(), item.sku.toUtf8(),   item.name.toUtf8(), categoryIds.value(item.category),
            item.priceMinor,          item.vatBasisPoints, item.durationMin,   item.barcode.toUtf8()};
    }
    const QByteArray now = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8();

    sqlite3 *raw = nullptr;
    const int opened =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, kStockVfs);
    const std::unique_ptr<sqlite3, DbCloser> db(raw);
    if (opened != SQLITE_OK) {
        floor.error = lastError(raw, "open");
        return floor;
    }
    const auto exec = [&](const char *sql) {
        if (sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            floor.error = lastError(db.get(), sql);
            return false;
        }
        return true;
    };
    if (!exec("PRAGMA journal_mode = WAL") || !exec("PRAGMA synchronous = FULL") ||
        !exec("CREATE TABLE items (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL, "
              "category_id TEXT, price_minor INTEGER NOT NULL, vat_bp INTEGER NOT NULL, duration_min INTEGER NOT NULL, "
              "barcode TEXT, active INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")) {
        return floor;
    }
    sqlite3_stmt *rawStmt = nullptr;
    if (sqlite3_prepare_v2(db.get(),
                           "INSERT INTO items (id, sku, name, category_id, price_minor, vat_bp, duration_min, barcode, "
                           "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &rawStmt, nullptr) != SQLITE_OK) {
        floor.error = lastError(db.get(), "prepare");
        return floor;
    }
    const std::unique_ptr<sqlite3_stmt, StmtFinalizer> insert(rawStmt);

    QElapsedTimer timer;
    timer.start();
    if (!exec("BEGIN IMMEDIATE")) {
        return floor;
    }
    for (const RawRow &row : std::as_const(rows)) {
        if (!insertRow(insert.get(), row, now)) {
            floor.error = lastError(db.get(), "insert");
            return floor;
        }
    }
    if (!exec("COMMIT")) {
        return floor;
    }
    floor.bulkInsertMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    QList<double> commitMs;
    for (int i = 0; i < commits && !rows.isEmpty(); ++i) {
        timer.restart();
        if (!exec("BEGIN IMMEDIATE")) {
            return floor;
        }
        if (!insertRow(insert.get(), rows.at(i % rows.size()), now)) {
            floor.error = lastError(db.get(), "insert");
            return floor;
        }
        if (!exec("COMMIT")) {
            return floor;
        }
        commitMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    floor.fsyncCommitP50Ms = percentile(commitMs, 50);
    return floor;
}

CommitFloor measureCommitFloor(const QString &path, int commits, int rowBytes)
{
    CommitFloor floor;
    sqlite3 *raw = nullptr;
    const int opened =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, kStockVfs);
    const std::unique_ptr<sqlite3, DbCloser> db(raw);
    if (opened != SQLITE_OK) {
        floor.error = lastError(raw, "open");
        return floor;
    }
    const auto exec = [&](const char *sql) {
        if (sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            floor.error = lastError(db.get(), sql);
            return false;
        }
        return true;
    };
    if (!exec("PRAGMA journal_mode = WAL") || !exec("PRAGMA synchronous = FULL") ||
        !exec("CREATE TABLE IF NOT EXISTS sales (rid INTEGER PRIMARY KEY, body BLOB NOT NULL)")) {
        return floor;
    }
    sqlite3_stmt *rawStmt = nullptr;
    if (sqlite3_prepare_v2(db.get(), "INSERT INTO sales (body) VALUES (?)", -1, &rawStmt, nullptr) != SQLITE_OK) {
        floor.error = lastError(db.get(), "prepare");
        return floor;
    }
    const std::unique_ptr<sqlite3_stmt, StmtFinalizer> insert(rawStmt);
    const QByteArray body(rowBytes, 'x');
    floor.ms.reserve(commits);
    QElapsedTimer timer;
    for (int i = 0; i < commits; ++i) {
        timer.start();
        if (!exec("BEGIN IMMEDIATE")) {
            return floor;
        }
        sqlite3_bind_blob(insert.get(), 1, body.constData(), static_cast<int>(body.size()), SQLITE_STATIC);
        const bool done = sqlite3_step(insert.get()) == SQLITE_DONE;
        sqlite3_reset(insert.get());
        if (!done) {
            floor.error = lastError(db.get(), "insert");
            return floor;
        }
        if (!exec("COMMIT")) {
            return floor;
        }
        floor.ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    return floor;
}
