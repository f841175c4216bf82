// madang-bench sale: durable sales through SaleService::finalize, signed with a real device key (ECDSA P-256),
// against a raw SQLite floor measured in the same run on the same disk: one single-row INSERT + COMMIT per
// transaction with WAL and synchronous=FULL, half of it before the sales and half after, so that a disk that
// speeds up or slows down during the run weighs on both. Signing alone is timed apart, so that a sale's time
// can be read as floor (the fsync) + signing + the rest (pricing, SQL of five tables, canonical JSON). Never
// fails on a time; it fails if a sale fails or if the journal does not verify afterwards.
#include "base/clock.h"
#include "benchargs.h"
#include "commands.h"
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "merchant/merchant.h"
#include "salemix.h"
#include "sales/journal.h"
#include "sqlitefloor.h"
#include "workflows/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <limits>
#include <memory>
#include <numeric>

using namespace madang;

namespace {
constexpr int kMaxSignSamples = 1000;
constexpr qint64 kWalHeaderBytes = 32;
constexpr qint64 kWalFrameHeaderBytes = 24;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double perSecond(qsizetype count, double totalMs)
{
    return totalMs > 0 ? static_cast<double>(count) * 1000.0 / totalMs : 0.0;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

struct SigningFigures
{
    QList<double> signMs;  ///< DeviceIdentity::sign
    QList<double> checkMs; ///< DeviceIdentity::signatureCheck(), what verifying the journal runs per entry
};

/// Milliseconds of each of `samples` signatures of a journal-hash-shaped input (64 hex characters), and of
/// checking each.
Result<SigningFigures> timeSigning(const DeviceIdentity &device, int samples)
{
    SigningFigures figures;
    const SignatureCheck check = device.signatureCheck();
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        const QByteArray hash = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        timer.start();
        auto sig = device.sign(hash);
        figures.signMs << msSince(timer);
        if (!sig) {
            return sig.error();
        }
        timer.start();
        auto valid = check(hash, sig.value());
        figures.checkMs << msSince(timer);
        if (!valid || !valid.value()) {
            return makeError(ErrorCode::Storage, QStringLiteral("a fresh signature does not check"));
        }
    }
    return figures;
}

struct SaleFigures
{
    QList<double> ms;
    double wallMs = 0;
    QString lastReceipt;
};

Result<SaleFigures> runSales(Store &store, const Signer &signer, SaleMix &mix, qint64 count)
{
    // The sales are drawn before the clock starts, so that only finalize() is timed.
    QList<SaleMix::Sale> sales;
    sales.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        auto sale = mix.next();
        if (!sale) {
            return sale.error();
        }
        sales << std::move(sale).value();
    }
    SaleFigures figures;
    figures.ms.reserve(count);
    QElapsedTimer wall;
    QElapsedTimer one;
    wall.start();
    for (const SaleMix::Sale &sale : std::as_const(sales)) {
        one.start();
        auto done = store.sales().finalize(sale.ticket, sale.tenders, mix.who(), signer);
        figures.ms << msSince(one);
        if (!done) {
            return makeError(done.error().code,
                             QStringLiteral("sale %1: %2").arg(figures.ms.size()).arg(done.error().message));
        }
        figures.lastReceipt = done.value().receipt;
    }
    figures.wallMs = msSince(wall);
    return figures;
}

int fail(QTextStream &err, const QString &message)
{
    err << "madang-bench sale: " << message << Qt::endl;
    return BenchFailed;
}
} // namespace

int runSaleBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments, {QStringLiteral("count"), QStringLiteral("seed"), QStringLiteral("dir")},
                   {QStringLiteral("json"), QStringLiteral("keep")});
    const auto count = args.integer(QStringLiteral("count"), 2000, 1, 10000000);
    const auto seed = args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!args.error().isEmpty() || !count || !seed) {
        err << "madang-bench sale: " << args.error() << "\n"
            << "usage: madang-bench sale --count N [--seed N] [--dir PATH] [--keep] [--json]" << Qt::endl;
        return BenchUsage;
    }
    const QString parent = args.value(QStringLiteral("dir"), QDir::tempPath());
    if (!QFileInfo(parent).isDir()) {
        err << "madang-bench sale: --dir " << parent << " is not a folder" << Qt::endl;
        return BenchUsage;
    }
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("madang-bench-XXXXXX")));
    if (!dir.isValid()) {
        return fail(err, QStringLiteral("cannot create a folder in %1: %2").arg(parent, dir.errorString()));
    }
    dir.setAutoRemove(!args.has(QStringLiteral("keep")));
    err << "sale: " << *count << " sales, seed " << *seed << ", in " << dir.path() << Qt::endl;

    const QString floorPath = dir.filePath(QStringLiteral("floor.db"));
    const int floorHalf = static_cast<int>(std::min<qint64>((*count + 1) / 2, std::numeric_limits<int>::max()));
    CommitFloor floor = measureCommitFloor(floorPath, floorHalf);
    if (!floor.error.isEmpty()) {
        return fail(err, floor.error);
    }

    const SystemClock clock;
    const QString dbPath = dir.filePath(QStringLiteral("madang.db"));
    auto opened = Store::open(dbPath, Database::Mode::ReadWrite, clock);
    if (!opened) {
        return fail(err, opened.error().message);
    }
    const std::unique_ptr<Store> store = std::move(opened).value();
    MerchantProfile profile;
    profile.name = QStringLiteral("Bench 식당");
    profile.vertical = Vertical::Restaurant;
    profile.currency = QStringLiteral("KRW");
    if (auto owner = DemoData::setUpTerminal(*store, profile, QStringLiteral("Bench Owner"), true); !owner) {
        return fail(err, QStringLiteral("set-up failed: %1").arg(owner.error().message));
    }
    auto device = DeviceIdentity::ensure(store->database(), clock, dir.filePath(QStringLiteral("secrets")));
    if (!device) {
        return fail(err, device.error().message);
    }
    auto mix = SaleMix::forStore(*store, static_cast<quint64>(*seed));
    if (!mix) {
        return fail(err, mix.error().message);
    }

    auto sold = runSales(*store, device.value(), mix.value(), *count);
    if (!sold) {
        return fail(err, sold.error().message);
    }
    const SaleFigures &sales = sold.value();

    const CommitFloor after = measureCommitFloor(floorPath, floorHalf);
    if (!after.error.isEmpty()) {
        return fail(err, after.error);
    }
    // The same kind of sales without waiting for the disk (synchronous=OFF on this throwaway store): what a
    // sale costs apart from the fsync.
    // They also count the WAL frames (pages) a sale writes: the WAL is emptied first and not checkpointed
    // while they run.
    const qint64 unsynced = std::min<qint64>(*count, kMaxSignSamples);
    qint64 autoCheckpointPages = 0;
    QSqlQuery syncMode(store->database().connection());
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA wal_autocheckpoint"),
          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (!syncMode.exec(pragma)) {
            return fail(err, pragma + QStringLiteral(" failed"));
        }
        if (pragma.endsWith(QLatin1String("autocheckpoint")) && syncMode.next()) {
            autoCheckpointPages = syncMode.value(0).toLongLong();
        }
    }
    if (!syncMode.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))) {
        return fail(err, QStringLiteral("PRAGMA wal_autocheckpoint = 0 failed"));
    }
    auto cpu = runSales(*store, device.value(), mix.value(), unsynced);
    const qint64 walAfter = fileSize(dbPath + QStringLiteral("-wal"));
    if (!cpu || !syncMode.exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !syncMode.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpointPages))) {
        return fail(err,
                    cpu ? QStringLiteral("restoring synchronous and wal_autocheckpoint failed") : cpu.error().message);
    }
    floor.ms << after.ms;
    const double floorTotalMs = std::accumulate(floor.ms.cbegin(), floor.ms.cend(), 0.0);

    auto signing = timeSigning(device.value(), static_cast<int>(std::min<qint64>(*count, kMaxSignSamples)));
    if (!signing) {
        return fail(err, QStringLiteral("signing: %1").arg(signing.error().message));
    }
    QElapsedTimer timer;
    timer.start();
    auto verdict = store->journal().verifyStored(device.value().signatureCheck());
    const double verifyMs = msSince(timer);
    if (!verdict) {
        return fail(err, verdict.error().message);
    }
    if (!verdict.value().ok || verdict.value().entries != *count + unsynced) {
        return fail(err, QStringLiteral("the journal does not verify after the run: entry %1: %2 (%3 entries)")
                             .arg(verdict.value().firstBadSeq)
                             .arg(verdict.value().reason)
                             .arg(verdict.value().entries));
    }

    QSqlQuery q(store->database().connection());
    qint64 dbBytes = 1;
    for (const QString &pragma : {QStringLiteral("PRAGMA page_count"), QStringLiteral("PRAGMA page_size")}) {
        dbBytes *= q.exec(pragma) && q.next() ? q.value(0).toLongLong() : 0;
    }
    const double txPerSecond = perSecond(sales.ms.size(), sales.wallMs);
    const double floorPerSecond = perSecond(floor.ms.size(), floorTotalMs);
    const double p50 = percentile(sales.ms, 50);
    const double floorP50 = percentile(floor.ms, 50);
    const double signP50 = percentile(signing->signMs, 50);
    const qint64 pageBytes = q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toLongLong() : 0;
    // A WAL file is a 32-byte header and frames of a 24-byte header and one page.
    const double framesPerSale = pageBytes > 0 && unsynced > 0
                                     ? static_cast<double>(walAfter - kWalHeaderBytes) /
                                           static_cast<double>(pageBytes + kWalFrameHeaderBytes) /
                                           static_cast<double>(unsynced)
                                     : 0.0;

    JsonLine line;
    line.add(QStringLiteral("bench"), QStringLiteral("sale"))
        .add(QStringLiteral("count"), *count)
        .add(QStringLiteral("tx_per_s"), txPerSecond, 1)
        .add(QStringLiteral("p50_ms"), p50, 3)
        .add(QStringLiteral("p99_ms"), percentile(sales.ms, 99), 3)
        .add(QStringLiteral("max_ms"), percentile(sales.ms, 100), 3)
        .add(QStringLiteral("floor_tx_per_s"), floorPerSecond, 1)
        .add(QStringLiteral("floor_p50_ms"), floorP50, 3)
        .add(QStringLiteral("floor_p99_ms"), percentile(floor.ms, 99), 3)
        .add(QStringLiteral("floor_commits"), static_cast<qint64>(floor.ms.size()))
        .add(QStringLiteral("floor_vs_tx"), txPerSecond > 0 ? floorPerSecond / txPerSecond : 0.0, 2)
        .add(QStringLiteral("p50_vs_floor_p50"), floorP50 > 0 ? p50 / floorP50 : 0.0, 2)
        .add(QStringLiteral("nosync_p50_ms"), percentile(cpu->ms, 50), 3)
        .add(QStringLiteral("wal_frames_per_sale"), framesPerSale, 2)
        .add(QStringLiteral("sign_p50_ms"), signP50, 3)
        .add(QStringLiteral("sign_p99_ms"), percentile(signing->signMs, 99), 3)
        .add(QStringLiteral("sig_check_p50_ms"), percentile(signing->checkMs, 50), 3)
        .add(QStringLiteral("verify_ms"), verifyMs, 1)
        .add(QStringLiteral("last_receipt"), sales.lastReceipt)
        .add(QStringLiteral("db_bytes"), dbBytes)
        .add(QStringLiteral("wal_bytes"), fileSize(dbPath + QStringLiteral("-wal")))
        .add(QStringLiteral("seed"), *seed);
    if (args.has(QStringLiteral("json"))) {
        out << line.toString() << Qt::endl;
    } else {
        out << "sales " << *count << ": " << txPerSecond << " per second, p50 " << p50 << " ms, p99 "
            << percentile(sales.ms, 99) << " ms, max " << percentile(sales.ms, 100) << " ms (last " << sales.lastReceipt
            << ")\nfloor (raw single-row commit, WAL, synchronous=FULL): " << floorPerSecond << " per second, p50 "
            << floorP50 << " ms; a sale takes " << (floorP50 > 0 ? p50 / floorP50 : 0.0)
            << "x the floor at p50\nthe same sales without fsync (synchronous=OFF): p50 " << percentile(cpu->ms, 50)
            << " ms, " << framesPerSale << " WAL frames (pages) a sale\nECDSA P-256 signing alone: p50 " << signP50
            << " ms, p99 " << percentile(signing->signMs, 99) << " ms; checking one signature (as verify does): p50 "
            << percentile(signing->checkMs, 50) << " ms\njournal verify of " << *count + unsynced
            << " entries: " << verifyMs << " ms" << Qt::endl;
    }
    return BenchOk;
}
