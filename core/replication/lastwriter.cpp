#include "replication/lastwriter.h"

#include "base/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HybridClock)
};

constexpr int kWallDigits = 15;
constexpr int kCounterDigits = 5;

struct Reading
{
    qint64 wallMs = 0;
    int counter = 0;
};

Result<Reading> readClock(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT wall_ms, counter FROM hlc_clock WHERE id = 1"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the sync clock"));
    }
    return q.next() ? Reading{q.value(0).toLongLong(), q.value(1).toInt()} : Reading{};
}

Status writeClock(const QSqlDatabase &db, Reading r)
{
    auto saved = Database::run(db,
                               QStringLiteral("INSERT INTO hlc_clock (id, wall_ms, counter) VALUES (1, ?, ?) "
                                              "ON CONFLICT (id) DO UPDATE SET wall_ms = excluded.wall_ms, "
                                              "counter = excluded.counter"),
                               {r.wallMs, r.counter}, Text::tr("Saving the sync clock"));
    return saved ? Status(Done{}) : Status(saved.error());
}

Status needsTransaction(const QSqlDatabase &db)
{
    if (!Transaction::inProgress(db)) {
        return makeError(ErrorCode::Storage, Text::tr("The sync clock moves only inside the write's transaction."));
    }
    return Done{};
}

/// Later of two readings, and one step after it when the step is asked for.
Reading next(Reading last, qint64 wallMs)
{
    if (wallMs > last.wallMs) {
        return {wallMs, 0};
    }
    if (last.counter >= HybridClock::kMaxCounter) {
        return {last.wallMs + 1, 0}; // a full millisecond: borrow the next one rather than overflow the text
    }
    return {last.wallMs, last.counter + 1};
}
} // namespace

QString HybridClock::format(qint64 wallMs, int counter)
{
    return QStringLiteral("%1-%2")
        .arg(wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 10, QLatin1Char('0'));
}

bool HybridClock::isValid(QStringView text)
{
    if (text.size() != kWallDigits + 1 + kCounterDigits || text.at(kWallDigits) != QLatin1Char('-')) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != kWallDigits && (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))) {
            return false;
        }
    }
    return true;
}

Result<QString> HybridClock::tick(const QSqlDatabase &db, const Clock &clock)
{
    if (auto inside = needsTransaction(db); !inside) {
        return inside.error();
    }
    auto last = readClock(db);
    if (!last) {
        return last.error();
    }
    const Reading now = next(last.value(), clock.nowMs());
    if (auto saved = writeClock(db, now); !saved) {
        return saved.error();
    }
    return format(now.wallMs, now.counter);
}

Status HybridClock::observe(const QSqlDatabase &db, const QString &reading)
{
    if (!isValid(reading)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" is not a sync clock reading (MMMMMMMMMMMMMMM-CCCCC).").arg(reading.left(40)));
    }
    if (auto inside = needsTransaction(db); !inside) {
        return inside;
    }
    auto last = readClock(db);
    if (!last) {
        return last.error();
    }
    const Reading seen{reading.left(kWallDigits).toLongLong(), reading.right(kCounterDigits).toInt()};
    if (seen.wallMs < last->wallMs || (seen.wallMs == last->wallMs && seen.counter <= last->counter)) {
        return Done{};
    }
    return writeClock(db, seen);
}

QString LwwRegisters::registerOf(const OpSpec &spec, const QString &entityId, const QJsonObject &payload)
{
    if (spec.lww.size() == 0) {
        return {};
    }
    QString reg = QString(spec.lww) + QLatin1Char('/') + entityId;
    if (spec.lwwKey.size() > 0) {
        reg += QLatin1Char('/') + payload.value(QString(spec.lwwKey)).toString();
    }
    return reg;
}

QString LwwRegisters::version(const QString &hlc, const QString &opId)
{
    return hlc + QLatin1Char('/') + opId;
}

Result<bool> LwwRegisters::isNewer(const QSqlDatabase &db, const QString &reg, const QString &version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM lww_registers WHERE register = ?"));
    q.addBindValue(reg);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading which change holds %1").arg(reg.left(80)));
    }
    return !q.next() || version > q.value(0).toString();
}

Status LwwRegisters::record(const QSqlDatabase &db, const QString &reg, const QString &version)
{
    if (auto inside = needsTransaction(db); !inside) {
        return inside;
    }
    auto saved = Database::run(db,
                               QStringLiteral("INSERT INTO lww_registers (register, version) VALUES (?, ?) "
                                              "ON CONFLICT (register) DO UPDATE SET version = excluded.version "
                                              "WHERE excluded.version > lww_registers.version"),
                               {reg, version}, Text::tr("Recording which change holds %1").arg(reg.left(80)));
    return saved ? Status(Done{}) : Status(saved.error());
}

} // namespace madang
