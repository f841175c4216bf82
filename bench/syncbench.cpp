// madang-bench sync: the terminal's sync engine (SyncEngine over the real NetworkTransport) against the reference
// platform (PlatformServer on 127.0.0.1 with its own SQLite file), both in this process, over loopback HTTP. Push: a
// restaurant terminal holding N sales made through SaleService (as seed-orders makes them) pairs with a new merchant,
// and its syncOnce() rounds are timed until nothing is pending. Pull: a terminal with a catalog of M generated items,
// imported as `madangctl catalog import` does, pairs with another merchant and pushes; then a fresh second terminal
// joins that merchant and its rounds are timed until it has everything. The floor, measured in the same run on the
// same disk: the same op JSON (for the pull, one row per catalog row) inserted into a plain table through the raw
// SQLite C API, 500 rows per transaction, WAL and synchronous=FULL, median of 3 runs (1 before, 2 after). Never fails
// on a time; it fails if a round fails, if the platform does not take every op, or if the second terminal's catalog
// differs.
#include "base/clock.h"
#include "base/money.h"
#include "benchargs.h"
#include "catalog/catalogimport.h"
#include "catalog/catalogrepository.h"
#include "catalogdata.h"
#include "commands.h"
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "engine/networktransport.h"
#include "engine/syncengine.h"
#include "merchant/merchant.h"
#include "platformserver.h"
#include "platformstore.h"
#include "protocol/messages.h"
#include "replication/outbox.h"
#include "salemix.h"
#include "workflows/setup.h"
#include "workflows/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>
#include <functional>
#include <limits>
#include <memory>
#include <sqlite3.h>

using namespace madang;

namespace {
constexpr int kFloorBatch = 500; ///< rows per transaction of the floor, as many ops as the engine pushes at once
constexpr int kFloorRuns = 3;    ///< the floor is the median of as many runs, each on a new file
constexpr int kMaxRounds = 20;
constexpr qint64 kTargetPushOpsPerS = 28000; ///< the issue's targets, printed for context only
constexpr qint64 kTargetPullRowsPerS = 50000;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the whole process (every thread: the client, the HTTP thread, the server), in milliseconds.
double processCpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double perSecond(qint64 count, double ms)
{
    return ms > 0 ? static_cast<double>(count) * 1000.0 / ms : 0.0;
}

/// One terminal: its database, device key, transport (madangctl's, with its default timeout) and engine.
struct Terminal
{
    std::unique_ptr<Store> store;
    std::unique_ptr<DeviceIdentity> device;
    sync::NetworkTransport transport;
    std::unique_ptr<sync::SyncEngine> engine;
};

/// A terminal in its own folder under root, set up by setUp (none: a fresh, empty terminal), with a device key.
Result<std::unique_ptr<Terminal>> openTerminal(const QDir &root, const QString &name, const Clock &clock,
                                               const std::function<Status(Store &)> &setUp)
{
    root.mkpath(name); // if it fails, so does Store::open, which says why
    const QDir dir(root.filePath(name));
    auto opened = Store::open(dir.filePath(QStringLiteral("madang.db")), Database::Mode::ReadWrite, clock);
    if (!opened) {
        return opened.error();
    }
    auto t = std::make_unique<Terminal>();
    t->store = std::move(opened).value();
    if (setUp) {
        if (auto done = setUp(*t->store); !done) {
            return done.error();
        }
    }
    auto device = DeviceIdentity::ensure(t->store->database(), clock, dir.filePath(QStringLiteral("secrets")));
    if (!device) {
        return device.error();
    }
    t->device = std::make_unique<DeviceIdentity>(std::move(device).value());
    t->engine = std::make_unique<sync::SyncEngine>(*t->store, *t->device, t->transport, clock);
    return t;
}

/// N sales through SaleService::finalize, signed with the terminal's key. Only their outbox ops matter here, so
/// they are written without waiting for the disk (synchronous=OFF, restored afterwards): they are not timed.
Status makeSales(Terminal &t, qint64 count, quint64 seed)
{
    QSqlQuery pragma(t.store->database().connection());
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"))) {
        return makeError(ErrorCode::Storage, QStringLiteral("PRAGMA synchronous = OFF failed"));
    }
    auto mix = SaleMix::forStore(*t.store, seed);
    if (!mix) {
        return mix.error();
    }
    for (qint64 i = 0; i < count; ++i) {
        auto sale = mix->next();
        auto done = sale ? t.store->sales().finalize(sale->ticket, sale->tenders, mix->who(), *t.device)
                         : Result<FinalizedSale>(sale.error());
        if (!done) {
            return makeError(done.error().code, QStringLiteral("sale %1: %2").arg(i + 1).arg(done.error().message));
        }
    }
    return pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"))
               ? Status(Done{})
               : Status(makeError(ErrorCode::Storage, QStringLiteral("PRAGMA synchronous = FULL failed")));
}

/// A terminal's pending ops as rows for the floor: each op's JSON as the push sends it, or with perCatalogRow a
/// catalog.items.upserted op's rows one by one (an object of its columns, what the pull applies per item).
struct OpRows
{
    QList<QByteArray> rows;
    qint64 ops = 0;
    qint64 opBytes = 0; ///< the ops' JSON, as pushed
};

Result<OpRows> opRows(const QSqlDatabase &db, bool perCatalogRow)
{
    auto pending = Outbox::pending(db, std::numeric_limits<int>::max());
    if (!pending) {
        return pending.error();
    }
    OpRows out;
    out.ops = pending->size();
    for (const OutboxOp &op : std::as_const(pending.value())) {
        const QByteArray json = QJsonDocument(sync::opToJson(op)).toJson(QJsonDocument::Compact);
        out.opBytes += json.size();
        if (!perCatalogRow || op.op != ops::CatalogItemsUpserted.name) {
            out.rows << json;
            continue;
        }
        const QJsonArray columns = op.payload.value(QLatin1String("columns")).toArray();
        for (const QJsonValue &row : op.payload.value(QLatin1String("rows")).toArray()) {
            QJsonObject item;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                item.insert(columns.at(c).toString(), row.toArray().at(c));
            }
            out.rows << QJsonDocument(item).toJson(QJsonDocument::Compact);
        }
    }
    return out;
}

/// Milliseconds to insert rows into a plain table through the raw C API on stock SQLite (its own unix VFS),
/// kFloorBatch rows per transaction, WAL and synchronous=FULL: one fsync'd commit per batch. path must not exist.
Result<double> batchFloorMs(const QString &path, const QList<QByteArray> &rows)
{
    sqlite3 *raw = nullptr;
    sqlite3_stmt *stmt = nullptr;
    const char *step = "open";
    const bool opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                        "unix") == SQLITE_OK;
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, &sqlite3_close);
    const auto exec = [&](const char *sql) {
        step = sql;
        return sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    const auto failed = [&] {
        return makeError(ErrorCode::Storage, QStringLiteral("raw SQLite floor, %1: %2")
                                                 .arg(QString::fromUtf8(step), QString::fromUtf8(sqlite3_errmsg(raw))));
    };
    if (!opened || !exec("PRAGMA journal_mode = WAL") || !exec("PRAGMA synchronous = FULL") ||
        !exec("CREATE TABLE ops (rid INTEGER PRIMARY KEY, body TEXT NOT NULL)") ||
        sqlite3_prepare_v2(raw, step = "INSERT INTO ops (body) VALUES (?)", -1, &stmt, nullptr) != SQLITE_OK) {
        return failed();
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> insert(stmt, &sqlite3_finalize);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype begin = 0; begin < rows.size(); begin += kFloorBatch) {
        bool done = exec("BEGIN IMMEDIATE");
        for (qsizetype i = begin; done && i < std::min<qsizetype>(begin + kFloorBatch, rows.size()); ++i) {
            step = "INSERT";
            sqlite3_bind_text(stmt, 1, rows.at(i).constData(), static_cast<int>(rows.at(i).size()), SQLITE_STATIC);
            done = sqlite3_step(stmt) == SQLITE_DONE;
            sqlite3_reset(stmt);
        }
        if (!done || !exec("COMMIT")) {
            return failed();
        }
    }
    return msSince(timer);
}

/// syncOnce() rounds until nothing is pending, timed together, with what they did summed.
struct Rounds
{
    double ms = 0;
    double cpuMs = 0; ///< of the process, for telling work from waiting
    int count = 0;
    qint64 acknowledged = 0; ///< ops the platform took: applied, duplicates and conflicts
    qint64 rejected = 0;
    qint64 pulled = 0;  ///< changes applied
    qint64 refused = 0; ///< pulled changes not applied (in needs-attention)
    qint64 skipped = 0; ///< pulled changes of a kind the terminal does not apply
};

Result<Rounds> syncUntilDone(sync::SyncEngine &engine)
{
    Rounds rounds;
    qint64 pending = 0;
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    do {
        auto round = engine.syncOnce();
        if (!round) {
            return makeError(round.error().code, QStringLiteral("round %1 after %2 ms: %3")
                                                     .arg(rounds.count + 1)
                                                     .arg(msSince(timer), 0, 'f', 0)
                                                     .arg(round.error().message));
        }
        ++rounds.count;
        rounds.acknowledged += round->pushed + round->duplicates + round->conflicts;
        rounds.rejected += round->rejected;
        rounds.pulled += round->pulled;
        rounds.refused += round->unapplied;
        rounds.skipped += round->skipped;
        pending = round->pending;
    } while (pending > 0 && rounds.count < kMaxRounds);
    rounds.ms = msSince(timer);
    rounds.cpuMs = processCpuMs() - cpuBefore;
    if (pending > 0) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 ops still pending after %2 rounds").arg(pending).arg(rounds.count));
    }
    return rounds;
}

/// Pairs t with the platform's merchant called merchant (created by its first code), then syncs until nothing is
/// pending.
Result<Rounds> pairAndSync(platform::PlatformStore &platform, Terminal &t, const QUrl &url, const QString &merchant)
{
    auto code = platform.issuePairingCode(merchant, QStringLiteral("restaurant"));
    auto paired = code ? t.engine->pair(url, code->code) : Result<sync::PairResponse>(code.error());
    if (!paired) {
        return makeError(paired.error().code, QStringLiteral("pairing: %1").arg(paired.error().message));
    }
    return syncUntilDone(*t.engine);
}

/// The set-up and the CSV import of `items` generated items, as `madangctl init` and `catalog import` do them.
Status setUpWithCatalog(Store &store, const MerchantProfile &profile, const QByteArray &csv, qint64 items)
{
    auto owner = Setup(store).run(profile, QStringLiteral("Bench Owner"));
    auto currency = Currency::fromCode(profile.currency);
    if (!owner || !currency) {
        return !owner ? owner.error() : currency.error();
    }
    auto report = CatalogImport(store.catalog(), currency.value(), profile.vatBasisPoints).run(csv);
    if (report && (!report->issues.isEmpty() || report->created != items)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the generated CSV did not import cleanly (%1 issues, %2 created of %3)")
                             .arg(report->issues.size())
                             .arg(report->created)
                             .arg(items));
    }
    return report ? Status(Done{}) : Status(report.error());
}

int fail(QTextStream &err, const QString &message)
{
    err << "madang-bench sync: " << message << Qt::endl;
    return BenchFailed;
}
} // namespace

int runSyncBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments, {QStringLiteral("sales"), QStringLiteral("items"), QStringLiteral("seed")},
                   {QStringLiteral("json")});
    const auto sales = args.integer(QStringLiteral("sales"), 10000, 1, 10000000);
    const auto items = args.integer(QStringLiteral("items"), 100000, 1, 5000000);
    const auto seed = args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!args.error().isEmpty() || !sales || !items || !seed) {
        err << "madang-bench sync: " << args.error() << "\n"
            << "usage: madang-bench sync [--sales N] [--items N] [--seed N] [--json]" << Qt::endl;
        return BenchUsage;
    }
    QTemporaryDir tmp(QDir(QDir::tempPath()).filePath(QStringLiteral("madang-bench-XXXXXX")));
    if (!tmp.isValid()) {
        return fail(err, QStringLiteral("cannot create a folder in %1: %2").arg(QDir::tempPath(), tmp.errorString()));
    }
    const QDir dir(tmp.path());
    err << "sync: " << *sales << " sales, " << *items << " items, seed " << *seed << ", in " << dir.path() << Qt::endl;
    const SystemClock clock; // the platform refuses signatures more than 5 minutes off its own clock
    MerchantProfile profile;
    profile.name = QStringLiteral("Bench 식당");
    profile.vertical = Vertical::Restaurant;
    profile.currency = QStringLiteral("KRW");

    // The sales terminal: a restaurant set up with its demo menu, then N sales.
    auto pusher = openTerminal(dir, QStringLiteral("push"), clock, [&profile](Store &store) -> Status {
        auto owner = DemoData::setUpTerminal(store, profile, QStringLiteral("Bench Owner"), true);
        return owner ? Status(Done{}) : Status(owner.error());
    });
    const Status sold = pusher ? makeSales(**pusher, *sales, static_cast<quint64>(*seed)) : pusher.error();
    auto pushRows = sold ? opRows((*pusher)->store->database().connection(), false) : Result<OpRows>(sold.error());
    if (!pushRows) {
        return fail(err, QStringLiteral("the sales terminal: %1").arg(pushRows.error().message));
    }
    // The catalog terminal, whose catalog the second terminal pulls.
    const QByteArray csv = CatalogData::toCsv(CatalogData(static_cast<quint64>(*seed)).items(*items));
    auto source = openTerminal(dir, QStringLiteral("catalog"), clock,
                               [&](Store &store) { return setUpWithCatalog(store, profile, csv, *items); });
    auto pullRows = source ? opRows((*source)->store->database().connection(), true) : Result<OpRows>(source.error());
    auto sourceCount = pullRows ? (*source)->store->catalog().count() : Result<qint64>(pullRows.error());
    if (!sourceCount) {
        return fail(err, QStringLiteral("the catalog terminal: %1").arg(sourceCount.error().message));
    }
    err << "sync: the sales terminal queues " << pushRows->ops << " ops (" << pushRows->opBytes
        << " bytes of JSON); the catalog terminal " << pullRows->ops << " ops (" << pullRows->opBytes << " bytes) for "
        << sourceCount.value() << " items" << Qt::endl;

    // The floor runs once before the sync and twice after it, so that the disk's state (write-back of the set-up)
    // weighs on both; its median is the floor.
    QList<double> pushFloorMs;
    QList<double> pullFloorMs;
    const auto measureFloor = [&](int run) -> Status {
        auto pushMs = batchFloorMs(dir.filePath(QStringLiteral("floor-push-%1.db").arg(run)), pushRows->rows);
        auto pullMs = pushMs ? batchFloorMs(dir.filePath(QStringLiteral("floor-pull-%1.db").arg(run)), pullRows->rows)
                             : Result<double>(pushMs.error());
        if (!pullMs) {
            return pullMs.error();
        }
        pushFloorMs << pushMs.value();
        pullFloorMs << pullMs.value();
        return Done{};
    };
    if (auto floor = measureFloor(0); !floor) {
        return fail(err, floor.error().message);
    }

    auto platformStore = platform::PlatformStore::open(dir.filePath(QStringLiteral("platform.db")), clock);
    if (!platformStore) {
        return fail(err, QStringLiteral("the platform: %1").arg(platformStore.error().message));
    }
    platform::PlatformServer server(**platformStore, clock);
    auto port = server.listen(QHostAddress::LocalHost, 0);
    if (!port) {
        return fail(err, port.error().message);
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port.value()));

    // Push: the sales terminal uploads its set-up and its sales to a merchant of its own.
    auto push = pairAndSync(**platformStore, **pusher, url, QStringLiteral("Bench push"));
    if (!push || push->acknowledged != pushRows->ops) {
        return fail(err, push ? QStringLiteral("the platform took %1 of %2 ops (%3 rejected)")
                                    .arg(push->acknowledged)
                                    .arg(pushRows->ops)
                                    .arg(push->rejected)
                              : QStringLiteral("the sales terminal's push: %1").arg(push.error().message));
    }
    const double pushPerS = perSecond(push->acknowledged, push->ms);
    const double firstFloor = perSecond(pushRows->rows.size(), pushFloorMs.constFirst());
    err << "push: " << push->acknowledged << " ops in " << push->ms << " ms (" << push->cpuMs
        << " ms of CPU): " << pushPerS << " ops per second, " << (firstFloor > 0 ? pushPerS / firstFloor : 0.0)
        << "x the floor's first run (" << firstFloor << " op rows per second)" << Qt::endl;

    // Pull: the catalog terminal uploads its catalog (not timed), then a fresh terminal joins its merchant.
    auto upload = pairAndSync(**platformStore, **source, url, QStringLiteral("Bench pull"));
    if (!upload) {
        return fail(err, QStringLiteral("the catalog terminal's push of %1 ops (%2 bytes of JSON, up to %3 ops a "
                                        "request): %4")
                             .arg(pullRows->ops)
                             .arg(pullRows->opBytes)
                             .arg(sync::SyncEngine::kPushBatch)
                             .arg(upload.error().message));
    }
    err << "catalog upload: " << upload->acknowledged << " ops in " << upload->ms << " ms" << Qt::endl;
    auto joiner = openTerminal(dir, QStringLiteral("joiner"), clock, {});
    auto pull = joiner ? pairAndSync(**platformStore, **joiner, url, QStringLiteral("Bench pull"))
                       : Result<Rounds>(joiner.error());
    auto pulledCount = pull ? (*joiner)->store->catalog().count() : Result<qint64>(pull.error());
    if (!pulledCount) {
        return fail(err, QStringLiteral("the second terminal's pull: %1").arg(pulledCount.error().message));
    }
    if (pulledCount.value() != sourceCount.value()) {
        return fail(err, QStringLiteral("the second terminal has %1 catalog items after the pull, the first has %2 "
                                        "(%3 changes applied, %4 refused, %5 skipped)")
                             .arg(pulledCount.value())
                             .arg(sourceCount.value())
                             .arg(pull->pulled)
                             .arg(pull->refused)
                             .arg(pull->skipped));
    }
    for (int run = 1; run < kFloorRuns; ++run) {
        if (auto floor = measureFloor(run); !floor) {
            return fail(err, floor.error().message);
        }
    }
    const double floorPush = perSecond(pushRows->rows.size(), percentile(pushFloorMs, 50));
    const double floorPull = perSecond(pullRows->rows.size(), percentile(pullFloorMs, 50));
    err << "floor: " << pushRows->rows.size() << " op rows in " << percentile(pushFloorMs, 50) << " ms; "
        << pullRows->rows.size() << " catalog rows in " << percentile(pullFloorMs, 50) << " ms (median of "
        << kFloorRuns << ")" << Qt::endl;
    const double pullPerS = perSecond(pulledCount.value(), pull->ms);
    const double pushVsFloor = floorPush > 0 ? pushPerS / floorPush : 0.0;
    const double pullVsFloor = floorPull > 0 ? pullPerS / floorPull : 0.0;

    if (args.has(QStringLiteral("json"))) {
        JsonLine line;
        line.add(QStringLiteral("bench"), QStringLiteral("sync"))
            .add(QStringLiteral("sales"), *sales)
            .add(QStringLiteral("items"), *items)
            .add(QStringLiteral("push_ops_per_s"), pushPerS, 1)
            .add(QStringLiteral("push_ms"), push->ms, 1)
            .add(QStringLiteral("pull_rows_per_s"), pullPerS, 1)
            .add(QStringLiteral("pull_ms"), pull->ms, 1)
            .add(QStringLiteral("floor_rows_per_s"), floorPush, 1)
            .add(QStringLiteral("floor_pull_rows_per_s"), floorPull, 1)
            .add(QStringLiteral("push_vs_floor"), pushVsFloor, 3)
            .add(QStringLiteral("pull_vs_floor"), pullVsFloor, 3)
            .add(QStringLiteral("push_ops"), push->acknowledged)
            .add(QStringLiteral("push_rounds"), static_cast<qint64>(push->count))
            .add(QStringLiteral("push_cpu_ms"), push->cpuMs, 1)
            .add(QStringLiteral("pull_rows"), pulledCount.value())
            .add(QStringLiteral("pull_changes"), static_cast<qint64>(pull->pulled))
            .add(QStringLiteral("pull_rounds"), static_cast<qint64>(pull->count))
            .add(QStringLiteral("pull_cpu_ms"), pull->cpuMs, 1)
            .add(QStringLiteral("target_push_ops_per_s"), kTargetPushOpsPerS)
            .add(QStringLiteral("target_pull_rows_per_s"), kTargetPullRowsPerS)
            .add(QStringLiteral("seed"), *seed);
        out << line.toString() << Qt::endl;
    } else {
        out << "push: " << push->acknowledged << " ops (" << *sales << " sales and the set-up, " << pushRows->opBytes
            << " bytes of JSON) in " << push->ms << " ms, " << push->count << " round(s), " << push->cpuMs
            << " ms of CPU: " << pushPerS << " ops per second\npull: " << pulledCount.value() << " catalog rows ("
            << pull->pulled << " changes, " << pullRows->opBytes << " bytes) in " << pull->ms << " ms, " << pull->count
            << " round(s), " << pull->cpuMs << " ms of CPU: " << pullPerS << " rows per second\nfloor (raw SQLite, "
            << kFloorBatch << " rows a transaction, WAL, synchronous=FULL): " << floorPush
            << " op rows per second (push at " << pushVsFloor << "x), " << floorPull
            << " catalog rows per second (pull at " << pullVsFloor
            << "x)\ntargets (the issue's, for context): " << kTargetPushOpsPerS << " ops per second pushed, "
            << kTargetPullRowsPerS << " rows per second pulled" << Qt::endl;
    }
    return BenchOk;
}
